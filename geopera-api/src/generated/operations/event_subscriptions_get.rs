// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get a single webhook subscription (org-scoped; secret redacted).
//!
//! `POST /v1/op/event_subscriptions.get` · scope `event_subscriptions:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `event_subscriptions.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EventSubscriptionsGet;
impl crate::Operation for EventSubscriptionsGet {
    type Body = crate::types::GetSubscriptionInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "event_subscriptions.get",
        path: "/v1/op/event_subscriptions.get",
        scope: ::std::option::Option::Some("event_subscriptions:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get a single webhook subscription (org-scoped; secret redacted).",
    };
}
/// The request body of `event_subscriptions.get`.
pub type Body = crate::types::GetSubscriptionInput;
/// The success result of `event_subscriptions.get`.
pub type Output = ::serde_json::Value;
/// Get a single webhook subscription (org-scoped; secret redacted).
///
/// `POST /v1/op/event_subscriptions.get` · scope `event_subscriptions:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsGet>(body).send().await
}
/// Get a single webhook subscription (org-scoped; secret redacted).
///
/// `POST /v1/op/event_subscriptions.get` · scope `event_subscriptions:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsGet>(body).send_detailed().await
}
/// Get a single webhook subscription (org-scoped; secret redacted).
///
/// `POST /v1/op/event_subscriptions.get` · scope `event_subscriptions:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsGet>(body).send_blocking()
}
/// Get a single webhook subscription (org-scoped; secret redacted).
///
/// `POST /v1/op/event_subscriptions.get` · scope `event_subscriptions:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, EventSubscriptionsGet> {
    client.request::<EventSubscriptionsGet>(body)
}
