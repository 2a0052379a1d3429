// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Cancel an order (policy-gated), refunding/voiding its reservation.
//!
//! `POST /v1/op/orders.cancel` · scope `orders:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.cancel` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersCancel;
impl crate::Operation for OrdersCancel {
    type Body = crate::types::OrderCancelInput;
    type Output = crate::types::OrderCancelOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.cancel",
        path: "/v1/op/orders.cancel",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: true,
        paging: ::std::option::Option::None,
        summary: "Cancel an order (policy-gated), refunding/voiding its reservation.",
    };
}
/// The request body of `orders.cancel`.
pub type Body = crate::types::OrderCancelInput;
/// The success result of `orders.cancel`.
pub type Output = crate::types::OrderCancelOutput;
/// Cancel an order (policy-gated), refunding/voiding its reservation.
///
/// `POST /v1/op/orders.cancel` · scope `orders:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersCancel>(body).send().await
}
/// Cancel an order (policy-gated), refunding/voiding its reservation.
///
/// `POST /v1/op/orders.cancel` · scope `orders:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersCancel>(body).send_detailed().await
}
/// Cancel an order (policy-gated), refunding/voiding its reservation.
///
/// `POST /v1/op/orders.cancel` · scope `orders:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersCancel>(body).send_blocking()
}
/// Cancel an order (policy-gated), refunding/voiding its reservation.
///
/// `POST /v1/op/orders.cancel` · scope `orders:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersCancel>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, OrdersCancel> {
    client.request::<OrdersCancel>(body)
}
