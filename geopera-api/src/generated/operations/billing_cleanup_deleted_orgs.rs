// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Purge data for organizations past their deletion date (cron, DESTRUCTIVE).
//!
//! `POST /v1/op/billing.cleanup_deleted_orgs` · scope `admin:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.cleanup_deleted_orgs` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingCleanupDeletedOrgs;
impl crate::Operation for BillingCleanupDeletedOrgs {
    type Body = crate::types::Empty;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.cleanup_deleted_orgs",
        path: "/v1/op/billing.cleanup_deleted_orgs",
        scope: ::std::option::Option::Some("admin:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Purge data for organizations past their deletion date (cron, DESTRUCTIVE).",
    };
}
/// The request body of `billing.cleanup_deleted_orgs`.
pub type Body = crate::types::Empty;
/// The success result of `billing.cleanup_deleted_orgs`.
pub type Output = ::serde_json::Value;
/// Purge data for organizations past their deletion date (cron, DESTRUCTIVE).
///
/// `POST /v1/op/billing.cleanup_deleted_orgs` · scope `admin:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingCleanupDeletedOrgs>(body).send().await
}
/// Purge data for organizations past their deletion date (cron, DESTRUCTIVE).
///
/// `POST /v1/op/billing.cleanup_deleted_orgs` · scope `admin:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingCleanupDeletedOrgs>(body).send_detailed().await
}
/// Purge data for organizations past their deletion date (cron, DESTRUCTIVE).
///
/// `POST /v1/op/billing.cleanup_deleted_orgs` · scope `admin:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingCleanupDeletedOrgs>(body).send_blocking()
}
/// Purge data for organizations past their deletion date (cron, DESTRUCTIVE).
///
/// `POST /v1/op/billing.cleanup_deleted_orgs` · scope `admin:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingCleanupDeletedOrgs>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingCleanupDeletedOrgs> {
    client.request::<BillingCleanupDeletedOrgs>(body)
}
