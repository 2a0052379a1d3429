//! Request-body validation against the operation's JSON Schema, reported the way
//! FastAPI/pydantic report it (`HTTPValidationError`).
//!
//! A real JSON Schema validator (draft 2020-12, the dialect of OpenAPI 3.1) does the
//! judging, so the mock never accepts what the spec forbids; only the *wording* of each
//! issue is translated into pydantic's `type`/`msg` vocabulary, because that is what
//! clients (and their tests) see from the hosted API.

use std::sync::OnceLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{Draft, Validator};
use serde_json::{json, Value};

use crate::problem::ValidationIssue;
use crate::spec::{OperationSpec, Spec};

/// Compiled validators, one slot per operation, built on first use.
pub struct Validators {
    slots: Vec<OnceLock<Option<Validator>>>,
}

impl Default for Validators {
    fn default() -> Self {
        Self::new()
    }
}

impl Validators {
    /// An empty cache sized for the embedded spec.
    pub fn new() -> Self {
        let n = Spec::get().operations.len();
        Validators {
            slots: (0..n).map(|_| OnceLock::new()).collect(),
        }
    }

    fn validator(&self, op: &OperationSpec) -> Option<&Validator> {
        let spec = Spec::get();
        let idx = spec.index_of(&op.id)?;
        self.slots[idx]
            .get_or_init(|| compile(op.request_schema.as_ref()?))
            .as_ref()
    }

    /// Validates a request body. `None` means no body (or JSON `null`) was sent.
    /// Returns the issues in FastAPI's shape; empty means valid.
    pub fn check(&self, op: &OperationSpec, body: Option<&Value>) -> Vec<ValidationIssue> {
        let body = body.filter(|b| !b.is_null());
        let Some(body) = body else {
            if op.body_required {
                return vec![ValidationIssue {
                    loc: vec![json!("body")],
                    msg: "Field required".into(),
                    kind: "missing".into(),
                    input: Value::Null,
                }];
            }
            return Vec::new();
        };
        let Some(validator) = self.validator(op) else {
            return Vec::new();
        };
        let schema = op.request_schema.as_ref();
        let mut issues: Vec<ValidationIssue> = Vec::new();
        for err in validator.iter_errors(body) {
            let segments = pointer_segments(err.instance_path().as_str(), body);
            let mut loc = vec![json!("body")];
            loc.extend(segments.iter().cloned());
            let instance = err.instance().clone().into_owned();
            let issue = translate(
                err.kind(),
                loc,
                instance,
                schema,
                &segments,
                segments.is_empty(),
            );
            for i in issue {
                if !issues.contains(&i) {
                    issues.push(i);
                }
            }
        }
        issues
    }
}

/// Builds a standalone schema document whose `components` resolve the spec's `$ref`s.
pub fn compile(schema: &Value) -> Option<Validator> {
    let mut root = serde_json::Map::new();
    root.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    root.insert("components".into(), Spec::get().components().clone());
    if let Value::Object(fields) = schema {
        for (k, v) in fields {
            root.insert(k.clone(), v.clone());
        }
    }
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .build(&Value::Object(root))
        .ok()
}

/// Splits a JSON pointer into `loc` segments, using integers for array indices.
fn pointer_segments(pointer: &str, root: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    let mut cur = Some(root);
    for raw in pointer.split('/').skip(1) {
        let seg = raw.replace("~1", "/").replace("~0", "~");
        match cur {
            Some(Value::Array(items)) => match seg.parse::<usize>() {
                Ok(i) => {
                    out.push(json!(i));
                    cur = items.get(i);
                }
                Err(_) => {
                    out.push(json!(seg));
                    cur = None;
                }
            },
            Some(Value::Object(map)) => {
                cur = map.get(&seg);
                out.push(json!(seg));
            }
            _ => {
                out.push(json!(seg));
                cur = None;
            }
        }
    }
    out
}

