// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Change a member's role in a workspace (project admin/owner).
//!
//! `POST /v1/op/projects.update_member` · scope `projects:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `projects.update_member` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProjectsUpdateMember;
impl crate::Operation for ProjectsUpdateMember {
    type Body = crate::types::UpdateMemberInput;
    type Output = crate::types::MemberOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "projects.update_member",
        path: "/v1/op/projects.update_member",
        scope: ::std::option::Option::Some("projects:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Change a member's role in a workspace (project admin/owner).",
    };
}
/// The request body of `projects.update_member`.
pub type Body = crate::types::UpdateMemberInput;
/// The success result of `projects.update_member`.
pub type Output = crate::types::MemberOutput;
/// Change a member's role in a workspace (project admin/owner).
///
/// `POST /v1/op/projects.update_member` · scope `projects:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsUpdateMember>(body).send().await
}
/// Change a member's role in a workspace (project admin/owner).
///
/// `POST /v1/op/projects.update_member` · scope `projects:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsUpdateMember>(body).send_detailed().await
}
/// Change a member's role in a workspace (project admin/owner).
///
/// `POST /v1/op/projects.update_member` · scope `projects:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProjectsUpdateMember>(body).send_blocking()
}
/// Change a member's role in a workspace (project admin/owner).
///
/// `POST /v1/op/projects.update_member` · scope `projects:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProjectsUpdateMember>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProjectsUpdateMember> {
    client.request::<ProjectsUpdateMember>(body)
}
