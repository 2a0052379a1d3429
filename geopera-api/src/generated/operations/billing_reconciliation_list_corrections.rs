// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Audit trail of all drift corrections applied (compliance + support).
//!
//! `POST /v1/op/billing.reconciliation.list_corrections` · scope `admin:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.reconciliation.list_corrections` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingReconciliationListCorrections;
impl crate::Operation for BillingReconciliationListCorrections {
    type Body = crate::types::CorrectionsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.reconciliation.list_corrections",
        path: "/v1/op/billing.reconciliation.list_corrections",
        scope: ::std::option::Option::Some("admin:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Audit trail of all drift corrections applied (compliance + support).",
    };
}
/// The request body of `billing.reconciliation.list_corrections`.
pub type Body = crate::types::CorrectionsInput;
/// The success result of `billing.reconciliation.list_corrections`.
pub type Output = ::serde_json::Value;
/// Audit trail of all drift corrections applied (compliance + support).
///
/// `POST /v1/op/billing.reconciliation.list_corrections` · scope `admin:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationListCorrections>(body).send().await
}
/// Audit trail of all drift corrections applied (compliance + support).
///
/// `POST /v1/op/billing.reconciliation.list_corrections` · scope `admin:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationListCorrections>(body).send_detailed().await
}
/// Audit trail of all drift corrections applied (compliance + support).
///
/// `POST /v1/op/billing.reconciliation.list_corrections` · scope `admin:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationListCorrections>(body).send_blocking()
}
/// Audit trail of all drift corrections applied (compliance + support).
///
/// `POST /v1/op/billing.reconciliation.list_corrections` · scope `admin:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationListCorrections>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingReconciliationListCorrections> {
    client.request::<BillingReconciliationListCorrections>(body)
}
