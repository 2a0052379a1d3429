// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List all assets (files) attached to an item.
//!
//! `POST /v1/op/items.list_assets` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.list_assets` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsListAssets;
impl crate::Operation for ItemsListAssets {
    type Body = crate::types::ItemAssetsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.list_assets",
        path: "/v1/op/items.list_assets",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List all assets (files) attached to an item.",
    };
}
/// The request body of `items.list_assets`.
pub type Body = crate::types::ItemAssetsInput;
/// The success result of `items.list_assets`.
pub type Output = ::serde_json::Value;
/// List all assets (files) attached to an item.
///
/// `POST /v1/op/items.list_assets` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsListAssets>(body).send().await
}
/// List all assets (files) attached to an item.
///
/// `POST /v1/op/items.list_assets` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsListAssets>(body).send_detailed().await
}
/// List all assets (files) attached to an item.
///
/// `POST /v1/op/items.list_assets` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsListAssets>(body).send_blocking()
}
/// List all assets (files) attached to an item.
///
/// `POST /v1/op/items.list_assets` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsListAssets>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsListAssets> {
    client.request::<ItemsListAssets>(body)
}
