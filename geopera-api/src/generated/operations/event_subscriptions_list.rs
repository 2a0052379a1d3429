// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List the caller's organization's webhook subscriptions (secret redacted).
//!
//! `POST /v1/op/event_subscriptions.list` · scope `event_subscriptions:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `event_subscriptions.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EventSubscriptionsList;
impl crate::Operation for EventSubscriptionsList {
    type Body = crate::types::ListSubscriptionsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "event_subscriptions.list",
        path: "/v1/op/event_subscriptions.list",
        scope: ::std::option::Option::Some("event_subscriptions:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List the caller's organization's webhook subscriptions (secret redacted).",
    };
}
/// The request body of `event_subscriptions.list`.
pub type Body = crate::types::ListSubscriptionsInput;
/// The success result of `event_subscriptions.list`.
pub type Output = ::serde_json::Value;
/// List the caller's organization's webhook subscriptions (secret redacted).
///
/// `POST /v1/op/event_subscriptions.list` · scope `event_subscriptions:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsList>(body).send().await
}
/// List the caller's organization's webhook subscriptions (secret redacted).
///
/// `POST /v1/op/event_subscriptions.list` · scope `event_subscriptions:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsList>(body).send_detailed().await
}
/// List the caller's organization's webhook subscriptions (secret redacted).
///
/// `POST /v1/op/event_subscriptions.list` · scope `event_subscriptions:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsList>(body).send_blocking()
}
/// List the caller's organization's webhook subscriptions (secret redacted).
///
/// `POST /v1/op/event_subscriptions.list` · scope `event_subscriptions:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, EventSubscriptionsList> {
    client.request::<EventSubscriptionsList>(body)
}
