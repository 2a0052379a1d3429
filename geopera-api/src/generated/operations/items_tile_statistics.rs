// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Global expression statistics (p2/p98 rescale) from the smallest COG overview.
//!
//! `POST /v1/op/items.tile.statistics` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.tile.statistics` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsTileStatistics;
impl crate::Operation for ItemsTileStatistics {
    type Body = crate::types::ItemStatisticsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.tile.statistics",
        path: "/v1/op/items.tile.statistics",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Global expression statistics (p2/p98 rescale) from the smallest COG overview.",
    };
}
/// The request body of `items.tile.statistics`.
pub type Body = crate::types::ItemStatisticsInput;
/// The success result of `items.tile.statistics`.
pub type Output = ::serde_json::Value;
/// Global expression statistics (p2/p98 rescale) from the smallest COG overview.
///
/// `POST /v1/op/items.tile.statistics` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsTileStatistics>(body).send().await
}
/// Global expression statistics (p2/p98 rescale) from the smallest COG overview.
///
/// `POST /v1/op/items.tile.statistics` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsTileStatistics>(body).send_detailed().await
}
/// Global expression statistics (p2/p98 rescale) from the smallest COG overview.
///
/// `POST /v1/op/items.tile.statistics` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsTileStatistics>(body).send_blocking()
}
/// Global expression statistics (p2/p98 rescale) from the smallest COG overview.
///
/// `POST /v1/op/items.tile.statistics` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsTileStatistics>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsTileStatistics> {
    client.request::<ItemsTileStatistics>(body)
}
