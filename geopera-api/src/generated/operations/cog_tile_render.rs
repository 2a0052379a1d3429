// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Render an XYZ tile from a COG (bands or band-math expression).
//!
//! `POST /v1/op/cog.tile.render` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `cog.tile.render` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CogTileRender;
impl crate::Operation for CogTileRender {
    type Body = crate::types::CogTileInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "cog.tile.render",
        path: "/v1/op/cog.tile.render",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Render an XYZ tile from a COG (bands or band-math expression).",
    };
}
/// The request body of `cog.tile.render`.
pub type Body = crate::types::CogTileInput;
/// The success result of `cog.tile.render`.
pub type Output = ::serde_json::Value;
/// Render an XYZ tile from a COG (bands or band-math expression).
///
/// `POST /v1/op/cog.tile.render` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogTileRender>(body).send().await
}
/// Render an XYZ tile from a COG (bands or band-math expression).
///
/// `POST /v1/op/cog.tile.render` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogTileRender>(body).send_detailed().await
}
/// Render an XYZ tile from a COG (bands or band-math expression).
///
/// `POST /v1/op/cog.tile.render` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogTileRender>(body).send_blocking()
}
/// Render an XYZ tile from a COG (bands or band-math expression).
///
/// `POST /v1/op/cog.tile.render` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogTileRender>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CogTileRender> {
    client.request::<CogTileRender>(body)
}
