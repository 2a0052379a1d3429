// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Approve a credit purchase and charge the saved card (human approver only).
//!
//! `POST /v1/op/billing.approvals.approve` · scope `billing:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.approvals.approve` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingApprovalsApprove;
impl crate::Operation for BillingApprovalsApprove {
    type Body = crate::types::ApprovalRefInput;
    type Output = crate::types::ApprovalOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.approvals.approve",
        path: "/v1/op/billing.approvals.approve",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Approve a credit purchase and charge the saved card (human approver only).",
    };
}
/// The request body of `billing.approvals.approve`.
pub type Body = crate::types::ApprovalRefInput;
/// The success result of `billing.approvals.approve`.
pub type Output = crate::types::ApprovalOutput;
/// Approve a credit purchase and charge the saved card (human approver only).
///
/// `POST /v1/op/billing.approvals.approve` · scope `billing:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingApprovalsApprove>(body).send().await
}
/// Approve a credit purchase and charge the saved card (human approver only).
///
/// `POST /v1/op/billing.approvals.approve` · scope `billing:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingApprovalsApprove>(body).send_detailed().await
}
/// Approve a credit purchase and charge the saved card (human approver only).
///
/// `POST /v1/op/billing.approvals.approve` · scope `billing:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingApprovalsApprove>(body).send_blocking()
}
/// Approve a credit purchase and charge the saved card (human approver only).
///
/// `POST /v1/op/billing.approvals.approve` · scope `billing:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingApprovalsApprove>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingApprovalsApprove> {
    client.request::<BillingApprovalsApprove>(body)
}
