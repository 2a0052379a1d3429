// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Mark an alert event acknowledged (org-scoped).
//!
//! `POST /v1/op/alerts.acknowledge_event` · scope `alerts:write` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `alerts.acknowledge_event` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AlertsAcknowledgeEvent;
impl crate::Operation for AlertsAcknowledgeEvent {
    type Body = crate::types::AcknowledgeEventInput;
    type Output = crate::types::AlertEventOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "alerts.acknowledge_event",
        path: "/v1/op/alerts.acknowledge_event",
        scope: ::std::option::Option::Some("alerts:write"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Mark an alert event acknowledged (org-scoped).",
    };
}
/// The request body of `alerts.acknowledge_event`.
pub type Body = crate::types::AcknowledgeEventInput;
/// The success result of `alerts.acknowledge_event`.
pub type Output = crate::types::AlertEventOutput;
/// Mark an alert event acknowledged (org-scoped).
///
/// `POST /v1/op/alerts.acknowledge_event` · scope `alerts:write` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AlertsAcknowledgeEvent>(body).send().await
}
/// Mark an alert event acknowledged (org-scoped).
///
/// `POST /v1/op/alerts.acknowledge_event` · scope `alerts:write` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AlertsAcknowledgeEvent>(body).send_detailed().await
}
/// Mark an alert event acknowledged (org-scoped).
///
/// `POST /v1/op/alerts.acknowledge_event` · scope `alerts:write` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<AlertsAcknowledgeEvent>(body).send_blocking()
}
/// Mark an alert event acknowledged (org-scoped).
///
/// `POST /v1/op/alerts.acknowledge_event` · scope `alerts:write` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<AlertsAcknowledgeEvent>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, AlertsAcknowledgeEvent> {
    client.request::<AlertsAcknowledgeEvent>(body)
}
