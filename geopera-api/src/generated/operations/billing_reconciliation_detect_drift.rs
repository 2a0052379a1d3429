// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Compute storage-billing drift for one org (no run recorded).
//!
//! `POST /v1/op/billing.reconciliation.detect_drift` · scope `admin:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.reconciliation.detect_drift` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingReconciliationDetectDrift;
impl crate::Operation for BillingReconciliationDetectDrift {
    type Body = crate::types::DriftInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.reconciliation.detect_drift",
        path: "/v1/op/billing.reconciliation.detect_drift",
        scope: ::std::option::Option::Some("admin:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Compute storage-billing drift for one org (no run recorded).",
    };
}
/// The request body of `billing.reconciliation.detect_drift`.
pub type Body = crate::types::DriftInput;
/// The success result of `billing.reconciliation.detect_drift`.
pub type Output = ::serde_json::Value;
/// Compute storage-billing drift for one org (no run recorded).
///
/// `POST /v1/op/billing.reconciliation.detect_drift` · scope `admin:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationDetectDrift>(body).send().await
}
/// Compute storage-billing drift for one org (no run recorded).
///
/// `POST /v1/op/billing.reconciliation.detect_drift` · scope `admin:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationDetectDrift>(body).send_detailed().await
}
/// Compute storage-billing drift for one org (no run recorded).
///
/// `POST /v1/op/billing.reconciliation.detect_drift` · scope `admin:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationDetectDrift>(body).send_blocking()
}
/// Compute storage-billing drift for one org (no run recorded).
///
/// `POST /v1/op/billing.reconciliation.detect_drift` · scope `admin:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationDetectDrift>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingReconciliationDetectDrift> {
    client.request::<BillingReconciliationDetectDrift>(body)
}
