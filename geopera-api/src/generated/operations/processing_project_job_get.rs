// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get a processing job by id (org match + project access).
//!
//! `POST /v1/op/processing.project_job.get` · scope `processing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.project_job.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingProjectJobGet;
impl crate::Operation for ProcessingProjectJobGet {
    type Body = crate::types::ProjectJobGetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.project_job.get",
        path: "/v1/op/processing.project_job.get",
        scope: ::std::option::Option::Some("processing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get a processing job by id (org match + project access).",
    };
}
/// The request body of `processing.project_job.get`.
pub type Body = crate::types::ProjectJobGetInput;
/// The success result of `processing.project_job.get`.
pub type Output = ::serde_json::Value;
/// Get a processing job by id (org match + project access).
///
/// `POST /v1/op/processing.project_job.get` · scope `processing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingProjectJobGet>(body).send().await
}
/// Get a processing job by id (org match + project access).
///
/// `POST /v1/op/processing.project_job.get` · scope `processing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingProjectJobGet>(body).send_detailed().await
}
/// Get a processing job by id (org match + project access).
///
/// `POST /v1/op/processing.project_job.get` · scope `processing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingProjectJobGet>(body).send_blocking()
}
/// Get a processing job by id (org match + project access).
///
/// `POST /v1/op/processing.project_job.get` · scope `processing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingProjectJobGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingProjectJobGet> {
    client.request::<ProcessingProjectJobGet>(body)
}
