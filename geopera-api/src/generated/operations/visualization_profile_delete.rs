// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Delete a visualization profile (editor/admin).
//!
//! `POST /v1/op/visualization.profile.delete` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `visualization.profile.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct VisualizationProfileDelete;
impl crate::Operation for VisualizationProfileDelete {
    type Body = crate::types::ProfileRef;
    type Output = crate::types::OkOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "visualization.profile.delete",
        path: "/v1/op/visualization.profile.delete",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Delete a visualization profile (editor/admin).",
    };
}
/// The request body of `visualization.profile.delete`.
pub type Body = crate::types::ProfileRef;
/// The success result of `visualization.profile.delete`.
pub type Output = crate::types::OkOutput;
/// Delete a visualization profile (editor/admin).
///
/// `POST /v1/op/visualization.profile.delete` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationProfileDelete>(body).send().await
}
/// Delete a visualization profile (editor/admin).
///
/// `POST /v1/op/visualization.profile.delete` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationProfileDelete>(body).send_detailed().await
}
/// Delete a visualization profile (editor/admin).
///
/// `POST /v1/op/visualization.profile.delete` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationProfileDelete>(body).send_blocking()
}
/// Delete a visualization profile (editor/admin).
///
/// `POST /v1/op/visualization.profile.delete` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationProfileDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, VisualizationProfileDelete> {
    client.request::<VisualizationProfileDelete>(body)
}
