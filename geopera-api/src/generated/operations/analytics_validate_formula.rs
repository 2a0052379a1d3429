// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Validate a band-math formula (syntax + required bands) without executing it.
//!
//! `POST /v1/op/analytics.validate_formula` · scope `analytics:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `analytics.validate_formula` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AnalyticsValidateFormula;
impl crate::Operation for AnalyticsValidateFormula {
    type Body = crate::types::ValidateFormulaInput;
    type Output = crate::types::ValidateFormulaOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "analytics.validate_formula",
        path: "/v1/op/analytics.validate_formula",
        scope: ::std::option::Option::Some("analytics:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Validate a band-math formula (syntax + required bands) without executing it.",
    };
}
/// The request body of `analytics.validate_formula`.
pub type Body = crate::types::ValidateFormulaInput;
/// The success result of `analytics.validate_formula`.
pub type Output = crate::types::ValidateFormulaOutput;
/// Validate a band-math formula (syntax + required bands) without executing it.
///
/// `POST /v1/op/analytics.validate_formula` · scope `analytics:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsValidateFormula>(body).send().await
}
/// Validate a band-math formula (syntax + required bands) without executing it.
///
/// `POST /v1/op/analytics.validate_formula` · scope `analytics:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsValidateFormula>(body).send_detailed().await
}
/// Validate a band-math formula (syntax + required bands) without executing it.
///
/// `POST /v1/op/analytics.validate_formula` · scope `analytics:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AnalyticsValidateFormula>(body).send_blocking()
}
/// Validate a band-math formula (syntax + required bands) without executing it.
///
/// `POST /v1/op/analytics.validate_formula` · scope `analytics:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AnalyticsValidateFormula>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AnalyticsValidateFormula> {
    client.request::<AnalyticsValidateFormula>(body)
}
