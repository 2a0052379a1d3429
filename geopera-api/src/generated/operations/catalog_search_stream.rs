// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Catalog Search Stream
//!
//! Multi-vendor progressive catalog search.
//!
//! `POST /v1/op/catalog.search_stream` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.search_stream` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogSearchStream;
impl crate::Operation for CatalogSearchStream {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.search_stream",
        path: "/v1/op/catalog.search_stream",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: false,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Invoke Catalog Search Stream",
    };
}
/// The request body of `catalog.search_stream`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `catalog.search_stream`.
pub type Output = ::serde_json::Value;
/// Invoke Catalog Search Stream
///
/// Multi-vendor progressive catalog search.
///
/// `POST /v1/op/catalog.search_stream` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogSearchStream>(body).send().await
}
/// Invoke Catalog Search Stream
///
/// Multi-vendor progressive catalog search.
///
/// `POST /v1/op/catalog.search_stream` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogSearchStream>(body).send_detailed().await
}
/// Invoke Catalog Search Stream
///
/// Multi-vendor progressive catalog search.
///
/// `POST /v1/op/catalog.search_stream` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogSearchStream>(body).send_blocking()
}
/// Invoke Catalog Search Stream
///
/// Multi-vendor progressive catalog search.
///
/// `POST /v1/op/catalog.search_stream` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogSearchStream>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogSearchStream> {
    client.request::<CatalogSearchStream>(body)
}
