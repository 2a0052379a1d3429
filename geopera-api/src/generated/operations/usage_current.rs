// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Usage stats for the current billing period (storage, tiles, credits, jobs).
//!
//! `POST /v1/op/usage.current` · scope `usage:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `usage.current` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UsageCurrent;
impl crate::Operation for UsageCurrent {
    type Body = crate::types::UsageCurrentInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "usage.current",
        path: "/v1/op/usage.current",
        scope: ::std::option::Option::Some("usage:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Usage stats for the current billing period (storage, tiles, credits, jobs).",
    };
}
/// The request body of `usage.current`.
pub type Body = crate::types::UsageCurrentInput;
/// The success result of `usage.current`.
pub type Output = ::serde_json::Value;
/// Usage stats for the current billing period (storage, tiles, credits, jobs).
///
/// `POST /v1/op/usage.current` · scope `usage:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UsageCurrent>(body).send().await
}
/// Usage stats for the current billing period (storage, tiles, credits, jobs).
///
/// `POST /v1/op/usage.current` · scope `usage:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UsageCurrent>(body).send_detailed().await
}
/// Usage stats for the current billing period (storage, tiles, credits, jobs).
///
/// `POST /v1/op/usage.current` · scope `usage:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UsageCurrent>(body).send_blocking()
}
/// Usage stats for the current billing period (storage, tiles, credits, jobs).
///
/// `POST /v1/op/usage.current` · scope `usage:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UsageCurrent>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, UsageCurrent> {
    client.request::<UsageCurrent>(body)
}
