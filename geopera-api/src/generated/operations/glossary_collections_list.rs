// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List catalog collections (provider-compatible, paged).
//!
//! `POST /v1/op/glossary.collections.list` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `glossary.collections.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GlossaryCollectionsList;
impl crate::Operation for GlossaryCollectionsList {
    type Body = crate::types::GlossaryCollectionsListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "glossary.collections.list",
        path: "/v1/op/glossary.collections.list",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <GlossaryCollectionsList as crate::paging::Pageable>::PAGING,
        ),
        summary: "List catalog collections (provider-compatible, paged).",
    };
}
/// `glossary.collections.list` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for GlossaryCollectionsList {
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
/// The request body of `glossary.collections.list`.
pub type Body = crate::types::GlossaryCollectionsListInput;
/// The success result of `glossary.collections.list`.
pub type Output = ::serde_json::Value;
/// List catalog collections (provider-compatible, paged).
///
/// `POST /v1/op/glossary.collections.list` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<GlossaryCollectionsList>(body).send().await
}
/// List catalog collections (provider-compatible, paged).
///
/// `POST /v1/op/glossary.collections.list` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<GlossaryCollectionsList>(body).send_detailed().await
}
/// List catalog collections (provider-compatible, paged).
///
/// `POST /v1/op/glossary.collections.list` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<GlossaryCollectionsList>(body).send_blocking()
}
/// List catalog collections (provider-compatible, paged).
///
/// `POST /v1/op/glossary.collections.list` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<GlossaryCollectionsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, GlossaryCollectionsList> {
    client.request::<GlossaryCollectionsList>(body)
}
