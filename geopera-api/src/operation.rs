//! What the runtime knows about an operation: its metadata and its Rust types.
//!
//! Each generated module implements [`Operation`] on a marker type, so retries, tracing, the
//! fluent facade and tests can work over any operation generically.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// A free-form JSON object: the body of operations whose spec body is `object | null`.
pub type JsonObject = serde_json::Map<String, serde_json::Value>;

/// One operation of the spec, as a type.
pub trait Operation: Send + Sync + 'static {
    /// The request body: a generated model, or `Option<JsonObject>` for optional bodies.
    type Body: Serialize + Send + Sync;
    /// The success result: a generated model, or `serde_json::Value` for untyped results.
    type Output: DeserializeOwned + Send;
    /// The operation's metadata, from the spec.
    const INFO: OperationInfo;
}

/// Marks the generated models that are the request body of some operation.
///
/// The fluent crate relies on it to accept "the model itself" and "a JSON value" as two
/// distinct, non-overlapping kinds of body; JSON bodies are checked against its field list.
pub trait BodyModel: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// The model's name, as errors about a [`crate::Builder`] of it print it.
    const NAME: &'static str;
    /// The JSON names of its fields; `None` when it keeps extra properties, so any field is
    /// accepted.
    const DECLARED_FIELDS: Option<&'static [&'static str]>;
}

/// Metadata of one operation, taken from the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OperationInfo {
    /// The dotted operation id, e.g. `items.asset.download`.
    pub id: &'static str,
    /// The request path, e.g. `/v1/op/items.asset.download`.
    pub path: &'static str,
    /// The `x-required-scope`, e.g. `items:read`; `None` when no credentials are needed.
    pub scope: Option<&'static str>,
    /// The documented success status (200, 201 or 202).
    pub success_status: u16,
    /// Whether the body is required (a model) or optional (`object | null`).
    pub body_required: bool,
    /// Whether the operation needs credentials.
    pub requires_auth: bool,
    /// Header parameters the spec declares, as spelled there.
    pub header_params: &'static [&'static str],
    /// Whether calls accept an `Idempotency-Key`: the spec declares the header, or Geopera's
    /// documentation names the operation as a spend operation that takes one
    /// (`clip.create_from_area`, `orders.archive.place`, `orders.cancel`, `billing.topup`).
    /// Such calls get a generated key, reused on every attempt, and are retried.
    pub accepts_idempotency_key: bool,
    /// How the operation pages, read from its request schema; `None` when it does not page.
    pub paging: Option<crate::paging::Paging>,
    /// The one-line summary from the spec.
    pub summary: &'static str,
}

impl OperationInfo {
    /// Read operations (scope ending in `:read`) change nothing and are safe to repeat.
    pub fn is_read(&self) -> bool {
        self.scope.is_some_and(|scope| scope.ends_with(":read"))
    }

    /// Whether the spec declares an `Idempotency-Key` header for this operation.
    pub fn declares_idempotency_key(&self) -> bool {
        self.header_params
            .iter()
            .any(|name| name.eq_ignore_ascii_case("idempotency-key"))
    }
}
