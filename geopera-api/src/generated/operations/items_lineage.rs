// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get the lineage tree (parents + children) for an item.
//!
//! `POST /v1/op/items.lineage` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.lineage` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsLineage;
impl crate::Operation for ItemsLineage {
    type Body = crate::types::ItemLineageInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.lineage",
        path: "/v1/op/items.lineage",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get the lineage tree (parents + children) for an item.",
    };
}
/// The request body of `items.lineage`.
pub type Body = crate::types::ItemLineageInput;
/// The success result of `items.lineage`.
pub type Output = ::serde_json::Value;
/// Get the lineage tree (parents + children) for an item.
///
/// `POST /v1/op/items.lineage` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsLineage>(body).send().await
}
/// Get the lineage tree (parents + children) for an item.
///
/// `POST /v1/op/items.lineage` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsLineage>(body).send_detailed().await
}
/// Get the lineage tree (parents + children) for an item.
///
/// `POST /v1/op/items.lineage` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsLineage>(body).send_blocking()
}
/// Get the lineage tree (parents + children) for an item.
///
/// `POST /v1/op/items.lineage` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsLineage>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, ItemsLineage> {
    client.request::<ItemsLineage>(body)
}
