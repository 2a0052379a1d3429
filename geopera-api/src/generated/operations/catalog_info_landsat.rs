// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Landsat scene metadata (parsed id fields + available visualizations).
//!
//! `POST /v1/op/catalog.info.landsat` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.info.landsat` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogInfoLandsat;
impl crate::Operation for CatalogInfoLandsat {
    type Body = crate::types::SceneInfoInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.info.landsat",
        path: "/v1/op/catalog.info.landsat",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Landsat scene metadata (parsed id fields + available visualizations).",
    };
}
/// The request body of `catalog.info.landsat`.
pub type Body = crate::types::SceneInfoInput;
/// The success result of `catalog.info.landsat`.
pub type Output = ::serde_json::Value;
/// Landsat scene metadata (parsed id fields + available visualizations).
///
/// `POST /v1/op/catalog.info.landsat` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogInfoLandsat>(body).send().await
}
/// Landsat scene metadata (parsed id fields + available visualizations).
///
/// `POST /v1/op/catalog.info.landsat` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogInfoLandsat>(body).send_detailed().await
}
/// Landsat scene metadata (parsed id fields + available visualizations).
///
/// `POST /v1/op/catalog.info.landsat` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogInfoLandsat>(body).send_blocking()
}
/// Landsat scene metadata (parsed id fields + available visualizations).
///
/// `POST /v1/op/catalog.info.landsat` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogInfoLandsat>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogInfoLandsat> {
    client.request::<CatalogInfoLandsat>(body)
}
