// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List the org's Stripe invoices (never 500s — empty on a Stripe hiccup).
//!
//! `POST /v1/op/billing.stripe_invoices.list` · scope `billing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.stripe_invoices.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingStripeInvoicesList;
impl crate::Operation for BillingStripeInvoicesList {
    type Body = crate::types::InvoicesInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.stripe_invoices.list",
        path: "/v1/op/billing.stripe_invoices.list",
        scope: ::std::option::Option::Some("billing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List the org's Stripe invoices (never 500s — empty on a Stripe hiccup).",
    };
}
/// The request body of `billing.stripe_invoices.list`.
pub type Body = crate::types::InvoicesInput;
/// The success result of `billing.stripe_invoices.list`.
pub type Output = ::serde_json::Value;
/// List the org's Stripe invoices (never 500s — empty on a Stripe hiccup).
///
/// `POST /v1/op/billing.stripe_invoices.list` · scope `billing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingStripeInvoicesList>(body).send().await
}
/// List the org's Stripe invoices (never 500s — empty on a Stripe hiccup).
///
/// `POST /v1/op/billing.stripe_invoices.list` · scope `billing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingStripeInvoicesList>(body).send_detailed().await
}
/// List the org's Stripe invoices (never 500s — empty on a Stripe hiccup).
///
/// `POST /v1/op/billing.stripe_invoices.list` · scope `billing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingStripeInvoicesList>(body).send_blocking()
}
/// List the org's Stripe invoices (never 500s — empty on a Stripe hiccup).
///
/// `POST /v1/op/billing.stripe_invoices.list` · scope `billing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingStripeInvoicesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingStripeInvoicesList> {
    client.request::<BillingStripeInvoicesList>(body)
}
