// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get one process description (public).
//!
//! `POST /v1/op/processing.catalog.get` · scope `processing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.catalog.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingCatalogGet;
impl crate::Operation for ProcessingCatalogGet {
    type Body = crate::types::ProcessGetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.catalog.get",
        path: "/v1/op/processing.catalog.get",
        scope: ::std::option::Option::Some("processing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get one process description (public).",
    };
}
/// The request body of `processing.catalog.get`.
pub type Body = crate::types::ProcessGetInput;
/// The success result of `processing.catalog.get`.
pub type Output = ::serde_json::Value;
/// Get one process description (public).
///
/// `POST /v1/op/processing.catalog.get` · scope `processing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingCatalogGet>(body).send().await
}
/// Get one process description (public).
///
/// `POST /v1/op/processing.catalog.get` · scope `processing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingCatalogGet>(body).send_detailed().await
}
/// Get one process description (public).
///
/// `POST /v1/op/processing.catalog.get` · scope `processing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingCatalogGet>(body).send_blocking()
}
/// Get one process description (public).
///
/// `POST /v1/op/processing.catalog.get` · scope `processing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingCatalogGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingCatalogGet> {
    client.request::<ProcessingCatalogGet>(body)
}
