// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Capture-date metadata for a clip area.
//!
//! `POST /v1/op/clip.area.metadata` · scope `clip:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `clip.area.metadata` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ClipAreaMetadata;
impl crate::Operation for ClipAreaMetadata {
    type Body = crate::types::Area;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "clip.area.metadata",
        path: "/v1/op/clip.area.metadata",
        scope: ::std::option::Option::Some("clip:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Capture-date metadata for a clip area.",
    };
}
/// The request body of `clip.area.metadata`.
pub type Body = crate::types::Area;
/// The success result of `clip.area.metadata`.
pub type Output = ::serde_json::Value;
/// Capture-date metadata for a clip area.
///
/// `POST /v1/op/clip.area.metadata` · scope `clip:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipAreaMetadata>(body).send().await
}
/// Capture-date metadata for a clip area.
///
/// `POST /v1/op/clip.area.metadata` · scope `clip:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipAreaMetadata>(body).send_detailed().await
}
/// Capture-date metadata for a clip area.
///
/// `POST /v1/op/clip.area.metadata` · scope `clip:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipAreaMetadata>(body).send_blocking()
}
/// Capture-date metadata for a clip area.
///
/// `POST /v1/op/clip.area.metadata` · scope `clip:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipAreaMetadata>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ClipAreaMetadata> {
    client.request::<ClipAreaMetadata>(body)
}
