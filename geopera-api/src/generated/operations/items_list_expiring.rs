// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List items approaching retention expiry (system-wide, for the notification cron).
//!
//! `POST /v1/op/items.list_expiring` · scope `admin:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.list_expiring` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsListExpiring;
impl crate::Operation for ItemsListExpiring {
    type Body = crate::types::ExpiringInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.list_expiring",
        path: "/v1/op/items.list_expiring",
        scope: ::std::option::Option::Some("admin:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List items approaching retention expiry (system-wide, for the notification cron).",
    };
}
/// The request body of `items.list_expiring`.
pub type Body = crate::types::ExpiringInput;
/// The success result of `items.list_expiring`.
pub type Output = ::serde_json::Value;
/// List items approaching retention expiry (system-wide, for the notification cron).
///
/// `POST /v1/op/items.list_expiring` · scope `admin:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsListExpiring>(body).send().await
}
/// List items approaching retention expiry (system-wide, for the notification cron).
///
/// `POST /v1/op/items.list_expiring` · scope `admin:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsListExpiring>(body).send_detailed().await
}
/// List items approaching retention expiry (system-wide, for the notification cron).
///
/// `POST /v1/op/items.list_expiring` · scope `admin:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsListExpiring>(body).send_blocking()
}
/// List items approaching retention expiry (system-wide, for the notification cron).
///
/// `POST /v1/op/items.list_expiring` · scope `admin:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsListExpiring>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsListExpiring> {
    client.request::<ItemsListExpiring>(body)
}
