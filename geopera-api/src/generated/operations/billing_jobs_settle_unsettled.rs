// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Settle/register terminal processing jobs holding an unsettled reservation (cron).
//!
//! `POST /v1/op/billing.jobs.settle_unsettled` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.jobs.settle_unsettled` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingJobsSettleUnsettled;
impl crate::Operation for BillingJobsSettleUnsettled {
    type Body = crate::types::SettleInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.jobs.settle_unsettled",
        path: "/v1/op/billing.jobs.settle_unsettled",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Settle/register terminal processing jobs holding an unsettled reservation (cron).",
    };
}
/// The request body of `billing.jobs.settle_unsettled`.
pub type Body = crate::types::SettleInput;
/// The success result of `billing.jobs.settle_unsettled`.
pub type Output = ::serde_json::Value;
/// Settle/register terminal processing jobs holding an unsettled reservation (cron).
///
/// `POST /v1/op/billing.jobs.settle_unsettled` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingJobsSettleUnsettled>(body).send().await
}
/// Settle/register terminal processing jobs holding an unsettled reservation (cron).
///
/// `POST /v1/op/billing.jobs.settle_unsettled` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingJobsSettleUnsettled>(body).send_detailed().await
}
/// Settle/register terminal processing jobs holding an unsettled reservation (cron).
///
/// `POST /v1/op/billing.jobs.settle_unsettled` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingJobsSettleUnsettled>(body).send_blocking()
}
/// Settle/register terminal processing jobs holding an unsettled reservation (cron).
///
/// `POST /v1/op/billing.jobs.settle_unsettled` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingJobsSettleUnsettled>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingJobsSettleUnsettled> {
    client.request::<BillingJobsSettleUnsettled>(body)
}
