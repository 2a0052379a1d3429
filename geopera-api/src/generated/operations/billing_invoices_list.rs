// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! The org's enterprise invoices (grouped from settled orders).
//!
//! `POST /v1/op/billing.invoices.list` · scope `billing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.invoices.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingInvoicesList;
impl crate::Operation for BillingInvoicesList {
    type Body = crate::types::InvoicesInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.invoices.list",
        path: "/v1/op/billing.invoices.list",
        scope: ::std::option::Option::Some("billing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "The org's enterprise invoices (grouped from settled orders).",
    };
}
/// The request body of `billing.invoices.list`.
pub type Body = crate::types::InvoicesInput;
/// The success result of `billing.invoices.list`.
pub type Output = ::serde_json::Value;
/// The org's enterprise invoices (grouped from settled orders).
///
/// `POST /v1/op/billing.invoices.list` · scope `billing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingInvoicesList>(body).send().await
}
/// The org's enterprise invoices (grouped from settled orders).
///
/// `POST /v1/op/billing.invoices.list` · scope `billing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingInvoicesList>(body).send_detailed().await
}
/// The org's enterprise invoices (grouped from settled orders).
///
/// `POST /v1/op/billing.invoices.list` · scope `billing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingInvoicesList>(body).send_blocking()
}
/// The org's enterprise invoices (grouped from settled orders).
///
/// `POST /v1/op/billing.invoices.list` · scope `billing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingInvoicesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingInvoicesList> {
    client.request::<BillingInvoicesList>(body)
}
