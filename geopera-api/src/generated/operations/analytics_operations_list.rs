// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List all registered analytics operations + their input schemas (discovery).
//!
//! `POST /v1/op/analytics.operations.list` · scope `analytics:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `analytics.operations.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AnalyticsOperationsList;
impl crate::Operation for AnalyticsOperationsList {
    type Body = crate::types::OperationsListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "analytics.operations.list",
        path: "/v1/op/analytics.operations.list",
        scope: ::std::option::Option::Some("analytics:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List all registered analytics operations + their input schemas (discovery).",
    };
}
/// The request body of `analytics.operations.list`.
pub type Body = crate::types::OperationsListInput;
/// The success result of `analytics.operations.list`.
pub type Output = ::serde_json::Value;
/// List all registered analytics operations + their input schemas (discovery).
///
/// `POST /v1/op/analytics.operations.list` · scope `analytics:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsOperationsList>(body).send().await
}
/// List all registered analytics operations + their input schemas (discovery).
///
/// `POST /v1/op/analytics.operations.list` · scope `analytics:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsOperationsList>(body).send_detailed().await
}
/// List all registered analytics operations + their input schemas (discovery).
///
/// `POST /v1/op/analytics.operations.list` · scope `analytics:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsOperationsList>(body).send_blocking()
}
/// List all registered analytics operations + their input schemas (discovery).
///
/// `POST /v1/op/analytics.operations.list` · scope `analytics:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsOperationsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AnalyticsOperationsList> {
    client.request::<AnalyticsOperationsList>(body)
}
