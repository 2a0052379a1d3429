// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Save a reusable tasking acquisition template for the caller's organization.
//!
//! `POST /v1/op/orders.tasking.templates.save` · scope `orders:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.templates.save` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingTemplatesSave;
impl crate::Operation for OrdersTaskingTemplatesSave {
    type Body = crate::types::TemplateSaveInput;
    type Output = crate::types::TemplateSaveOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.templates.save",
        path: "/v1/op/orders.tasking.templates.save",
        scope: ::std::option::Option::Some("orders:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Save a reusable tasking acquisition template for the caller's organization.",
    };
}
/// The request body of `orders.tasking.templates.save`.
pub type Body = crate::types::TemplateSaveInput;
/// The success result of `orders.tasking.templates.save`.
pub type Output = crate::types::TemplateSaveOutput;
/// Save a reusable tasking acquisition template for the caller's organization.
///
/// `POST /v1/op/orders.tasking.templates.save` · scope `orders:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingTemplatesSave>(body).send().await
}
/// Save a reusable tasking acquisition template for the caller's organization.
///
/// `POST /v1/op/orders.tasking.templates.save` · scope `orders:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingTemplatesSave>(body).send_detailed().await
}
/// Save a reusable tasking acquisition template for the caller's organization.
///
/// `POST /v1/op/orders.tasking.templates.save` · scope `orders:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingTemplatesSave>(body).send_blocking()
}
/// Save a reusable tasking acquisition template for the caller's organization.
///
/// `POST /v1/op/orders.tasking.templates.save` · scope `orders:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingTemplatesSave>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingTemplatesSave> {
    client.request::<OrdersTaskingTemplatesSave>(body)
}
