// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Render a map tile for one of our catalog items (profile or direct-param).
//!
//! `POST /v1/op/items.tile.render` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.tile.render` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsTileRender;
impl crate::Operation for ItemsTileRender {
    type Body = crate::types::ItemTileRenderInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.tile.render",
        path: "/v1/op/items.tile.render",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Render a map tile for one of our catalog items (profile or direct-param).",
    };
}
/// The request body of `items.tile.render`.
pub type Body = crate::types::ItemTileRenderInput;
/// The success result of `items.tile.render`.
pub type Output = ::serde_json::Value;
/// Render a map tile for one of our catalog items (profile or direct-param).
///
/// `POST /v1/op/items.tile.render` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsTileRender>(body).send().await
}
/// Render a map tile for one of our catalog items (profile or direct-param).
///
/// `POST /v1/op/items.tile.render` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsTileRender>(body).send_detailed().await
}
/// Render a map tile for one of our catalog items (profile or direct-param).
///
/// `POST /v1/op/items.tile.render` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsTileRender>(body).send_blocking()
}
/// Render a map tile for one of our catalog items (profile or direct-param).
///
/// `POST /v1/op/items.tile.render` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsTileRender>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsTileRender> {
    client.request::<ItemsTileRender>(body)
}
