// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Create a workspace in the caller's organization.
//!
//! `POST /v1/op/projects.create` · scope `projects:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `projects.create` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProjectsCreate;
impl crate::Operation for ProjectsCreate {
    type Body = crate::types::ProjectCreate;
    type Output = crate::types::ProjectResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "projects.create",
        path: "/v1/op/projects.create",
        scope: ::std::option::Option::Some("projects:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Create a workspace in the caller's organization.",
    };
}
/// The request body of `projects.create`.
pub type Body = crate::types::ProjectCreate;
/// The success result of `projects.create`.
pub type Output = crate::types::ProjectResponse;
/// Create a workspace in the caller's organization.
///
/// `POST /v1/op/projects.create` · scope `projects:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsCreate>(body).send().await
}
/// Create a workspace in the caller's organization.
///
/// `POST /v1/op/projects.create` · scope `projects:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsCreate>(body).send_detailed().await
}
/// Create a workspace in the caller's organization.
///
/// `POST /v1/op/projects.create` · scope `projects:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsCreate>(body).send_blocking()
}
/// Create a workspace in the caller's organization.
///
/// `POST /v1/op/projects.create` · scope `projects:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsCreate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProjectsCreate> {
    client.request::<ProjectsCreate>(body)
}
