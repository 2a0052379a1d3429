// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Sentinel-2 scene metadata (parsed id + live COG info + available visualizations).
//!
//! `POST /v1/op/catalog.info.sentinel` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.info.sentinel` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogInfoSentinel;
impl crate::Operation for CatalogInfoSentinel {
    type Body = crate::types::SceneInfoInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.info.sentinel",
        path: "/v1/op/catalog.info.sentinel",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Sentinel-2 scene metadata (parsed id + live COG info + available visualizations).",
    };
}
/// The request body of `catalog.info.sentinel`.
pub type Body = crate::types::SceneInfoInput;
/// The success result of `catalog.info.sentinel`.
pub type Output = ::serde_json::Value;
/// Sentinel-2 scene metadata (parsed id + live COG info + available visualizations).
///
/// `POST /v1/op/catalog.info.sentinel` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogInfoSentinel>(body).send().await
}
/// Sentinel-2 scene metadata (parsed id + live COG info + available visualizations).
///
/// `POST /v1/op/catalog.info.sentinel` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogInfoSentinel>(body).send_detailed().await
}
/// Sentinel-2 scene metadata (parsed id + live COG info + available visualizations).
///
/// `POST /v1/op/catalog.info.sentinel` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogInfoSentinel>(body).send_blocking()
}
/// Sentinel-2 scene metadata (parsed id + live COG info + available visualizations).
///
/// `POST /v1/op/catalog.info.sentinel` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogInfoSentinel>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogInfoSentinel> {
    client.request::<CatalogInfoSentinel>(body)
}
