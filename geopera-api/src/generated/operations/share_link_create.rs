// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Create a password-protected share link for an item or collection.
//!
//! `POST /v1/op/share.link.create` · scope `shares:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `share.link.create` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ShareLinkCreate;
impl crate::Operation for ShareLinkCreate {
    type Body = crate::types::ShareLinkCreate;
    type Output = crate::types::ShareLinkCreateOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "share.link.create",
        path: "/v1/op/share.link.create",
        scope: ::std::option::Option::Some("shares:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Create a password-protected share link for an item or collection.",
    };
}
/// The request body of `share.link.create`.
pub type Body = crate::types::ShareLinkCreate;
/// The success result of `share.link.create`.
pub type Output = crate::types::ShareLinkCreateOutput;
/// Create a password-protected share link for an item or collection.
///
/// `POST /v1/op/share.link.create` · scope `shares:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareLinkCreate>(body).send().await
}
/// Create a password-protected share link for an item or collection.
///
/// `POST /v1/op/share.link.create` · scope `shares:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareLinkCreate>(body).send_detailed().await
}
/// Create a password-protected share link for an item or collection.
///
/// `POST /v1/op/share.link.create` · scope `shares:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareLinkCreate>(body).send_blocking()
}
/// Create a password-protected share link for an item or collection.
///
/// `POST /v1/op/share.link.create` · scope `shares:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareLinkCreate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ShareLinkCreate> {
    client.request::<ShareLinkCreate>(body)
}
