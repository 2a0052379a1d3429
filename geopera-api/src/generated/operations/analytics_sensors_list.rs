// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List supported sensors and their band mappings.
//!
//! `POST /v1/op/analytics.sensors.list` · scope `analytics:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `analytics.sensors.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AnalyticsSensorsList;
impl crate::Operation for AnalyticsSensorsList {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "analytics.sensors.list",
        path: "/v1/op/analytics.sensors.list",
        scope: ::std::option::Option::Some("analytics:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List supported sensors and their band mappings.",
    };
}
/// The request body of `analytics.sensors.list`.
pub type Body = crate::types::Empty;
/// The success result of `analytics.sensors.list`.
pub type Output = ::serde_json::Value;
/// List supported sensors and their band mappings.
///
/// `POST /v1/op/analytics.sensors.list` · scope `analytics:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsSensorsList>(body).send().await
}
/// List supported sensors and their band mappings.
///
/// `POST /v1/op/analytics.sensors.list` · scope `analytics:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsSensorsList>(body).send_detailed().await
}
/// List supported sensors and their band mappings.
///
/// `POST /v1/op/analytics.sensors.list` · scope `analytics:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsSensorsList>(body).send_blocking()
}
/// List supported sensors and their band mappings.
///
/// `POST /v1/op/analytics.sensors.list` · scope `analytics:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsSensorsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AnalyticsSensorsList> {
    client.request::<AnalyticsSensorsList>(body)
}
