// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List items in a collection (access via the collection's project).
//!
//! `POST /v1/op/items.list_by_collection` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.list_by_collection` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsListByCollection;
impl crate::Operation for ItemsListByCollection {
    type Body = crate::types::ItemsByCollectionInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.list_by_collection",
        path: "/v1/op/items.list_by_collection",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <ItemsListByCollection as crate::paging::Pageable>::PAGING,
        ),
        summary: "List items in a collection (access via the collection's project).",
    };
}
/// `items.list_by_collection` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for ItemsListByCollection {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::Offset,
        size_field: "limit",
        position_field: "offset",
        default_size: ::std::option::Option::Some(100u64),
        max_size: ::std::option::Option::None,
        items_field: ::std::option::Option::None,
    };
}
/// The request body of `items.list_by_collection`.
pub type Body = crate::types::ItemsByCollectionInput;
/// The success result of `items.list_by_collection`.
pub type Output = ::serde_json::Value;
/// List items in a collection (access via the collection's project).
///
/// `POST /v1/op/items.list_by_collection` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsListByCollection>(body).send().await
}
/// List items in a collection (access via the collection's project).
///
/// `POST /v1/op/items.list_by_collection` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsListByCollection>(body).send_detailed().await
}
/// List items in a collection (access via the collection's project).
///
/// `POST /v1/op/items.list_by_collection` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsListByCollection>(body).send_blocking()
}
/// List items in a collection (access via the collection's project).
///
/// `POST /v1/op/items.list_by_collection` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsListByCollection>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsListByCollection> {
    client.request::<ItemsListByCollection>(body)
}
