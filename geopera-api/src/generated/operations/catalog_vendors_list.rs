// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List catalog vendors + host⇄pricing-vendor identifiers.
//!
//! `POST /v1/op/catalog.vendors.list` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.vendors.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogVendorsList;
impl crate::Operation for CatalogVendorsList {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.vendors.list",
        path: "/v1/op/catalog.vendors.list",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List catalog vendors + host⇄pricing-vendor identifiers.",
    };
}
/// The request body of `catalog.vendors.list`.
pub type Body = crate::types::Empty;
/// The success result of `catalog.vendors.list`.
pub type Output = ::serde_json::Value;
/// List catalog vendors + host⇄pricing-vendor identifiers.
///
/// `POST /v1/op/catalog.vendors.list` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogVendorsList>(body).send().await
}
/// List catalog vendors + host⇄pricing-vendor identifiers.
///
/// `POST /v1/op/catalog.vendors.list` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogVendorsList>(body).send_detailed().await
}
/// List catalog vendors + host⇄pricing-vendor identifiers.
///
/// `POST /v1/op/catalog.vendors.list` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogVendorsList>(body).send_blocking()
}
/// List catalog vendors + host⇄pricing-vendor identifiers.
///
/// `POST /v1/op/catalog.vendors.list` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogVendorsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogVendorsList> {
    client.request::<CatalogVendorsList>(body)
}
