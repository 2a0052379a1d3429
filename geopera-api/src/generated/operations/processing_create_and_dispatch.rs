// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Create And Dispatch
//!
//! `POST /v1/op/processing.create_and_dispatch` · scope `processing:process` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.create_and_dispatch` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingCreateAndDispatch;
impl crate::Operation for ProcessingCreateAndDispatch {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.create_and_dispatch",
        path: "/v1/op/processing.create_and_dispatch",
        scope: ::std::option::Option::Some("processing:process"),
        success_status: 200u16,
        body_required: false,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Invoke Create And Dispatch",
    };
}
/// The request body of `processing.create_and_dispatch`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `processing.create_and_dispatch`.
pub type Output = ::serde_json::Value;
/// Invoke Create And Dispatch
///
/// `POST /v1/op/processing.create_and_dispatch` · scope `processing:process` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingCreateAndDispatch>(body).send().await
}
/// Invoke Create And Dispatch
///
/// `POST /v1/op/processing.create_and_dispatch` · scope `processing:process` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingCreateAndDispatch>(body).send_detailed().await
}
/// Invoke Create And Dispatch
///
/// `POST /v1/op/processing.create_and_dispatch` · scope `processing:process` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingCreateAndDispatch>(body).send_blocking()
}
/// Invoke Create And Dispatch
///
/// `POST /v1/op/processing.create_and_dispatch` · scope `processing:process` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingCreateAndDispatch>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingCreateAndDispatch> {
    client.request::<ProcessingCreateAndDispatch>(body)
}
