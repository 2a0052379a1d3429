// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Zero orphan negative-net ledger residue with compensating adds (admin).
//!
//! `POST /v1/op/billing.reconciliation.zero_negative_nets` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.reconciliation.zero_negative_nets` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingReconciliationZeroNegativeNets;
impl crate::Operation for BillingReconciliationZeroNegativeNets {
    type Body = crate::types::OrgInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.reconciliation.zero_negative_nets",
        path: "/v1/op/billing.reconciliation.zero_negative_nets",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Zero orphan negative-net ledger residue with compensating adds (admin).",
    };
}
/// The request body of `billing.reconciliation.zero_negative_nets`.
pub type Body = crate::types::OrgInput;
/// The success result of `billing.reconciliation.zero_negative_nets`.
pub type Output = ::serde_json::Value;
/// Zero orphan negative-net ledger residue with compensating adds (admin).
///
/// `POST /v1/op/billing.reconciliation.zero_negative_nets` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationZeroNegativeNets>(body).send().await
}
/// Zero orphan negative-net ledger residue with compensating adds (admin).
///
/// `POST /v1/op/billing.reconciliation.zero_negative_nets` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationZeroNegativeNets>(body).send_detailed().await
}
/// Zero orphan negative-net ledger residue with compensating adds (admin).
///
/// `POST /v1/op/billing.reconciliation.zero_negative_nets` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationZeroNegativeNets>(body).send_blocking()
}
/// Zero orphan negative-net ledger residue with compensating adds (admin).
///
/// `POST /v1/op/billing.reconciliation.zero_negative_nets` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client
        .request::<BillingReconciliationZeroNegativeNets>(body)
        .send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingReconciliationZeroNegativeNets> {
    client.request::<BillingReconciliationZeroNegativeNets>(body)
}
