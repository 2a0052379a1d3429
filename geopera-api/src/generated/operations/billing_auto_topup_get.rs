// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Read the org's auto-topup settings (enabled=false if unset).
//!
//! `POST /v1/op/billing.auto_topup.get` · scope `billing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.auto_topup.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingAutoTopupGet;
impl crate::Operation for BillingAutoTopupGet {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.auto_topup.get",
        path: "/v1/op/billing.auto_topup.get",
        scope: ::std::option::Option::Some("billing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Read the org's auto-topup settings (enabled=false if unset).",
    };
}
/// The request body of `billing.auto_topup.get`.
pub type Body = crate::types::Empty;
/// The success result of `billing.auto_topup.get`.
pub type Output = ::serde_json::Value;
/// Read the org's auto-topup settings (enabled=false if unset).
///
/// `POST /v1/op/billing.auto_topup.get` · scope `billing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingAutoTopupGet>(body).send().await
}
/// Read the org's auto-topup settings (enabled=false if unset).
///
/// `POST /v1/op/billing.auto_topup.get` · scope `billing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingAutoTopupGet>(body).send_detailed().await
}
/// Read the org's auto-topup settings (enabled=false if unset).
///
/// `POST /v1/op/billing.auto_topup.get` · scope `billing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingAutoTopupGet>(body).send_blocking()
}
/// Read the org's auto-topup settings (enabled=false if unset).
///
/// `POST /v1/op/billing.auto_topup.get` · scope `billing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingAutoTopupGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingAutoTopupGet> {
    client.request::<BillingAutoTopupGet>(body)
}
