// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Estimate the cost of running a process with the given inputs.
//!
//! `POST /v1/op/processing.catalog.estimate` · scope `processing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.catalog.estimate` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingCatalogEstimate;
impl crate::Operation for ProcessingCatalogEstimate {
    type Body = crate::types::ProcessRunInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.catalog.estimate",
        path: "/v1/op/processing.catalog.estimate",
        scope: ::std::option::Option::Some("processing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Estimate the cost of running a process with the given inputs.",
    };
}
/// The request body of `processing.catalog.estimate`.
pub type Body = crate::types::ProcessRunInput;
/// The success result of `processing.catalog.estimate`.
pub type Output = ::serde_json::Value;
/// Estimate the cost of running a process with the given inputs.
///
/// `POST /v1/op/processing.catalog.estimate` · scope `processing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingCatalogEstimate>(body).send().await
}
/// Estimate the cost of running a process with the given inputs.
///
/// `POST /v1/op/processing.catalog.estimate` · scope `processing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingCatalogEstimate>(body).send_detailed().await
}
/// Estimate the cost of running a process with the given inputs.
///
/// `POST /v1/op/processing.catalog.estimate` · scope `processing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingCatalogEstimate>(body).send_blocking()
}
/// Estimate the cost of running a process with the given inputs.
///
/// `POST /v1/op/processing.catalog.estimate` · scope `processing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingCatalogEstimate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingCatalogEstimate> {
    client.request::<ProcessingCatalogEstimate>(body)
}
