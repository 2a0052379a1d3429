// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Configure automatic top-up (requires a default card when enabling).
//!
//! `POST /v1/op/billing.set_auto_topup` · scope `billing:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.set_auto_topup` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingSetAutoTopup;
impl crate::Operation for BillingSetAutoTopup {
    type Body = crate::types::SetAutoTopupInput;
    type Output = crate::types::SetAutoTopupOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.set_auto_topup",
        path: "/v1/op/billing.set_auto_topup",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Configure automatic top-up (requires a default card when enabling).",
    };
}
/// The request body of `billing.set_auto_topup`.
pub type Body = crate::types::SetAutoTopupInput;
/// The success result of `billing.set_auto_topup`.
pub type Output = crate::types::SetAutoTopupOutput;
/// Configure automatic top-up (requires a default card when enabling).
///
/// `POST /v1/op/billing.set_auto_topup` · scope `billing:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingSetAutoTopup>(body).send().await
}
/// Configure automatic top-up (requires a default card when enabling).
///
/// `POST /v1/op/billing.set_auto_topup` · scope `billing:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingSetAutoTopup>(body).send_detailed().await
}
/// Configure automatic top-up (requires a default card when enabling).
///
/// `POST /v1/op/billing.set_auto_topup` · scope `billing:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingSetAutoTopup>(body).send_blocking()
}
/// Configure automatic top-up (requires a default card when enabling).
///
/// `POST /v1/op/billing.set_auto_topup` · scope `billing:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingSetAutoTopup>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingSetAutoTopup> {
    client.request::<BillingSetAutoTopup>(body)
}
