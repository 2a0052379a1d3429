// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Get a single catalog provider by name.
//!
//! `POST /v1/op/glossary.providers.get` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `glossary.providers.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GlossaryProvidersGet;
impl crate::Operation for GlossaryProvidersGet {
    type Body = crate::types::ProviderGetInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "glossary.providers.get",
        path: "/v1/op/glossary.providers.get",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Get a single catalog provider by name.",
    };
}
/// The request body of `glossary.providers.get`.
pub type Body = crate::types::ProviderGetInput;
/// The success result of `glossary.providers.get`.
pub type Output = ::serde_json::Value;
/// Get a single catalog provider by name.
///
/// `POST /v1/op/glossary.providers.get` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<GlossaryProvidersGet>(body).send().await
}
/// Get a single catalog provider by name.
///
/// `POST /v1/op/glossary.providers.get` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<GlossaryProvidersGet>(body).send_detailed().await
}
/// Get a single catalog provider by name.
///
/// `POST /v1/op/glossary.providers.get` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<GlossaryProvidersGet>(body).send_blocking()
}
/// Get a single catalog provider by name.
///
/// `POST /v1/op/glossary.providers.get` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<GlossaryProvidersGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, GlossaryProvidersGet> {
    client.request::<GlossaryProvidersGet>(body)
}
