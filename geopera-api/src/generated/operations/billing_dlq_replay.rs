// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Replay up to N unresolved tracking_failures rows (cron).
//!
//! `POST /v1/op/billing.dlq.replay` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.dlq.replay` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingDlqReplay;
impl crate::Operation for BillingDlqReplay {
    type Body = crate::types::ReplayInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.dlq.replay",
        path: "/v1/op/billing.dlq.replay",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Replay up to N unresolved tracking_failures rows (cron).",
    };
}
/// The request body of `billing.dlq.replay`.
pub type Body = crate::types::ReplayInput;
/// The success result of `billing.dlq.replay`.
pub type Output = ::serde_json::Value;
/// Replay up to N unresolved tracking_failures rows (cron).
///
/// `POST /v1/op/billing.dlq.replay` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingDlqReplay>(body).send().await
}
/// Replay up to N unresolved tracking_failures rows (cron).
///
/// `POST /v1/op/billing.dlq.replay` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingDlqReplay>(body).send_detailed().await
}
/// Replay up to N unresolved tracking_failures rows (cron).
///
/// `POST /v1/op/billing.dlq.replay` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingDlqReplay>(body).send_blocking()
}
/// Replay up to N unresolved tracking_failures rows (cron).
///
/// `POST /v1/op/billing.dlq.replay` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingDlqReplay>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingDlqReplay> {
    client.request::<BillingDlqReplay>(body)
}
