// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List the caller's organization's alert rules (org-scoped).
//!
//! `POST /v1/op/alerts.rules.list` · scope `alerts:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `alerts.rules.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AlertsRulesList;
impl crate::Operation for AlertsRulesList {
    type Body = crate::types::AlertRulesListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "alerts.rules.list",
        path: "/v1/op/alerts.rules.list",
        scope: ::std::option::Option::Some("alerts:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List the caller's organization's alert rules (org-scoped).",
    };
}
/// The request body of `alerts.rules.list`.
pub type Body = crate::types::AlertRulesListInput;
/// The success result of `alerts.rules.list`.
pub type Output = ::serde_json::Value;
/// List the caller's organization's alert rules (org-scoped).
///
/// `POST /v1/op/alerts.rules.list` · scope `alerts:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AlertsRulesList>(body).send().await
}
/// List the caller's organization's alert rules (org-scoped).
///
/// `POST /v1/op/alerts.rules.list` · scope `alerts:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AlertsRulesList>(body).send_detailed().await
}
/// List the caller's organization's alert rules (org-scoped).
///
/// `POST /v1/op/alerts.rules.list` · scope `alerts:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AlertsRulesList>(body).send_blocking()
}
/// List the caller's organization's alert rules (org-scoped).
///
/// `POST /v1/op/alerts.rules.list` · scope `alerts:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AlertsRulesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AlertsRulesList> {
    client.request::<AlertsRulesList>(body)
}
