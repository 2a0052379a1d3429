// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Detach (remove) a saved payment method from the org.
//!
//! `POST /v1/op/payment_methods.detach` · scope `billing:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `payment_methods.detach` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PaymentMethodsDetach;
impl crate::Operation for PaymentMethodsDetach {
    type Body = crate::types::DetachInput;
    type Output = crate::types::DetachOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "payment_methods.detach",
        path: "/v1/op/payment_methods.detach",
        scope: ::std::option::Option::Some("billing:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Detach (remove) a saved payment method from the org.",
    };
}
/// The request body of `payment_methods.detach`.
pub type Body = crate::types::DetachInput;
/// The success result of `payment_methods.detach`.
pub type Output = crate::types::DetachOutput;
/// Detach (remove) a saved payment method from the org.
///
/// `POST /v1/op/payment_methods.detach` · scope `billing:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<PaymentMethodsDetach>(body).send().await
}
/// Detach (remove) a saved payment method from the org.
///
/// `POST /v1/op/payment_methods.detach` · scope `billing:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<PaymentMethodsDetach>(body).send_detailed().await
}
/// Detach (remove) a saved payment method from the org.
///
/// `POST /v1/op/payment_methods.detach` · scope `billing:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<PaymentMethodsDetach>(body).send_blocking()
}
/// Detach (remove) a saved payment method from the org.
///
/// `POST /v1/op/payment_methods.detach` · scope `billing:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<PaymentMethodsDetach>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, PaymentMethodsDetach> {
    client.request::<PaymentMethodsDetach>(body)
}
