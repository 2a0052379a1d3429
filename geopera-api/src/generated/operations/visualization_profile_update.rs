// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Update a visualization profile (editor/admin).
//!
//! `POST /v1/op/visualization.profile.update` · scope `items:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `visualization.profile.update` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct VisualizationProfileUpdate;
impl crate::Operation for VisualizationProfileUpdate {
    type Body = crate::types::ProfileUpdateInput;
    type Output = crate::types::ProfileResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "visualization.profile.update",
        path: "/v1/op/visualization.profile.update",
        scope: ::std::option::Option::Some("items:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Update a visualization profile (editor/admin).",
    };
}
/// The request body of `visualization.profile.update`.
pub type Body = crate::types::ProfileUpdateInput;
/// The success result of `visualization.profile.update`.
pub type Output = crate::types::ProfileResponse;
/// Update a visualization profile (editor/admin).
///
/// `POST /v1/op/visualization.profile.update` · scope `items:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationProfileUpdate>(body).send().await
}
/// Update a visualization profile (editor/admin).
///
/// `POST /v1/op/visualization.profile.update` · scope `items:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationProfileUpdate>(body).send_detailed().await
}
/// Update a visualization profile (editor/admin).
///
/// `POST /v1/op/visualization.profile.update` · scope `items:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationProfileUpdate>(body).send_blocking()
}
/// Update a visualization profile (editor/admin).
///
/// `POST /v1/op/visualization.profile.update` · scope `items:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationProfileUpdate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, VisualizationProfileUpdate> {
    client.request::<VisualizationProfileUpdate>(body)
}
