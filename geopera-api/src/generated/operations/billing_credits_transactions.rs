// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! The org's credit ledger (paged, optionally filtered by reason).
//!
//! `POST /v1/op/billing.credits.transactions` · scope `billing:read` · success `200`
use crate::{ApiResponse, Client, Error, RequestBuilder};
/// The `billing.credits.transactions` operation, for code that is generic over [`crate::Operation`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BillingCreditsTransactions;
impl crate::Operation for BillingCreditsTransactions {
    type Body = crate::types::TransactionsInput;
    type Output = ::serde_json::Value;
    const INFO: crate::OperationInfo = crate::OperationInfo {
        id: "billing.credits.transactions",
        path: "/v1/op/billing.credits.transactions",
        scope: ::std::option::Option::Some("billing:read"),
        success_status: 200u16,
        body_required: true,
        requires_auth: true,
        header_params: &["x-api-key"],
        accepts_idempotency_key: false,
        paging: ::std::option::Option::Some(
            <BillingCreditsTransactions as crate::paging::Pageable>::PAGING,
        ),
        summary: "The org's credit ledger (paged, optionally filtered by reason).",
    };
}
/// `billing.credits.transactions` pages: its requests have `.pages()` and `.items()`.
impl crate::paging::Pageable for BillingCreditsTransactions {
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
/// The request body of `billing.credits.transactions`.
pub type Body = crate::types::TransactionsInput;
/// The success result of `billing.credits.transactions`.
pub type Output = ::serde_json::Value;
/// The org's credit ledger (paged, optionally filtered by reason).
///
/// `POST /v1/op/billing.credits.transactions` · scope `billing:read` · success `200`
pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingCreditsTransactions>(body).send().await
}
/// The org's credit ledger (paged, optionally filtered by reason).
///
/// `POST /v1/op/billing.credits.transactions` · scope `billing:read` · success `200`
///
/// Returns the status and headers with the parsed result.
pub async fn send_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingCreditsTransactions>(body).send_detailed().await
}
/// The org's credit ledger (paged, optionally filtered by reason).
///
/// `POST /v1/op/billing.credits.transactions` · scope `billing:read` · success `200`
///
/// Blocking form: needs no async runtime, and returns an error instead of blocking when
/// called from inside one.
pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
    client.request::<BillingCreditsTransactions>(body).send_blocking()
}
/// The org's credit ledger (paged, optionally filtered by reason).
///
/// `POST /v1/op/billing.credits.transactions` · scope `billing:read` · success `200`
///
/// Blocking form of [`send_detailed`].
pub fn send_blocking_detailed(
    client: &Client,
    body: &Body,
) -> Result<ApiResponse<Output>, Error> {
    client.request::<BillingCreditsTransactions>(body).send_blocking_detailed()
}
/// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
pub fn request<'a>(
    client: &'a Client,
    body: &Body,
) -> RequestBuilder<'a, BillingCreditsTransactions> {
    client.request::<BillingCreditsTransactions>(body)
}
