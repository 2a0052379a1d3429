// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Search a project's items with STAC-compatible filters (project member access).
//!
//! `POST /v1/op/items.search` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.search` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsSearch;
impl crate::Operation for ItemsSearch {
    type Body = crate::types::ProjectItemSearchInput;
    type Output = crate::types::FeatureCollectionOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.search",
        path: "/v1/op/items.search",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <ItemsSearch as crate::paging::Pageable>::PAGING,
        ),
        summary: "Search a project's items with STAC-compatible filters (project member access).",
    };
}
/// `items.search` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for ItemsSearch {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::Offset,
        size_field: "limit",
        position_field: "offset",
        default_size: ::std::option::Option::Some(100u64),
        max_size: ::std::option::Option::Some(1000u64),
        items_field: ::std::option::Option::Some("features"),
    };
}
/// The request body of `items.search`.
pub type Body = crate::types::ProjectItemSearchInput;
/// The success result of `items.search`.
pub type Output = crate::types::FeatureCollectionOutput;
/// Search a project's items with STAC-compatible filters (project member access).
///
/// `POST /v1/op/items.search` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsSearch>(body).send().await
}
/// Search a project's items with STAC-compatible filters (project member access).
///
/// `POST /v1/op/items.search` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsSearch>(body).send_detailed().await
}
/// Search a project's items with STAC-compatible filters (project member access).
///
/// `POST /v1/op/items.search` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsSearch>(body).send_blocking()
}
/// Search a project's items with STAC-compatible filters (project member access).
///
/// `POST /v1/op/items.search` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsSearch>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, ItemsSearch> {
    client.request::<ItemsSearch>(body)
}
