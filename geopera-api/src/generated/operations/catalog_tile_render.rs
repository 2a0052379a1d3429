// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Render a public satellite XYZ tile (sentinel/landsat/naip/sample) — unbilled, unauthenticated.
//!
//! `POST /v1/op/catalog.tile.render` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.tile.render` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogTileRender;
impl crate::Operation for CatalogTileRender {
    type Body = crate::types::CatalogTileInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.tile.render",
        path: "/v1/op/catalog.tile.render",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Render a public satellite XYZ tile (sentinel/landsat/naip/sample) — unbilled, unauthenticated.",
    };
}
/// The request body of `catalog.tile.render`.
pub type Body = crate::types::CatalogTileInput;
/// The success result of `catalog.tile.render`.
pub type Output = ::serde_json::Value;
/// Render a public satellite XYZ tile (sentinel/landsat/naip/sample) — unbilled, unauthenticated.
///
/// `POST /v1/op/catalog.tile.render` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogTileRender>(body).send().await
}
/// Render a public satellite XYZ tile (sentinel/landsat/naip/sample) — unbilled, unauthenticated.
///
/// `POST /v1/op/catalog.tile.render` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogTileRender>(body).send_detailed().await
}
/// Render a public satellite XYZ tile (sentinel/landsat/naip/sample) — unbilled, unauthenticated.
///
/// `POST /v1/op/catalog.tile.render` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogTileRender>(body).send_blocking()
}
/// Render a public satellite XYZ tile (sentinel/landsat/naip/sample) — unbilled, unauthenticated.
///
/// `POST /v1/op/catalog.tile.render` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogTileRender>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogTileRender> {
    client.request::<CatalogTileRender>(body)
}
