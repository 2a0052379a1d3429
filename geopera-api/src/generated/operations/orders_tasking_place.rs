// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Tasking Place
//!
//! `POST /v1/op/orders.tasking.place` · scope `orders:write` · success `202`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.place` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingPlace;
impl crate::Operation for OrdersTaskingPlace {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.place",
        path: "/v1/op/orders.tasking.place",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 202u16,
        body_required: false,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Invoke Tasking Place",
    };
}
/// The request body of `orders.tasking.place`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `orders.tasking.place`.
pub type Output = ::serde_json::Value;
/// Invoke Tasking Place
///
/// `POST /v1/op/orders.tasking.place` · scope `orders:write` · success `202`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingPlace>(body).send().await
}
/// Invoke Tasking Place
///
/// `POST /v1/op/orders.tasking.place` · scope `orders:write` · success `202`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingPlace>(body).send_detailed().await
}
/// Invoke Tasking Place
///
/// `POST /v1/op/orders.tasking.place` · scope `orders:write` · success `202`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingPlace>(body).send_blocking()
}
/// Invoke Tasking Place
///
/// `POST /v1/op/orders.tasking.place` · scope `orders:write` · success `202`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingPlace>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingPlace> {
    client.request::<OrdersTaskingPlace>(body)
}
