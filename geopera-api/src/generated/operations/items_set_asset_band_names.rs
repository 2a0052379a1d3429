// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Rename the bands on an item's asset (project member access).
//!
//! `POST /v1/op/items.set_asset_band_names` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.set_asset_band_names` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsSetAssetBandNames;
impl crate::Operation for ItemsSetAssetBandNames {
    type Body = crate::types::SetBandNamesInput;
    type Output = crate::types::AssetOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.set_asset_band_names",
        path: "/v1/op/items.set_asset_band_names",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Rename the bands on an item's asset (project member access).",
    };
}
/// The request body of `items.set_asset_band_names`.
pub type Body = crate::types::SetBandNamesInput;
/// The success result of `items.set_asset_band_names`.
pub type Output = crate::types::AssetOutput;
/// Rename the bands on an item's asset (project member access).
///
/// `POST /v1/op/items.set_asset_band_names` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsSetAssetBandNames>(body).send().await
}
/// Rename the bands on an item's asset (project member access).
///
/// `POST /v1/op/items.set_asset_band_names` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsSetAssetBandNames>(body).send_detailed().await
}
/// Rename the bands on an item's asset (project member access).
///
/// `POST /v1/op/items.set_asset_band_names` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsSetAssetBandNames>(body).send_blocking()
}
/// Rename the bands on an item's asset (project member access).
///
/// `POST /v1/op/items.set_asset_band_names` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsSetAssetBandNames>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsSetAssetBandNames> {
    client.request::<ItemsSetAssetBandNames>(body)
}
