// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Persist a saved card (Airwallex Payment Consent) for the org.
//!
//! `POST /v1/op/payment_methods.attach` · scope `billing:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `payment_methods.attach` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PaymentMethodsAttach;
impl crate::Operation for PaymentMethodsAttach {
    type Body = crate::types::AttachInput;
    type Output = crate::types::PaymentMethodOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "payment_methods.attach",
        path: "/v1/op/payment_methods.attach",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Persist a saved card (Airwallex Payment Consent) for the org.",
    };
}
/// The request body of `payment_methods.attach`.
pub type Body = crate::types::AttachInput;
/// The success result of `payment_methods.attach`.
pub type Output = crate::types::PaymentMethodOutput;
/// Persist a saved card (Airwallex Payment Consent) for the org.
///
/// `POST /v1/op/payment_methods.attach` · scope `billing:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<PaymentMethodsAttach>(body).send().await
}
/// Persist a saved card (Airwallex Payment Consent) for the org.
///
/// `POST /v1/op/payment_methods.attach` · scope `billing:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<PaymentMethodsAttach>(body).send_detailed().await
}
/// Persist a saved card (Airwallex Payment Consent) for the org.
///
/// `POST /v1/op/payment_methods.attach` · scope `billing:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<PaymentMethodsAttach>(body).send_blocking()
}
/// Persist a saved card (Airwallex Payment Consent) for the org.
///
/// `POST /v1/op/payment_methods.attach` · scope `billing:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<PaymentMethodsAttach>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, PaymentMethodsAttach> {
    client.request::<PaymentMethodsAttach>(body)
}
