// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Backfill ledger add-events for live assets with no ledger entry (admin).
//!
//! `POST /v1/op/billing.reconciliation.backfill_missing` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.reconciliation.backfill_missing` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingReconciliationBackfillMissing;
impl crate::Operation for BillingReconciliationBackfillMissing {
    type Body = crate::types::OrgInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.reconciliation.backfill_missing",
        path: "/v1/op/billing.reconciliation.backfill_missing",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Backfill ledger add-events for live assets with no ledger entry (admin).",
    };
}
/// The request body of `billing.reconciliation.backfill_missing`.
pub type Body = crate::types::OrgInput;
/// The success result of `billing.reconciliation.backfill_missing`.
pub type Output = ::serde_json::Value;
/// Backfill ledger add-events for live assets with no ledger entry (admin).
///
/// `POST /v1/op/billing.reconciliation.backfill_missing` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationBackfillMissing>(body).send().await
}
/// Backfill ledger add-events for live assets with no ledger entry (admin).
///
/// `POST /v1/op/billing.reconciliation.backfill_missing` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationBackfillMissing>(body).send_detailed().await
}
/// Backfill ledger add-events for live assets with no ledger entry (admin).
///
/// `POST /v1/op/billing.reconciliation.backfill_missing` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationBackfillMissing>(body).send_blocking()
}
/// Backfill ledger add-events for live assets with no ledger entry (admin).
///
/// `POST /v1/op/billing.reconciliation.backfill_missing` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationBackfillMissing>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingReconciliationBackfillMissing> {
    client.request::<BillingReconciliationBackfillMissing>(body)
}
