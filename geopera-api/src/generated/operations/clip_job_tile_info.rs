// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Tile rendering params for a completed clip job.
//!
//! `POST /v1/op/clip.job.tile_info` · scope `clip:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `clip.job.tile_info` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ClipJobTileInfo;
impl crate::Operation for ClipJobTileInfo {
    type Body = crate::types::ClipJobInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "clip.job.tile_info",
        path: "/v1/op/clip.job.tile_info",
        scope: ::std::option::Option::Some("clip:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Tile rendering params for a completed clip job.",
    };
}
/// The request body of `clip.job.tile_info`.
pub type Body = crate::types::ClipJobInput;
/// The success result of `clip.job.tile_info`.
pub type Output = ::serde_json::Value;
/// Tile rendering params for a completed clip job.
///
/// `POST /v1/op/clip.job.tile_info` · scope `clip:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipJobTileInfo>(body).send().await
}
/// Tile rendering params for a completed clip job.
///
/// `POST /v1/op/clip.job.tile_info` · scope `clip:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipJobTileInfo>(body).send_detailed().await
}
/// Tile rendering params for a completed clip job.
///
/// `POST /v1/op/clip.job.tile_info` · scope `clip:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipJobTileInfo>(body).send_blocking()
}
/// Tile rendering params for a completed clip job.
///
/// `POST /v1/op/clip.job.tile_info` · scope `clip:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipJobTileInfo>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ClipJobTileInfo> {
    client.request::<ClipJobTileInfo>(body)
}
