// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Covered-vs-remainder coverage for a fulfilled/fulfilling tasking order.
//!
//! `POST /v1/op/orders.coverage.get` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.coverage.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersCoverageGet;
impl crate::Operation for OrdersCoverageGet {
    type Body = crate::types::CoverageInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.coverage.get",
        path: "/v1/op/orders.coverage.get",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Covered-vs-remainder coverage for a fulfilled/fulfilling tasking order.",
    };
}
/// The request body of `orders.coverage.get`.
pub type Body = crate::types::CoverageInput;
/// The success result of `orders.coverage.get`.
pub type Output = ::serde_json::Value;
/// Covered-vs-remainder coverage for a fulfilled/fulfilling tasking order.
///
/// `POST /v1/op/orders.coverage.get` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersCoverageGet>(body).send().await
}
/// Covered-vs-remainder coverage for a fulfilled/fulfilling tasking order.
///
/// `POST /v1/op/orders.coverage.get` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersCoverageGet>(body).send_detailed().await
}
/// Covered-vs-remainder coverage for a fulfilled/fulfilling tasking order.
///
/// `POST /v1/op/orders.coverage.get` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersCoverageGet>(body).send_blocking()
}
/// Covered-vs-remainder coverage for a fulfilled/fulfilling tasking order.
///
/// `POST /v1/op/orders.coverage.get` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersCoverageGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersCoverageGet> {
    client.request::<OrdersCoverageGet>(body)
}
