// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! The org's current credit balance.
//!
//! `POST /v1/op/billing.credits.balance` · scope `billing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.credits.balance` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingCreditsBalance;
impl crate::Operation for BillingCreditsBalance {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.credits.balance",
        path: "/v1/op/billing.credits.balance",
        scope: ::std::option::Option::Some("billing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "The org's current credit balance.",
    };
}
/// The request body of `billing.credits.balance`.
pub type Body = crate::types::Empty;
/// The success result of `billing.credits.balance`.
pub type Output = ::serde_json::Value;
/// The org's current credit balance.
///
/// `POST /v1/op/billing.credits.balance` · scope `billing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingCreditsBalance>(body).send().await
}
/// The org's current credit balance.
///
/// `POST /v1/op/billing.credits.balance` · scope `billing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingCreditsBalance>(body).send_detailed().await
}
/// The org's current credit balance.
///
/// `POST /v1/op/billing.credits.balance` · scope `billing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingCreditsBalance>(body).send_blocking()
}
/// The org's current credit balance.
///
/// `POST /v1/op/billing.credits.balance` · scope `billing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingCreditsBalance>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingCreditsBalance> {
    client.request::<BillingCreditsBalance>(body)
}
