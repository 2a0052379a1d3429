// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Create + dispatch an area-bucket COG clip job.
//!
//! `POST /v1/op/clip.create_from_area` · scope `clip:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `clip.create_from_area` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ClipCreateFromArea;
impl crate::Operation for ClipCreateFromArea {
    type Body = crate::types::ClipCreateFromAreaInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "clip.create_from_area",
        path: "/v1/op/clip.create_from_area",
        scope: ::std::option::Option::Some("clip:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: true,
        paging: ::std::option::Option::None,
        summary: "Create + dispatch an area-bucket COG clip job.",
    };
}
/// The request body of `clip.create_from_area`.
pub type Body = crate::types::ClipCreateFromAreaInput;
/// The success result of `clip.create_from_area`.
pub type Output = ::serde_json::Value;
/// Create + dispatch an area-bucket COG clip job.
///
/// `POST /v1/op/clip.create_from_area` · scope `clip:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipCreateFromArea>(body).send().await
}
/// Create + dispatch an area-bucket COG clip job.
///
/// `POST /v1/op/clip.create_from_area` · scope `clip:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipCreateFromArea>(body).send_detailed().await
}
/// Create + dispatch an area-bucket COG clip job.
///
/// `POST /v1/op/clip.create_from_area` · scope `clip:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipCreateFromArea>(body).send_blocking()
}
/// Create + dispatch an area-bucket COG clip job.
///
/// `POST /v1/op/clip.create_from_area` · scope `clip:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipCreateFromArea>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ClipCreateFromArea> {
    client.request::<ClipCreateFromArea>(body)
}
