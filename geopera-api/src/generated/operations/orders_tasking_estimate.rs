// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Preview the server-authoritative price for an AOI-priced tasking request.
//!
//! `POST /v1/op/orders.tasking.estimate` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.estimate` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingEstimate;
impl crate::Operation for OrdersTaskingEstimate {
    type Body = crate::types::TaskingEstimateInput;
    type Output = crate::types::TaskingEstimateOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.estimate",
        path: "/v1/op/orders.tasking.estimate",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Preview the server-authoritative price for an AOI-priced tasking request.",
    };
}
/// The request body of `orders.tasking.estimate`.
pub type Body = crate::types::TaskingEstimateInput;
/// The success result of `orders.tasking.estimate`.
pub type Output = crate::types::TaskingEstimateOutput;
/// Preview the server-authoritative price for an AOI-priced tasking request.
///
/// `POST /v1/op/orders.tasking.estimate` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingEstimate>(body).send().await
}
/// Preview the server-authoritative price for an AOI-priced tasking request.
///
/// `POST /v1/op/orders.tasking.estimate` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingEstimate>(body).send_detailed().await
}
/// Preview the server-authoritative price for an AOI-priced tasking request.
///
/// `POST /v1/op/orders.tasking.estimate` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingEstimate>(body).send_blocking()
}
/// Preview the server-authoritative price for an AOI-priced tasking request.
///
/// `POST /v1/op/orders.tasking.estimate` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingEstimate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingEstimate> {
    client.request::<OrdersTaskingEstimate>(body)
}
