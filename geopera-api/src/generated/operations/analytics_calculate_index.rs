// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Calculate a named spectral index (NDVI, NDWI, …) on a COG (stats JSON or PNG).
//!
//! `POST /v1/op/analytics.calculate_index` · scope `analytics:process` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `analytics.calculate_index` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AnalyticsCalculateIndex;
impl crate::Operation for AnalyticsCalculateIndex {
    type Body = crate::types::CalculateIndexInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "analytics.calculate_index",
        path: "/v1/op/analytics.calculate_index",
        scope: ::std::option::Option::Some("analytics:process"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Calculate a named spectral index (NDVI, NDWI, …) on a COG (stats JSON or PNG).",
    };
}
/// The request body of `analytics.calculate_index`.
pub type Body = crate::types::CalculateIndexInput;
/// The success result of `analytics.calculate_index`.
pub type Output = ::serde_json::Value;
/// Calculate a named spectral index (NDVI, NDWI, …) on a COG (stats JSON or PNG).
///
/// `POST /v1/op/analytics.calculate_index` · scope `analytics:process` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsCalculateIndex>(body).send().await
}
/// Calculate a named spectral index (NDVI, NDWI, …) on a COG (stats JSON or PNG).
///
/// `POST /v1/op/analytics.calculate_index` · scope `analytics:process` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsCalculateIndex>(body).send_detailed().await
}
/// Calculate a named spectral index (NDVI, NDWI, …) on a COG (stats JSON or PNG).
///
/// `POST /v1/op/analytics.calculate_index` · scope `analytics:process` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsCalculateIndex>(body).send_blocking()
}
/// Calculate a named spectral index (NDVI, NDWI, …) on a COG (stats JSON or PNG).
///
/// `POST /v1/op/analytics.calculate_index` · scope `analytics:process` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsCalculateIndex>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AnalyticsCalculateIndex> {
    client.request::<AnalyticsCalculateIndex>(body)
}
