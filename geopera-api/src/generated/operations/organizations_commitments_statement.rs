// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Monthly enterprise statement: all activity (commitment lines flagged) + burn-down + settlement reconciliation.
//!
//! `POST /v1/op/organizations.commitments.statement` · scope `billing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `organizations.commitments.statement` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrganizationsCommitmentsStatement;
impl crate::Operation for OrganizationsCommitmentsStatement {
    type Body = crate::types::StatementInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "organizations.commitments.statement",
        path: "/v1/op/organizations.commitments.statement",
        scope: ::std::option::Option::Some("billing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Monthly enterprise statement: all activity (commitment lines flagged) + burn-down + settlement reconciliation.",
    };
}
/// The request body of `organizations.commitments.statement`.
pub type Body = crate::types::StatementInput;
/// The success result of `organizations.commitments.statement`.
pub type Output = ::serde_json::Value;
/// Monthly enterprise statement: all activity (commitment lines flagged) + burn-down + settlement reconciliation.
///
/// `POST /v1/op/organizations.commitments.statement` · scope `billing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrganizationsCommitmentsStatement>(body).send().await
}
/// Monthly enterprise statement: all activity (commitment lines flagged) + burn-down + settlement reconciliation.
///
/// `POST /v1/op/organizations.commitments.statement` · scope `billing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrganizationsCommitmentsStatement>(body).send_detailed().await
}
/// Monthly enterprise statement: all activity (commitment lines flagged) + burn-down + settlement reconciliation.
///
/// `POST /v1/op/organizations.commitments.statement` · scope `billing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrganizationsCommitmentsStatement>(body).send_blocking()
}
/// Monthly enterprise statement: all activity (commitment lines flagged) + burn-down + settlement reconciliation.
///
/// `POST /v1/op/organizations.commitments.statement` · scope `billing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrganizationsCommitmentsStatement>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrganizationsCommitmentsStatement> {
    client.request::<OrganizationsCommitmentsStatement>(body)
}
