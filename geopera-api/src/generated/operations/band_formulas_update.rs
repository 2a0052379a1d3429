// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Update a custom band-math formula (write scope; org-scoped).
//!
//! `POST /v1/op/band_formulas.update` · scope `band_formulas:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `band_formulas.update` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BandFormulasUpdate;
impl crate::Operation for BandFormulasUpdate {
    type Body = crate::types::BandFormulaUpdateInput;
    type Output = crate::types::BandFormulaOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "band_formulas.update",
        path: "/v1/op/band_formulas.update",
        scope: ::std::option::Option::Some("band_formulas:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Update a custom band-math formula (write scope; org-scoped).",
    };
}
/// The request body of `band_formulas.update`.
pub type Body = crate::types::BandFormulaUpdateInput;
/// The success result of `band_formulas.update`.
pub type Output = crate::types::BandFormulaOutput;
/// Update a custom band-math formula (write scope; org-scoped).
///
/// `POST /v1/op/band_formulas.update` · scope `band_formulas:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BandFormulasUpdate>(body).send().await
}
/// Update a custom band-math formula (write scope; org-scoped).
///
/// `POST /v1/op/band_formulas.update` · scope `band_formulas:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BandFormulasUpdate>(body).send_detailed().await
}
/// Update a custom band-math formula (write scope; org-scoped).
///
/// `POST /v1/op/band_formulas.update` · scope `band_formulas:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BandFormulasUpdate>(body).send_blocking()
}
/// Update a custom band-math formula (write scope; org-scoped).
///
/// `POST /v1/op/band_formulas.update` · scope `band_formulas:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BandFormulasUpdate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BandFormulasUpdate> {
    client.request::<BandFormulasUpdate>(body)
}
