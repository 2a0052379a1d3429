// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Detailed info about a single spectral index (+ compatible sensors).
//!
//! `POST /v1/op/analytics.index.get` · scope `analytics:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `analytics.index.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AnalyticsIndexGet;
impl crate::Operation for AnalyticsIndexGet {
    type Body = crate::types::IndexGetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "analytics.index.get",
        path: "/v1/op/analytics.index.get",
        scope: ::std::option::Option::Some("analytics:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Detailed info about a single spectral index (+ compatible sensors).",
    };
}
/// The request body of `analytics.index.get`.
pub type Body = crate::types::IndexGetInput;
/// The success result of `analytics.index.get`.
pub type Output = ::serde_json::Value;
/// Detailed info about a single spectral index (+ compatible sensors).
///
/// `POST /v1/op/analytics.index.get` · scope `analytics:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsIndexGet>(body).send().await
}
/// Detailed info about a single spectral index (+ compatible sensors).
///
/// `POST /v1/op/analytics.index.get` · scope `analytics:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsIndexGet>(body).send_detailed().await
}
/// Detailed info about a single spectral index (+ compatible sensors).
///
/// `POST /v1/op/analytics.index.get` · scope `analytics:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsIndexGet>(body).send_blocking()
}
/// Detailed info about a single spectral index (+ compatible sensors).
///
/// `POST /v1/op/analytics.index.get` · scope `analytics:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsIndexGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AnalyticsIndexGet> {
    client.request::<AnalyticsIndexGet>(body)
}
