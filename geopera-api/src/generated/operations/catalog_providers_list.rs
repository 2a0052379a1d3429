// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List on-disk sample-data providers (+ registered sensors).
//!
//! `POST /v1/op/catalog.providers.list` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.providers.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogProvidersList;
impl crate::Operation for CatalogProvidersList {
    type Body = crate::types::VizListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.providers.list",
        path: "/v1/op/catalog.providers.list",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List on-disk sample-data providers (+ registered sensors).",
    };
}
/// The request body of `catalog.providers.list`.
pub type Body = crate::types::VizListInput;
/// The success result of `catalog.providers.list`.
pub type Output = ::serde_json::Value;
/// List on-disk sample-data providers (+ registered sensors).
///
/// `POST /v1/op/catalog.providers.list` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogProvidersList>(body).send().await
}
/// List on-disk sample-data providers (+ registered sensors).
///
/// `POST /v1/op/catalog.providers.list` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogProvidersList>(body).send_detailed().await
}
/// List on-disk sample-data providers (+ registered sensors).
///
/// `POST /v1/op/catalog.providers.list` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogProvidersList>(body).send_blocking()
}
/// List on-disk sample-data providers (+ registered sensors).
///
/// `POST /v1/op/catalog.providers.list` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogProvidersList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogProvidersList> {
    client.request::<CatalogProvidersList>(body)
}
