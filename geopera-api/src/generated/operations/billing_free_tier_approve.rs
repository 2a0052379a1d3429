// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Approve an org for the free tier + grant its credits immediately (admin).
//!
//! `POST /v1/op/billing.free_tier.approve` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.free_tier.approve` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingFreeTierApprove;
impl crate::Operation for BillingFreeTierApprove {
    type Body = crate::types::ApproveInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.free_tier.approve",
        path: "/v1/op/billing.free_tier.approve",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Approve an org for the free tier + grant its credits immediately (admin).",
    };
}
/// The request body of `billing.free_tier.approve`.
pub type Body = crate::types::ApproveInput;
/// The success result of `billing.free_tier.approve`.
pub type Output = ::serde_json::Value;
/// Approve an org for the free tier + grant its credits immediately (admin).
///
/// `POST /v1/op/billing.free_tier.approve` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingFreeTierApprove>(body).send().await
}
/// Approve an org for the free tier + grant its credits immediately (admin).
///
/// `POST /v1/op/billing.free_tier.approve` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingFreeTierApprove>(body).send_detailed().await
}
/// Approve an org for the free tier + grant its credits immediately (admin).
///
/// `POST /v1/op/billing.free_tier.approve` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingFreeTierApprove>(body).send_blocking()
}
/// Approve an org for the free tier + grant its credits immediately (admin).
///
/// `POST /v1/op/billing.free_tier.approve` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingFreeTierApprove>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingFreeTierApprove> {
    client.request::<BillingFreeTierApprove>(body)
}
