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
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <CatalogSearch as crate::paging::Pageable>::PAGING,
        ),
        summary: "Search a commercial-imagery host's catalog (STAC, price-enriched).",
    };
}
/// `catalog.search` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for CatalogSearch {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::Cursor,
        size_field: "limit",
        position_field: "next",
        default_size: ::std::option::Option::Some(100u64),
        max_size: ::std::option::Option::Some(500u64),
        items_field: ::std::option::Option::None,
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
