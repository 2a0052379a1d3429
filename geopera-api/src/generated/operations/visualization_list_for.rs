// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! The visualizations available for an item — RGB/index/elevation — backend-owned + resolved.
//!
//! `POST /v1/op/visualization.list_for` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `visualization.list_for` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct VisualizationListFor;
impl crate::Operation for VisualizationListFor {
    type Body = crate::types::VisualizationListInput;
    type Output = crate::types::VisualizationListOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "visualization.list_for",
        path: "/v1/op/visualization.list_for",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "The visualizations available for an item — RGB/index/elevation — backend-owned + resolved.",
    };
}
/// The request body of `visualization.list_for`.
pub type Body = crate::types::VisualizationListInput;
/// The success result of `visualization.list_for`.
pub type Output = crate::types::VisualizationListOutput;
/// The visualizations available for an item — RGB/index/elevation — backend-owned + resolved.
///
/// `POST /v1/op/visualization.list_for` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationListFor>(body).send().await
}
/// The visualizations available for an item — RGB/index/elevation — backend-owned + resolved.
///
/// `POST /v1/op/visualization.list_for` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationListFor>(body).send_detailed().await
}
/// The visualizations available for an item — RGB/index/elevation — backend-owned + resolved.
///
/// `POST /v1/op/visualization.list_for` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationListFor>(body).send_blocking()
}
/// The visualizations available for an item — RGB/index/elevation — backend-owned + resolved.
///
/// `POST /v1/op/visualization.list_for` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationListFor>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, VisualizationListFor> {
    client.request::<VisualizationListFor>(body)
}
