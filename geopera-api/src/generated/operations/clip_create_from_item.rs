// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Clip Create From Item
//!
//! `POST /v1/op/clip.create_from_item` · scope `processing:process` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `clip.create_from_item` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ClipCreateFromItem;
impl crate::Operation for ClipCreateFromItem {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "clip.create_from_item",
        path: "/v1/op/clip.create_from_item",
        scope: ::std::option::Option::Some("processing:process"),
        success_status: 200u16,
        body_required: false,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Invoke Clip Create From Item",
    };
}
/// The request body of `clip.create_from_item`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `clip.create_from_item`.
pub type Output = ::serde_json::Value;
/// Invoke Clip Create From Item
///
/// `POST /v1/op/clip.create_from_item` · scope `processing:process` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipCreateFromItem>(body).send().await
}
/// Invoke Clip Create From Item
///
/// `POST /v1/op/clip.create_from_item` · scope `processing:process` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipCreateFromItem>(body).send_detailed().await
}
/// Invoke Clip Create From Item
///
/// `POST /v1/op/clip.create_from_item` · scope `processing:process` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ClipCreateFromItem>(body).send_blocking()
}
/// Invoke Clip Create From Item
///
/// `POST /v1/op/clip.create_from_item` · scope `processing:process` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ClipCreateFromItem>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ClipCreateFromItem> {
    client.request::<ClipCreateFromItem>(body)
}
