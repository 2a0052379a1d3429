// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Historical usage (tile requests + peak storage) for the past N months.
//!
//! `POST /v1/op/usage.history` · scope `usage:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `usage.history` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UsageHistory;
impl crate::Operation for UsageHistory {
    type Body = crate::types::UsageHistoryInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "usage.history",
        path: "/v1/op/usage.history",
        scope: ::std::option::Option::Some("usage:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Historical usage (tile requests + peak storage) for the past N months.",
    };
}
/// The request body of `usage.history`.
pub type Body = crate::types::UsageHistoryInput;
/// The success result of `usage.history`.
pub type Output = ::serde_json::Value;
/// Historical usage (tile requests + peak storage) for the past N months.
///
/// `POST /v1/op/usage.history` · scope `usage:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UsageHistory>(body).send().await
}
/// Historical usage (tile requests + peak storage) for the past N months.
///
/// `POST /v1/op/usage.history` · scope `usage:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UsageHistory>(body).send_detailed().await
}
/// Historical usage (tile requests + peak storage) for the past N months.
///
/// `POST /v1/op/usage.history` · scope `usage:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UsageHistory>(body).send_blocking()
}
/// Historical usage (tile requests + peak storage) for the past N months.
///
/// `POST /v1/op/usage.history` · scope `usage:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UsageHistory>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, UsageHistory> {
    client.request::<UsageHistory>(body)
}
