// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List the caller-org's custom band-math formulas (optional category/template filters).
//!
//! `POST /v1/op/band_formulas.list` · scope `band_formulas:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `band_formulas.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BandFormulasList;
impl crate::Operation for BandFormulasList {
    type Body = crate::types::BandFormulasListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "band_formulas.list",
        path: "/v1/op/band_formulas.list",
        scope: ::std::option::Option::Some("band_formulas:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List the caller-org's custom band-math formulas (optional category/template filters).",
    };
}
/// The request body of `band_formulas.list`.
pub type Body = crate::types::BandFormulasListInput;
/// The success result of `band_formulas.list`.
pub type Output = ::serde_json::Value;
/// List the caller-org's custom band-math formulas (optional category/template filters).
///
/// `POST /v1/op/band_formulas.list` · scope `band_formulas:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BandFormulasList>(body).send().await
}
/// List the caller-org's custom band-math formulas (optional category/template filters).
///
/// `POST /v1/op/band_formulas.list` · scope `band_formulas:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BandFormulasList>(body).send_detailed().await
}
/// List the caller-org's custom band-math formulas (optional category/template filters).
///
/// `POST /v1/op/band_formulas.list` · scope `band_formulas:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BandFormulasList>(body).send_blocking()
}
/// List the caller-org's custom band-math formulas (optional category/template filters).
///
/// `POST /v1/op/band_formulas.list` · scope `band_formulas:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BandFormulasList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BandFormulasList> {
    client.request::<BandFormulasList>(body)
}
