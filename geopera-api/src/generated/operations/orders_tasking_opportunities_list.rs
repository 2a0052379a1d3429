// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Predicted satellite passes for a tasking AOI (manual-feasibility: empty).
//!
//! `POST /v1/op/orders.tasking.opportunities_list` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.opportunities_list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingOpportunitiesList;
impl crate::Operation for OrdersTaskingOpportunitiesList {
    type Body = crate::types::FeasibilityCheckInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.opportunities_list",
        path: "/v1/op/orders.tasking.opportunities_list",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Predicted satellite passes for a tasking AOI (manual-feasibility: empty).",
    };
}
/// The request body of `orders.tasking.opportunities_list`.
pub type Body = crate::types::FeasibilityCheckInput;
/// The success result of `orders.tasking.opportunities_list`.
pub type Output = ::serde_json::Value;
/// Predicted satellite passes for a tasking AOI (manual-feasibility: empty).
///
/// `POST /v1/op/orders.tasking.opportunities_list` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingOpportunitiesList>(body).send().await
}
/// Predicted satellite passes for a tasking AOI (manual-feasibility: empty).
///
/// `POST /v1/op/orders.tasking.opportunities_list` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingOpportunitiesList>(body).send_detailed().await
}
/// Predicted satellite passes for a tasking AOI (manual-feasibility: empty).
///
/// `POST /v1/op/orders.tasking.opportunities_list` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingOpportunitiesList>(body).send_blocking()
}
/// Predicted satellite passes for a tasking AOI (manual-feasibility: empty).
///
/// `POST /v1/op/orders.tasking.opportunities_list` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingOpportunitiesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingOpportunitiesList> {
    client.request::<OrdersTaskingOpportunitiesList>(body)
}
