// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Issue a signed, egress-tracked download URL for an item's asset.
//!
//! `POST /v1/op/items.asset.download` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.asset.download` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsAssetDownload;
impl crate::Operation for ItemsAssetDownload {
    type Body = crate::types::AssetDownloadInput;
    type Output = crate::views::DownloadDescriptor;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.asset.download",
        path: "/v1/op/items.asset.download",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Issue a signed, egress-tracked download URL for an item's asset.",
    };
}
/// The request body of `items.asset.download`.
pub type Body = crate::types::AssetDownloadInput;
/// The success result of `items.asset.download`.
pub type Output = crate::views::DownloadDescriptor;
/// Issue a signed, egress-tracked download URL for an item's asset.
///
/// `POST /v1/op/items.asset.download` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsAssetDownload>(body).send().await
}
/// Issue a signed, egress-tracked download URL for an item's asset.
///
/// `POST /v1/op/items.asset.download` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsAssetDownload>(body).send_detailed().await
}
/// Issue a signed, egress-tracked download URL for an item's asset.
///
/// `POST /v1/op/items.asset.download` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsAssetDownload>(body).send_blocking()
}
/// Issue a signed, egress-tracked download URL for an item's asset.
///
/// `POST /v1/op/items.asset.download` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsAssetDownload>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsAssetDownload> {
    client.request::<ItemsAssetDownload>(body)
}
