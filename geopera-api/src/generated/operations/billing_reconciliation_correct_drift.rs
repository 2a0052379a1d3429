// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Surgical single-asset drift correction (audited ledger entry; admin).
//!
//! `POST /v1/op/billing.reconciliation.correct_drift` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.reconciliation.correct_drift` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingReconciliationCorrectDrift;
impl crate::Operation for BillingReconciliationCorrectDrift {
    type Body = crate::types::CorrectInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.reconciliation.correct_drift",
        path: "/v1/op/billing.reconciliation.correct_drift",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Surgical single-asset drift correction (audited ledger entry; admin).",
    };
}
/// The request body of `billing.reconciliation.correct_drift`.
pub type Body = crate::types::CorrectInput;
/// The success result of `billing.reconciliation.correct_drift`.
pub type Output = ::serde_json::Value;
/// Surgical single-asset drift correction (audited ledger entry; admin).
///
/// `POST /v1/op/billing.reconciliation.correct_drift` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationCorrectDrift>(body).send().await
}
/// Surgical single-asset drift correction (audited ledger entry; admin).
///
/// `POST /v1/op/billing.reconciliation.correct_drift` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationCorrectDrift>(body).send_detailed().await
}
/// Surgical single-asset drift correction (audited ledger entry; admin).
///
/// `POST /v1/op/billing.reconciliation.correct_drift` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationCorrectDrift>(body).send_blocking()
}
/// Surgical single-asset drift correction (audited ledger entry; admin).
///
/// `POST /v1/op/billing.reconciliation.correct_drift` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationCorrectDrift>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingReconciliationCorrectDrift> {
    client.request::<BillingReconciliationCorrectDrift>(body)
}
