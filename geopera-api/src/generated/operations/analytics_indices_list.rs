// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List spectral indices (optionally filtered by category / sensor compatibility).
//!
//! `POST /v1/op/analytics.indices.list` · scope `analytics:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `analytics.indices.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AnalyticsIndicesList;
impl crate::Operation for AnalyticsIndicesList {
    type Body = crate::types::IndicesListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "analytics.indices.list",
        path: "/v1/op/analytics.indices.list",
        scope: ::std::option::Option::Some("analytics:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List spectral indices (optionally filtered by category / sensor compatibility).",
    };
}
/// The request body of `analytics.indices.list`.
pub type Body = crate::types::IndicesListInput;
/// The success result of `analytics.indices.list`.
pub type Output = ::serde_json::Value;
/// List spectral indices (optionally filtered by category / sensor compatibility).
///
/// `POST /v1/op/analytics.indices.list` · scope `analytics:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsIndicesList>(body).send().await
}
/// List spectral indices (optionally filtered by category / sensor compatibility).
///
/// `POST /v1/op/analytics.indices.list` · scope `analytics:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsIndicesList>(body).send_detailed().await
}
/// List spectral indices (optionally filtered by category / sensor compatibility).
///
/// `POST /v1/op/analytics.indices.list` · scope `analytics:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsIndicesList>(body).send_blocking()
}
/// List spectral indices (optionally filtered by category / sensor compatibility).
///
/// `POST /v1/op/analytics.indices.list` · scope `analytics:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsIndicesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AnalyticsIndicesList> {
    client.request::<AnalyticsIndicesList>(body)
}
