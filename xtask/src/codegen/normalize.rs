//! In-memory rewrites that let typify read the OpenAPI 3.1 (FastAPI) document faithfully.
//!
//! The vendored file is never modified; these rewrites apply to a parsed copy:
//! - component names that are not Rust-friendly (`src__operations__stac__reads__…`, `_Area`)
//!   get readable, unique names, and every `$ref` follows the rename;
//! - `title` is removed from nested schemas: typify names inline types after a property's
//!   title and the first name wins, so unrelated `title: "Name"` properties would otherwise
//!   share one newtype carrying the length limits of whichever schema came first;
//! - `additionalProperties: true` becomes `{}`, which typify keeps as a flattened map instead of
//!   silently dropping extra fields;
//! - `prefixItems` (2020-12 tuples) becomes the draft-07 array form of `items`.

use std::collections::BTreeMap;

use anyhow::{bail, Context};
use serde_json::{Map, Value};

use super::naming;

/// Applies every rewrite to `document` and returns it.
pub fn normalize(mut document: Value) -> anyhow::Result<Value> {
    let renames = component_renames(&document)?;
    rename_components(&mut document, &renames)?;
    let schemas = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .context("the spec has no components.schemas object")?;
    for schema in schemas.values_mut() {
        rewrite_schema(schema, true);
    }
    Ok(document)
}

/// Maps each component name that needs a Rust-friendly name to that name.
pub fn component_renames(document: &Value) -> anyhow::Result<BTreeMap<String, String>> {
    let schemas = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .context("the spec has no components.schemas object")?;
    let mut renames = BTreeMap::new();
    for name in schemas.keys() {
        let readable = readable_name(name);
        if readable != *name {
            renames.insert(name.clone(), readable);
        }
    }
    let mut taken: BTreeMap<&str, &str> = BTreeMap::new();
    for name in schemas.keys() {
        let new = renames.get(name).map(String::as_str).unwrap_or(name);
        if new.is_empty() || !new.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            bail!("component schema `{name}` has no usable Rust name (got `{new}`)");
        }
        if let Some(previous) = taken.insert(new, name) {
            bail!("component schemas `{previous}` and `{name}` would both be named `{new}`");
        }
    }
    Ok(renames)
}

/// `src__operations__stac__reads__CollectionsListInput` → `StacCollectionsListInput`;
/// `src__operations__collections__reads__CollectionsListInput` → `CollectionsListInput`;
/// `_Area` → `Area`. Other names are kept.
fn readable_name(name: &str) -> String {
    if let Some(rest) = name.strip_prefix("src__") {
        let parts: Vec<&str> = rest.split("__").collect();
        let last = parts.last().copied().unwrap_or_default();
        let area = match parts.as_slice() {
            ["operations", area, ..] => *area,
            [area, ..] => *area,
            [] => "",
        };
        let area: String = area.split('_').map(naming::pascal_word).collect();
        return if last.starts_with(&area) {
            last.to_string()
        } else {
            format!("{area}{last}")
        };
    }
    name.trim_start_matches('_').to_string()
}

fn rename_components(
    document: &mut Value,
    renames: &BTreeMap<String, String>,
) -> anyhow::Result<()> {
    if renames.is_empty() {
        return Ok(());
    }
    let schemas = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .context("the spec has no components.schemas object")?;
    let old = std::mem::take(schemas);
    for (name, schema) in old {
        let new = renames.get(&name).cloned().unwrap_or(name);
        schemas.insert(new, schema);
    }
    schemas.sort_keys();
    rewrite_refs(document, renames);
    Ok(())
}

fn rewrite_refs(value: &mut Value, renames: &BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get_mut("$ref") {
                if let Some(name) = target.strip_prefix("#/components/schemas/") {
                    if let Some(new) = renames.get(name) {
                        *target = format!("#/components/schemas/{new}");
                    }
                }
            }
            for child in map.values_mut() {
                rewrite_refs(child, renames);
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| rewrite_refs(item, renames)),
        _ => {}
    }
}

/// Rewrites one schema and its subschemas; `is_component` keeps the component's own title.
fn rewrite_schema(schema: &mut Value, is_component: bool) {
    let Value::Object(map) = schema else { return };
    if !is_component {
        map.remove("title");
    }
    if map.get("additionalProperties") == Some(&Value::Bool(true)) {
        map.insert("additionalProperties".into(), Value::Object(Map::new()));
    }
    if let Some(prefix) = map.remove("prefixItems") {
        map.insert("items".into(), prefix);
    }
    for (keyword, child) in map.iter_mut() {
        match keyword.as_str() {
            "properties" | "patternProperties" | "$defs" | "definitions" => {
                if let Value::Object(children) = child {
                    children.values_mut().for_each(|c| rewrite_schema(c, false));
                }
            }
            "items" | "additionalProperties" | "not" | "contains" | "propertyNames" => {
                match child {
                    Value::Array(children) => {
                        children.iter_mut().for_each(|c| rewrite_schema(c, false))
                    }
                    other => rewrite_schema(other, false),
                }
            }
            "anyOf" | "oneOf" | "allOf" => {
                if let Value::Array(children) = child {
                    children.iter_mut().for_each(|c| rewrite_schema(c, false));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn readable_names() {
        assert_eq!(
            readable_name("src__operations__stac__reads__CollectionsListInput"),
            "StacCollectionsListInput"
        );
        assert_eq!(
            readable_name("src__operations__collections__reads__CollectionsListInput"),
            "CollectionsListInput"
        );
        assert_eq!(readable_name("_Empty"), "Empty");
        assert_eq!(readable_name("UploadInitiate"), "UploadInitiate");
    }

    #[test]
    fn nested_titles_are_removed_but_title_properties_survive() {
        let mut schema = json!({
            "title": "Thing",
            "properties": {
                "title": {"type": "string", "title": "Title"},
                "name": {"anyOf": [{"type": "string", "maxLength": 5, "title": "N"}, {"type": "null"}], "title": "Name"}
            },
            "additionalProperties": true
        });
        rewrite_schema(&mut schema, true);
        assert_eq!(
            schema,
            json!({
                "title": "Thing",
                "properties": {
                    "title": {"type": "string"},
                    "name": {"anyOf": [{"type": "string", "maxLength": 5}, {"type": "null"}]}
                },
                "additionalProperties": {}
            })
        );
    }

    #[test]
    fn colliding_renames_are_an_error() {
        let document = json!({"components": {"schemas": {"_Area": {}, "Area": {}}}});
        let err = component_renames(&document).unwrap_err().to_string();
        assert!(err.contains("`Area`"), "{err}");
    }

    #[test]
    fn refs_follow_renames() {
        let document = json!({
            "components": {"schemas": {"_Area": {"type": "object"}}},
            "paths": {"/x": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/_Area"}}}}}}}
        });
        let out = normalize(document).unwrap();
        assert!(out.pointer("/components/schemas/Area").is_some());
        assert_eq!(
            out.pointer("/paths/~1x/post/requestBody/content/application~1json/schema/$ref"),
            Some(&json!("#/components/schemas/Area"))
        );
    }
}
