// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Stream a clip file from GCS (egress-enforced).
//!
//! `POST /v1/op/clip.job.download` · scope `clip:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `clip.job.download` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ClipJobDownload;
impl crate::Operation for ClipJobDownload {
    type Body = crate::types::ClipDownloadInput;
    type Output = crate::views::DownloadDescriptor;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "clip.job.download",
        path: "/v1/op/clip.job.download",
        scope: ::std::option::Option::Some("clip:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Stream a clip file from GCS (egress-enforced).",
    };
}
/// The request body of `clip.job.download`.
pub type Body = crate::types::ClipDownloadInput;
/// The success result of `clip.job.download`.
pub type Output = crate::views::DownloadDescriptor;
/// Stream a clip file from GCS (egress-enforced).
///
/// `POST /v1/op/clip.job.download` · scope `clip:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipJobDownload>(body).send().await
}
/// Stream a clip file from GCS (egress-enforced).
///
/// `POST /v1/op/clip.job.download` · scope `clip:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipJobDownload>(body).send_detailed().await
}
/// Stream a clip file from GCS (egress-enforced).
///
/// `POST /v1/op/clip.job.download` · scope `clip:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipJobDownload>(body).send_blocking()
}
/// Stream a clip file from GCS (egress-enforced).
///
/// `POST /v1/op/clip.job.download` · scope `clip:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipJobDownload>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ClipJobDownload> {
    client.request::<ClipJobDownload>(body)
}
