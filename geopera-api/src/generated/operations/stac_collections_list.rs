// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List STAC Collections owned by the caller's organization (provider-compatible).
//!
//! `POST /v1/op/stac.collections.list` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `stac.collections.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct StacCollectionsList;
impl crate::Operation for StacCollectionsList {
    type Body = crate::types::StacCollectionsListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "stac.collections.list",
        path: "/v1/op/stac.collections.list",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List STAC Collections owned by the caller's organization (provider-compatible).",
    };
}
/// The request body of `stac.collections.list`.
pub type Body = crate::types::StacCollectionsListInput;
/// The success result of `stac.collections.list`.
pub type Output = ::serde_json::Value;
/// List STAC Collections owned by the caller's organization (provider-compatible).
///
/// `POST /v1/op/stac.collections.list` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<StacCollectionsList>(body).send().await
}
/// List STAC Collections owned by the caller's organization (provider-compatible).
///
/// `POST /v1/op/stac.collections.list` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<StacCollectionsList>(body).send_detailed().await
}
/// List STAC Collections owned by the caller's organization (provider-compatible).
///
/// `POST /v1/op/stac.collections.list` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<StacCollectionsList>(body).send_blocking()
}
/// List STAC Collections owned by the caller's organization (provider-compatible).
///
/// `POST /v1/op/stac.collections.list` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<StacCollectionsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, StacCollectionsList> {
    client.request::<StacCollectionsList>(body)
}
