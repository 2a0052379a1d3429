// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List a project's processing jobs (project member access).
//!
//! `POST /v1/op/processing.project_jobs.list` · scope `processing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `processing.project_jobs.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProcessingProjectJobsList;
impl crate::Operation for ProcessingProjectJobsList {
    type Body = crate::types::ProjectJobsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "processing.project_jobs.list",
        path: "/v1/op/processing.project_jobs.list",
        scope: ::std::option::Option::Some("processing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <ProcessingProjectJobsList as crate::paging::Pageable>::PAGING,
        ),
        summary: "List a project's processing jobs (project member access).",
    };
}
/// `processing.project_jobs.list` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for ProcessingProjectJobsList {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::Offset,
        size_field: "limit",
        position_field: "offset",
        default_size: ::std::option::Option::Some(50u64),
        max_size: ::std::option::Option::None,
        items_field: ::std::option::Option::None,
    };
}
/// The request body of `processing.project_jobs.list`.
pub type Body = crate::types::ProjectJobsInput;
/// The success result of `processing.project_jobs.list`.
pub type Output = ::serde_json::Value;
/// List a project's processing jobs (project member access).
///
/// `POST /v1/op/processing.project_jobs.list` · scope `processing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingProjectJobsList>(body).send().await
}
/// List a project's processing jobs (project member access).
///
/// `POST /v1/op/processing.project_jobs.list` · scope `processing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingProjectJobsList>(body).send_detailed().await
}
/// List a project's processing jobs (project member access).
///
/// `POST /v1/op/processing.project_jobs.list` · scope `processing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<ProcessingProjectJobsList>(body).send_blocking()
}
/// List a project's processing jobs (project member access).
///
/// `POST /v1/op/processing.project_jobs.list` · scope `processing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<ProcessingProjectJobsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, ProcessingProjectJobsList> {
    client.request::<ProcessingProjectJobsList>(body)
}
