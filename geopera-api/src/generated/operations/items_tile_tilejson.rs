// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! TileJSON metadata for one of our catalog items.
//!
//! `POST /v1/op/items.tile.tilejson` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.tile.tilejson` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsTileTilejson;
impl crate::Operation for ItemsTileTilejson {
    type Body = crate::types::ItemTilejsonInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.tile.tilejson",
        path: "/v1/op/items.tile.tilejson",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "TileJSON metadata for one of our catalog items.",
    };
}
/// The request body of `items.tile.tilejson`.
pub type Body = crate::types::ItemTilejsonInput;
/// The success result of `items.tile.tilejson`.
pub type Output = ::serde_json::Value;
/// TileJSON metadata for one of our catalog items.
///
/// `POST /v1/op/items.tile.tilejson` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsTileTilejson>(body).send().await
}
/// TileJSON metadata for one of our catalog items.
///
/// `POST /v1/op/items.tile.tilejson` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsTileTilejson>(body).send_detailed().await
}
/// TileJSON metadata for one of our catalog items.
///
/// `POST /v1/op/items.tile.tilejson` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsTileTilejson>(body).send_blocking()
}
/// TileJSON metadata for one of our catalog items.
///
/// `POST /v1/op/items.tile.tilejson` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsTileTilejson>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsTileTilejson> {
    client.request::<ItemsTileTilejson>(body)
}
