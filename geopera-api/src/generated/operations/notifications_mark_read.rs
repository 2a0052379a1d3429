// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Mark one of the caller's notifications as read.
//!
//! `POST /v1/op/notifications.mark_read` · scope `notifications:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `notifications.mark_read` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct NotificationsMarkRead;
impl crate::Operation for NotificationsMarkRead {
    type Body = crate::types::NotificationRef;
    type Output = crate::types::NotificationOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "notifications.mark_read",
        path: "/v1/op/notifications.mark_read",
        scope: ::std::option::Option::Some("notifications:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Mark one of the caller's notifications as read.",
    };
}
/// The request body of `notifications.mark_read`.
pub type Body = crate::types::NotificationRef;
/// The success result of `notifications.mark_read`.
pub type Output = crate::types::NotificationOutput;
/// Mark one of the caller's notifications as read.
///
/// `POST /v1/op/notifications.mark_read` · scope `notifications:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<NotificationsMarkRead>(body).send().await
}
/// Mark one of the caller's notifications as read.
///
/// `POST /v1/op/notifications.mark_read` · scope `notifications:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<NotificationsMarkRead>(body).send_detailed().await
}
/// Mark one of the caller's notifications as read.
///
/// `POST /v1/op/notifications.mark_read` · scope `notifications:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<NotificationsMarkRead>(body).send_blocking()
}
/// Mark one of the caller's notifications as read.
///
/// `POST /v1/op/notifications.mark_read` · scope `notifications:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<NotificationsMarkRead>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, NotificationsMarkRead> {
    client.request::<NotificationsMarkRead>(body)
}
