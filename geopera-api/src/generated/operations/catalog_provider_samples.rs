// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List sample scenes for a provider (paged).
//!
//! `POST /v1/op/catalog.provider.samples` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.provider.samples` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogProviderSamples;
impl crate::Operation for CatalogProviderSamples {
    type Body = crate::types::ProviderSamplesInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.provider.samples",
        path: "/v1/op/catalog.provider.samples",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <CatalogProviderSamples as crate::paging::Pageable>::PAGING,
        ),
        summary: "List sample scenes for a provider (paged).",
    };
}
/// `catalog.provider.samples` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for CatalogProviderSamples {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::Offset,
        size_field: "limit",
        position_field: "offset",
        default_size: ::std::option::Option::Some(50u64),
        max_size: ::std::option::Option::None,
        items_field: ::std::option::Option::None,
    };
}
/// The request body of `catalog.provider.samples`.
pub type Body = crate::types::ProviderSamplesInput;
/// The success result of `catalog.provider.samples`.
pub type Output = ::serde_json::Value;
/// List sample scenes for a provider (paged).
///
/// `POST /v1/op/catalog.provider.samples` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogProviderSamples>(body).send().await
}
/// List sample scenes for a provider (paged).
///
/// `POST /v1/op/catalog.provider.samples` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogProviderSamples>(body).send_detailed().await
}
/// List sample scenes for a provider (paged).
///
/// `POST /v1/op/catalog.provider.samples` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogProviderSamples>(body).send_blocking()
}
/// List sample scenes for a provider (paged).
///
/// `POST /v1/op/catalog.provider.samples` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogProviderSamples>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogProviderSamples> {
    client.request::<CatalogProviderSamples>(body)
}
