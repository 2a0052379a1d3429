//! The embedded OpenAPI document and the per-operation facts the server needs.
//!
//! The spec is compiled into the binary so the mock always answers for exactly the
//! operations of the spec revision it was built with, with no file to find at run time.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;

/// The vendored OpenAPI document, byte-for-byte.
pub const SPEC_JSON: &str = include_str!("../../spec/geopera.openapi.json");

/// What the server knows about one operation.
#[derive(Debug, Clone)]
pub struct OperationSpec {
    /// Dotted operation id, e.g. `uploads.initiate`.
    pub id: String,
    /// The `x-required-scope` of the operation, e.g. `uploads:write`.
    pub scope: String,
    /// The declared success status (200, 201 or 202).
    pub success_status: u16,
    /// The request body schema, if the operation declares a body.
    pub request_schema: Option<Value>,
    /// Whether the body is `required: true` in the spec.
    pub body_required: bool,
    /// The success response schema (`{}` when untyped).
    pub response_schema: Value,
    /// Whether the spec declares an `Idempotency-Key` header parameter.
    pub declares_idempotency_key: bool,
}

/// The parsed spec: the whole document plus an index of operations.
#[derive(Debug)]
pub struct Spec {
    /// The full document (its `components` resolve `$ref`s).
    pub doc: Value,
    /// Operations in spec order.
    pub operations: Vec<OperationSpec>,
    by_id: HashMap<String, usize>,
}

impl Spec {
    /// The process-wide parsed spec (parsed once; it never changes).
    pub fn get() -> &'static Spec {
        static SPEC: OnceLock<Spec> = OnceLock::new();
        SPEC.get_or_init(|| Spec::parse(SPEC_JSON).expect("embedded spec is valid"))
    }

    fn parse(text: &str) -> Result<Spec, String> {
        let doc: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let paths = doc
            .get("paths")
            .and_then(Value::as_object)
            .ok_or("spec has no paths")?;
        let mut operations = Vec::new();
        for (path, item) in paths {
            let Some(op) = item.get("post") else { continue };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .unwrap_or_else(|| path.trim_start_matches("/v1/op/").to_owned());
            let scope = op
                .get("x-required-scope")
                .and_then(Value::as_str)
                .unwrap_or("*")
                .to_owned();
            let responses = op.get("responses").and_then(Value::as_object);
            let (success_status, response_schema) = responses
                .and_then(|r| {
                    r.iter()
                        .find(|(code, _)| code.starts_with('2'))
                        .map(|(code, resp)| {
                            let schema = resp
                                .pointer("/content/application~1json/schema")
                                .cloned()
                                .unwrap_or_else(|| Value::Object(Default::default()));
                            (code.parse().unwrap_or(200), schema)
                        })
                })
                .unwrap_or((200, Value::Object(Default::default())));
            let body = op.get("requestBody");
            let request_schema = body
                .and_then(|b| b.pointer("/content/application~1json/schema"))
                .cloned();
            let body_required = body
                .and_then(|b| b.get("required"))
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let declares_idempotency_key = op
                .get("parameters")
                .and_then(Value::as_array)
                .is_some_and(|ps| {
                    ps.iter().any(|p| {
                        p.get("name")
                            .and_then(Value::as_str)
                            .is_some_and(|n| n.eq_ignore_ascii_case("idempotency-key"))
                    })
                });
            operations.push(OperationSpec {
                id,
                scope,
                success_status,
                request_schema,
                body_required,
                response_schema,
                declares_idempotency_key,
            });
        }
        let by_id = operations
            .iter()
            .enumerate()
            .map(|(i, op)| (op.id.clone(), i))
            .collect();
        Ok(Spec {
            doc,
            operations,
            by_id,
        })
    }

    /// Looks an operation up by its dotted id.
    pub fn operation(&self, id: &str) -> Option<&OperationSpec> {
        self.by_id.get(id).map(|&i| &self.operations[i])
    }

    /// Index of an operation in [`Spec::operations`] (used to key per-operation caches).
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The `components` object, used to resolve `$ref`s.
    pub fn components(&self) -> &Value {
        static EMPTY: OnceLock<Value> = OnceLock::new();
        self.doc
            .get("components")
            .unwrap_or_else(|| EMPTY.get_or_init(|| Value::Object(Default::default())))
    }

    /// The schema itself: `$ref`s followed, and of an optional value
    /// (`anyOf [X, {type: null}]`) the non-null branch.
    pub fn concrete<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        for _ in 0..8 {
            if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
                match self.resolve_ref(r) {
                    Some(target) => schema = target,
                    None => break,
                }
            } else if let Some(branch) =
                schema
                    .get("anyOf")
                    .and_then(Value::as_array)
                    .and_then(|bs| {
                        bs.iter()
                            .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))
                    })
            {
                schema = branch;
            } else {
                break;
            }
        }
        schema
    }

    /// Resolves a local `#/components/schemas/X` reference.
    pub fn resolve_ref(&self, reference: &str) -> Option<&Value> {
        let pointer = reference.strip_prefix('#')?;
        self.doc.pointer(pointer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_every_operation() {
        let spec = Spec::get();
        assert_eq!(spec.operations.len(), 227);
        let init = spec.operation("uploads.initiate").unwrap();
        assert_eq!(init.scope, "uploads:write");
        assert!(init.body_required);
        let topup = spec.operation("billing.topup").unwrap();
        assert_eq!(topup.success_status, 201);
        assert!(topup.declares_idempotency_key);
        assert!(!topup.body_required);
    }
}
