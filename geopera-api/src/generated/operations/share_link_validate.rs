// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Validate a share link (token + password) and return the shared target.
//!
//! `POST /v1/op/share.link.validate` · scope `shares:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `share.link.validate` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ShareLinkValidate;
impl crate::Operation for ShareLinkValidate {
    type Body = crate::types::ShareLinkValidateInput;
    type Output = crate::types::ShareLinkValidateOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "share.link.validate",
        path: "/v1/op/share.link.validate",
        scope: ::std::option::Option::Some("shares:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Validate a share link (token + password) and return the shared target.",
    };
}
/// The request body of `share.link.validate`.
pub type Body = crate::types::ShareLinkValidateInput;
/// The success result of `share.link.validate`.
pub type Output = crate::types::ShareLinkValidateOutput;
/// Validate a share link (token + password) and return the shared target.
///
/// `POST /v1/op/share.link.validate` · scope `shares:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareLinkValidate>(body).send().await
}
/// Validate a share link (token + password) and return the shared target.
///
/// `POST /v1/op/share.link.validate` · scope `shares:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareLinkValidate>(body).send_detailed().await
}
/// Validate a share link (token + password) and return the shared target.
///
/// `POST /v1/op/share.link.validate` · scope `shares:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareLinkValidate>(body).send_blocking()
}
/// Validate a share link (token + password) and return the shared target.
///
/// `POST /v1/op/share.link.validate` · scope `shares:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareLinkValidate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ShareLinkValidate> {
    client.request::<ShareLinkValidate>(body)
}
