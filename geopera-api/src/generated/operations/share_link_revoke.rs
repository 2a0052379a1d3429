// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Revoke a share link (editor/admin on the shared target's project).
//!
//! `POST /v1/op/share.link.revoke` · scope `shares:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `share.link.revoke` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ShareLinkRevoke;
impl crate::Operation for ShareLinkRevoke {
    type Body = crate::types::ShareLinkRevokeInput;
    type Output = crate::types::ShareLinkRevokeOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "share.link.revoke",
        path: "/v1/op/share.link.revoke",
        scope: ::std::option::Option::Some("shares:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Revoke a share link (editor/admin on the shared target's project).",
    };
}
/// The request body of `share.link.revoke`.
pub type Body = crate::types::ShareLinkRevokeInput;
/// The success result of `share.link.revoke`.
pub type Output = crate::types::ShareLinkRevokeOutput;
/// Revoke a share link (editor/admin on the shared target's project).
///
/// `POST /v1/op/share.link.revoke` · scope `shares:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareLinkRevoke>(body).send().await
}
/// Revoke a share link (editor/admin on the shared target's project).
///
/// `POST /v1/op/share.link.revoke` · scope `shares:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareLinkRevoke>(body).send_detailed().await
}
/// Revoke a share link (editor/admin on the shared target's project).
///
/// `POST /v1/op/share.link.revoke` · scope `shares:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareLinkRevoke>(body).send_blocking()
}
/// Revoke a share link (editor/admin on the shared target's project).
///
/// `POST /v1/op/share.link.revoke` · scope `shares:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareLinkRevoke>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ShareLinkRevoke> {
    client.request::<ShareLinkRevoke>(body)
}
