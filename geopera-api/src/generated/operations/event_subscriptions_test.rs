// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Send a test event to a webhook subscription and return the delivery result.
//!
//! `POST /v1/op/event_subscriptions.test` · scope `event_subscriptions:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `event_subscriptions.test` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EventSubscriptionsTest;
impl crate::Operation for EventSubscriptionsTest {
    type Body = crate::types::TestSubscriptionInput;
    type Output = crate::types::TestSubscriptionOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "event_subscriptions.test",
        path: "/v1/op/event_subscriptions.test",
        scope: ::std::option::Option::Some("event_subscriptions:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Send a test event to a webhook subscription and return the delivery result.",
    };
}
/// The request body of `event_subscriptions.test`.
pub type Body = crate::types::TestSubscriptionInput;
/// The success result of `event_subscriptions.test`.
pub type Output = crate::types::TestSubscriptionOutput;
/// Send a test event to a webhook subscription and return the delivery result.
///
/// `POST /v1/op/event_subscriptions.test` · scope `event_subscriptions:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsTest>(body).send().await
}
/// Send a test event to a webhook subscription and return the delivery result.
///
/// `POST /v1/op/event_subscriptions.test` · scope `event_subscriptions:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsTest>(body).send_detailed().await
}
/// Send a test event to a webhook subscription and return the delivery result.
///
/// `POST /v1/op/event_subscriptions.test` · scope `event_subscriptions:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EventSubscriptionsTest>(body).send_blocking()
}
/// Send a test event to a webhook subscription and return the delivery result.
///
/// `POST /v1/op/event_subscriptions.test` · scope `event_subscriptions:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EventSubscriptionsTest>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, EventSubscriptionsTest> {
    client.request::<EventSubscriptionsTest>(body)
}
