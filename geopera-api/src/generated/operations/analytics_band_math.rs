// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Apply a custom band-math formula to a COG (statistics JSON or rendered PNG).
//!
//! `POST /v1/op/analytics.band_math` · scope `analytics:process` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `analytics.band_math` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AnalyticsBandMath;
impl crate::Operation for AnalyticsBandMath {
    type Body = crate::types::BandMathInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "analytics.band_math",
        path: "/v1/op/analytics.band_math",
        scope: ::std::option::Option::Some("analytics:process"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Apply a custom band-math formula to a COG (statistics JSON or rendered PNG).",
    };
}
/// The request body of `analytics.band_math`.
pub type Body = crate::types::BandMathInput;
/// The success result of `analytics.band_math`.
pub type Output = ::serde_json::Value;
/// Apply a custom band-math formula to a COG (statistics JSON or rendered PNG).
///
/// `POST /v1/op/analytics.band_math` · scope `analytics:process` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsBandMath>(body).send().await
}
/// Apply a custom band-math formula to a COG (statistics JSON or rendered PNG).
///
/// `POST /v1/op/analytics.band_math` · scope `analytics:process` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsBandMath>(body).send_detailed().await
}
/// Apply a custom band-math formula to a COG (statistics JSON or rendered PNG).
///
/// `POST /v1/op/analytics.band_math` · scope `analytics:process` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsBandMath>(body).send_blocking()
}
/// Apply a custom band-math formula to a COG (statistics JSON or rendered PNG).
///
/// `POST /v1/op/analytics.band_math` · scope `analytics:process` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsBandMath>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AnalyticsBandMath> {
    client.request::<AnalyticsBandMath>(body)
}
