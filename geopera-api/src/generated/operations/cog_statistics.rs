// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! AOI-scoped percentile statistics for a COG — drives per-AOI colormap rescale.
//!
//! `POST /v1/op/cog.statistics` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `cog.statistics` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CogStatistics;
impl crate::Operation for CogStatistics {
    type Body = crate::types::CogStatsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "cog.statistics",
        path: "/v1/op/cog.statistics",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "AOI-scoped percentile statistics for a COG — drives per-AOI colormap rescale.",
    };
}
/// The request body of `cog.statistics`.
pub type Body = crate::types::CogStatsInput;
/// The success result of `cog.statistics`.
pub type Output = ::serde_json::Value;
/// AOI-scoped percentile statistics for a COG — drives per-AOI colormap rescale.
///
/// `POST /v1/op/cog.statistics` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogStatistics>(body).send().await
}
/// AOI-scoped percentile statistics for a COG — drives per-AOI colormap rescale.
///
/// `POST /v1/op/cog.statistics` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogStatistics>(body).send_detailed().await
}
/// AOI-scoped percentile statistics for a COG — drives per-AOI colormap rescale.
///
/// `POST /v1/op/cog.statistics` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogStatistics>(body).send_blocking()
}
/// AOI-scoped percentile statistics for a COG — drives per-AOI colormap rescale.
///
/// `POST /v1/op/cog.statistics` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogStatistics>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CogStatistics> {
    client.request::<CogStatistics>(body)
}
