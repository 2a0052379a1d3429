// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List reconciliation runs (newest first; filter by org / flagged).
//!
//! `POST /v1/op/billing.reconciliation.list_runs` · scope `admin:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.reconciliation.list_runs` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingReconciliationListRuns;
impl crate::Operation for BillingReconciliationListRuns {
    type Body = crate::types::RunsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.reconciliation.list_runs",
        path: "/v1/op/billing.reconciliation.list_runs",
        scope: ::std::option::Option::Some("admin:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List reconciliation runs (newest first; filter by org / flagged).",
    };
}
/// The request body of `billing.reconciliation.list_runs`.
pub type Body = crate::types::RunsInput;
/// The success result of `billing.reconciliation.list_runs`.
pub type Output = ::serde_json::Value;
/// List reconciliation runs (newest first; filter by org / flagged).
///
/// `POST /v1/op/billing.reconciliation.list_runs` · scope `admin:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationListRuns>(body).send().await
}
/// List reconciliation runs (newest first; filter by org / flagged).
///
/// `POST /v1/op/billing.reconciliation.list_runs` · scope `admin:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationListRuns>(body).send_detailed().await
}
/// List reconciliation runs (newest first; filter by org / flagged).
///
/// `POST /v1/op/billing.reconciliation.list_runs` · scope `admin:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationListRuns>(body).send_blocking()
}
/// List reconciliation runs (newest first; filter by org / flagged).
///
/// `POST /v1/op/billing.reconciliation.list_runs` · scope `admin:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationListRuns>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingReconciliationListRuns> {
    client.request::<BillingReconciliationListRuns>(body)
}
