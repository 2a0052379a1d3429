// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//!
//! `POST /v1/op/provenance.get` · scope `provenance:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `provenance.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProvenanceGet;
impl crate::Operation for ProvenanceGet {
    type Body = crate::types::LineageGetInput;
    type Output = crate::types::LineageGetOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "provenance.get",
        path: "/v1/op/provenance.get",
        scope: ::std::option::Option::Some("provenance:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "",
    };
}
/// The request body of `provenance.get`.
pub type Body = crate::types::LineageGetInput;
/// The success result of `provenance.get`.
pub type Output = crate::types::LineageGetOutput;
///
/// `POST /v1/op/provenance.get` · scope `provenance:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProvenanceGet>(body).send().await
}
///
/// `POST /v1/op/provenance.get` · scope `provenance:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProvenanceGet>(body).send_detailed().await
}
///
/// `POST /v1/op/provenance.get` · scope `provenance:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProvenanceGet>(body).send_blocking()
}
///
/// `POST /v1/op/provenance.get` · scope `provenance:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProvenanceGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProvenanceGet> {
    client.request::<ProvenanceGet>(body)
}
