// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! The org's unbilled enterprise post-pay liability (to put on a Xero invoice).
//!
//! `POST /v1/op/billing.enterprise.accrual` · scope `admin:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.enterprise.accrual` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingEnterpriseAccrual;
impl crate::Operation for BillingEnterpriseAccrual {
    type Body = crate::types::AccrualInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.enterprise.accrual",
        path: "/v1/op/billing.enterprise.accrual",
        scope: ::std::option::Option::Some("admin:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "The org's unbilled enterprise post-pay liability (to put on a Xero invoice).",
    };
}
/// The request body of `billing.enterprise.accrual`.
pub type Body = crate::types::AccrualInput;
/// The success result of `billing.enterprise.accrual`.
pub type Output = ::serde_json::Value;
/// The org's unbilled enterprise post-pay liability (to put on a Xero invoice).
///
/// `POST /v1/op/billing.enterprise.accrual` · scope `admin:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingEnterpriseAccrual>(body).send().await
}
/// The org's unbilled enterprise post-pay liability (to put on a Xero invoice).
///
/// `POST /v1/op/billing.enterprise.accrual` · scope `admin:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingEnterpriseAccrual>(body).send_detailed().await
}
/// The org's unbilled enterprise post-pay liability (to put on a Xero invoice).
///
/// `POST /v1/op/billing.enterprise.accrual` · scope `admin:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingEnterpriseAccrual>(body).send_blocking()
}
/// The org's unbilled enterprise post-pay liability (to put on a Xero invoice).
///
/// `POST /v1/op/billing.enterprise.accrual` · scope `admin:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingEnterpriseAccrual>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingEnterpriseAccrual> {
    client.request::<BillingEnterpriseAccrual>(body)
}
