// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Soft-delete an item (admin/editor on the item's project required).
//!
//! `POST /v1/op/items.delete` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsDelete;
impl crate::Operation for ItemsDelete {
    type Body = crate::types::ItemDeleteInput;
    type Output = crate::types::ItemDeleteOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.delete",
        path: "/v1/op/items.delete",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Soft-delete an item (admin/editor on the item's project required).",
    };
}
/// The request body of `items.delete`.
pub type Body = crate::types::ItemDeleteInput;
/// The success result of `items.delete`.
pub type Output = crate::types::ItemDeleteOutput;
/// Soft-delete an item (admin/editor on the item's project required).
///
/// `POST /v1/op/items.delete` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsDelete>(body).send().await
}
/// Soft-delete an item (admin/editor on the item's project required).
///
/// `POST /v1/op/items.delete` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsDelete>(body).send_detailed().await
}
/// Soft-delete an item (admin/editor on the item's project required).
///
/// `POST /v1/op/items.delete` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsDelete>(body).send_blocking()
}
/// Soft-delete an item (admin/editor on the item's project required).
///
/// `POST /v1/op/items.delete` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, ItemsDelete> {
    client.request::<ItemsDelete>(body)
}
