// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List organizations pending deletion (system admin).
//!
//! `POST /v1/op/billing.deletions.pending` · scope `admin:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.deletions.pending` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingDeletionsPending;
impl crate::Operation for BillingDeletionsPending {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.deletions.pending",
        path: "/v1/op/billing.deletions.pending",
        scope: ::std::option::Option::Some("admin:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List organizations pending deletion (system admin).",
    };
}
/// The request body of `billing.deletions.pending`.
pub type Body = crate::types::Empty;
/// The success result of `billing.deletions.pending`.
pub type Output = ::serde_json::Value;
/// List organizations pending deletion (system admin).
///
/// `POST /v1/op/billing.deletions.pending` · scope `admin:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingDeletionsPending>(body).send().await
}
/// List organizations pending deletion (system admin).
///
/// `POST /v1/op/billing.deletions.pending` · scope `admin:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingDeletionsPending>(body).send_detailed().await
}
/// List organizations pending deletion (system admin).
///
/// `POST /v1/op/billing.deletions.pending` · scope `admin:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingDeletionsPending>(body).send_blocking()
}
/// List organizations pending deletion (system admin).
///
/// `POST /v1/op/billing.deletions.pending` · scope `admin:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingDeletionsPending>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingDeletionsPending> {
    client.request::<BillingDeletionsPending>(body)
}
