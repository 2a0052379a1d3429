// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Patch an order's tags (metadata only; provider merge-patch).
//!
//! `POST /v1/op/orders.update` · scope `orders:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.update` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersUpdate;
impl crate::Operation for OrdersUpdate {
    type Body = crate::types::OrderUpdateInput;
    type Output = crate::types::OrderUpdateOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.update",
        path: "/v1/op/orders.update",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Patch an order's tags (metadata only; provider merge-patch).",
    };
}
/// The request body of `orders.update`.
pub type Body = crate::types::OrderUpdateInput;
/// The success result of `orders.update`.
pub type Output = crate::types::OrderUpdateOutput;
/// Patch an order's tags (metadata only; provider merge-patch).
///
/// `POST /v1/op/orders.update` · scope `orders:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersUpdate>(body).send().await
}
/// Patch an order's tags (metadata only; provider merge-patch).
///
/// `POST /v1/op/orders.update` · scope `orders:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersUpdate>(body).send_detailed().await
}
/// Patch an order's tags (metadata only; provider merge-patch).
///
/// `POST /v1/op/orders.update` · scope `orders:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersUpdate>(body).send_blocking()
}
/// Patch an order's tags (metadata only; provider merge-patch).
///
/// `POST /v1/op/orders.update` · scope `orders:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersUpdate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, OrdersUpdate> {
    client.request::<OrdersUpdate>(body)
}