/// Finds the (dereferenced) schema that applies at an instance location, following
/// `$ref`, `properties`, `items` and the non-null branch of `anyOf`.
fn schema_at<'a>(schema: &'a Value, segments: &[Value]) -> Option<&'a Value> {
    let mut cur = deref(schema)?;
    for seg in segments {
        cur = non_null_branch(cur);
        cur = match seg {
            Value::String(name) => deref(cur.get("properties")?.get(name)?)?,
            Value::Number(n) => {
                let i = n.as_u64()? as usize;
                if let Some(p) = cur.get("prefixItems").and_then(|p| p.get(i)) {
                    deref(p)?
                } else {
                    deref(cur.get("items")?)?
                }
            }
            _ => return None,
        };
    }
    Some(cur)
}

fn deref(schema: &Value) -> Option<&Value> {
    let mut cur = schema;
    for _ in 0..16 {
        match cur.get("$ref").and_then(Value::as_str) {
            Some(r) => cur = Spec::get().resolve_ref(r)?,
            None => return Some(cur),
        }
    }
    None
}

/// For `anyOf: [X, {type: null}]`, the X (dereferenced); otherwise the schema itself.
fn non_null_branch(schema: &Value) -> &Value {
    if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
        for b in branches {
            if b.get("type").and_then(Value::as_str) != Some("null") {
                return deref(b).unwrap_or(b);
            }
        }
    }
    schema
}

fn type_issue(expected: &str, at_root: bool) -> (&'static str, &'static str) {
    match expected {
        "string" => ("string_type", "Input should be a valid string"),
        "integer" => ("int_type", "Input should be a valid integer"),
        "number" => ("float_type", "Input should be a valid number"),
        "boolean" => ("bool_type", "Input should be a valid boolean"),
        "array" => ("list_type", "Input should be a valid list"),
        "null" => ("none_required", "Input should be None"),
        _ if at_root => (
            "model_attributes_type",
            "Input should be a valid dictionary or object to extract fields from",
        ),
        _ => ("dict_type", "Input should be a valid dictionary"),
    }
}

fn number_text(v: &Value) -> String {
    match v.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        _ => v.to_string(),
    }
}

fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn translate(
    kind: &ValidationErrorKind,
    loc: Vec<Value>,
    input: Value,
    schema: Option<&Value>,
    segments: &[Value],
    at_root: bool,
) -> Vec<ValidationIssue> {
    let issue = |loc: Vec<Value>, kind: &str, msg: String, input: Value| ValidationIssue {
        loc,
        msg,
        kind: kind.into(),
        input,
    };
    let one = |kind: &str, msg: String| vec![issue(loc.clone(), kind, msg, input.clone())];
    match kind {
        ValidationErrorKind::Required { property } => {
            let mut l = loc.clone();
            l.push(property.clone());
            vec![issue(l, "missing", "Field required".into(), input.clone())]
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => t.to_string(),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| t.to_string())
                    .find(|t| t != "null")
                    .unwrap_or_default(),
            };
            let (k, m) = type_issue(&expected, at_root);
            one(k, m.into())
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            let expected = schema
                .and_then(|s| schema_at(s, segments))
                .map(non_null_branch)
                .and_then(|s| s.get("type"))
                .and_then(Value::as_str)
                .unwrap_or("object");
            let (k, m) = type_issue(expected, at_root);
            one(k, m.into())
        }
        ValidationErrorKind::Minimum { limit } => one(
            "greater_than_equal",
            format!(
                "Input should be greater than or equal to {}",
                number_text(limit)
            ),
        ),
        ValidationErrorKind::ExclusiveMinimum { limit } => one(
            "greater_than",
            format!("Input should be greater than {}", number_text(limit)),
        ),
        ValidationErrorKind::Maximum { limit } => one(
            "less_than_equal",
            format!(
                "Input should be less than or equal to {}",
                number_text(limit)
            ),
        ),
        ValidationErrorKind::ExclusiveMaximum { limit } => one(
            "less_than",
            format!("Input should be less than {}", number_text(limit)),
        ),
        ValidationErrorKind::MinLength { limit } => one(
            "string_too_short",
            format!(
                "String should have at least {}",
                plural(*limit, "character")
            ),
        ),
        ValidationErrorKind::MaxLength { limit } => one(
            "string_too_long",
            format!("String should have at most {}", plural(*limit, "character")),
        ),
        ValidationErrorKind::Pattern { pattern } => one(
            "string_pattern_mismatch",
            format!("String should match pattern '{pattern}'"),
        ),
        ValidationErrorKind::MinItems { limit } => {
            let got = input.as_array().map_or(0, Vec::len);
            one(
                "too_short",
                format!(
                    "List should have at least {} after validation, not {got}",
                    plural(*limit, "item")
                ),
            )
        }
        ValidationErrorKind::MaxItems { limit } => {
            let got = input.as_array().map_or(0, Vec::len);
            one(
                "too_long",
                format!(
                    "List should have at most {} after validation, not {got}",
                    plural(*limit, "item")
                ),
            )
        }
        ValidationErrorKind::Enum { options } => {
            let opts: Vec<String> = options
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|o| match o {
                            Value::String(s) => format!("'{s}'"),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            let text = match opts.len() {
                0 => String::new(),
                1 => opts[0].clone(),
                n => format!("{} or {}", opts[..n - 1].join(", "), opts[n - 1]),
            };
            one("enum", format!("Input should be {text}"))
        }
        ValidationErrorKind::Constant { expected_value } => {
            one("literal_error", format!("Input should be {expected_value}"))
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|name| {
                let mut l = loc.clone();
                l.push(json!(name));
                let value = input.get(name).cloned().unwrap_or(Value::Null);
                issue(
                    l,
                    "extra_forbidden",
                    "Extra inputs are not permitted".into(),
                    value,
                )
            })
            .collect(),
        other => one("value_error", format!("Value error, {}", describe(other))),
    }
}

