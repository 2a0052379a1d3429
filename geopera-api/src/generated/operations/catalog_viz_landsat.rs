// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List available Landsat visualizations.
//!
//! `POST /v1/op/catalog.viz.landsat` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.viz.landsat` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogVizLandsat;
impl crate::Operation for CatalogVizLandsat {
    type Body = crate::types::VizListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.viz.landsat",
        path: "/v1/op/catalog.viz.landsat",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List available Landsat visualizations.",
    };
}
/// The request body of `catalog.viz.landsat`.
pub type Body = crate::types::VizListInput;
/// The success result of `catalog.viz.landsat`.
pub type Output = ::serde_json::Value;
/// List available Landsat visualizations.
///
/// `POST /v1/op/catalog.viz.landsat` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogVizLandsat>(body).send().await
}
/// List available Landsat visualizations.
///
/// `POST /v1/op/catalog.viz.landsat` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogVizLandsat>(body).send_detailed().await
}
/// List available Landsat visualizations.
///
/// `POST /v1/op/catalog.viz.landsat` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogVizLandsat>(body).send_blocking()
}
/// List available Landsat visualizations.
///
/// `POST /v1/op/catalog.viz.landsat` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogVizLandsat>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogVizLandsat> {
    client.request::<CatalogVizLandsat>(body)
}
