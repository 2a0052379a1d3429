//! Untyped calls: any operation by its id, a JSON body in, the service's JSON out.
//!
//! The generated modules give every operation typed bodies and results. Tools that take the
//! operation from their input — a command line, a script runner, a proxy — name it at run time
//! instead, and must print what the service answered, field for field, rather than a model's
//! view of it. [`Client::request_json`] is that call: it goes through the same executor as
//! every typed call (credentials, retries of safe operations, `Idempotency-Key`, tracing, error
//! mapping, response limits), only the body is sent as given and the answer is kept as a
//! [`serde_json::Value`] in the order the service wrote it. Untyped calls of operations that
//! page have `.pages()` and `.items()` too ([`crate::paging`]).
//!
//! ```no_run
//! # async fn run(client: geopera_api::Client) -> Result<(), geopera_api::Error> {
//! use geopera_api::dynamic;
//!
//! let info = dynamic::operation("items.get").expect("an operation of the spec");
//! let item = client.request_json(info, Some(&serde_json::json!({"item_id": "it_1"}))).await?;
//! println!("{item:#}");
//! # Ok(()) }
//! ```
//!
//! Decisions:
//! - The body is not checked against the operation's model: the service's own answer (a 422
//!   naming the field) is what such tools show, exactly as for a typed call that went through.
//! - An absent body and JSON `null` both send no body, as an HTTP client given no JSON does.
//! - An operation missing from this crate's spec (newer than it) is still callable through
//!   [`unlisted`]: it is treated as needing credentials and as unsafe to repeat, so it is
//!   never retried automatically.

use bytes::Bytes;
use serde_json::Value;

use crate::{Client, Operation, OperationInfo, RequestBuilder};

/// The operation type of untyped calls: a JSON body in, any JSON out.
///
/// Its `INFO` is a placeholder; the metadata of a call is [`RequestBuilder::info`], the
/// [`OperationInfo`] it was made with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Untyped;

impl Operation for Untyped {
    type Body = Value;
    type Output = Value;
    const INFO: OperationInfo = unlisted("untyped", "/v1/op/untyped");
}

/// The metadata of operation `id` in this crate's spec, if it has one.
pub fn operation(id: &str) -> Option<OperationInfo> {
    let all = crate::operations::ALL;
    all.binary_search_by(|info| info.id.cmp(id))
        .ok()
        .map(|index| all[index])
}

/// Metadata for an operation this crate's spec does not list, at `path`
/// (`/v1/op/<id>` on Geopera): credentials required, optional body, never retried.
pub const fn unlisted(id: &'static str, path: &'static str) -> OperationInfo {
    OperationInfo {
        id,
        path,
        scope: None,
        success_status: 200,
        body_required: false,
        requires_auth: true,
        header_params: &[],
        accepts_idempotency_key: false,
        paging: None,
        summary: "",
    }
}

impl Client {
    /// A call of the operation described by `info` with `body` sent as is; the result is the
    /// service's JSON answer (see the [module docs](crate::dynamic)).
    pub fn request_json(
        &self,
        info: OperationInfo,
        body: Option<&Value>,
    ) -> RequestBuilder<'_, Untyped> {
        // A `Value` always serialises: its map keys are strings.
        let bytes = match body {
            None | Some(Value::Null) => None,
            Some(value) => Some(Bytes::from(value.to_string())),
        };
        RequestBuilder::untyped(self, info, bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_operations_of_the_spec_by_id() {
        let info = operation("items.get").unwrap();
        assert_eq!(info.path, "/v1/op/items.get");
        assert!(info.is_read());
        assert!(operation("items.nope").is_none());
        assert!(crate::operations::ALL
            .iter()
            .all(|info| operation(info.id) == Some(*info)));
    }

    #[test]
    fn unlisted_operations_are_never_repeated() {
        let info = unlisted("future.op", "/v1/op/future.op");
        assert!(!info.is_read() && !info.declares_idempotency_key() && info.requires_auth);
    }
}
