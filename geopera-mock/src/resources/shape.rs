//! Stored objects turned into answers that validate against the operation's response
//! schema.
//!
//! Untyped (`{}`) schemas, and objects declaring only `additionalProperties`, get the
//! object itself (lists: the paging envelope, see [`super::paging`]). A schema whose one
//! required property is an untyped object (`ItemGetOutput {item}`,
//! `AlertRuleOutput {alert_rule}`) gets the object under that property. Any other typed
//! schema starts from its smallest valid value and takes every field of the object
//! that validates there; a field that would not validate (a request's value in a
//! response's stricter type) keeps the schema's value instead.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use jsonschema::Validator;
use serde_json::{json, Map, Value};

use super::paging::Page;
use crate::spec::{OperationSpec, Spec};
use crate::synth::synthesize;
use crate::validate::compile;

/// The schema itself (`$ref`s followed, optional values unwrapped).
fn resolve(schema: &Value) -> &Value {
    Spec::get().concrete(schema)
}

fn properties(schema: &Value) -> Option<&Map<String, Value>> {
    resolve(schema)
        .get("properties")
        .and_then(Value::as_object)
        .filter(|p| !p.is_empty())
}

fn allows_extra(schema: &Value) -> bool {
    resolve(schema).get("additionalProperties") != Some(&Value::Bool(false))
}

/// Validators of response schemas (and their array items), compiled on first use.
fn validator(key: &str, schema: &Value) -> Option<&'static Validator> {
    static CACHE: OnceLock<Mutex<HashMap<String, &'static Validator>>> = OnceLock::new();
    let mut cache = CACHE.get_or_init(Mutex::default).lock().unwrap();
    if let Some(v) = cache.get(key) {
        return Some(*v);
    }
    let v: &'static Validator = Box::leak(Box::new(compile(schema)?));
    cache.insert(key.to_owned(), v);
    Some(v)
}

/// The smallest valid value of `schema`, then every field of `obj` that keeps it valid.
fn fit(key: &str, schema: &Value, obj: &Map<String, Value>) -> Value {
    let base = synthesize(schema, key);
    let Value::Object(mut out) = base.clone() else {
        return base;
    };
    let declared = properties(schema);
    let extra = allows_extra(schema);
    for (k, v) in obj {
        if extra || declared.is_some_and(|p| p.contains_key(k)) {
            out.insert(k.clone(), v.clone());
        }
    }
    let Some(validator) = validator(key, schema) else {
        return Value::Object(out);
    };
    for _ in 0..16 {
        let candidate = Value::Object(out.clone());
        let bad: Vec<String> = validator
            .iter_errors(&candidate)
            .filter_map(|e| {
                let path = e.instance_path().to_string();
                let top = path.trim_start_matches('/').split('/').next()?.to_owned();
                (!top.is_empty()).then_some(top)
            })
            .collect();
        if bad.is_empty() {
            return candidate;
        }
        for field in bad {
            match base.get(&field) {
                Some(v) => out.insert(field, v.clone()),
                None => out.remove(&field),
            };
        }
    }
    base
}

/// The property an object is wrapped in, when the schema's only required property is
/// an untyped object.
fn wrapper(schema: &Value) -> Option<&str> {
    let props = properties(schema)?;
    let required: Vec<&str> = resolve(schema)
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let [only] = required.as_slice() else {
        return None;
    };
    let p = resolve(props.get(*only)?);
    (p.get("type").and_then(Value::as_str) == Some("object") && properties(p).is_none())
        .then_some(*only)
}

/// The answer for one object.
pub fn object(op: &OperationSpec, obj: &Map<String, Value>) -> Value {
    let schema = &op.response_schema;
    if properties(schema).is_none() {
        return Value::Object(obj.clone());
    }
    if let Some(w) = wrapper(schema) {
        let mut wrapped = Map::new();
        wrapped.insert(w.to_owned(), Value::Object(obj.clone()));
        return fit(&op.id, schema, &wrapped);
    }
    fit(&op.id, schema, obj)
}

/// The answer for a deleted object: `{id, <id field>, deleted, ok}` fitted to the schema.
pub fn deleted(op: &OperationSpec, id: &str, id_field: Option<&str>) -> Value {
    let mut tomb = Map::new();
    tomb.insert("id".into(), json!(id));
    if let Some(f) = id_field {
        tomb.insert(f.to_owned(), json!(id));
    }
    tomb.insert("deleted".into(), json!(true));
    tomb.insert("ok".into(), json!(true));
    object(op, &tomb)
}

/// Integer properties of typed list answers that carry the total.
const TOTAL_FIELDS: &[&str] = &["numberMatched", "total", "count", "total_count"];

/// The answer for one page of a list.
pub fn list(op: &OperationSpec, page: Page) -> Value {
    let schema = &op.response_schema;
    let Some(props) = properties(schema) else {
        return page.envelope;
    };
    let array = props
        .iter()
        .find(|(_, p)| resolve(p).get("type").and_then(Value::as_str) == Some("array"));
    let Some((name, array_schema)) = array else {
        let obj = page.envelope.as_object().cloned().unwrap_or_default();
        return fit(&op.id, schema, &obj);
    };
    let item_schema = resolve(array_schema)
        .get("items")
        .cloned()
        .unwrap_or(json!({}));
    let item_key = format!("{}#{name}", op.id);
    let items: Vec<Value> = page
        .items
        .into_iter()
        .map(|v| match (&v, properties(&item_schema)) {
            (Value::Object(o), Some(_)) => fit(&item_key, &item_schema, o),
            _ => v,
        })
        .collect();
    let mut obj = Map::new();
    obj.insert(name.clone(), Value::Array(items));
    for t in TOTAL_FIELDS {
        if props.contains_key(*t) {
            obj.insert((*t).to_owned(), json!(page.total));
        }
    }
    if let Some(env) = page.envelope.as_object() {
        if allows_extra(schema) {
            for (k, v) in env {
                if k != "items" && k != "content" {
                    obj.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
        }
    }
    fit(&op.id, schema, &obj)
}
