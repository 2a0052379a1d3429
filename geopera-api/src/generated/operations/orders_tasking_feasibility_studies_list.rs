// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List the org's feasibility studies (+ their options, paged).
//!
//! `POST /v1/op/orders.tasking.feasibility_studies.list` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.feasibility_studies.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingFeasibilityStudiesList;
impl crate::Operation for OrdersTaskingFeasibilityStudiesList {
    type Body = crate::types::StudiesListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.feasibility_studies.list",
        path: "/v1/op/orders.tasking.feasibility_studies.list",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <OrdersTaskingFeasibilityStudiesList as crate::paging::Pageable>::PAGING,
        ),
        summary: "List the org's feasibility studies (+ their options, paged).",
    };
}
/// `orders.tasking.feasibility_studies.list` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for OrdersTaskingFeasibilityStudiesList {
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
/// The request body of `orders.tasking.feasibility_studies.list`.
pub type Body = crate::types::StudiesListInput;
/// The success result of `orders.tasking.feasibility_studies.list`.
pub type Output = ::serde_json::Value;
/// List the org's feasibility studies (+ their options, paged).
///
/// `POST /v1/op/orders.tasking.feasibility_studies.list` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingFeasibilityStudiesList>(body).send().await
}
/// List the org's feasibility studies (+ their options, paged).
///
/// `POST /v1/op/orders.tasking.feasibility_studies.list` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingFeasibilityStudiesList>(body).send_detailed().await
}
/// List the org's feasibility studies (+ their options, paged).
///
/// `POST /v1/op/orders.tasking.feasibility_studies.list` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingFeasibilityStudiesList>(body).send_blocking()
}
/// List the org's feasibility studies (+ their options, paged).
///
/// `POST /v1/op/orders.tasking.feasibility_studies.list` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingFeasibilityStudiesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingFeasibilityStudiesList> {
    client.request::<OrdersTaskingFeasibilityStudiesList>(body)
}
