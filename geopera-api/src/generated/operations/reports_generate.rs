// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Reports Generate
//!
//! Render + export a report.
//!
//! `POST /v1/op/reports.generate` · scope `reports:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `reports.generate` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ReportsGenerate;
impl crate::Operation for ReportsGenerate {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "reports.generate",
        path: "/v1/op/reports.generate",
        scope: ::std::option::Option::Some("reports:read"),
        success_status: 200u16,
        body_required: false,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Invoke Reports Generate",
    };
}
/// The request body of `reports.generate`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `reports.generate`.
pub type Output = ::serde_json::Value;
/// Invoke Reports Generate
///
/// Render + export a report.
///
/// `POST /v1/op/reports.generate` · scope `reports:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ReportsGenerate>(body).send().await
}
/// Invoke Reports Generate
///
/// Render + export a report.
///
/// `POST /v1/op/reports.generate` · scope `reports:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ReportsGenerate>(body).send_detailed().await
}
/// Invoke Reports Generate
///
/// Render + export a report.
///
/// `POST /v1/op/reports.generate` · scope `reports:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ReportsGenerate>(body).send_blocking()
}
/// Invoke Reports Generate
///
/// Render + export a report.
///
/// `POST /v1/op/reports.generate` · scope `reports:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ReportsGenerate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ReportsGenerate> {
    client.request::<ReportsGenerate>(body)
}
