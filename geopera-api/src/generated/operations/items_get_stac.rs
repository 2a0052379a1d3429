// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get an item as a full STAC 1.0.0 Feature with embedded assets + links.
//!
//! `POST /v1/op/items.get_stac` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.get_stac` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsGetStac;
impl crate::Operation for ItemsGetStac {
    type Body = crate::types::ItemStacInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.get_stac",
        path: "/v1/op/items.get_stac",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get an item as a full STAC 1.0.0 Feature with embedded assets + links.",
    };
}
/// The request body of `items.get_stac`.
pub type Body = crate::types::ItemStacInput;
/// The success result of `items.get_stac`.
pub type Output = ::serde_json::Value;
/// Get an item as a full STAC 1.0.0 Feature with embedded assets + links.
///
/// `POST /v1/op/items.get_stac` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsGetStac>(body).send().await
}
/// Get an item as a full STAC 1.0.0 Feature with embedded assets + links.
///
/// `POST /v1/op/items.get_stac` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsGetStac>(body).send_detailed().await
}
/// Get an item as a full STAC 1.0.0 Feature with embedded assets + links.
///
/// `POST /v1/op/items.get_stac` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsGetStac>(body).send_blocking()
}
/// Get an item as a full STAC 1.0.0 Feature with embedded assets + links.
///
/// `POST /v1/op/items.get_stac` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsGetStac>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, ItemsGetStac> {
    client.request::<ItemsGetStac>(body)
}
