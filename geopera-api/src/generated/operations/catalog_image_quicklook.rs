// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Resolve + 307-redirect to a scene's quicklook (external host).
//!
//! `POST /v1/op/catalog.image.quicklook` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.image.quicklook` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogImageQuicklook;
impl crate::Operation for CatalogImageQuicklook {
    type Body = crate::types::ImageAssetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.image.quicklook",
        path: "/v1/op/catalog.image.quicklook",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Resolve + 307-redirect to a scene's quicklook (external host).",
    };
}
/// The request body of `catalog.image.quicklook`.
pub type Body = crate::types::ImageAssetInput;
/// The success result of `catalog.image.quicklook`.
pub type Output = ::serde_json::Value;
/// Resolve + 307-redirect to a scene's quicklook (external host).
///
/// `POST /v1/op/catalog.image.quicklook` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogImageQuicklook>(body).send().await
}
/// Resolve + 307-redirect to a scene's quicklook (external host).
///
/// `POST /v1/op/catalog.image.quicklook` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogImageQuicklook>(body).send_detailed().await
}
/// Resolve + 307-redirect to a scene's quicklook (external host).
///
/// `POST /v1/op/catalog.image.quicklook` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogImageQuicklook>(body).send_blocking()
}
/// Resolve + 307-redirect to a scene's quicklook (external host).
///
/// `POST /v1/op/catalog.image.quicklook` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogImageQuicklook>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogImageQuicklook> {
    client.request::<CatalogImageQuicklook>(body)
}
