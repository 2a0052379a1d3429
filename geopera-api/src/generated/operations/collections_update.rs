// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Update a collection's metadata (editor/admin required).
//!
//! `POST /v1/op/collections.update` · scope `collections:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `collections.update` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CollectionsUpdate;
impl crate::Operation for CollectionsUpdate {
    type Body = crate::types::CollectionUpdateInput;
    type Output = crate::types::CollectionResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "collections.update",
        path: "/v1/op/collections.update",
        scope: ::std::option::Option::Some("collections:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Update a collection's metadata (editor/admin required).",
    };
}
/// The request body of `collections.update`.
pub type Body = crate::types::CollectionUpdateInput;
/// The success result of `collections.update`.
pub type Output = crate::types::CollectionResponse;
/// Update a collection's metadata (editor/admin required).
///
/// `POST /v1/op/collections.update` · scope `collections:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsUpdate>(body).send().await
}
/// Update a collection's metadata (editor/admin required).
///
/// `POST /v1/op/collections.update` · scope `collections:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsUpdate>(body).send_detailed().await
}
/// Update a collection's metadata (editor/admin required).
///
/// `POST /v1/op/collections.update` · scope `collections:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CollectionsUpdate>(body).send_blocking()
}
/// Update a collection's metadata (editor/admin required).
///
/// `POST /v1/op/collections.update` · scope `collections:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CollectionsUpdate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CollectionsUpdate> {
    client.request::<CollectionsUpdate>(body)
}
