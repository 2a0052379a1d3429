// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Search all items across the caller's organization (STAC-compatible).
//!
//! `POST /v1/op/items.search_org` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.search_org` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsSearchOrg;
impl crate::Operation for ItemsSearchOrg {
    type Body = crate::types::OrgItemSearchInput;
    type Output = crate::types::FeatureCollectionOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.search_org",
        path: "/v1/op/items.search_org",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <ItemsSearchOrg as crate::paging::Pageable>::PAGING,
        ),
        summary: "Search all items across the caller's organization (STAC-compatible).",
    };
}
/// `items.search_org` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for ItemsSearchOrg {
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
/// The request body of `items.search_org`.
pub type Body = crate::types::OrgItemSearchInput;
/// The success result of `items.search_org`.
pub type Output = crate::types::FeatureCollectionOutput;
/// Search all items across the caller's organization (STAC-compatible).
///
/// `POST /v1/op/items.search_org` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsSearchOrg>(body).send().await
}
/// Search all items across the caller's organization (STAC-compatible).
///
/// `POST /v1/op/items.search_org` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsSearchOrg>(body).send_detailed().await
}
/// Search all items across the caller's organization (STAC-compatible).
///
/// `POST /v1/op/items.search_org` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsSearchOrg>(body).send_blocking()
}
/// Search all items across the caller's organization (STAC-compatible).
///
/// `POST /v1/op/items.search_org` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsSearchOrg>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsSearchOrg> {
    client.request::<ItemsSearchOrg>(body)
}
