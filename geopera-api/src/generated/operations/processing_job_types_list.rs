// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List available processing job types (optionally by category).
//!
//! `POST /v1/op/processing.job_types.list` · scope `processing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.job_types.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingJobTypesList;
impl crate::Operation for ProcessingJobTypesList {
    type Body = crate::types::JobTypesInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.job_types.list",
        path: "/v1/op/processing.job_types.list",
        scope: ::std::option::Option::Some("processing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List available processing job types (optionally by category).",
    };
}
/// The request body of `processing.job_types.list`.
pub type Body = crate::types::JobTypesInput;
/// The success result of `processing.job_types.list`.
pub type Output = ::serde_json::Value;
/// List available processing job types (optionally by category).
///
/// `POST /v1/op/processing.job_types.list` · scope `processing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingJobTypesList>(body).send().await
}
/// List available processing job types (optionally by category).
///
/// `POST /v1/op/processing.job_types.list` · scope `processing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingJobTypesList>(body).send_detailed().await
}
/// List available processing job types (optionally by category).
///
/// `POST /v1/op/processing.job_types.list` · scope `processing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingJobTypesList>(body).send_blocking()
}
/// List available processing job types (optionally by category).
///
/// `POST /v1/op/processing.job_types.list` · scope `processing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingJobTypesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingJobTypesList> {
    client.request::<ProcessingJobTypesList>(body)
}
