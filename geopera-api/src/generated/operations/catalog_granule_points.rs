// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Extract a 3D point cloud (lon/lat/elev/attribute) from a GEDI or ICESat-2 granule.
//!
//! `POST /v1/op/catalog.granule_points` · scope `catalog:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `catalog.granule_points` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CatalogGranulePoints;
impl crate::Operation for CatalogGranulePoints {
    type Body = crate::types::GranulePointsInput;
    type Output = crate::types::GranulePointsOutput;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "catalog.granule_points",
        path: "/v1/op/catalog.granule_points",
        scope: ::std::option::Option::Some("catalog:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::None,
        summary: "Extract a 3D point cloud (lon/lat/elev/attribute) from a GEDI or ICESat-2 granule.",
    };
}
/// The request body of `catalog.granule_points`.
pub type Body = crate::types::GranulePointsInput;
/// The success result of `catalog.granule_points`.
pub type Output = crate::types::GranulePointsOutput;
/// Extract a 3D point cloud (lon/lat/elev/attribute) from a GEDI or ICESat-2 granule.
///
/// `POST /v1/op/catalog.granule_points` · scope `catalog:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogGranulePoints>(body).send().await
}
/// Extract a 3D point cloud (lon/lat/elev/attribute) from a GEDI or ICESat-2 granule.
///
/// `POST /v1/op/catalog.granule_points` · scope `catalog:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogGranulePoints>(body).send_detailed().await
}
/// Extract a 3D point cloud (lon/lat/elev/attribute) from a GEDI or ICESat-2 granule.
///
/// `POST /v1/op/catalog.granule_points` · scope `catalog:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<CatalogGranulePoints>(body).send_blocking()
}
/// Extract a 3D point cloud (lon/lat/elev/attribute) from a GEDI or ICESat-2 granule.
///
/// `POST /v1/op/catalog.granule_points` · scope `catalog:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<CatalogGranulePoints>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, CatalogGranulePoints> {
    client.request::<CatalogGranulePoints>(body)
}
