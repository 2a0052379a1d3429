// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get a single custom band-math formula by id (org-scoped; cross-org → 404).
//!
//! `POST /v1/op/band_formulas.get` · scope `band_formulas:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `band_formulas.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BandFormulasGet;
impl crate::Operation for BandFormulasGet {
    type Body = crate::types::BandFormulaGetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "band_formulas.get",
        path: "/v1/op/band_formulas.get",
        scope: ::std::option::Option::Some("band_formulas:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get a single custom band-math formula by id (org-scoped; cross-org → 404).",
    };
}
/// The request body of `band_formulas.get`.
pub type Body = crate::types::BandFormulaGetInput;
/// The success result of `band_formulas.get`.
pub type Output = ::serde_json::Value;
/// Get a single custom band-math formula by id (org-scoped; cross-org → 404).
///
/// `POST /v1/op/band_formulas.get` · scope `band_formulas:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BandFormulasGet>(body).send().await
}
/// Get a single custom band-math formula by id (org-scoped; cross-org → 404).
///
/// `POST /v1/op/band_formulas.get` · scope `band_formulas:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BandFormulasGet>(body).send_detailed().await
}
/// Get a single custom band-math formula by id (org-scoped; cross-org → 404).
///
/// `POST /v1/op/band_formulas.get` · scope `band_formulas:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BandFormulasGet>(body).send_blocking()
}
/// Get a single custom band-math formula by id (org-scoped; cross-org → 404).
///
/// `POST /v1/op/band_formulas.get` · scope `band_formulas:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BandFormulasGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BandFormulasGet> {
    client.request::<BandFormulasGet>(body)
}
