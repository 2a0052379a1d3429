// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Create an alert rule for the caller's organization.
//!
//! `POST /v1/op/alerts.create_rule` · scope `alerts:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `alerts.create_rule` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AlertsCreateRule;
impl crate::Operation for AlertsCreateRule {
    type Body = crate::types::CreateAlertRuleInput;
    type Output = crate::types::AlertRuleOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "alerts.create_rule",
        path: "/v1/op/alerts.create_rule",
        scope: ::std::option::Option::Some("alerts:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Create an alert rule for the caller's organization.",
    };
}
/// The request body of `alerts.create_rule`.
pub type Body = crate::types::CreateAlertRuleInput;
/// The success result of `alerts.create_rule`.
pub type Output = crate::types::AlertRuleOutput;
/// Create an alert rule for the caller's organization.
///
/// `POST /v1/op/alerts.create_rule` · scope `alerts:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AlertsCreateRule>(body).send().await
}
/// Create an alert rule for the caller's organization.
///
/// `POST /v1/op/alerts.create_rule` · scope `alerts:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AlertsCreateRule>(body).send_detailed().await
}
/// Create an alert rule for the caller's organization.
///
/// `POST /v1/op/alerts.create_rule` · scope `alerts:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AlertsCreateRule>(body).send_blocking()
}
/// Create an alert rule for the caller's organization.
///
/// `POST /v1/op/alerts.create_rule` · scope `alerts:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AlertsCreateRule>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AlertsCreateRule> {
    client.request::<AlertsCreateRule>(body)
}
