// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Fetch a single catalog item by id.
//!
//! `POST /v1/op/items.get` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsGet;
impl crate::Operation for ItemsGet {
    type Body = crate::types::ItemGetInput;
    type Output = crate::types::ItemGetOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.get",
        path: "/v1/op/items.get",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Fetch a single catalog item by id.",
    };
}
/// The request body of `items.get`.
pub type Body = crate::types::ItemGetInput;
/// The success result of `items.get`.
pub type Output = crate::types::ItemGetOutput;
/// Fetch a single catalog item by id.
///
/// `POST /v1/op/items.get` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsGet>(body).send().await
}
/// Fetch a single catalog item by id.
///
/// `POST /v1/op/items.get` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsGet>(body).send_detailed().await
}
/// Fetch a single catalog item by id.
///
/// `POST /v1/op/items.get` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsGet>(body).send_blocking()
}
/// Fetch a single catalog item by id.
///
/// `POST /v1/op/items.get` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, ItemsGet> {
    client.request::<ItemsGet>(body)
}
