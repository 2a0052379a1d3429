// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Record an organization's acceptance of a EULA document (idempotent).
//!
//! `POST /v1/op/eulas.document.accept` · scope `eulas:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `eulas.document.accept` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EulasDocumentAccept;
impl crate::Operation for EulasDocumentAccept {
    type Body = crate::types::EulaAcceptInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "eulas.document.accept",
        path: "/v1/op/eulas.document.accept",
        scope: ::std::option::Option::Some("eulas:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Record an organization's acceptance of a EULA document (idempotent).",
    };
}
/// The request body of `eulas.document.accept`.
pub type Body = crate::types::EulaAcceptInput;
/// The success result of `eulas.document.accept`.
pub type Output = ::serde_json::Value;
/// Record an organization's acceptance of a EULA document (idempotent).
///
/// `POST /v1/op/eulas.document.accept` · scope `eulas:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EulasDocumentAccept>(body).send().await
}
/// Record an organization's acceptance of a EULA document (idempotent).
///
/// `POST /v1/op/eulas.document.accept` · scope `eulas:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EulasDocumentAccept>(body).send_detailed().await
}
/// Record an organization's acceptance of a EULA document (idempotent).
///
/// `POST /v1/op/eulas.document.accept` · scope `eulas:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EulasDocumentAccept>(body).send_blocking()
}
/// Record an organization's acceptance of a EULA document (idempotent).
///
/// `POST /v1/op/eulas.document.accept` · scope `eulas:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EulasDocumentAccept>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, EulasDocumentAccept> {
    client.request::<EulasDocumentAccept>(body)
}
