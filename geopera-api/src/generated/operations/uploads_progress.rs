// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Update an upload session's progress.
//!
//! `POST /v1/op/uploads.progress` · scope `uploads:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `uploads.progress` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UploadsProgress;
impl crate::Operation for UploadsProgress {
    type Body = crate::types::UploadProgressInput;
    type Output = crate::types::UploadOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "uploads.progress",
        path: "/v1/op/uploads.progress",
        scope: ::std::option::Option::Some("uploads:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Update an upload session's progress.",
    };
}
/// The request body of `uploads.progress`.
pub type Body = crate::types::UploadProgressInput;
/// The success result of `uploads.progress`.
pub type Output = crate::types::UploadOutput;
/// Update an upload session's progress.
///
/// `POST /v1/op/uploads.progress` · scope `uploads:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsProgress>(body).send().await
}
/// Update an upload session's progress.
///
/// `POST /v1/op/uploads.progress` · scope `uploads:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsProgress>(body).send_detailed().await
}
/// Update an upload session's progress.
///
/// `POST /v1/op/uploads.progress` · scope `uploads:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsProgress>(body).send_blocking()
}
/// Update an upload session's progress.
///
/// `POST /v1/op/uploads.progress` · scope `uploads:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsProgress>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, UploadsProgress> {
    client.request::<UploadsProgress>(body)
}
