// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Revoke an organization API key.
//!
//! `POST /v1/op/api_keys.revoke` · scope `api_keys:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `api_keys.revoke` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ApiKeysRevoke;
impl crate::Operation for ApiKeysRevoke {
    type Body = crate::types::ApiKeyRevokeInput;
    type Output = crate::types::ApiKeyRevokeOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "api_keys.revoke",
        path: "/v1/op/api_keys.revoke",
        scope: ::std::option::Option::Some("api_keys:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Revoke an organization API key.",
    };
}
/// The request body of `api_keys.revoke`.
pub type Body = crate::types::ApiKeyRevokeInput;
/// The success result of `api_keys.revoke`.
pub type Output = crate::types::ApiKeyRevokeOutput;
/// Revoke an organization API key.
///
/// `POST /v1/op/api_keys.revoke` · scope `api_keys:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ApiKeysRevoke>(body).send().await
}
/// Revoke an organization API key.
///
/// `POST /v1/op/api_keys.revoke` · scope `api_keys:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ApiKeysRevoke>(body).send_detailed().await
}
/// Revoke an organization API key.
///
/// `POST /v1/op/api_keys.revoke` · scope `api_keys:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ApiKeysRevoke>(body).send_blocking()
}
/// Revoke an organization API key.
///
/// `POST /v1/op/api_keys.revoke` · scope `api_keys:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ApiKeysRevoke>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ApiKeysRevoke> {
    client.request::<ApiKeysRevoke>(body)
}
