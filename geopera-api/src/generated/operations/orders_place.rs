// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Place order(s) from a FeatureCollection (archive reserves; tasking queues feasibility).
//!
//! `POST /v1/op/orders.place` · scope `orders:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.place` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersPlace;
impl crate::Operation for OrdersPlace {
    type Body = crate::types::OrderPlaceInput;
    type Output = crate::types::OrderPlaceOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.place",
        path: "/v1/op/orders.place",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Place order(s) from a FeatureCollection (archive reserves; tasking queues feasibility).",
    };
}
/// The request body of `orders.place`.
pub type Body = crate::types::OrderPlaceInput;
/// The success result of `orders.place`.
pub type Output = crate::types::OrderPlaceOutput;
/// Place order(s) from a FeatureCollection (archive reserves; tasking queues feasibility).
///
/// `POST /v1/op/orders.place` · scope `orders:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersPlace>(body).send().await
}
/// Place order(s) from a FeatureCollection (archive reserves; tasking queues feasibility).
///
/// `POST /v1/op/orders.place` · scope `orders:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersPlace>(body).send_detailed().await
}
/// Place order(s) from a FeatureCollection (archive reserves; tasking queues feasibility).
///
/// `POST /v1/op/orders.place` · scope `orders:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersPlace>(body).send_blocking()
}
/// Place order(s) from a FeatureCollection (archive reserves; tasking queues feasibility).
///
/// `POST /v1/op/orders.place` · scope `orders:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersPlace>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, OrdersPlace> {
    client.request::<OrdersPlace>(body)
}
