// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! List an EULA's documents (paged), each enriched with the caller's org acceptance.
//!
//! `POST /v1/op/eulas.documents.list` · scope `eulas:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `eulas.documents.list` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EulasDocumentsList;
impl crate::Operation for EulasDocumentsList {
    type Body = crate::types::EulaDocumentsListInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "eulas.documents.list",
        path: "/v1/op/eulas.documents.list",
        scope: ::std::option::Option::Some("eulas:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <EulasDocumentsList as crate::paging::Pageable>::PAGING,
        ),
        summary: "List an EULA's documents (paged), each enriched with the caller's org acceptance.",
    };
}
/// `eulas.documents.list` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for EulasDocumentsList {
    type Item = ::serde_json::Value;
    const PAGING: crate::paging::Paging = crate::paging::Paging {
        family: crate::paging::PagingFamily::PageSize,
        size_field: "size",
        position_field: "page",
        default_size: ::std::option::Option::Some(20u64),
        max_size: ::std::option::Option::None,
        items_field: ::std::option::Option::None,
    };
}
/// The request body of `eulas.documents.list`.
pub type Body = crate::types::EulaDocumentsListInput;
/// The success result of `eulas.documents.list`.
pub type Output = ::serde_json::Value;
/// List an EULA's documents (paged), each enriched with the caller's org acceptance.
///
/// `POST /v1/op/eulas.documents.list` · scope `eulas:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EulasDocumentsList>(body).send().await
}
/// List an EULA's documents (paged), each enriched with the caller's org acceptance.
///
/// `POST /v1/op/eulas.documents.list` · scope `eulas:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EulasDocumentsList>(body).send_detailed().await
}
/// List an EULA's documents (paged), each enriched with the caller's org acceptance.
///
/// `POST /v1/op/eulas.documents.list` · scope `eulas:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<EulasDocumentsList>(body).send_blocking()
}
/// List an EULA's documents (paged), each enriched with the caller's org acceptance.
///
/// `POST /v1/op/eulas.documents.list` · scope `eulas:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<EulasDocumentsList>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, EulasDocumentsList> {
    client.request::<EulasDocumentsList>(body)
}
