// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Soft-delete a tasking template (org-scoped).
//!
//! `POST /v1/op/orders.tasking.templates.delete` · scope `orders:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.templates.delete` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingTemplatesDelete;
impl crate::Operation for OrdersTaskingTemplatesDelete {
    type Body = crate::types::TemplateDeleteInput;
    type Output = crate::types::TemplateDeleteOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.templates.delete",
        path: "/v1/op/orders.tasking.templates.delete",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Soft-delete a tasking template (org-scoped).",
    };
}
/// The request body of `orders.tasking.templates.delete`.
pub type Body = crate::types::TemplateDeleteInput;
/// The success result of `orders.tasking.templates.delete`.
pub type Output = crate::types::TemplateDeleteOutput;
/// Soft-delete a tasking template (org-scoped).
///
/// `POST /v1/op/orders.tasking.templates.delete` · scope `orders:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingTemplatesDelete>(body).send().await
}
/// Soft-delete a tasking template (org-scoped).
///
/// `POST /v1/op/orders.tasking.templates.delete` · scope `orders:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingTemplatesDelete>(body).send_detailed().await
}
/// Soft-delete a tasking template (org-scoped).
///
/// `POST /v1/op/orders.tasking.templates.delete` · scope `orders:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingTemplatesDelete>(body).send_blocking()
}
/// Soft-delete a tasking template (org-scoped).
///
/// `POST /v1/op/orders.tasking.templates.delete` · scope `orders:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingTemplatesDelete>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingTemplatesDelete> {
    client.request::<OrdersTaskingTemplatesDelete>(body)
}
