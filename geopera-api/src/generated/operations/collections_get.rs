// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get a collection by id within a project.
//!
//! `POST /v1/op/collections.get` · scope `collections:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `collections.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CollectionsGet;
impl crate::Operation for CollectionsGet {
    type Body = crate::types::CollectionsGetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "collections.get",
        path: "/v1/op/collections.get",
        scope: ::std::option::Option::Some("collections:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get a collection by id within a project.",
    };
}
/// The request body of `collections.get`.
pub type Body = crate::types::CollectionsGetInput;
/// The success result of `collections.get`.
pub type Output = ::serde_json::Value;
/// Get a collection by id within a project.
///
/// `POST /v1/op/collections.get` · scope `collections:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsGet>(body).send().await
}
/// Get a collection by id within a project.
///
/// `POST /v1/op/collections.get` · scope `collections:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsGet>(body).send_detailed().await
}
/// Get a collection by id within a project.
///
/// `POST /v1/op/collections.get` · scope `collections:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsGet>(body).send_blocking()
}
/// Get a collection by id within a project.
///
/// `POST /v1/op/collections.get` · scope `collections:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CollectionsGet> {
    client.request::<CollectionsGet>(body)
}
