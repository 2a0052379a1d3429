// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Predict whether a tasking order needs a feasibility study (per-feature).
//!
//! `POST /v1/op/orders.tasking.feasibility_check` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.feasibility_check` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingFeasibilityCheck;
impl crate::Operation for OrdersTaskingFeasibilityCheck {
    type Body = crate::types::FeasibilityCheckInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.feasibility_check",
        path: "/v1/op/orders.tasking.feasibility_check",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Predict whether a tasking order needs a feasibility study (per-feature).",
    };
}
/// The request body of `orders.tasking.feasibility_check`.
pub type Body = crate::types::FeasibilityCheckInput;
/// The success result of `orders.tasking.feasibility_check`.
pub type Output = ::serde_json::Value;
/// Predict whether a tasking order needs a feasibility study (per-feature).
///
/// `POST /v1/op/orders.tasking.feasibility_check` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingFeasibilityCheck>(body).send().await
}
/// Predict whether a tasking order needs a feasibility study (per-feature).
///
/// `POST /v1/op/orders.tasking.feasibility_check` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingFeasibilityCheck>(body).send_detailed().await
}
/// Predict whether a tasking order needs a feasibility study (per-feature).
///
/// `POST /v1/op/orders.tasking.feasibility_check` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingFeasibilityCheck>(body).send_blocking()
}
/// Predict whether a tasking order needs a feasibility study (per-feature).
///
/// `POST /v1/op/orders.tasking.feasibility_check` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingFeasibilityCheck>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingFeasibilityCheck> {
    client.request::<OrdersTaskingFeasibilityCheck>(body)
}
