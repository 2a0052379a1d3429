// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get one credit-purchase approval (org-scoped).
//!
//! `POST /v1/op/billing.approvals.get` · scope `billing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.approvals.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingApprovalsGet;
impl crate::Operation for BillingApprovalsGet {
    type Body = crate::types::ApprovalGetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.approvals.get",
        path: "/v1/op/billing.approvals.get",
        scope: ::std::option::Option::Some("billing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get one credit-purchase approval (org-scoped).",
    };
}
/// The request body of `billing.approvals.get`.
pub type Body = crate::types::ApprovalGetInput;
/// The success result of `billing.approvals.get`.
pub type Output = ::serde_json::Value;
/// Get one credit-purchase approval (org-scoped).
///
/// `POST /v1/op/billing.approvals.get` · scope `billing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingApprovalsGet>(body).send().await
}
/// Get one credit-purchase approval (org-scoped).
///
/// `POST /v1/op/billing.approvals.get` · scope `billing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingApprovalsGet>(body).send_detailed().await
}
/// Get one credit-purchase approval (org-scoped).
///
/// `POST /v1/op/billing.approvals.get` · scope `billing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingApprovalsGet>(body).send_blocking()
}
/// Get one credit-purchase approval (org-scoped).
///
/// `POST /v1/op/billing.approvals.get` · scope `billing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingApprovalsGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingApprovalsGet> {
    client.request::<BillingApprovalsGet>(body)
}
