// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Create an organizing collection within a project (editor/admin required).
//!
//! `POST /v1/op/collections.create` · scope `collections:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `collections.create` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CollectionsCreate;
impl crate::Operation for CollectionsCreate {
    type Body = crate::types::CollectionCreateInput;
    type Output = crate::types::CollectionResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "collections.create",
        path: "/v1/op/collections.create",
        scope: ::std::option::Option::Some("collections:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Create an organizing collection within a project (editor/admin required).",
    };
}
/// The request body of `collections.create`.
pub type Body = crate::types::CollectionCreateInput;
/// The success result of `collections.create`.
pub type Output = crate::types::CollectionResponse;
/// Create an organizing collection within a project (editor/admin required).
///
/// `POST /v1/op/collections.create` · scope `collections:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsCreate>(body).send().await
}
/// Create an organizing collection within a project (editor/admin required).
///
/// `POST /v1/op/collections.create` · scope `collections:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsCreate>(body).send_detailed().await
}
/// Create an organizing collection within a project (editor/admin required).
///
/// `POST /v1/op/collections.create` · scope `collections:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsCreate>(body).send_blocking()
}
/// Create an organizing collection within a project (editor/admin required).
///
/// `POST /v1/op/collections.create` · scope `collections:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsCreate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CollectionsCreate> {
    client.request::<CollectionsCreate>(body)
}
