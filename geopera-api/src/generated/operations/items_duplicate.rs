// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Duplicate an item with its assets + viz profiles (admin/editor on the project).
//!
//! `POST /v1/op/items.duplicate` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.duplicate` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsDuplicate;
impl crate::Operation for ItemsDuplicate {
    type Body = crate::types::ItemDuplicateInput;
    type Output = crate::types::ItemResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.duplicate",
        path: "/v1/op/items.duplicate",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Duplicate an item with its assets + viz profiles (admin/editor on the project).",
    };
}
/// The request body of `items.duplicate`.
pub type Body = crate::types::ItemDuplicateInput;
/// The success result of `items.duplicate`.
pub type Output = crate::types::ItemResponse;
/// Duplicate an item with its assets + viz profiles (admin/editor on the project).
///
/// `POST /v1/op/items.duplicate` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsDuplicate>(body).send().await
}
/// Duplicate an item with its assets + viz profiles (admin/editor on the project).
///
/// `POST /v1/op/items.duplicate` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsDuplicate>(body).send_detailed().await
}
/// Duplicate an item with its assets + viz profiles (admin/editor on the project).
///
/// `POST /v1/op/items.duplicate` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsDuplicate>(body).send_blocking()
}
/// Duplicate an item with its assets + viz profiles (admin/editor on the project).
///
/// `POST /v1/op/items.duplicate` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsDuplicate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsDuplicate> {
    client.request::<ItemsDuplicate>(body)
}
