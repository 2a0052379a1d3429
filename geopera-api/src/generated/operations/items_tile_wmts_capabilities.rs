// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! OGC WMTS 1.0.0 GetCapabilities XML for one of our items.
//!
//! `POST /v1/op/items.tile.wmts_capabilities` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.tile.wmts_capabilities` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsTileWmtsCapabilities;
impl crate::Operation for ItemsTileWmtsCapabilities {
    type Body = crate::types::ItemWmtsCapabilitiesInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.tile.wmts_capabilities",
        path: "/v1/op/items.tile.wmts_capabilities",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "OGC WMTS 1.0.0 GetCapabilities XML for one of our items.",
    };
}
/// The request body of `items.tile.wmts_capabilities`.
pub type Body = crate::types::ItemWmtsCapabilitiesInput;
/// The success result of `items.tile.wmts_capabilities`.
pub type Output = ::serde_json::Value;
/// OGC WMTS 1.0.0 GetCapabilities XML for one of our items.
///
/// `POST /v1/op/items.tile.wmts_capabilities` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsTileWmtsCapabilities>(body).send().await
}
/// OGC WMTS 1.0.0 GetCapabilities XML for one of our items.
///
/// `POST /v1/op/items.tile.wmts_capabilities` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsTileWmtsCapabilities>(body).send_detailed().await
}
/// OGC WMTS 1.0.0 GetCapabilities XML for one of our items.
///
/// `POST /v1/op/items.tile.wmts_capabilities` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsTileWmtsCapabilities>(body).send_blocking()
}
/// OGC WMTS 1.0.0 GetCapabilities XML for one of our items.
///
/// `POST /v1/op/items.tile.wmts_capabilities` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsTileWmtsCapabilities>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsTileWmtsCapabilities> {
    client.request::<ItemsTileWmtsCapabilities>(body)
}
