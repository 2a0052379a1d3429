// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List a project's collections (with item counts).
//!
//! `POST /v1/op/collections.list` · scope `collections:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `collections.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CollectionsList;
impl crate::Operation for CollectionsList {
    type Body = crate::types::CollectionsListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "collections.list",
        path: "/v1/op/collections.list",
        scope: ::std::option::Option::Some("collections:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List a project's collections (with item counts).",
    };
}
/// The request body of `collections.list`.
pub type Body = crate::types::CollectionsListInput;
/// The success result of `collections.list`.
pub type Output = ::serde_json::Value;
/// List a project's collections (with item counts).
///
/// `POST /v1/op/collections.list` · scope `collections:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsList>(body).send().await
}
/// List a project's collections (with item counts).
///
/// `POST /v1/op/collections.list` · scope `collections:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsList>(body).send_detailed().await
}
/// List a project's collections (with item counts).
///
/// `POST /v1/op/collections.list` · scope `collections:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsList>(body).send_blocking()
}
/// List a project's collections (with item counts).
///
/// `POST /v1/op/collections.list` · scope `collections:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CollectionsList> {
    client.request::<CollectionsList>(body)
}
