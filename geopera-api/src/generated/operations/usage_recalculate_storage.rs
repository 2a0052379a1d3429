// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Recalculate an org's storage from actual stored assets (org admin).
//!
//! `POST /v1/op/usage.recalculate_storage` · scope `usage:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `usage.recalculate_storage` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UsageRecalculateStorage;
impl crate::Operation for UsageRecalculateStorage {
    type Body = crate::types::RecalculateInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "usage.recalculate_storage",
        path: "/v1/op/usage.recalculate_storage",
        scope: ::std::option::Option::Some("usage:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Recalculate an org's storage from actual stored assets (org admin).",
    };
}
/// The request body of `usage.recalculate_storage`.
pub type Body = crate::types::RecalculateInput;
/// The success result of `usage.recalculate_storage`.
pub type Output = ::serde_json::Value;
/// Recalculate an org's storage from actual stored assets (org admin).
///
/// `POST /v1/op/usage.recalculate_storage` · scope `usage:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UsageRecalculateStorage>(body).send().await
}
/// Recalculate an org's storage from actual stored assets (org admin).
///
/// `POST /v1/op/usage.recalculate_storage` · scope `usage:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UsageRecalculateStorage>(body).send_detailed().await
}
/// Recalculate an org's storage from actual stored assets (org admin).
///
/// `POST /v1/op/usage.recalculate_storage` · scope `usage:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<UsageRecalculateStorage>(body).send_blocking()
}
/// Recalculate an org's storage from actual stored assets (org admin).
///
/// `POST /v1/op/usage.recalculate_storage` · scope `usage:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<UsageRecalculateStorage>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, UsageRecalculateStorage> {
    client.request::<UsageRecalculateStorage>(body)
}
