// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Create a visualization profile for an item (editor/admin).
//!
//! `POST /v1/op/visualization.profile.create` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `visualization.profile.create` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct VisualizationProfileCreate;
impl crate::Operation for VisualizationProfileCreate {
    type Body = crate::types::ProfileCreateInput;
    type Output = crate::types::ProfileResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "visualization.profile.create",
        path: "/v1/op/visualization.profile.create",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Create a visualization profile for an item (editor/admin).",
    };
}
/// The request body of `visualization.profile.create`.
pub type Body = crate::types::ProfileCreateInput;
/// The success result of `visualization.profile.create`.
pub type Output = crate::types::ProfileResponse;
/// Create a visualization profile for an item (editor/admin).
///
/// `POST /v1/op/visualization.profile.create` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationProfileCreate>(body).send().await
}
/// Create a visualization profile for an item (editor/admin).
///
/// `POST /v1/op/visualization.profile.create` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationProfileCreate>(body).send_detailed().await
}
/// Create a visualization profile for an item (editor/admin).
///
/// `POST /v1/op/visualization.profile.create` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationProfileCreate>(body).send_blocking()
}
/// Create a visualization profile for an item (editor/admin).
///
/// `POST /v1/op/visualization.profile.create` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationProfileCreate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, VisualizationProfileCreate> {
    client.request::<VisualizationProfileCreate>(body)
}
