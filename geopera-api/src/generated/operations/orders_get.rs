// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get a single order (org-scoped).
//!
//! `POST /v1/op/orders.get` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersGet;
impl crate::Operation for OrdersGet {
    type Body = crate::types::OrderGetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.get",
        path: "/v1/op/orders.get",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get a single order (org-scoped).",
    };
}
/// The request body of `orders.get`.
pub type Body = crate::types::OrderGetInput;
/// The success result of `orders.get`.
pub type Output = ::serde_json::Value;
/// Get a single order (org-scoped).
///
/// `POST /v1/op/orders.get` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersGet>(body).send().await
}
/// Get a single order (org-scoped).
///
/// `POST /v1/op/orders.get` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersGet>(body).send_detailed().await
}
/// Get a single order (org-scoped).
///
/// `POST /v1/op/orders.get` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersGet>(body).send_blocking()
}
/// Get a single order (org-scoped).
///
/// `POST /v1/op/orders.get` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, OrdersGet> {
    client.request::<OrdersGet>(body)
}
