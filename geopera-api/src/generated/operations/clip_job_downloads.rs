// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List downloadable clip files for a job.
//!
//! `POST /v1/op/clip.job.downloads` · scope `clip:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `clip.job.downloads` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ClipJobDownloads;
impl crate::Operation for ClipJobDownloads {
    type Body = crate::types::ClipJobInput;
    type Output = crate::views::ClipDownloads;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "clip.job.downloads",
        path: "/v1/op/clip.job.downloads",
        scope: ::std::option::Option::Some("clip:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List downloadable clip files for a job.",
    };
}
/// The request body of `clip.job.downloads`.
pub type Body = crate::types::ClipJobInput;
/// The success result of `clip.job.downloads`.
pub type Output = crate::views::ClipDownloads;
/// List downloadable clip files for a job.
///
/// `POST /v1/op/clip.job.downloads` · scope `clip:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipJobDownloads>(body).send().await
}
/// List downloadable clip files for a job.
///
/// `POST /v1/op/clip.job.downloads` · scope `clip:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipJobDownloads>(body).send_detailed().await
}
/// List downloadable clip files for a job.
///
/// `POST /v1/op/clip.job.downloads` · scope `clip:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipJobDownloads>(body).send_blocking()
}
/// List downloadable clip files for a job.
///
/// `POST /v1/op/clip.job.downloads` · scope `clip:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipJobDownloads>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ClipJobDownloads> {
    client.request::<ClipJobDownloads>(body)
}
