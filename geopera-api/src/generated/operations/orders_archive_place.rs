// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Archive Place
//!
//! `POST /v1/op/orders.archive.place` · scope `orders:write` · success `202`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.archive.place` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersArchivePlace;
impl crate::Operation for OrdersArchivePlace {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.archive.place",
        path: "/v1/op/orders.archive.place",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 202u16,
        body_required: false,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: true,
        paging: ::std::option::Option::None,
        summary: "Invoke Archive Place",
    };
}
/// The request body of `orders.archive.place`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `orders.archive.place`.
pub type Output = ::serde_json::Value;
/// Invoke Archive Place
///
/// `POST /v1/op/orders.archive.place` · scope `orders:write` · success `202`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersArchivePlace>(body).send().await
}
/// Invoke Archive Place
///
/// `POST /v1/op/orders.archive.place` · scope `orders:write` · success `202`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersArchivePlace>(body).send_detailed().await
}
/// Invoke Archive Place
///
/// `POST /v1/op/orders.archive.place` · scope `orders:write` · success `202`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersArchivePlace>(body).send_blocking()
}
/// Invoke Archive Place
///
/// `POST /v1/op/orders.archive.place` · scope `orders:write` · success `202`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersArchivePlace>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersArchivePlace> {
    client.request::<OrdersArchivePlace>(body)
}
