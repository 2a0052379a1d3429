// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Test-evaluate an alert rule against an item without persisting.
//!
//! `POST /v1/op/alerts.test_rule` · scope `alerts:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `alerts.test_rule` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AlertsTestRule;
impl crate::Operation for AlertsTestRule {
    type Body = crate::types::TestAlertRuleInput;
    type Output = crate::types::TestAlertRuleOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "alerts.test_rule",
        path: "/v1/op/alerts.test_rule",
        scope: ::std::option::Option::Some("alerts:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Test-evaluate an alert rule against an item without persisting.",
    };
}
/// The request body of `alerts.test_rule`.
pub type Body = crate::types::TestAlertRuleInput;
/// The success result of `alerts.test_rule`.
pub type Output = crate::types::TestAlertRuleOutput;
/// Test-evaluate an alert rule against an item without persisting.
///
/// `POST /v1/op/alerts.test_rule` · scope `alerts:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AlertsTestRule>(body).send().await
}
/// Test-evaluate an alert rule against an item without persisting.
///
/// `POST /v1/op/alerts.test_rule` · scope `alerts:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AlertsTestRule>(body).send_detailed().await
}
/// Test-evaluate an alert rule against an item without persisting.
///
/// `POST /v1/op/alerts.test_rule` · scope `alerts:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AlertsTestRule>(body).send_blocking()
}
/// Test-evaluate an alert rule against an item without persisting.
///
/// `POST /v1/op/alerts.test_rule` · scope `alerts:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AlertsTestRule>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AlertsTestRule> {
    client.request::<AlertsTestRule>(body)
}
