// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Delete a clip job and its GCS files.
//!
//! `POST /v1/op/clip.job.delete` · scope `clip:destroy` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `clip.job.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ClipJobDelete;
impl crate::Operation for ClipJobDelete {
    type Body = crate::types::ClipJobDeleteInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "clip.job.delete",
        path: "/v1/op/clip.job.delete",
        scope: ::std::option::Option::Some("clip:destroy"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Delete a clip job and its GCS files.",
    };
}
/// The request body of `clip.job.delete`.
pub type Body = crate::types::ClipJobDeleteInput;
/// The success result of `clip.job.delete`.
pub type Output = ::serde_json::Value;
/// Delete a clip job and its GCS files.
///
/// `POST /v1/op/clip.job.delete` · scope `clip:destroy` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipJobDelete>(body).send().await
}
/// Delete a clip job and its GCS files.
///
/// `POST /v1/op/clip.job.delete` · scope `clip:destroy` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipJobDelete>(body).send_detailed().await
}
/// Delete a clip job and its GCS files.
///
/// `POST /v1/op/clip.job.delete` · scope `clip:destroy` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipJobDelete>(body).send_blocking()
}
/// Delete a clip job and its GCS files.
///
/// `POST /v1/op/clip.job.delete` · scope `clip:destroy` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipJobDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ClipJobDelete> {
    client.request::<ClipJobDelete>(body)
}
