// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Render a Mapbox Terrain-RGB tile from a single-band elevation/depth COG.
//!
//! `POST /v1/op/cog.tile.terrain` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `cog.tile.terrain` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CogTileTerrain;
impl crate::Operation for CogTileTerrain {
    type Body = crate::types::CogTerrainInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "cog.tile.terrain",
        path: "/v1/op/cog.tile.terrain",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Render a Mapbox Terrain-RGB tile from a single-band elevation/depth COG.",
    };
}
/// The request body of `cog.tile.terrain`.
pub type Body = crate::types::CogTerrainInput;
/// The success result of `cog.tile.terrain`.
pub type Output = ::serde_json::Value;
/// Render a Mapbox Terrain-RGB tile from a single-band elevation/depth COG.
///
/// `POST /v1/op/cog.tile.terrain` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogTileTerrain>(body).send().await
}
/// Render a Mapbox Terrain-RGB tile from a single-band elevation/depth COG.
///
/// `POST /v1/op/cog.tile.terrain` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogTileTerrain>(body).send_detailed().await
}
/// Render a Mapbox Terrain-RGB tile from a single-band elevation/depth COG.
///
/// `POST /v1/op/cog.tile.terrain` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogTileTerrain>(body).send_blocking()
}
/// Render a Mapbox Terrain-RGB tile from a single-band elevation/depth COG.
///
/// `POST /v1/op/cog.tile.terrain` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogTileTerrain>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CogTileTerrain> {
    client.request::<CogTileTerrain>(body)
}
