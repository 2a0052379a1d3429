// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Cross-collection STAC search (CQL2-JSON / bbox / intersects), org-scoped.
//!
//! `POST /v1/op/stac.search` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `stac.search` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct StacSearch;
impl crate::Operation for StacSearch {
    type Body = crate::types::SearchInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "stac.search",
        path: "/v1/op/stac.search",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <StacSearch as crate::paging::Pageable>::PAGING,
        ),
        summary: "Cross-collection STAC search (CQL2-JSON / bbox / intersects), org-scoped.",
    };
}
/// `stac.search` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for StacSearch {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::LimitPage,
        size_field: "limit",
        position_field: "page",
        default_size: ::std::option::Option::Some(10u64),
        max_size: ::std::option::Option::Some(10000u64),
        items_field: ::std::option::Option::None,
    };
}
/// The request body of `stac.search`.
pub type Body = crate::types::SearchInput;
/// The success result of `stac.search`.
pub type Output = ::serde_json::Value;
/// Cross-collection STAC search (CQL2-JSON / bbox / intersects), org-scoped.
///
/// `POST /v1/op/stac.search` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<StacSearch>(body).send().await
}
/// Cross-collection STAC search (CQL2-JSON / bbox / intersects), org-scoped.
///
/// `POST /v1/op/stac.search` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<StacSearch>(body).send_detailed().await
}
/// Cross-collection STAC search (CQL2-JSON / bbox / intersects), org-scoped.
///
/// `POST /v1/op/stac.search` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<StacSearch>(body).send_blocking()
}
/// Cross-collection STAC search (CQL2-JSON / bbox / intersects), org-scoped.
///
/// `POST /v1/op/stac.search` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<StacSearch>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, StacSearch> {
    client.request::<StacSearch>(body)
}
