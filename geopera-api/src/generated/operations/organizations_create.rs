// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Create an organization and enroll the caller as its owner (self-serve onboarding).
//!
//! `POST /v1/op/organizations.create` · scope `organizations:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `organizations.create` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrganizationsCreate;
impl crate::Operation for OrganizationsCreate {
    type Body = crate::types::OrganizationCreateInput;
    type Output = crate::types::OrganizationCreateOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "organizations.create",
        path: "/v1/op/organizations.create",
        scope: ::std::option::Option::Some("organizations:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Create an organization and enroll the caller as its owner (self-serve onboarding).",
    };
}
/// The request body of `organizations.create`.
pub type Body = crate::types::OrganizationCreateInput;
/// The success result of `organizations.create`.
pub type Output = crate::types::OrganizationCreateOutput;
/// Create an organization and enroll the caller as its owner (self-serve onboarding).
///
/// `POST /v1/op/organizations.create` · scope `organizations:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrganizationsCreate>(body).send().await
}
/// Create an organization and enroll the caller as its owner (self-serve onboarding).
///
/// `POST /v1/op/organizations.create` · scope `organizations:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrganizationsCreate>(body).send_detailed().await
}
/// Create an organization and enroll the caller as its owner (self-serve onboarding).
///
/// `POST /v1/op/organizations.create` · scope `organizations:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrganizationsCreate>(body).send_blocking()
}
/// Create an organization and enroll the caller as its owner (self-serve onboarding).
///
/// `POST /v1/op/organizations.create` · scope `organizations:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrganizationsCreate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrganizationsCreate> {
    client.request::<OrganizationsCreate>(body)
}
