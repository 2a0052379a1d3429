// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Execute a process (reserve credits + dispatch a job).
//!
//! `POST /v1/op/processing.execute` · scope `processing:process` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.execute` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingExecute;
impl crate::Operation for ProcessingExecute {
    type Body = crate::types::ProcessExecuteInput;
    type Output = crate::types::ProcessExecuteOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.execute",
        path: "/v1/op/processing.execute",
        scope: ::std::option::Option::Some("processing:process"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Execute a process (reserve credits + dispatch a job).",
    };
}
/// The request body of `processing.execute`.
pub type Body = crate::types::ProcessExecuteInput;
/// The success result of `processing.execute`.
pub type Output = crate::types::ProcessExecuteOutput;
/// Execute a process (reserve credits + dispatch a job).
///
/// `POST /v1/op/processing.execute` · scope `processing:process` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingExecute>(body).send().await
}
/// Execute a process (reserve credits + dispatch a job).
///
/// `POST /v1/op/processing.execute` · scope `processing:process` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingExecute>(body).send_detailed().await
}
/// Execute a process (reserve credits + dispatch a job).
///
/// `POST /v1/op/processing.execute` · scope `processing:process` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingExecute>(body).send_blocking()
}
/// Execute a process (reserve credits + dispatch a job).
///
/// `POST /v1/op/processing.execute` · scope `processing:process` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingExecute>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingExecute> {
    client.request::<ProcessingExecute>(body)
}
