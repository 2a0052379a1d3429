// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Make a saved payment method the org's default (used by off-session charges).
//!
//! `POST /v1/op/payment_methods.set_default` · scope `billing:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `payment_methods.set_default` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PaymentMethodsSetDefault;
impl crate::Operation for PaymentMethodsSetDefault {
    type Body = crate::types::SetDefaultInput;
    type Output = crate::types::PaymentMethodOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "payment_methods.set_default",
        path: "/v1/op/payment_methods.set_default",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Make a saved payment method the org's default (used by off-session charges).",
    };
}
/// The request body of `payment_methods.set_default`.
pub type Body = crate::types::SetDefaultInput;
/// The success result of `payment_methods.set_default`.
pub type Output = crate::types::PaymentMethodOutput;
/// Make a saved payment method the org's default (used by off-session charges).
///
/// `POST /v1/op/payment_methods.set_default` · scope `billing:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<PaymentMethodsSetDefault>(body).send().await
}
/// Make a saved payment method the org's default (used by off-session charges).
///
/// `POST /v1/op/payment_methods.set_default` · scope `billing:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<PaymentMethodsSetDefault>(body).send_detailed().await
}
/// Make a saved payment method the org's default (used by off-session charges).
///
/// `POST /v1/op/payment_methods.set_default` · scope `billing:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<PaymentMethodsSetDefault>(body).send_blocking()
}
/// Make a saved payment method the org's default (used by off-session charges).
///
/// `POST /v1/op/payment_methods.set_default` · scope `billing:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<PaymentMethodsSetDefault>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, PaymentMethodsSetDefault> {
    client.request::<PaymentMethodsSetDefault>(body)
}
