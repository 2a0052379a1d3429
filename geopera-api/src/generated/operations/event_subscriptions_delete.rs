// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Delete a webhook subscription (org-scoped).
//!
//! `POST /v1/op/event_subscriptions.delete` · scope `event_subscriptions:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `event_subscriptions.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EventSubscriptionsDelete;
impl crate::Operation for EventSubscriptionsDelete {
    type Body = crate::types::DeleteSubscriptionInput;
    type Output = crate::types::DeleteSubscriptionOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "event_subscriptions.delete",
        path: "/v1/op/event_subscriptions.delete",
        scope: ::std::option::Option::Some("event_subscriptions:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Delete a webhook subscription (org-scoped).",
    };
}
/// The request body of `event_subscriptions.delete`.
pub type Body = crate::types::DeleteSubscriptionInput;
/// The success result of `event_subscriptions.delete`.
pub type Output = crate::types::DeleteSubscriptionOutput;
/// Delete a webhook subscription (org-scoped).
///
/// `POST /v1/op/event_subscriptions.delete` · scope `event_subscriptions:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsDelete>(body).send().await
}
/// Delete a webhook subscription (org-scoped).
///
/// `POST /v1/op/event_subscriptions.delete` · scope `event_subscriptions:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsDelete>(body).send_detailed().await
}
/// Delete a webhook subscription (org-scoped).
///
/// `POST /v1/op/event_subscriptions.delete` · scope `event_subscriptions:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsDelete>(body).send_blocking()
}
/// Delete a webhook subscription (org-scoped).
///
/// `POST /v1/op/event_subscriptions.delete` · scope `event_subscriptions:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, EventSubscriptionsDelete> {
    client.request::<EventSubscriptionsDelete>(body)
}
