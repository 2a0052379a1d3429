// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List catalog data products (provider-compatible, paged).
//!
//! `POST /v1/op/glossary.data_products.list` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `glossary.data_products.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GlossaryDataProductsList;
impl crate::Operation for GlossaryDataProductsList {
    type Body = crate::types::DataProductsListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "glossary.data_products.list",
        path: "/v1/op/glossary.data_products.list",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <GlossaryDataProductsList as crate::paging::Pageable>::PAGING,
        ),
        summary: "List catalog data products (provider-compatible, paged).",
    };
}
/// `glossary.data_products.list` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for GlossaryDataProductsList {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::PageSize,
        size_field: "size",
        position_field: "page",
        default_size: ::std::option::Option::Some(10u64),
        max_size: ::std::option::Option::None,
        items_field: ::std::option::Option::None,
    };
}
/// The request body of `glossary.data_products.list`.
pub type Body = crate::types::DataProductsListInput;
/// The success result of `glossary.data_products.list`.
pub type Output = ::serde_json::Value;
/// List catalog data products (provider-compatible, paged).
///
/// `POST /v1/op/glossary.data_products.list` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<GlossaryDataProductsList>(body).send().await
}
/// List catalog data products (provider-compatible, paged).
///
/// `POST /v1/op/glossary.data_products.list` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<GlossaryDataProductsList>(body).send_detailed().await
}
/// List catalog data products (provider-compatible, paged).
///
/// `POST /v1/op/glossary.data_products.list` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<GlossaryDataProductsList>(body).send_blocking()
}
/// List catalog data products (provider-compatible, paged).
///
/// `POST /v1/op/glossary.data_products.list` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<GlossaryDataProductsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, GlossaryDataProductsList> {
    client.request::<GlossaryDataProductsList>(body)
}
