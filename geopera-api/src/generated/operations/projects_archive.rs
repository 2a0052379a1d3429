// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Archive a workspace, hiding it from the default list (project admin/owner).
//!
//! `POST /v1/op/projects.archive` · scope `projects:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `projects.archive` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProjectsArchive;
impl crate::Operation for ProjectsArchive {
    type Body = crate::types::ProjectArchiveInput;
    type Output = crate::types::ProjectResponse;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "projects.archive",
        path: "/v1/op/projects.archive",
        scope: ::std::option::Option::Some("projects:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Archive a workspace, hiding it from the default list (project admin/owner).",
    };
}
/// The request body of `projects.archive`.
pub type Body = crate::types::ProjectArchiveInput;
/// The success result of `projects.archive`.
pub type Output = crate::types::ProjectResponse;
/// Archive a workspace, hiding it from the default list (project admin/owner).
///
/// `POST /v1/op/projects.archive` · scope `projects:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsArchive>(body).send().await
}
/// Archive a workspace, hiding it from the default list (project admin/owner).
///
/// `POST /v1/op/projects.archive` · scope `projects:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsArchive>(body).send_detailed().await
}
/// Archive a workspace, hiding it from the default list (project admin/owner).
///
/// `POST /v1/op/projects.archive` · scope `projects:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsArchive>(body).send_blocking()
}
/// Archive a workspace, hiding it from the default list (project admin/owner).
///
/// `POST /v1/op/projects.archive` · scope `projects:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsArchive>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProjectsArchive> {
    client.request::<ProjectsArchive>(body)
}
