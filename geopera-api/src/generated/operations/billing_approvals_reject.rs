// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Reject a pending credit-purchase approval.
//!
//! `POST /v1/op/billing.approvals.reject` · scope `billing:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.approvals.reject` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingApprovalsReject;
impl crate::Operation for BillingApprovalsReject {
    type Body = crate::types::RejectApprovalInput;
    type Output = crate::types::ApprovalOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.approvals.reject",
        path: "/v1/op/billing.approvals.reject",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Reject a pending credit-purchase approval.",
    };
}
/// The request body of `billing.approvals.reject`.
pub type Body = crate::types::RejectApprovalInput;
/// The success result of `billing.approvals.reject`.
pub type Output = crate::types::ApprovalOutput;
/// Reject a pending credit-purchase approval.
///
/// `POST /v1/op/billing.approvals.reject` · scope `billing:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingApprovalsReject>(body).send().await
}
/// Reject a pending credit-purchase approval.
///
/// `POST /v1/op/billing.approvals.reject` · scope `billing:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingApprovalsReject>(body).send_detailed().await
}
/// Reject a pending credit-purchase approval.
///
/// `POST /v1/op/billing.approvals.reject` · scope `billing:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingApprovalsReject>(body).send_blocking()
}
/// Reject a pending credit-purchase approval.
///
/// `POST /v1/op/billing.approvals.reject` · scope `billing:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingApprovalsReject>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingApprovalsReject> {
    client.request::<BillingApprovalsReject>(body)
}
