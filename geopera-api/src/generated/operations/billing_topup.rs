// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Invoke Billing Topup
//!
//! Off-session card charge → credits.
//!
//! `POST /v1/op/billing.topup` · scope `billing:write` · success `201`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.topup` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingTopup;
impl crate::Operation for BillingTopup {
    type Body = ::std::option::Option<crate::JsonObject>;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.topup",
        path: "/v1/op/billing.topup",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 201u16,
        body_required: false,
        requires_auth: true,
        header_params: &["Idempotency-Key", "x-api-key"],
        accepts_idempotency_key: true,
        paging: ::std::option::Option::None,
        summary: "Invoke Billing Topup",
    };
}
/// The request body of `billing.topup`: an optional JSON object (`None` sends no body).
pub type Body = ::std::option::Option<crate::JsonObject>;
/// The success result of `billing.topup`.
pub type Output = ::serde_json::Value;
/// Invoke Billing Topup
///
/// Off-session card charge → credits.
///
/// `POST /v1/op/billing.topup` · scope `billing:write` · success `201`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingTopup>(body).send().await
}
/// Invoke Billing Topup
///
/// Off-session card charge → credits.
///
/// `POST /v1/op/billing.topup` · scope `billing:write` · success `201`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingTopup>(body).send_detailed().await
}
/// Invoke Billing Topup
///
/// Off-session card charge → credits.
///
/// `POST /v1/op/billing.topup` · scope `billing:write` · success `201`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingTopup>(body).send_blocking()
}
/// Invoke Billing Topup
///
/// Off-session card charge → credits.
///
/// `POST /v1/op/billing.topup` · scope `billing:write` · success `201`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingTopup>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, BillingTopup> {
    client.request::<BillingTopup>(body)
}
