// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Register a completed job's outputs + settle its credit reservation.
//!
//! `POST /v1/op/processing.job.register` · scope `processing:process` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.job.register` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingJobRegister;
impl crate::Operation for ProcessingJobRegister {
    type Body = crate::types::JobRegisterInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.job.register",
        path: "/v1/op/processing.job.register",
        scope: ::std::option::Option::Some("processing:process"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Register a completed job's outputs + settle its credit reservation.",
    };
}
/// The request body of `processing.job.register`.
pub type Body = crate::types::JobRegisterInput;
/// The success result of `processing.job.register`.
pub type Output = ::serde_json::Value;
/// Register a completed job's outputs + settle its credit reservation.
///
/// `POST /v1/op/processing.job.register` · scope `processing:process` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingJobRegister>(body).send().await
}
/// Register a completed job's outputs + settle its credit reservation.
///
/// `POST /v1/op/processing.job.register` · scope `processing:process` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingJobRegister>(body).send_detailed().await
}
/// Register a completed job's outputs + settle its credit reservation.
///
/// `POST /v1/op/processing.job.register` · scope `processing:process` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingJobRegister>(body).send_blocking()
}
/// Register a completed job's outputs + settle its credit reservation.
///
/// `POST /v1/op/processing.job.register` · scope `processing:process` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingJobRegister>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingJobRegister> {
    client.request::<ProcessingJobRegister>(body)
}
