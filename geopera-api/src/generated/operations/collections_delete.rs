// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Soft-delete a collection, unlinking its items (project admin required).
//!
//! `POST /v1/op/collections.delete` · scope `collections:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `collections.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CollectionsDelete;
impl crate::Operation for CollectionsDelete {
    type Body = crate::types::CollectionDeleteInput;
    type Output = crate::types::CollectionDeleteOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "collections.delete",
        path: "/v1/op/collections.delete",
        scope: ::std::option::Option::Some("collections:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Soft-delete a collection, unlinking its items (project admin required).",
    };
}
/// The request body of `collections.delete`.
pub type Body = crate::types::CollectionDeleteInput;
/// The success result of `collections.delete`.
pub type Output = crate::types::CollectionDeleteOutput;
/// Soft-delete a collection, unlinking its items (project admin required).
///
/// `POST /v1/op/collections.delete` · scope `collections:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsDelete>(body).send().await
}
/// Soft-delete a collection, unlinking its items (project admin required).
///
/// `POST /v1/op/collections.delete` · scope `collections:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsDelete>(body).send_detailed().await
}
/// Soft-delete a collection, unlinking its items (project admin required).
///
/// `POST /v1/op/collections.delete` · scope `collections:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsDelete>(body).send_blocking()
}
/// Soft-delete a collection, unlinking its items (project admin required).
///
/// `POST /v1/op/collections.delete` · scope `collections:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CollectionsDelete> {
    client.request::<CollectionsDelete>(body)
}
