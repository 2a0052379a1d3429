// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Render a map tile for a publicly-shared item (sharer-billed).
//!
//! `POST /v1/op/share.tile.render` · scope `shares:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `share.tile.render` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ShareTileRender;
impl crate::Operation for ShareTileRender {
    type Body = crate::types::ShareTileInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "share.tile.render",
        path: "/v1/op/share.tile.render",
        scope: ::std::option::Option::Some("shares:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Render a map tile for a publicly-shared item (sharer-billed).",
    };
}
/// The request body of `share.tile.render`.
pub type Body = crate::types::ShareTileInput;
/// The success result of `share.tile.render`.
pub type Output = ::serde_json::Value;
/// Render a map tile for a publicly-shared item (sharer-billed).
///
/// `POST /v1/op/share.tile.render` · scope `shares:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareTileRender>(body).send().await
}
/// Render a map tile for a publicly-shared item (sharer-billed).
///
/// `POST /v1/op/share.tile.render` · scope `shares:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareTileRender>(body).send_detailed().await
}
/// Render a map tile for a publicly-shared item (sharer-billed).
///
/// `POST /v1/op/share.tile.render` · scope `shares:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareTileRender>(body).send_blocking()
}
/// Render a map tile for a publicly-shared item (sharer-billed).
///
/// `POST /v1/op/share.tile.render` · scope `shares:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareTileRender>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ShareTileRender> {
    client.request::<ShareTileRender>(body)
}
