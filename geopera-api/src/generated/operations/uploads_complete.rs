// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Uploads Complete
//!
//! `POST /v1/op/uploads.complete` · scope `uploads:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `uploads.complete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UploadsComplete;
impl crate::Operation for UploadsComplete {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = crate::views::UploadCompleted;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "uploads.complete",
        path: "/v1/op/uploads.complete",
        scope: ::std::option::Option::Some("uploads:write"),
        success_status: 200u16,
        body_required: false,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Invoke Uploads Complete",
    };
}
/// The request body of `uploads.complete`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `uploads.complete`.
pub type Output = crate::views::UploadCompleted;
/// Invoke Uploads Complete
///
/// `POST /v1/op/uploads.complete` · scope `uploads:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsComplete>(body).send().await
}
/// Invoke Uploads Complete
///
/// `POST /v1/op/uploads.complete` · scope `uploads:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsComplete>(body).send_detailed().await
}
/// Invoke Uploads Complete
///
/// `POST /v1/op/uploads.complete` · scope `uploads:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsComplete>(body).send_blocking()
}
/// Invoke Uploads Complete
///
/// `POST /v1/op/uploads.complete` · scope `uploads:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsComplete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, UploadsComplete> {
    client.request::<UploadsComplete>(body)
}
