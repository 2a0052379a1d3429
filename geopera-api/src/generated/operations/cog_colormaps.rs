// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Curated colormap groups for the frontend picker (bare-dict).
//!
//! `POST /v1/op/cog.colormaps` · scope `tiles:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `cog.colormaps` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CogColormaps;
impl crate::Operation for CogColormaps {
    type Body = crate::types::CogEmptyInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "cog.colormaps",
        path: "/v1/op/cog.colormaps",
        scope: ::std::option::Option::Some("tiles:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Curated colormap groups for the frontend picker (bare-dict).",
    };
}
/// The request body of `cog.colormaps`.
pub type Body = crate::types::CogEmptyInput;
/// The success result of `cog.colormaps`.
pub type Output = ::serde_json::Value;
/// Curated colormap groups for the frontend picker (bare-dict).
///
/// `POST /v1/op/cog.colormaps` · scope `tiles:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogColormaps>(body).send().await
}
/// Curated colormap groups for the frontend picker (bare-dict).
///
/// `POST /v1/op/cog.colormaps` · scope `tiles:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogColormaps>(body).send_detailed().await
}
/// Curated colormap groups for the frontend picker (bare-dict).
///
/// `POST /v1/op/cog.colormaps` · scope `tiles:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CogColormaps>(body).send_blocking()
}
/// Curated colormap groups for the frontend picker (bare-dict).
///
/// `POST /v1/op/cog.colormaps` · scope `tiles:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CogColormaps>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, CogColormaps> {
    client.request::<CogColormaps>(body)
}
