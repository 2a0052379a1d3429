//! Minimal, schema-valid responses for operations the mock does not model.
//!
//! Clients mostly care that such calls succeed and decode; the smallest value that
//! validates (required fields only, first enum member, `null` for nullable) is the most
//! honest answer a server with no real data can give.

use serde_json::{json, Map, Value};

use crate::spec::Spec;

/// Synthesizes a value that validates against `schema` (an OpenAPI 3.1 schema with local
/// `$ref`s). Untyped (`{}`) schemas get a small object naming `op_id`.
pub fn synthesize(schema: &Value, op_id: &str) -> Value {
    let out = value_for(schema, "", 0);
    if out.is_object() && out.as_object().is_some_and(Map::is_empty) && is_untyped(schema) {
        // `{}` response schemas: answer with a small object naming the operation, so a
        // client can tell which call it got back.
        return json!({ "operation": op_id, "mock": true });
    }
    out
}

/// The smallest value of a request schema: like [`synthesize`], but an optional body
/// (`anyOf [object, null]`) gets its object, not `null`.
pub fn synthesize_request(schema: &Value) -> Value {
    value_for(Spec::get().concrete(schema), "", 0)
}

fn is_untyped(schema: &Value) -> bool {
    schema.as_object().is_some_and(Map::is_empty)
}

fn value_for(schema: &Value, name: &str, depth: usize) -> Value {
    if depth > 24 {
        return Value::Null;
    }
    let Some(obj) = schema.as_object() else {
        return Value::Null;
    };
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        return match Spec::get().resolve_ref(r) {
            Some(target) => value_for(target, name, depth + 1),
            None => json!({}),
        };
    }
    if let Some(c) = obj.get("const") {
        return c.clone();
    }
    if let Some(first) = obj
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
    {
        return first.clone();
    }
    if let Some(branches) = obj.get("anyOf").or_else(|| obj.get("oneOf")) {
        let branches = branches.as_array().map(Vec::as_slice).unwrap_or(&[]);
        if branches
            .iter()
            .any(|b| b.get("type").and_then(Value::as_str) == Some("null"))
        {
            return Value::Null;
        }
        return branches
            .first()
            .map(|b| value_for(b, name, depth + 1))
            .unwrap_or(Value::Null);
    }
    if let Some(parts) = obj.get("allOf").and_then(Value::as_array) {
        let mut merged = Map::new();
        for p in parts {
            if let Value::Object(m) = value_for(p, name, depth + 1) {
                merged.extend(m);
            }
        }
        return Value::Object(merged);
    }
    let ty = match obj.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null"),
        _ if obj.contains_key("properties") => "object",
        _ => return json!({}),
    };
    match ty {
        "object" => {
            let mut out = Map::new();
            let required: Vec<&str> = obj
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if let Some(props) = obj.get("properties").and_then(Value::as_object) {
                for key in required {
                    if let Some(prop) = props.get(key) {
                        out.insert(key.to_owned(), value_for(prop, key, depth + 1));
                    } else {
                        out.insert(key.to_owned(), Value::Null);
                    }
                }
            }
            Value::Object(out)
        }
        "array" => {
            let min = obj.get("minItems").and_then(Value::as_u64).unwrap_or(0);
            let item = obj.get("items").cloned().unwrap_or(json!({}));
            Value::Array(
                (0..min)
                    .map(|_| value_for(&item, name, depth + 1))
                    .collect(),
            )
        }
        "string" => string_for(obj, name),
        "integer" => json!(number_floor(obj) as i64),
        "number" => json!(number_floor(obj)),
        "boolean" => json!(false),
        _ => Value::Null,
    }
}

fn number_floor(obj: &Map<String, Value>) -> f64 {
    if let Some(min) = obj.get("minimum").and_then(Value::as_f64) {
        return min;
    }
    if let Some(min) = obj.get("exclusiveMinimum").and_then(Value::as_f64) {
        return min + 1.0;
    }
    0.0
}

fn string_for(obj: &Map<String, Value>, name: &str) -> Value {
    match obj.get("format").and_then(Value::as_str) {
        Some("date-time") => return json!("2024-01-01T00:00:00Z"),
        Some("date") => return json!("2024-01-01"),
        Some("uuid") => return json!("00000000-0000-4000-8000-000000000000"),
        Some("uri") => return json!("https://example.invalid/"),
        _ => {}
    }
    let base = if name == "id" || name.ends_with("_id") {
        format!("mock_{name}")
    } else {
        String::new()
    };
    let min = obj.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let mut s = base;
    while s.len() < min {
        s.push('x');
    }
    if let Some(max) = obj.get("maxLength").and_then(Value::as_u64) {
        s.truncate(max as usize);
    }
    json!(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonschema::Draft;

    #[test]
    fn every_synthesized_response_validates() {
        let spec = Spec::get();
        for op in &spec.operations {
            let value = synthesize(&op.response_schema, &op.id);
            let mut root = serde_json::Map::new();
            root.insert("components".into(), spec.components().clone());
            if let Value::Object(m) = &op.response_schema {
                root.extend(m.clone());
            }
            let v = jsonschema::options()
                .with_draft(Draft::Draft202012)
                .build(&Value::Object(root))
                .unwrap();
            let errors: Vec<String> = v.iter_errors(&value).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{}: {value} -> {errors:?}", op.id);
        }
    }
}
