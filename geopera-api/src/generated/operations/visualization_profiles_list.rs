// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List all visualization profiles for an item (ordered by sort_order, created_at).
//!
//! `POST /v1/op/visualization.profiles.list` · scope `items:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `visualization.profiles.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct VisualizationProfilesList;
impl crate::Operation for VisualizationProfilesList {
    type Body = crate::types::ProfilesListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "visualization.profiles.list",
        path: "/v1/op/visualization.profiles.list",
        scope: ::std::option::Option::Some("items:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List all visualization profiles for an item (ordered by sort_order, created_at).",
    };
}
/// The request body of `visualization.profiles.list`.
pub type Body = crate::types::ProfilesListInput;
/// The success result of `visualization.profiles.list`.
pub type Output = ::serde_json::Value;
/// List all visualization profiles for an item (ordered by sort_order, created_at).
///
/// `POST /v1/op/visualization.profiles.list` · scope `items:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationProfilesList>(body).send().await
}
/// List all visualization profiles for an item (ordered by sort_order, created_at).
///
/// `POST /v1/op/visualization.profiles.list` · scope `items:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationProfilesList>(body).send_detailed().await
}
/// List all visualization profiles for an item (ordered by sort_order, created_at).
///
/// `POST /v1/op/visualization.profiles.list` · scope `items:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<VisualizationProfilesList>(body).send_blocking()
}
/// List all visualization profiles for an item (ordered by sort_order, created_at).
///
/// `POST /v1/op/visualization.profiles.list` · scope `items:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<VisualizationProfilesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, VisualizationProfilesList> {
    client.request::<VisualizationProfilesList>(body)
}
