// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Unified inbox of the org's pending tasking decisions (feasibility + quotation).
//!
//! `POST /v1/op/orders.tasking.decisions.pending` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.decisions.pending` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingDecisionsPending;
impl crate::Operation for OrdersTaskingDecisionsPending {
    type Body = crate::types::DecisionsPendingInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.decisions.pending",
        path: "/v1/op/orders.tasking.decisions.pending",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <OrdersTaskingDecisionsPending as crate::paging::Pageable>::PAGING,
        ),
        summary: "Unified inbox of the org's pending tasking decisions (feasibility + quotation).",
    };
}
/// `orders.tasking.decisions.pending` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for OrdersTaskingDecisionsPending {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::PageSize,
        size_field: "size",
        position_field: "page",
        default_size: ::std::option::Option::Some(20u64),
        max_size: ::std::option::Option::None,
        items_field: ::std::option::Option::None,
    };
}
/// The request body of `orders.tasking.decisions.pending`.
pub type Body = crate::types::DecisionsPendingInput;
/// The success result of `orders.tasking.decisions.pending`.
pub type Output = ::serde_json::Value;
/// Unified inbox of the org's pending tasking decisions (feasibility + quotation).
///
/// `POST /v1/op/orders.tasking.decisions.pending` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingDecisionsPending>(body).send().await
}
/// Unified inbox of the org's pending tasking decisions (feasibility + quotation).
///
/// `POST /v1/op/orders.tasking.decisions.pending` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingDecisionsPending>(body).send_detailed().await
}
/// Unified inbox of the org's pending tasking decisions (feasibility + quotation).
///
/// `POST /v1/op/orders.tasking.decisions.pending` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingDecisionsPending>(body).send_blocking()
}
/// Unified inbox of the org's pending tasking decisions (feasibility + quotation).
///
/// `POST /v1/op/orders.tasking.decisions.pending` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingDecisionsPending>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingDecisionsPending> {
    client.request::<OrdersTaskingDecisionsPending>(body)
}
