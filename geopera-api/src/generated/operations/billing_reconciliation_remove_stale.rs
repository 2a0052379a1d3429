// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Remove stale positive-net ledger entries for deleted assets (admin).
//!
//! `POST /v1/op/billing.reconciliation.remove_stale` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.reconciliation.remove_stale` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingReconciliationRemoveStale;
impl crate::Operation for BillingReconciliationRemoveStale {
    type Body = crate::types::OrgInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.reconciliation.remove_stale",
        path: "/v1/op/billing.reconciliation.remove_stale",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Remove stale positive-net ledger entries for deleted assets (admin).",
    };
}
/// The request body of `billing.reconciliation.remove_stale`.
pub type Body = crate::types::OrgInput;
/// The success result of `billing.reconciliation.remove_stale`.
pub type Output = ::serde_json::Value;
/// Remove stale positive-net ledger entries for deleted assets (admin).
///
/// `POST /v1/op/billing.reconciliation.remove_stale` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationRemoveStale>(body).send().await
}
/// Remove stale positive-net ledger entries for deleted assets (admin).
///
/// `POST /v1/op/billing.reconciliation.remove_stale` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationRemoveStale>(body).send_detailed().await
}
/// Remove stale positive-net ledger entries for deleted assets (admin).
///
/// `POST /v1/op/billing.reconciliation.remove_stale` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingReconciliationRemoveStale>(body).send_blocking()
}
/// Remove stale positive-net ledger entries for deleted assets (admin).
///
/// `POST /v1/op/billing.reconciliation.remove_stale` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingReconciliationRemoveStale>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingReconciliationRemoveStale> {
    client.request::<BillingReconciliationRemoveStale>(body)
}
