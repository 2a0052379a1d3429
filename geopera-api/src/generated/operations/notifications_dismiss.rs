// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Dismiss one of the caller's notifications (hide it from the list).
//!
//! `POST /v1/op/notifications.dismiss` · scope `notifications:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `notifications.dismiss` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct NotificationsDismiss;
impl crate::Operation for NotificationsDismiss {
    type Body = crate::types::NotificationRef;
    type Output = crate::types::NotificationOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "notifications.dismiss",
        path: "/v1/op/notifications.dismiss",
        scope: ::std::option::Option::Some("notifications:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Dismiss one of the caller's notifications (hide it from the list).",
    };
}
/// The request body of `notifications.dismiss`.
pub type Body = crate::types::NotificationRef;
/// The success result of `notifications.dismiss`.
pub type Output = crate::types::NotificationOutput;
/// Dismiss one of the caller's notifications (hide it from the list).
///
/// `POST /v1/op/notifications.dismiss` · scope `notifications:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<NotificationsDismiss>(body).send().await
}
/// Dismiss one of the caller's notifications (hide it from the list).
///
/// `POST /v1/op/notifications.dismiss` · scope `notifications:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<NotificationsDismiss>(body).send_detailed().await
}
/// Dismiss one of the caller's notifications (hide it from the list).
///
/// `POST /v1/op/notifications.dismiss` · scope `notifications:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<NotificationsDismiss>(body).send_blocking()
}
/// Dismiss one of the caller's notifications (hide it from the list).
///
/// `POST /v1/op/notifications.dismiss` · scope `notifications:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<NotificationsDismiss>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, NotificationsDismiss> {
    client.request::<NotificationsDismiss>(body)
}
