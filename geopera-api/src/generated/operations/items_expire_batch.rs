// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Transition all past-expiry items to 'expired' (the hourly retention cron).
//!
//! `POST /v1/op/items.expire_batch` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `items.expire_batch` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemsExpireBatch;
impl crate::Operation for ItemsExpireBatch {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "items.expire_batch",
        path: "/v1/op/items.expire_batch",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Transition all past-expiry items to 'expired' (the hourly retention cron).",
    };
}
/// The request body of `items.expire_batch`.
pub type Body = crate::types::Empty;
/// The success result of `items.expire_batch`.
pub type Output = ::serde_json::Value;
/// Transition all past-expiry items to 'expired' (the hourly retention cron).
///
/// `POST /v1/op/items.expire_batch` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsExpireBatch>(body).send().await
}
/// Transition all past-expiry items to 'expired' (the hourly retention cron).
///
/// `POST /v1/op/items.expire_batch` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsExpireBatch>(body).send_detailed().await
}
/// Transition all past-expiry items to 'expired' (the hourly retention cron).
///
/// `POST /v1/op/items.expire_batch` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ItemsExpireBatch>(body).send_blocking()
}
/// Transition all past-expiry items to 'expired' (the hourly retention cron).
///
/// `POST /v1/op/items.expire_batch` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ItemsExpireBatch>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ItemsExpireBatch> {
    client.request::<ItemsExpireBatch>(body)
}
