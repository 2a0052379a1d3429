// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Permanently delete a workspace and all its data (project admin/owner).
//!
//! `POST /v1/op/projects.delete` · scope `projects:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `projects.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProjectsDelete;
impl crate::Operation for ProjectsDelete {
    type Body = crate::types::ProjectDeleteInput;
    type Output = crate::types::ProjectDeleteOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "projects.delete",
        path: "/v1/op/projects.delete",
        scope: ::std::option::Option::Some("projects:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Permanently delete a workspace and all its data (project admin/owner).",
    };
}
/// The request body of `projects.delete`.
pub type Body = crate::types::ProjectDeleteInput;
/// The success result of `projects.delete`.
pub type Output = crate::types::ProjectDeleteOutput;
/// Permanently delete a workspace and all its data (project admin/owner).
///
/// `POST /v1/op/projects.delete` · scope `projects:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsDelete>(body).send().await
}
/// Permanently delete a workspace and all its data (project admin/owner).
///
/// `POST /v1/op/projects.delete` · scope `projects:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsDelete>(body).send_detailed().await
}
/// Permanently delete a workspace and all its data (project admin/owner).
///
/// `POST /v1/op/projects.delete` · scope `projects:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsDelete>(body).send_blocking()
}
/// Permanently delete a workspace and all its data (project admin/owner).
///
/// `POST /v1/op/projects.delete` · scope `projects:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProjectsDelete> {
    client.request::<ProjectsDelete>(body)
}
