// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List delivery-bucket clip areas.
//!
//! `POST /v1/op/clip.areas.list` · scope `clip:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `clip.areas.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ClipAreasList;
impl crate::Operation for ClipAreasList {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "clip.areas.list",
        path: "/v1/op/clip.areas.list",
        scope: ::std::option::Option::Some("clip:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List delivery-bucket clip areas.",
    };
}
/// The request body of `clip.areas.list`.
pub type Body = crate::types::Empty;
/// The success result of `clip.areas.list`.
pub type Output = ::serde_json::Value;
/// List delivery-bucket clip areas.
///
/// `POST /v1/op/clip.areas.list` · scope `clip:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipAreasList>(body).send().await
}
/// List delivery-bucket clip areas.
///
/// `POST /v1/op/clip.areas.list` · scope `clip:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipAreasList>(body).send_detailed().await
}
/// List delivery-bucket clip areas.
///
/// `POST /v1/op/clip.areas.list` · scope `clip:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipAreasList>(body).send_blocking()
}
/// List delivery-bucket clip areas.
///
/// `POST /v1/op/clip.areas.list` · scope `clip:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipAreasList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ClipAreasList> {
    client.request::<ClipAreasList>(body)
}