fn describe(kind: &ValidationErrorKind) -> String {
    format!("{kind:?}")
        .split(['{', '('])
        .next()
        .unwrap_or("invalid value")
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(op: &str, body: Value) -> Vec<ValidationIssue> {
        let v = Validators::new();
        v.check(Spec::get().operation(op).unwrap(), Some(&body))
    }

    #[test]
    fn missing_field_has_fastapi_shape() {
        let issues = check("uploads.initiate", json!({}));
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].loc, vec![json!("body"), json!("project_id")]);
        assert_eq!(issues[0].kind, "missing");
        assert_eq!(issues[0].msg, "Field required");
    }

    #[test]
    fn wrong_types_and_limits() {
        let issues = check(
            "uploads.initiate",
            json!({"project_id": 5, "file_count": 0, "transfer_method": "signed_url"}),
        );
        let kinds: Vec<&str> = issues.iter().map(|i| i.kind.as_str()).collect();
        assert!(kinds.contains(&"string_type"), "{issues:?}");
        assert!(kinds.contains(&"greater_than_equal"), "{issues:?}");
        assert!(kinds.contains(&"string_pattern_mismatch"), "{issues:?}");
    }

    #[test]
    fn nullable_fields_report_the_inner_type() {
        let issues = check(
            "uploads.progress",
            json!({"upload_id": "u_1", "bytes_uploaded": "x"}),
        );
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].kind, "int_type");
        assert_eq!(issues[0].loc, vec![json!("body"), json!("bytes_uploaded")]);
    }

    #[test]
    fn optional_body_accepts_nothing_and_required_body_does_not() {
        let v = Validators::new();
        let spec = Spec::get();
        assert!(v
            .check(spec.operation("uploads.complete").unwrap(), None)
            .is_empty());
        let issues = v.check(spec.operation("uploads.initiate").unwrap(), None);
        assert_eq!(issues[0].loc, vec![json!("body")]);
        let issues = check("uploads.initiate", json!([1]));
        assert_eq!(issues[0].kind, "model_attributes_type");
    }

    #[test]
    fn every_request_schema_compiles() {
        let v = Validators::new();
        for op in &Spec::get().operations {
            if op.request_schema.is_some() {
                assert!(v.validator(op).is_some(), "{} failed to compile", op.id);
            }
        }
    }
}
