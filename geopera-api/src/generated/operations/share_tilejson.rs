// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! TileJSON for a publicly-shared item (token + password).
//!
//! `POST /v1/op/share.tilejson` · scope `shares:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `share.tilejson` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ShareTilejson;
impl crate::Operation for ShareTilejson {
    type Body = crate::types::ShareTilejsonInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "share.tilejson",
        path: "/v1/op/share.tilejson",
        scope: ::std::option::Option::Some("shares:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "TileJSON for a publicly-shared item (token + password).",
    };
}
/// The request body of `share.tilejson`.
pub type Body = crate::types::ShareTilejsonInput;
/// The success result of `share.tilejson`.
pub type Output = ::serde_json::Value;
/// TileJSON for a publicly-shared item (token + password).
///
/// `POST /v1/op/share.tilejson` · scope `shares:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareTilejson>(body).send().await
}
/// TileJSON for a publicly-shared item (token + password).
///
/// `POST /v1/op/share.tilejson` · scope `shares:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareTilejson>(body).send_detailed().await
}
/// TileJSON for a publicly-shared item (token + password).
///
/// `POST /v1/op/share.tilejson` · scope `shares:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ShareTilejson>(body).send_blocking()
}
/// TileJSON for a publicly-shared item (token + password).
///
/// `POST /v1/op/share.tilejson` · scope `shares:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ShareTilejson>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ShareTilejson> {
    client.request::<ShareTilejson>(body)
}
