// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Count the caller's unread, undismissed notifications (lightweight poll).
//!
//! `POST /v1/op/notifications.unread_count` · scope `notifications:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `notifications.unread_count` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct NotificationsUnreadCount;
impl crate::Operation for NotificationsUnreadCount {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "notifications.unread_count",
        path: "/v1/op/notifications.unread_count",
        scope: ::std::option::Option::Some("notifications:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Count the caller's unread, undismissed notifications (lightweight poll).",
    };
}
/// The request body of `notifications.unread_count`.
pub type Body = crate::types::Empty;
/// The success result of `notifications.unread_count`.
pub type Output = ::serde_json::Value;
/// Count the caller's unread, undismissed notifications (lightweight poll).
///
/// `POST /v1/op/notifications.unread_count` · scope `notifications:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<NotificationsUnreadCount>(body).send().await
}
/// Count the caller's unread, undismissed notifications (lightweight poll).
///
/// `POST /v1/op/notifications.unread_count` · scope `notifications:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<NotificationsUnreadCount>(body).send_detailed().await
}
/// Count the caller's unread, undismissed notifications (lightweight poll).
///
/// `POST /v1/op/notifications.unread_count` · scope `notifications:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<NotificationsUnreadCount>(body).send_blocking()
}
/// Count the caller's unread, undismissed notifications (lightweight poll).
///
/// `POST /v1/op/notifications.unread_count` · scope `notifications:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<NotificationsUnreadCount>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, NotificationsUnreadCount> {
    client.request::<NotificationsUnreadCount>(body)
}
