// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! An org's billing status + current usage (org membership required).
//!
//! `POST /v1/op/billing.status.get` · scope `billing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.status.get` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingStatusGet;
impl crate::Operation for BillingStatusGet {
    type Body = crate::types::OrgStatusInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.status.get",
        path: "/v1/op/billing.status.get",
        scope: ::std::option::Option::Some("billing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "An org's billing status + current usage (org membership required).",
    };
}
/// The request body of `billing.status.get`.
pub type Body = crate::types::OrgStatusInput;
/// The success result of `billing.status.get`.
pub type Output = ::serde_json::Value;
/// An org's billing status + current usage (org membership required).
///
/// `POST /v1/op/billing.status.get` · scope `billing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingStatusGet>(body).send().await
}
/// An org's billing status + current usage (org membership required).
///
/// `POST /v1/op/billing.status.get` · scope `billing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingStatusGet>(body).send_detailed().await
}
/// An org's billing status + current usage (org membership required).
///
/// `POST /v1/op/billing.status.get` · scope `billing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingStatusGet>(body).send_blocking()
}
/// An org's billing status + current usage (org membership required).
///
/// `POST /v1/op/billing.status.get` · scope `billing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingStatusGet>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingStatusGet> {
    client.request::<BillingStatusGet>(body)
}
