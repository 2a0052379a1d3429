// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Search a commercial-imagery host's catalog (STAC, price-enriched).
//!
//! `POST /v1/op/catalog.search` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.search` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogSearch;
impl crate::Operation for CatalogSearch {
    type Body = crate::types::CatalogSearchInput;
    type Output = crate::types::CatalogSearchOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.search",
        path: "/v1/op/catalog.search",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        summary: "Search a commercial-imagery host's catalog (STAC, price-enriched).",
    };
}
/// The request body of `catalog.search`.
pub type Body = crate::types::CatalogSearchInput;
/// The success result of `catalog.search`.
pub type Output = crate::types::CatalogSearchOutput;
/// Search a commercial-imagery host's catalog (STAC, price-enriched).
///
/// `POST /v1/op/catalog.search` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogSearch>(body).send().await
}
/// Search a commercial-imagery host's catalog (STAC, price-enriched).
///
/// `POST /v1/op/catalog.search` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogSearch>(body).send_detailed().await
}
/// Search a commercial-imagery host's catalog (STAC, price-enriched).
///
/// `POST /v1/op/catalog.search` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogSearch>(body).send_blocking()
}
/// Search a commercial-imagery host's catalog (STAC, price-enriched).
///
/// `POST /v1/op/catalog.search` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogSearch>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogSearch> {
    client.request::<CatalogSearch>(body)
}
