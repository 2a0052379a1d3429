// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Update a workspace's metadata (project admin/owner).
//!
//! `POST /v1/op/projects.update` · scope `projects:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `projects.update` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProjectsUpdate;
impl crate::Operation for ProjectsUpdate {
    type Body = crate::types::ProjectUpdateInput;
    type Output = crate::types::ProjectResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "projects.update",
        path: "/v1/op/projects.update",
        scope: ::std::option::Option::Some("projects:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Update a workspace's metadata (project admin/owner).",
    };
}
/// The request body of `projects.update`.
pub type Body = crate::types::ProjectUpdateInput;
/// The success result of `projects.update`.
pub type Output = crate::types::ProjectResponse;
/// Update a workspace's metadata (project admin/owner).
///
/// `POST /v1/op/projects.update` · scope `projects:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsUpdate>(body).send().await
}
/// Update a workspace's metadata (project admin/owner).
///
/// `POST /v1/op/projects.update` · scope `projects:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsUpdate>(body).send_detailed().await
}
/// Update a workspace's metadata (project admin/owner).
///
/// `POST /v1/op/projects.update` · scope `projects:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsUpdate>(body).send_blocking()
}
/// Update a workspace's metadata (project admin/owner).
///
/// `POST /v1/op/projects.update` · scope `projects:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsUpdate>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProjectsUpdate> {
    client.request::<ProjectsUpdate>(body)
}
