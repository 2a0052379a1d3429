// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Run a registered analytics operation (zonal_stats / time_series / change_detection).
//!
//! `POST /v1/op/analytics.execute` · scope `analytics:process` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `analytics.execute` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AnalyticsExecute;
impl crate::Operation for AnalyticsExecute {
    type Body = crate::types::ExecuteRequest;
    type Output = crate::types::AnalyticsExecuteOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "analytics.execute",
        path: "/v1/op/analytics.execute",
        scope: ::std::option::Option::Some("analytics:process"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Run a registered analytics operation (zonal_stats / time_series / change_detection).",
    };
}
/// The request body of `analytics.execute`.
pub type Body = crate::types::ExecuteRequest;
/// The success result of `analytics.execute`.
pub type Output = crate::types::AnalyticsExecuteOutput;
/// Run a registered analytics operation (zonal_stats / time_series / change_detection).
///
/// `POST /v1/op/analytics.execute` · scope `analytics:process` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsExecute>(body).send().await
}
/// Run a registered analytics operation (zonal_stats / time_series / change_detection).
///
/// `POST /v1/op/analytics.execute` · scope `analytics:process` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsExecute>(body).send_detailed().await
}
/// Run a registered analytics operation (zonal_stats / time_series / change_detection).
///
/// `POST /v1/op/analytics.execute` · scope `analytics:process` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsExecute>(body).send_blocking()
}
/// Run a registered analytics operation (zonal_stats / time_series / change_detection).
///
/// `POST /v1/op/analytics.execute` · scope `analytics:process` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsExecute>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AnalyticsExecute> {
    client.request::<AnalyticsExecute>(body)
}
