// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Search every data source covering the AOI in one query (merged, type-tagged).
//!
//! `POST /v1/op/catalog.federated_search` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.federated_search` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogFederatedSearch;
impl crate::Operation for CatalogFederatedSearch {
    type Body = crate::types::FederatedSearchInput;
    type Output = crate::types::FederatedSearchOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.federated_search",
        path: "/v1/op/catalog.federated_search",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Search every data source covering the AOI in one query (merged, type-tagged).",
    };
}
/// The request body of `catalog.federated_search`.
pub type Body = crate::types::FederatedSearchInput;
/// The success result of `catalog.federated_search`.
pub type Output = crate::types::FederatedSearchOutput;
/// Search every data source covering the AOI in one query (merged, type-tagged).
///
/// `POST /v1/op/catalog.federated_search` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogFederatedSearch>(body).send().await
}
/// Search every data source covering the AOI in one query (merged, type-tagged).
///
/// `POST /v1/op/catalog.federated_search` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogFederatedSearch>(body).send_detailed().await
}
/// Search every data source covering the AOI in one query (merged, type-tagged).
///
/// `POST /v1/op/catalog.federated_search` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogFederatedSearch>(body).send_blocking()
}
/// Search every data source covering the AOI in one query (merged, type-tagged).
///
/// `POST /v1/op/catalog.federated_search` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogFederatedSearch>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogFederatedSearch> {
    client.request::<CatalogFederatedSearch>(body)
}
