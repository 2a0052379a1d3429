// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Delete an asset (file) from an item (item access required).
//!
//! `POST /v1/op/assets.delete` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `assets.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AssetsDelete;
impl crate::Operation for AssetsDelete {
    type Body = crate::types::AssetDeleteInput;
    type Output = crate::types::AssetDeleteOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "assets.delete",
        path: "/v1/op/assets.delete",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Delete an asset (file) from an item (item access required).",
    };
}
/// The request body of `assets.delete`.
pub type Body = crate::types::AssetDeleteInput;
/// The success result of `assets.delete`.
pub type Output = crate::types::AssetDeleteOutput;
/// Delete an asset (file) from an item (item access required).
///
/// `POST /v1/op/assets.delete` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AssetsDelete>(body).send().await
}
/// Delete an asset (file) from an item (item access required).
///
/// `POST /v1/op/assets.delete` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AssetsDelete>(body).send_detailed().await
}
/// Delete an asset (file) from an item (item access required).
///
/// `POST /v1/op/assets.delete` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AssetsDelete>(body).send_blocking()
}
/// Delete an asset (file) from an item (item access required).
///
/// `POST /v1/op/assets.delete` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AssetsDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, AssetsDelete> {
    client.request::<AssetsDelete>(body)
}
