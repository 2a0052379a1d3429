// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Run monthly billing for every org needing a run (cron).
//!
//! `POST /v1/op/billing.run_monthly_cron` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.run_monthly_cron` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingRunMonthlyCron;
impl crate::Operation for BillingRunMonthlyCron {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.run_monthly_cron",
        path: "/v1/op/billing.run_monthly_cron",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Run monthly billing for every org needing a run (cron).",
    };
}
/// The request body of `billing.run_monthly_cron`.
pub type Body = crate::types::Empty;
/// The success result of `billing.run_monthly_cron`.
pub type Output = ::serde_json::Value;
/// Run monthly billing for every org needing a run (cron).
///
/// `POST /v1/op/billing.run_monthly_cron` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingRunMonthlyCron>(body).send().await
}
/// Run monthly billing for every org needing a run (cron).
///
/// `POST /v1/op/billing.run_monthly_cron` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingRunMonthlyCron>(body).send_detailed().await
}
/// Run monthly billing for every org needing a run (cron).
///
/// `POST /v1/op/billing.run_monthly_cron` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingRunMonthlyCron>(body).send_blocking()
}
/// Run monthly billing for every org needing a run (cron).
///
/// `POST /v1/op/billing.run_monthly_cron` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingRunMonthlyCron>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingRunMonthlyCron> {
    client.request::<BillingRunMonthlyCron>(body)
}
