// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Start an upload session, reserving storage quota (editor/admin on the project).
//!
//! `POST /v1/op/uploads.initiate` · scope `uploads:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `uploads.initiate` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UploadsInitiate;
impl crate::Operation for UploadsInitiate {
    type Body = crate::types::UploadInitiate;
    type Output = crate::types::UploadOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "uploads.initiate",
        path: "/v1/op/uploads.initiate",
        scope: ::std::option::Option::Some("uploads:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Start an upload session, reserving storage quota (editor/admin on the project).",
    };
}
/// The request body of `uploads.initiate`.
pub type Body = crate::types::UploadInitiate;
/// The success result of `uploads.initiate`.
pub type Output = crate::types::UploadOutput;
/// Start an upload session, reserving storage quota (editor/admin on the project).
///
/// `POST /v1/op/uploads.initiate` · scope `uploads:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsInitiate>(body).send().await
}
/// Start an upload session, reserving storage quota (editor/admin on the project).
///
/// `POST /v1/op/uploads.initiate` · scope `uploads:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsInitiate>(body).send_detailed().await
}
/// Start an upload session, reserving storage quota (editor/admin on the project).
///
/// `POST /v1/op/uploads.initiate` · scope `uploads:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UploadsInitiate>(body).send_blocking()
}
/// Start an upload session, reserving storage quota (editor/admin on the project).
///
/// `POST /v1/op/uploads.initiate` · scope `uploads:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UploadsInitiate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, UploadsInitiate> {
    client.request::<UploadsInitiate>(body)
}
