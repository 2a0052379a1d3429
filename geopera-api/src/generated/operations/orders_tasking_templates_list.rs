// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List the caller organization's active tasking templates.
//!
//! `POST /v1/op/orders.tasking.templates.list` · scope `orders:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.templates.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingTemplatesList;
impl crate::Operation for OrdersTaskingTemplatesList {
    type Body = crate::types::TemplateListInput;
    type Output = crate::types::TemplateListOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.templates.list",
        path: "/v1/op/orders.tasking.templates.list",
        scope: ::std::option::Option::Some("orders:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List the caller organization's active tasking templates.",
    };
}
/// The request body of `orders.tasking.templates.list`.
pub type Body = crate::types::TemplateListInput;
/// The success result of `orders.tasking.templates.list`.
pub type Output = crate::types::TemplateListOutput;
/// List the caller organization's active tasking templates.
///
/// `POST /v1/op/orders.tasking.templates.list` · scope `orders:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingTemplatesList>(body).send().await
}
/// List the caller organization's active tasking templates.
///
/// `POST /v1/op/orders.tasking.templates.list` · scope `orders:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingTemplatesList>(body).send_detailed().await
}
/// List the caller organization's active tasking templates.
///
/// `POST /v1/op/orders.tasking.templates.list` · scope `orders:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingTemplatesList>(body).send_blocking()
}
/// List the caller organization's active tasking templates.
///
/// `POST /v1/op/orders.tasking.templates.list` · scope `orders:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingTemplatesList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingTemplatesList> {
    client.request::<OrdersTaskingTemplatesList>(body)
}
