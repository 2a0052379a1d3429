// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Preview the server-authoritative AOI price for a cart of archive captures.
//!
//! `POST /v1/op/orders.archive.estimate` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.archive.estimate` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersArchiveEstimate;
impl crate::Operation for OrdersArchiveEstimate {
    type Body = crate::types::ArchiveEstimateInput;
    type Output = crate::types::ArchiveEstimateOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.archive.estimate",
        path: "/v1/op/orders.archive.estimate",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Preview the server-authoritative AOI price for a cart of archive captures.",
    };
}
/// The request body of `orders.archive.estimate`.
pub type Body = crate::types::ArchiveEstimateInput;
/// The success result of `orders.archive.estimate`.
pub type Output = crate::types::ArchiveEstimateOutput;
/// Preview the server-authoritative AOI price for a cart of archive captures.
///
/// `POST /v1/op/orders.archive.estimate` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersArchiveEstimate>(body).send().await
}
/// Preview the server-authoritative AOI price for a cart of archive captures.
///
/// `POST /v1/op/orders.archive.estimate` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersArchiveEstimate>(body).send_detailed().await
}
/// Preview the server-authoritative AOI price for a cart of archive captures.
///
/// `POST /v1/op/orders.archive.estimate` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersArchiveEstimate>(body).send_blocking()
}
/// Preview the server-authoritative AOI price for a cart of archive captures.
///
/// `POST /v1/op/orders.archive.estimate` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersArchiveEstimate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersArchiveEstimate> {
    client.request::<OrdersArchiveEstimate>(body)
}
