// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Create an item within a project (editor/admin on the project).
//!
//! `POST /v1/op/items.create` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.create` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsCreate;
impl crate::Operation for ItemsCreate {
    type Body = crate::types::ItemCreateInput;
    type Output = crate::types::ItemResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.create",
        path: "/v1/op/items.create",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Create an item within a project (editor/admin on the project).",
    };
}
/// The request body of `items.create`.
pub type Body = crate::types::ItemCreateInput;
/// The success result of `items.create`.
pub type Output = crate::types::ItemResponse;
/// Create an item within a project (editor/admin on the project).
///
/// `POST /v1/op/items.create` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsCreate>(body).send().await
}
/// Create an item within a project (editor/admin on the project).
///
/// `POST /v1/op/items.create` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsCreate>(body).send_detailed().await
}
/// Create an item within a project (editor/admin on the project).
///
/// `POST /v1/op/items.create` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsCreate>(body).send_blocking()
}
/// Create an item within a project (editor/admin on the project).
///
/// `POST /v1/op/items.create` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsCreate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, ItemsCreate> {
    client.request::<ItemsCreate>(body)
}
