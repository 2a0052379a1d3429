// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Add a member to a workspace (project admin/owner).
//!
//! `POST /v1/op/projects.add_member` · scope `projects:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `projects.add_member` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProjectsAddMember;
impl crate::Operation for ProjectsAddMember {
    type Body = crate::types::AddMemberInput;
    type Output = crate::types::MemberOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "projects.add_member",
        path: "/v1/op/projects.add_member",
        scope: ::std::option::Option::Some("projects:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Add a member to a workspace (project admin/owner).",
    };
}
/// The request body of `projects.add_member`.
pub type Body = crate::types::AddMemberInput;
/// The success result of `projects.add_member`.
pub type Output = crate::types::MemberOutput;
/// Add a member to a workspace (project admin/owner).
///
/// `POST /v1/op/projects.add_member` · scope `projects:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsAddMember>(body).send().await
}
/// Add a member to a workspace (project admin/owner).
///
/// `POST /v1/op/projects.add_member` · scope `projects:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsAddMember>(body).send_detailed().await
}
/// Add a member to a workspace (project admin/owner).
///
/// `POST /v1/op/projects.add_member` · scope `projects:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsAddMember>(body).send_blocking()
}
/// Add a member to a workspace (project admin/owner).
///
/// `POST /v1/op/projects.add_member` · scope `projects:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsAddMember>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProjectsAddMember> {
    client.request::<ProjectsAddMember>(body)
}
