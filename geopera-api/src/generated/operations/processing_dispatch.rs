// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Dispatch an existing pending processing job to its registered worker.
//!
//! `POST /v1/op/processing.dispatch` · scope `processing:process` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.dispatch` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingDispatch;
impl crate::Operation for ProcessingDispatch {
    type Body = crate::types::ProcessingDispatchInput;
    type Output = crate::types::ProcessingDispatchOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.dispatch",
        path: "/v1/op/processing.dispatch",
        scope: ::std::option::Option::Some("processing:process"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Dispatch an existing pending processing job to its registered worker.",
    };
}
/// The request body of `processing.dispatch`.
pub type Body = crate::types::ProcessingDispatchInput;
/// The success result of `processing.dispatch`.
pub type Output = crate::types::ProcessingDispatchOutput;
/// Dispatch an existing pending processing job to its registered worker.
///
/// `POST /v1/op/processing.dispatch` · scope `processing:process` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingDispatch>(body).send().await
}
/// Dispatch an existing pending processing job to its registered worker.
///
/// `POST /v1/op/processing.dispatch` · scope `processing:process` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingDispatch>(body).send_detailed().await
}
/// Dispatch an existing pending processing job to its registered worker.
///
/// `POST /v1/op/processing.dispatch` · scope `processing:process` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingDispatch>(body).send_blocking()
}
/// Dispatch an existing pending processing job to its registered worker.
///
/// `POST /v1/op/processing.dispatch` · scope `processing:process` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingDispatch>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingDispatch> {
    client.request::<ProcessingDispatch>(body)
}
