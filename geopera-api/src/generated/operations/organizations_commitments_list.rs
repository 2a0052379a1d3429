// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List the org's minimum commitments with server-computed burn-down + take-or-pay.
//!
//! `POST /v1/op/organizations.commitments.list` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `organizations.commitments.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrganizationsCommitmentsList;
impl crate::Operation for OrganizationsCommitmentsList {
    type Body = crate::types::CommitmentsListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "organizations.commitments.list",
        path: "/v1/op/organizations.commitments.list",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List the org's minimum commitments with server-computed burn-down + take-or-pay.",
    };
}
/// The request body of `organizations.commitments.list`.
pub type Body = crate::types::CommitmentsListInput;
/// The success result of `organizations.commitments.list`.
pub type Output = ::serde_json::Value;
/// List the org's minimum commitments with server-computed burn-down + take-or-pay.
///
/// `POST /v1/op/organizations.commitments.list` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrganizationsCommitmentsList>(body).send().await
}
/// List the org's minimum commitments with server-computed burn-down + take-or-pay.
///
/// `POST /v1/op/organizations.commitments.list` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrganizationsCommitmentsList>(body).send_detailed().await
}
/// List the org's minimum commitments with server-computed burn-down + take-or-pay.
///
/// `POST /v1/op/organizations.commitments.list` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrganizationsCommitmentsList>(body).send_blocking()
}
/// List the org's minimum commitments with server-computed burn-down + take-or-pay.
///
/// `POST /v1/op/organizations.commitments.list` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrganizationsCommitmentsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrganizationsCommitmentsList> {
    client.request::<OrganizationsCommitmentsList>(body)
}
