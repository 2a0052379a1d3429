// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Delete any processing job by id (org-scoped).
//!
//! `POST /v1/op/processing.job.delete` · scope `clip:destroy` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.job.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingJobDelete;
impl crate::Operation for ProcessingJobDelete {
    type Body = crate::types::ProcessingJobInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.job.delete",
        path: "/v1/op/processing.job.delete",
        scope: ::std::option::Option::Some("clip:destroy"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Delete any processing job by id (org-scoped).",
    };
}
/// The request body of `processing.job.delete`.
pub type Body = crate::types::ProcessingJobInput;
/// The success result of `processing.job.delete`.
pub type Output = ::serde_json::Value;
/// Delete any processing job by id (org-scoped).
///
/// `POST /v1/op/processing.job.delete` · scope `clip:destroy` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingJobDelete>(body).send().await
}
/// Delete any processing job by id (org-scoped).
///
/// `POST /v1/op/processing.job.delete` · scope `clip:destroy` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingJobDelete>(body).send_detailed().await
}
/// Delete any processing job by id (org-scoped).
///
/// `POST /v1/op/processing.job.delete` · scope `clip:destroy` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingJobDelete>(body).send_blocking()
}
/// Delete any processing job by id (org-scoped).
///
/// `POST /v1/op/processing.job.delete` · scope `clip:destroy` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingJobDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingJobDelete> {
    client.request::<ProcessingJobDelete>(body)
}
