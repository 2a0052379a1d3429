// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Delete a custom band-math formula (write scope; templates are protected).
//!
//! `POST /v1/op/band_formulas.delete` · scope `band_formulas:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `band_formulas.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BandFormulasDelete;
impl crate::Operation for BandFormulasDelete {
    type Body = crate::types::BandFormulaDeleteInput;
    type Output = crate::types::BandFormulaDeleteOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "band_formulas.delete",
        path: "/v1/op/band_formulas.delete",
        scope: ::std::option::Option::Some("band_formulas:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Delete a custom band-math formula (write scope; templates are protected).",
    };
}
/// The request body of `band_formulas.delete`.
pub type Body = crate::types::BandFormulaDeleteInput;
/// The success result of `band_formulas.delete`.
pub type Output = crate::types::BandFormulaDeleteOutput;
/// Delete a custom band-math formula (write scope; templates are protected).
///
/// `POST /v1/op/band_formulas.delete` · scope `band_formulas:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BandFormulasDelete>(body).send().await
}
/// Delete a custom band-math formula (write scope; templates are protected).
///
/// `POST /v1/op/band_formulas.delete` · scope `band_formulas:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BandFormulasDelete>(body).send_detailed().await
}
/// Delete a custom band-math formula (write scope; templates are protected).
///
/// `POST /v1/op/band_formulas.delete` · scope `band_formulas:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BandFormulasDelete>(body).send_blocking()
}
/// Delete a custom band-math formula (write scope; templates are protected).
///
/// `POST /v1/op/band_formulas.delete` · scope `band_formulas:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BandFormulasDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BandFormulasDelete> {
    client.request::<BandFormulasDelete>(body)
}
