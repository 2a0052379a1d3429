// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Update an item's mutable metadata (editor/admin on its project).
//!
//! `POST /v1/op/items.update` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.update` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsUpdate;
impl crate::Operation for ItemsUpdate {
    type Body = crate::types::ItemUpdateInput;
    type Output = crate::types::ItemResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.update",
        path: "/v1/op/items.update",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Update an item's mutable metadata (editor/admin on its project).",
    };
}
/// The request body of `items.update`.
pub type Body = crate::types::ItemUpdateInput;
/// The success result of `items.update`.
pub type Output = crate::types::ItemResponse;
/// Update an item's mutable metadata (editor/admin on its project).
///
/// `POST /v1/op/items.update` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsUpdate>(body).send().await
}
/// Update an item's mutable metadata (editor/admin on its project).
///
/// `POST /v1/op/items.update` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsUpdate>(body).send_detailed().await
}
/// Update an item's mutable metadata (editor/admin on its project).
///
/// `POST /v1/op/items.update` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsUpdate>(body).send_blocking()
}
/// Update an item's mutable metadata (editor/admin on its project).
///
/// `POST /v1/op/items.update` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsUpdate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, ItemsUpdate> {
    client.request::<ItemsUpdate>(body)
}
