// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List an organization's API keys (metadata only — never the secret).
//!
//! `POST /v1/op/api_keys.list` · scope `api_keys:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `api_keys.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ApiKeysList;
impl crate::Operation for ApiKeysList {
    type Body = crate::types::ApiKeyListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "api_keys.list",
        path: "/v1/op/api_keys.list",
        scope: ::std::option::Option::Some("api_keys:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List an organization's API keys (metadata only — never the secret).",
    };
}
/// The request body of `api_keys.list`.
pub type Body = crate::types::ApiKeyListInput;
/// The success result of `api_keys.list`.
pub type Output = ::serde_json::Value;
/// List an organization's API keys (metadata only — never the secret).
///
/// `POST /v1/op/api_keys.list` · scope `api_keys:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ApiKeysList>(body).send().await
}
/// List an organization's API keys (metadata only — never the secret).
///
/// `POST /v1/op/api_keys.list` · scope `api_keys:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ApiKeysList>(body).send_detailed().await
}
/// List an organization's API keys (metadata only — never the secret).
///
/// `POST /v1/op/api_keys.list` · scope `api_keys:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ApiKeysList>(body).send_blocking()
}
/// List an organization's API keys (metadata only — never the secret).
///
/// `POST /v1/op/api_keys.list` · scope `api_keys:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ApiKeysList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, ApiKeysList> {
    client.request::<ApiKeysList>(body)
}
