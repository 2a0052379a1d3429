// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Auto-detect band names for an asset from its reflectance statistics.
//!
//! `POST /v1/op/items.detect_asset_bands` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.detect_asset_bands` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsDetectAssetBands;
impl crate::Operation for ItemsDetectAssetBands {
    type Body = crate::types::DetectBandsInput;
    type Output = crate::types::DetectBandsOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.detect_asset_bands",
        path: "/v1/op/items.detect_asset_bands",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Auto-detect band names for an asset from its reflectance statistics.",
    };
}
/// The request body of `items.detect_asset_bands`.
pub type Body = crate::types::DetectBandsInput;
/// The success result of `items.detect_asset_bands`.
pub type Output = crate::types::DetectBandsOutput;
/// Auto-detect band names for an asset from its reflectance statistics.
///
/// `POST /v1/op/items.detect_asset_bands` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsDetectAssetBands>(body).send().await
}
/// Auto-detect band names for an asset from its reflectance statistics.
///
/// `POST /v1/op/items.detect_asset_bands` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsDetectAssetBands>(body).send_detailed().await
}
/// Auto-detect band names for an asset from its reflectance statistics.
///
/// `POST /v1/op/items.detect_asset_bands` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsDetectAssetBands>(body).send_blocking()
}
/// Auto-detect band names for an asset from its reflectance statistics.
///
/// `POST /v1/op/items.detect_asset_bands` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsDetectAssetBands>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsDetectAssetBands> {
    client.request::<ItemsDetectAssetBands>(body)
}
