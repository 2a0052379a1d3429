// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Unresolved tracking-failure DLQ counts, grouped by storage_type + source.
//!
//! `POST /v1/op/billing.dlq.list_pending` · scope `admin:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.dlq.list_pending` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingDlqListPending;
impl crate::Operation for BillingDlqListPending {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.dlq.list_pending",
        path: "/v1/op/billing.dlq.list_pending",
        scope: ::std::option::Option::Some("admin:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Unresolved tracking-failure DLQ counts, grouped by storage_type + source.",
    };
}
/// The request body of `billing.dlq.list_pending`.
pub type Body = crate::types::Empty;
/// The success result of `billing.dlq.list_pending`.
pub type Output = ::serde_json::Value;
/// Unresolved tracking-failure DLQ counts, grouped by storage_type + source.
///
/// `POST /v1/op/billing.dlq.list_pending` · scope `admin:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingDlqListPending>(body).send().await
}
/// Unresolved tracking-failure DLQ counts, grouped by storage_type + source.
///
/// `POST /v1/op/billing.dlq.list_pending` · scope `admin:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingDlqListPending>(body).send_detailed().await
}
/// Unresolved tracking-failure DLQ counts, grouped by storage_type + source.
///
/// `POST /v1/op/billing.dlq.list_pending` · scope `admin:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingDlqListPending>(body).send_blocking()
}
/// Unresolved tracking-failure DLQ counts, grouped by storage_type + source.
///
/// `POST /v1/op/billing.dlq.list_pending` · scope `admin:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingDlqListPending>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingDlqListPending> {
    client.request::<BillingDlqListPending>(body)
}
