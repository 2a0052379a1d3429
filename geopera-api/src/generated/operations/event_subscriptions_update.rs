// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Update a webhook subscription (org-scoped).
//!
//! `POST /v1/op/event_subscriptions.update` · scope `event_subscriptions:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `event_subscriptions.update` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EventSubscriptionsUpdate;
impl crate::Operation for EventSubscriptionsUpdate {
    type Body = crate::types::UpdateSubscriptionInput;
    type Output = crate::types::SubscriptionOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "event_subscriptions.update",
        path: "/v1/op/event_subscriptions.update",
        scope: ::std::option::Option::Some("event_subscriptions:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Update a webhook subscription (org-scoped).",
    };
}
/// The request body of `event_subscriptions.update`.
pub type Body = crate::types::UpdateSubscriptionInput;
/// The success result of `event_subscriptions.update`.
pub type Output = crate::types::SubscriptionOutput;
/// Update a webhook subscription (org-scoped).
///
/// `POST /v1/op/event_subscriptions.update` · scope `event_subscriptions:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsUpdate>(body).send().await
}
/// Update a webhook subscription (org-scoped).
///
/// `POST /v1/op/event_subscriptions.update` · scope `event_subscriptions:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsUpdate>(body).send_detailed().await
}
/// Update a webhook subscription (org-scoped).
///
/// `POST /v1/op/event_subscriptions.update` · scope `event_subscriptions:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsUpdate>(body).send_blocking()
}
/// Update a webhook subscription (org-scoped).
///
/// `POST /v1/op/event_subscriptions.update` · scope `event_subscriptions:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsUpdate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, EventSubscriptionsUpdate> {
    client.request::<EventSubscriptionsUpdate>(body)
}
