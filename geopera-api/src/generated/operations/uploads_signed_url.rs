// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Mint a signed URL for uploading a file into an upload session.
//!
//! `POST /v1/op/uploads.signed_url` · scope `uploads:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `uploads.signed_url` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UploadsSignedUrl;
impl crate::Operation for UploadsSignedUrl {
    type Body = crate::types::SignedUrlInput;
    type Output = crate::types::SignedUrlOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "uploads.signed_url",
        path: "/v1/op/uploads.signed_url",
        scope: ::std::option::Option::Some("uploads:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Mint a signed URL for uploading a file into an upload session.",
    };
}
/// The request body of `uploads.signed_url`.
pub type Body = crate::types::SignedUrlInput;
/// The success result of `uploads.signed_url`.
pub type Output = crate::types::SignedUrlOutput;
/// Mint a signed URL for uploading a file into an upload session.
///
/// `POST /v1/op/uploads.signed_url` · scope `uploads:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsSignedUrl>(body).send().await
}
/// Mint a signed URL for uploading a file into an upload session.
///
/// `POST /v1/op/uploads.signed_url` · scope `uploads:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsSignedUrl>(body).send_detailed().await
}
/// Mint a signed URL for uploading a file into an upload session.
///
/// `POST /v1/op/uploads.signed_url` · scope `uploads:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsSignedUrl>(body).send_blocking()
}
/// Mint a signed URL for uploading a file into an upload session.
///
/// `POST /v1/op/uploads.signed_url` · scope `uploads:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsSignedUrl>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, UploadsSignedUrl> {
    client.request::<UploadsSignedUrl>(body)
}
