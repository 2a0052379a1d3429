// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Predefined spectral-index formula templates (bare-dict, keyed by index id).
//!
//! `POST /v1/op/cog.formulas` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `cog.formulas` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CogFormulas;
impl crate::Operation for CogFormulas {
    type Body = crate::types::CogEmptyInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "cog.formulas",
        path: "/v1/op/cog.formulas",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Predefined spectral-index formula templates (bare-dict, keyed by index id).",
    };
}
/// The request body of `cog.formulas`.
pub type Body = crate::types::CogEmptyInput;
/// The success result of `cog.formulas`.
pub type Output = ::serde_json::Value;
/// Predefined spectral-index formula templates (bare-dict, keyed by index id).
///
/// `POST /v1/op/cog.formulas` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogFormulas>(body).send().await
}
/// Predefined spectral-index formula templates (bare-dict, keyed by index id).
///
/// `POST /v1/op/cog.formulas` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogFormulas>(body).send_detailed().await
}
/// Predefined spectral-index formula templates (bare-dict, keyed by index id).
///
/// `POST /v1/op/cog.formulas` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogFormulas>(body).send_blocking()
}
/// Predefined spectral-index formula templates (bare-dict, keyed by index id).
///
/// `POST /v1/op/cog.formulas` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogFormulas>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, CogFormulas> {
    client.request::<CogFormulas>(body)
}
