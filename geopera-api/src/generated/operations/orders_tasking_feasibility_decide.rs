// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Accept a feasibility-study option (one-step priced accept reserves/post-pays).
//!
//! `POST /v1/op/orders.tasking.feasibility_decide` · scope `orders:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.feasibility_decide` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingFeasibilityDecide;
impl crate::Operation for OrdersTaskingFeasibilityDecide {
    type Body = crate::types::FeasibilityDecideInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.feasibility_decide",
        path: "/v1/op/orders.tasking.feasibility_decide",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Accept a feasibility-study option (one-step priced accept reserves/post-pays).",
    };
}
/// The request body of `orders.tasking.feasibility_decide`.
pub type Body = crate::types::FeasibilityDecideInput;
/// The success result of `orders.tasking.feasibility_decide`.
pub type Output = ::serde_json::Value;
/// Accept a feasibility-study option (one-step priced accept reserves/post-pays).
///
/// `POST /v1/op/orders.tasking.feasibility_decide` · scope `orders:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingFeasibilityDecide>(body).send().await
}
/// Accept a feasibility-study option (one-step priced accept reserves/post-pays).
///
/// `POST /v1/op/orders.tasking.feasibility_decide` · scope `orders:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingFeasibilityDecide>(body).send_detailed().await
}
/// Accept a feasibility-study option (one-step priced accept reserves/post-pays).
///
/// `POST /v1/op/orders.tasking.feasibility_decide` · scope `orders:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingFeasibilityDecide>(body).send_blocking()
}
/// Accept a feasibility-study option (one-step priced accept reserves/post-pays).
///
/// `POST /v1/op/orders.tasking.feasibility_decide` · scope `orders:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingFeasibilityDecide>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingFeasibilityDecide> {
    client.request::<OrdersTaskingFeasibilityDecide>(body)
}
