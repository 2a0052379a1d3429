// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Processing Create
//!
//! `POST /v1/op/processing.create` · scope `processing:process` · success `201`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.create` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingCreate;
impl crate::Operation for ProcessingCreate {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.create",
        path: "/v1/op/processing.create",
        scope: ::std::option::Option::Some("processing:process"),
        success_status: 201u16,
        body_required: false,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Invoke Processing Create",
    };
}
/// The request body of `processing.create`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `processing.create`.
pub type Output = ::serde_json::Value;
/// Invoke Processing Create
///
/// `POST /v1/op/processing.create` · scope `processing:process` · success `201`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingCreate>(body).send().await
}
/// Invoke Processing Create
///
/// `POST /v1/op/processing.create` · scope `processing:process` · success `201`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingCreate>(body).send_detailed().await
}
/// Invoke Processing Create
///
/// `POST /v1/op/processing.create` · scope `processing:process` · success `201`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingCreate>(body).send_blocking()
}
/// Invoke Processing Create
///
/// `POST /v1/op/processing.create` · scope `processing:process` · success `201`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingCreate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingCreate> {
    client.request::<ProcessingCreate>(body)
}
