// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List an order's tasking groups (admin).
//!
//! `POST /v1/op/orders.tasking.groups.list` · scope `admin:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `orders.tasking.groups.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OrdersTaskingGroupsList;
impl crate::Operation for OrdersTaskingGroupsList {
    type Body = crate::types::TaskingGroupsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "orders.tasking.groups.list",
        path: "/v1/op/orders.tasking.groups.list",
        scope: ::std::option::Option::Some("admin:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "List an order's tasking groups (admin).",
    };
}
/// The request body of `orders.tasking.groups.list`.
pub type Body = crate::types::TaskingGroupsInput;
/// The success result of `orders.tasking.groups.list`.
pub type Output = ::serde_json::Value;
/// List an order's tasking groups (admin).
///
/// `POST /v1/op/orders.tasking.groups.list` · scope `admin:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingGroupsList>(body).send().await
}
/// List an order's tasking groups (admin).
///
/// `POST /v1/op/orders.tasking.groups.list` · scope `admin:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingGroupsList>(body).send_detailed().await
}
/// List an order's tasking groups (admin).
///
/// `POST /v1/op/orders.tasking.groups.list` · scope `admin:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<OrdersTaskingGroupsList>(body).send_blocking()
}
/// List an order's tasking groups (admin).
///
/// `POST /v1/op/orders.tasking.groups.list` · scope `admin:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<OrdersTaskingGroupsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, OrdersTaskingGroupsList> {
    client.request::<OrdersTaskingGroupsList>(body)
}
