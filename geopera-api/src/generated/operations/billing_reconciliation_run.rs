// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Run reconciliation for one org + persist the result.
//!
//! `POST /v1/op/billing.reconciliation.run` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.reconciliation.run` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingReconciliationRun;
impl crate::Operation for BillingReconciliationRun {
    type Body = crate::types::RunInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.reconciliation.run",
        path: "/v1/op/billing.reconciliation.run",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Run reconciliation for one org + persist the result.",
    };
}
/// The request body of `billing.reconciliation.run`.
pub type Body = crate::types::RunInput;
/// The success result of `billing.reconciliation.run`.
pub type Output = ::serde_json::Value;
/// Run reconciliation for one org + persist the result.
///
/// `POST /v1/op/billing.reconciliation.run` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationRun>(body).send().await
}
/// Run reconciliation for one org + persist the result.
///
/// `POST /v1/op/billing.reconciliation.run` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationRun>(body).send_detailed().await
}
/// Run reconciliation for one org + persist the result.
///
/// `POST /v1/op/billing.reconciliation.run` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationRun>(body).send_blocking()
}
/// Run reconciliation for one org + persist the result.
///
/// `POST /v1/op/billing.reconciliation.run` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationRun>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingReconciliationRun> {
    client.request::<BillingReconciliationRun>(body)
}
