// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List every searchable data source + its collections (the dataset registry).
//!
//! `POST /v1/op/catalog.sources.list` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.sources.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogSourcesList;
impl crate::Operation for CatalogSourcesList {
    type Body = crate::types::SourcesListInput;
    type Output = crate::types::SourcesListOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.sources.list",
        path: "/v1/op/catalog.sources.list",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List every searchable data source + its collections (the dataset registry).",
    };
}
/// The request body of `catalog.sources.list`.
pub type Body = crate::types::SourcesListInput;
/// The success result of `catalog.sources.list`.
pub type Output = crate::types::SourcesListOutput;
/// List every searchable data source + its collections (the dataset registry).
///
/// `POST /v1/op/catalog.sources.list` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogSourcesList>(body).send().await
}
/// List every searchable data source + its collections (the dataset registry).
///
/// `POST /v1/op/catalog.sources.list` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogSourcesList>(body).send_detailed().await
}
/// List every searchable data source + its collections (the dataset registry).
///
/// `POST /v1/op/catalog.sources.list` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogSourcesList>(body).send_blocking()
}
/// List every searchable data source + its collections (the dataset registry).
///
/// `POST /v1/op/catalog.sources.list` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogSourcesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogSourcesList> {
    client.request::<CatalogSourcesList>(body)
}
