// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Price-preview an order without committing (provider-compatible).
//!
//! `POST /v1/op/orders.estimate` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.estimate` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersEstimate;
impl crate::Operation for OrdersEstimate {
    type Body = crate::types::EstimateInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.estimate",
        path: "/v1/op/orders.estimate",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Price-preview an order without committing (provider-compatible).",
    };
}
/// The request body of `orders.estimate`.
pub type Body = crate::types::EstimateInput;
/// The success result of `orders.estimate`.
pub type Output = ::serde_json::Value;
/// Price-preview an order without committing (provider-compatible).
///
/// `POST /v1/op/orders.estimate` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersEstimate>(body).send().await
}
/// Price-preview an order without committing (provider-compatible).
///
/// `POST /v1/op/orders.estimate` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersEstimate>(body).send_detailed().await
}
/// Price-preview an order without committing (provider-compatible).
///
/// `POST /v1/op/orders.estimate` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersEstimate>(body).send_blocking()
}
/// Price-preview an order without committing (provider-compatible).
///
/// `POST /v1/op/orders.estimate` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersEstimate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersEstimate> {
    client.request::<OrdersEstimate>(body)
}
