// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Request approval for a large credit purchase.
//!
//! `POST /v1/op/billing.approvals.request` · scope `billing:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.approvals.request` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingApprovalsRequest;
impl crate::Operation for BillingApprovalsRequest {
    type Body = crate::types::RequestApprovalInput;
    type Output = crate::types::ApprovalOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.approvals.request",
        path: "/v1/op/billing.approvals.request",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Request approval for a large credit purchase.",
    };
}
/// The request body of `billing.approvals.request`.
pub type Body = crate::types::RequestApprovalInput;
/// The success result of `billing.approvals.request`.
pub type Output = crate::types::ApprovalOutput;
/// Request approval for a large credit purchase.
///
/// `POST /v1/op/billing.approvals.request` · scope `billing:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingApprovalsRequest>(body).send().await
}
/// Request approval for a large credit purchase.
///
/// `POST /v1/op/billing.approvals.request` · scope `billing:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingApprovalsRequest>(body).send_detailed().await
}
/// Request approval for a large credit purchase.
///
/// `POST /v1/op/billing.approvals.request` · scope `billing:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingApprovalsRequest>(body).send_blocking()
}
/// Request approval for a large credit purchase.
///
/// `POST /v1/op/billing.approvals.request` · scope `billing:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingApprovalsRequest>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingApprovalsRequest> {
    client.request::<BillingApprovalsRequest>(body)
}
