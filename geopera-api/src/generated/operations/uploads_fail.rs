// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Mark an upload session failed, releasing its storage reservation.
//!
//! `POST /v1/op/uploads.fail` · scope `uploads:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `uploads.fail` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UploadsFail;
impl crate::Operation for UploadsFail {
    type Body = crate::types::UploadFailInput;
    type Output = crate::types::UploadOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "uploads.fail",
        path: "/v1/op/uploads.fail",
        scope: ::std::option::Option::Some("uploads:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Mark an upload session failed, releasing its storage reservation.",
    };
}
/// The request body of `uploads.fail`.
pub type Body = crate::types::UploadFailInput;
/// The success result of `uploads.fail`.
pub type Output = crate::types::UploadOutput;
/// Mark an upload session failed, releasing its storage reservation.
///
/// `POST /v1/op/uploads.fail` · scope `uploads:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsFail>(body).send().await
}
/// Mark an upload session failed, releasing its storage reservation.
///
/// `POST /v1/op/uploads.fail` · scope `uploads:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsFail>(body).send_detailed().await
}
/// Mark an upload session failed, releasing its storage reservation.
///
/// `POST /v1/op/uploads.fail` · scope `uploads:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsFail>(body).send_blocking()
}
/// Mark an upload session failed, releasing its storage reservation.
///
/// `POST /v1/op/uploads.fail` · scope `uploads:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsFail>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, UploadsFail> {
    client.request::<UploadsFail>(body)
}
