// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Deliver due/retryable webhook deliveries (cron drainer).
//!
//! `POST /v1/op/webhooks.drain` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `webhooks.drain` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct WebhooksDrain;
impl crate::Operation for WebhooksDrain {
    type Body = crate::types::DrainInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "webhooks.drain",
        path: "/v1/op/webhooks.drain",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: false,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Deliver due/retryable webhook deliveries (cron drainer).",
    };
}
/// The request body of `webhooks.drain`.
pub type Body = crate::types::DrainInput;
/// The success result of `webhooks.drain`.
pub type Output = ::serde_json::Value;
/// Deliver due/retryable webhook deliveries (cron drainer).
///
/// `POST /v1/op/webhooks.drain` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<WebhooksDrain>(body).send().await
}
/// Deliver due/retryable webhook deliveries (cron drainer).
///
/// `POST /v1/op/webhooks.drain` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<WebhooksDrain>(body).send_detailed().await
}
/// Deliver due/retryable webhook deliveries (cron drainer).
///
/// `POST /v1/op/webhooks.drain` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<WebhooksDrain>(body).send_blocking()
}
/// Deliver due/retryable webhook deliveries (cron drainer).
///
/// `POST /v1/op/webhooks.drain` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<WebhooksDrain>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, WebhooksDrain> {
    client.request::<WebhooksDrain>(body)
}
