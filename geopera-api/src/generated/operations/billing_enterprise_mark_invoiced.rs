// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Record a manual Xero invoice and mark the org's committed enterprise orders billed (admin).
//!
//! `POST /v1/op/billing.enterprise.mark_invoiced` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.enterprise.mark_invoiced` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingEnterpriseMarkInvoiced;
impl crate::Operation for BillingEnterpriseMarkInvoiced {
    type Body = crate::types::MarkInvoicedInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.enterprise.mark_invoiced",
        path: "/v1/op/billing.enterprise.mark_invoiced",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Record a manual Xero invoice and mark the org's committed enterprise orders billed (admin).",
    };
}
/// The request body of `billing.enterprise.mark_invoiced`.
pub type Body = crate::types::MarkInvoicedInput;
/// The success result of `billing.enterprise.mark_invoiced`.
pub type Output = ::serde_json::Value;
/// Record a manual Xero invoice and mark the org's committed enterprise orders billed (admin).
///
/// `POST /v1/op/billing.enterprise.mark_invoiced` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingEnterpriseMarkInvoiced>(body).send().await
}
/// Record a manual Xero invoice and mark the org's committed enterprise orders billed (admin).
///
/// `POST /v1/op/billing.enterprise.mark_invoiced` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingEnterpriseMarkInvoiced>(body).send_detailed().await
}
/// Record a manual Xero invoice and mark the org's committed enterprise orders billed (admin).
///
/// `POST /v1/op/billing.enterprise.mark_invoiced` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingEnterpriseMarkInvoiced>(body).send_blocking()
}
/// Record a manual Xero invoice and mark the org's committed enterprise orders billed (admin).
///
/// `POST /v1/op/billing.enterprise.mark_invoiced` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingEnterpriseMarkInvoiced>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingEnterpriseMarkInvoiced> {
    client.request::<BillingEnterpriseMarkInvoiced>(body)
}
