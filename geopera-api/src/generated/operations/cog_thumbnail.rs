// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Generate a JPEG thumbnail from the smallest COG overview.
//!
//! `POST /v1/op/cog.thumbnail` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `cog.thumbnail` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CogThumbnail;
impl crate::Operation for CogThumbnail {
    type Body = crate::types::CogThumbnailInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "cog.thumbnail",
        path: "/v1/op/cog.thumbnail",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Generate a JPEG thumbnail from the smallest COG overview.",
    };
}
/// The request body of `cog.thumbnail`.
pub type Body = crate::types::CogThumbnailInput;
/// The success result of `cog.thumbnail`.
pub type Output = ::serde_json::Value;
/// Generate a JPEG thumbnail from the smallest COG overview.
///
/// `POST /v1/op/cog.thumbnail` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogThumbnail>(body).send().await
}
/// Generate a JPEG thumbnail from the smallest COG overview.
///
/// `POST /v1/op/cog.thumbnail` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogThumbnail>(body).send_detailed().await
}
/// Generate a JPEG thumbnail from the smallest COG overview.
///
/// `POST /v1/op/cog.thumbnail` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogThumbnail>(body).send_blocking()
}
/// Generate a JPEG thumbnail from the smallest COG overview.
///
/// `POST /v1/op/cog.thumbnail` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogThumbnail>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, CogThumbnail> {
    client.request::<CogThumbnail>(body)
}
