// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Sample scene metadata (sensor + on-disk STAC + bands + thumbnail).
//!
//! `POST /v1/op/catalog.info.sample` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.info.sample` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogInfoSample;
impl crate::Operation for CatalogInfoSample {
    type Body = crate::types::SampleInfoInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.info.sample",
        path: "/v1/op/catalog.info.sample",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Sample scene metadata (sensor + on-disk STAC + bands + thumbnail).",
    };
}
/// The request body of `catalog.info.sample`.
pub type Body = crate::types::SampleInfoInput;
/// The success result of `catalog.info.sample`.
pub type Output = ::serde_json::Value;
/// Sample scene metadata (sensor + on-disk STAC + bands + thumbnail).
///
/// `POST /v1/op/catalog.info.sample` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogInfoSample>(body).send().await
}
/// Sample scene metadata (sensor + on-disk STAC + bands + thumbnail).
///
/// `POST /v1/op/catalog.info.sample` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogInfoSample>(body).send_detailed().await
}
/// Sample scene metadata (sensor + on-disk STAC + bands + thumbnail).
///
/// `POST /v1/op/catalog.info.sample` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogInfoSample>(body).send_blocking()
}
/// Sample scene metadata (sensor + on-disk STAC + bands + thumbnail).
///
/// `POST /v1/op/catalog.info.sample` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogInfoSample>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogInfoSample> {
    client.request::<CatalogInfoSample>(body)
}
