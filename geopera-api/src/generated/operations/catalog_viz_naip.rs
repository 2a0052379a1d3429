// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List available NAIP visualizations.
//!
//! `POST /v1/op/catalog.viz.naip` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.viz.naip` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogVizNaip;
impl crate::Operation for CatalogVizNaip {
    type Body = crate::types::VizListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.viz.naip",
        path: "/v1/op/catalog.viz.naip",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List available NAIP visualizations.",
    };
}
/// The request body of `catalog.viz.naip`.
pub type Body = crate::types::VizListInput;
/// The success result of `catalog.viz.naip`.
pub type Output = ::serde_json::Value;
/// List available NAIP visualizations.
///
/// `POST /v1/op/catalog.viz.naip` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogVizNaip>(body).send().await
}
/// List available NAIP visualizations.
///
/// `POST /v1/op/catalog.viz.naip` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogVizNaip>(body).send_detailed().await
}
/// List available NAIP visualizations.
///
/// `POST /v1/op/catalog.viz.naip` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogVizNaip>(body).send_blocking()
}
/// List available NAIP visualizations.
///
/// `POST /v1/op/catalog.viz.naip` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogVizNaip>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogVizNaip> {
    client.request::<CatalogVizNaip>(body)
}
