// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Per-AOI delivered-vs-requested coverage for a tasking order (any status).
//!
//! `POST /v1/op/orders.coverage.groups.list` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.coverage.groups.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersCoverageGroupsList;
impl crate::Operation for OrdersCoverageGroupsList {
    type Body = crate::types::CoverageInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.coverage.groups.list",
        path: "/v1/op/orders.coverage.groups.list",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Per-AOI delivered-vs-requested coverage for a tasking order (any status).",
    };
}
/// The request body of `orders.coverage.groups.list`.
pub type Body = crate::types::CoverageInput;
/// The success result of `orders.coverage.groups.list`.
pub type Output = ::serde_json::Value;
/// Per-AOI delivered-vs-requested coverage for a tasking order (any status).
///
/// `POST /v1/op/orders.coverage.groups.list` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersCoverageGroupsList>(body).send().await
}
/// Per-AOI delivered-vs-requested coverage for a tasking order (any status).
///
/// `POST /v1/op/orders.coverage.groups.list` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersCoverageGroupsList>(body).send_detailed().await
}
/// Per-AOI delivered-vs-requested coverage for a tasking order (any status).
///
/// `POST /v1/op/orders.coverage.groups.list` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersCoverageGroupsList>(body).send_blocking()
}
/// Per-AOI delivered-vs-requested coverage for a tasking order (any status).
///
/// `POST /v1/op/orders.coverage.groups.list` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersCoverageGroupsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersCoverageGroupsList> {
    client.request::<OrdersCoverageGroupsList>(body)
}
