// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Accept or reject a tasking quotation (accept reserves/post-pays).
//!
//! `POST /v1/op/orders.tasking.quotation_decide` · scope `orders:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.quotation_decide` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingQuotationDecide;
impl crate::Operation for OrdersTaskingQuotationDecide {
    type Body = crate::types::QuotationDecideInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.quotation_decide",
        path: "/v1/op/orders.tasking.quotation_decide",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Accept or reject a tasking quotation (accept reserves/post-pays).",
    };
}
/// The request body of `orders.tasking.quotation_decide`.
pub type Body = crate::types::QuotationDecideInput;
/// The success result of `orders.tasking.quotation_decide`.
pub type Output = ::serde_json::Value;
/// Accept or reject a tasking quotation (accept reserves/post-pays).
///
/// `POST /v1/op/orders.tasking.quotation_decide` · scope `orders:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingQuotationDecide>(body).send().await
}
/// Accept or reject a tasking quotation (accept reserves/post-pays).
///
/// `POST /v1/op/orders.tasking.quotation_decide` · scope `orders:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingQuotationDecide>(body).send_detailed().await
}
/// Accept or reject a tasking quotation (accept reserves/post-pays).
///
/// `POST /v1/op/orders.tasking.quotation_decide` · scope `orders:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingQuotationDecide>(body).send_blocking()
}
/// Accept or reject a tasking quotation (accept reserves/post-pays).
///
/// `POST /v1/op/orders.tasking.quotation_decide` · scope `orders:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingQuotationDecide>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingQuotationDecide> {
    client.request::<OrdersTaskingQuotationDecide>(body)
}
