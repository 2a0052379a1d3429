// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Start saving a card to the org (off-session) — returns the Airwallex client_secret + env.
//!
//! `POST /v1/op/payment_methods.create_setup_intent` · scope `billing:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `payment_methods.create_setup_intent` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PaymentMethodsCreateSetupIntent;
impl crate::Operation for PaymentMethodsCreateSetupIntent {
    type Body = crate::types::SetupIntentInput;
    type Output = crate::types::SetupIntentOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "payment_methods.create_setup_intent",
        path: "/v1/op/payment_methods.create_setup_intent",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Start saving a card to the org (off-session) — returns the Airwallex client_secret + env.",
    };
}
/// The request body of `payment_methods.create_setup_intent`.
pub type Body = crate::types::SetupIntentInput;
/// The success result of `payment_methods.create_setup_intent`.
pub type Output = crate::types::SetupIntentOutput;
/// Start saving a card to the org (off-session) — returns the Airwallex client_secret + env.
///
/// `POST /v1/op/payment_methods.create_setup_intent` · scope `billing:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<PaymentMethodsCreateSetupIntent>(body).send().await
}
/// Start saving a card to the org (off-session) — returns the Airwallex client_secret + env.
///
/// `POST /v1/op/payment_methods.create_setup_intent` · scope `billing:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<PaymentMethodsCreateSetupIntent>(body).send_detailed().await
}
/// Start saving a card to the org (off-session) — returns the Airwallex client_secret + env.
///
/// `POST /v1/op/payment_methods.create_setup_intent` · scope `billing:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<PaymentMethodsCreateSetupIntent>(body).send_blocking()
}
/// Start saving a card to the org (off-session) — returns the Airwallex client_secret + env.
///
/// `POST /v1/op/payment_methods.create_setup_intent` · scope `billing:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<PaymentMethodsCreateSetupIntent>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, PaymentMethodsCreateSetupIntent> {
    client.request::<PaymentMethodsCreateSetupIntent>(body)
}
