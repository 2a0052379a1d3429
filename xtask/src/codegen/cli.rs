//! The command table of the `geopera` binary (geopera-cli): one row per operation of the
//! command tree, with the flags its body's scalar fields become.
//!
//! The rows are data, not code: geopera-cli's hand-written runtime turns them into clap
//! commands. The rules are the Python CLI's (`geopera-cli` 0.2.0), read from the document as
//! published (not the normalised copy), so both tools offer the same commands and flags:
//! - every `/v1/op/<id>` operation except those whose `x-required-scope` starts with
//!   `admin:` (those stay reachable through `geopera op`);
//! - the body schema is followed through one `$ref`; an `anyOf` body uses its first branch
//!   with properties;
//! - a property becomes a flag when, after one `$ref` and a nullable wrapper, it is a string,
//!   integer, number or boolean, or an array of string/integer/number items (repeatable);
//! - a property named like one of the leaf's own options (`json`, `profile`, `api-url`) gets
//!   no flag: in the Python CLI the option wins and the field is reachable only via `--json`.
//!   A property named like an option the Rust binary adds is an error naming it.

use anyhow::{bail, Context};
use quote::quote;
use serde_json::Value;

use super::{format_file, GeneratedFile};

/// Output path of the command table.
pub const COMMANDS_PATH: &str = "geopera-cli/src/generated/commands.rs";

/// Options every leaf has in the Python CLI: a body field of the same name gets no flag.
const PYTHON_OPTIONS: &[&str] = &["json", "profile", "api-url"];
/// Options the Rust binary adds to every leaf (or globally): a field may not take them.
const RUST_OPTIONS: &[&str] = &[
    "help",
    "output",
    "paginate",
    "wait",
    "verbose",
    "timeout",
    "retries",
    "max-items",
];

struct Field {
    name: String,
    kind: &'static str,
    repeated: bool,
    required: bool,
    help: String,
}

/// Renders the command table from the spec at `spec_path` (read as published).
pub fn render(spec_path: &std::path::Path) -> anyhow::Result<GeneratedFile> {
    let text = std::fs::read_to_string(spec_path)
        .with_context(|| format!("reading {}", spec_path.display()))?;
    let spec: Value = serde_json::from_str(&text)
        .with_context(|| format!("{} is not valid JSON", spec_path.display()))?;
    let paths = spec
        .get("paths")
        .and_then(Value::as_object)
        .context("the spec has no `paths` object")?;
    let mut rows = Vec::new();
    for (path, methods) in paths {
        let Some(id) = path.strip_prefix("/v1/op/") else {
            continue;
        };
        let Some(op) = methods.as_object().and_then(|m| m.values().next()) else {
            continue;
        };
        let scope = op.get("x-required-scope").and_then(Value::as_str);
        if scope.unwrap_or_default().starts_with("admin:") {
            continue;
        }
        let summary = op
            .get("summary")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string();
        let fields = fields(&spec, op).with_context(|| format!("operation `{id}`"))?;
        rows.push((id.to_string(), summary, fields));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));

    let rows = rows.iter().map(|(id, summary, fields)| {
        let fields = fields.iter().map(|f| {
            let (name, help, required, repeated) = (&f.name, &f.help, f.required, f.repeated);
            let kind = quote::format_ident!("{}", f.kind);
            quote! {
                Field { name: #name, kind: Kind::#kind, repeated: #repeated, required: #required, help: #help }
            }
        });
        quote! {
            CommandSpec { id: #id, summary: #summary, fields: &[#(#fields),*] }
        }
    });
    let tokens = quote! {
        //! The operations of the command tree and the flags of each, from the spec.
        use crate::tree::{CommandSpec, Field, Kind};
        /// Every operation of the command tree (all but `admin:` ones), sorted by id.
        pub static COMMANDS: &[CommandSpec] = &[#(#rows),*];
    };
    Ok(GeneratedFile {
        path: COMMANDS_PATH.to_string(),
        contents: format_file(tokens, COMMANDS_PATH)?,
    })
}

/// One `$ref` hop into `components.schemas`; anything else as is (non-objects as `{}`).
fn deref<'a>(spec: &'a Value, node: &'a Value) -> &'a Value {
    static EMPTY: Value = Value::Null;
    if let Some(name) = node.get("$ref").and_then(Value::as_str) {
        let name = name.rsplit('/').next().unwrap_or_default();
        return spec
            .pointer(&format!("/components/schemas/{name}"))
            .unwrap_or(&EMPTY);
    }
    node
}

/// `{anyOf: [X, {type: null}]}` without a `type` of its own → its first typed, non-null branch.
fn unwrap_nullable(prop: &Value) -> &Value {
    if prop.get("type").is_none() {
        if let Some(branches) = prop.get("anyOf").and_then(Value::as_array) {
            for branch in branches {
                match branch.get("type") {
                    Some(Value::String(t)) if t == "null" => {}
                    Some(t) if !t.is_null() && t != &Value::Bool(false) => return branch,
                    _ => {}
                }
            }
        }
    }
    prop
}

/// The flag kind of a property: `(kind, repeated)`, or `None` for `--json`-only fields.
fn scalar(prop: &Value) -> Option<(&'static str, bool)> {
    let prop = unwrap_nullable(prop);
    let kind = |t: Option<&str>| match t {
        Some("string") => Some("String"),
        Some("integer") => Some("Integer"),
        Some("number") => Some("Number"),
        _ => None,
    };
    match prop.get("type").and_then(Value::as_str) {
        Some("boolean") => Some(("Bool", false)),
        Some("array") => {
            static EMPTY: Value = Value::Null;
            let items = unwrap_nullable(prop.get("items").unwrap_or(&EMPTY));
            kind(items.get("type").and_then(Value::as_str)).map(|k| (k, true))
        }
        t => kind(t).map(|k| (k, false)),
    }
}

fn fields(spec: &Value, op: &Value) -> anyhow::Result<Vec<Field>> {
    static EMPTY: Value = Value::Null;
    let schema = op
        .pointer("/requestBody/content/application~1json/schema")
        .unwrap_or(&EMPTY);
    let mut schema = deref(spec, schema);
    if schema.get("properties").is_none() {
        if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
            if let Some(found) = branches.iter().map(|b| deref(spec, b)).find(|b| {
                b.get("properties")
                    .and_then(Value::as_object)
                    .is_some_and(|p| !p.is_empty())
            }) {
                schema = found;
            }
        }
    }
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut fields = Vec::new();
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return Ok(fields);
    };
    for (name, raw) in properties {
        let prop = deref(spec, raw);
        let Some((kind, repeated)) = scalar(prop) else {
            continue;
        };
        let flag = name.replace('_', "-");
        if PYTHON_OPTIONS.contains(&flag.as_str()) {
            continue;
        }
        if RUST_OPTIONS.contains(&flag.as_str()) {
            bail!("body field `{name}` would take the flag --{flag}, which geopera-cli uses for itself; rename the option in geopera-cli/src/tree.rs and here");
        }
        let help = unwrap_nullable(prop)
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string();
        fields.push(Field {
            name: name.clone(),
            kind,
            repeated,
            required: required.contains(&name.as_str()),
            help,
        });
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalar_fields_follow_the_python_rules() {
        let spec = json!({"components": {"schemas": {
            "In": {"required": ["a"], "properties": {
                "a": {"type": "string", "description": " A "},
                "b": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                "c": {"type": "array", "items": {"type": "number"}},
                "d": {"type": "boolean"},
                "e": {"type": "object"},
                "f": {"anyOf": [{"$ref": "#/components/schemas/E"}, {"type": "null"}]},
                "g": {"$ref": "#/components/schemas/E"},
                "profile": {"type": "string"}
            }},
            "E": {"type": "string", "enum": ["x"]}
        }}});
        let op = json!({"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/In"}}}}});
        let fields = fields(&spec, &op).unwrap();
        let got: Vec<(&str, &str, bool, bool)> = fields
            .iter()
            .map(|f| (f.name.as_str(), f.kind, f.repeated, f.required))
            .collect();
        assert_eq!(
            got,
            [
                ("a", "String", false, true),
                ("b", "Integer", false, false),
                ("c", "Number", true, false),
                ("d", "Bool", false, false),
                ("g", "String", false, false),
            ]
        );
        assert_eq!(fields[0].help, "A");
    }

    #[test]
    fn a_field_taking_a_rust_option_is_an_error_naming_it() {
        let spec = json!({});
        let op = json!({"requestBody": {"content": {"application/json": {"schema": {"properties": {"wait": {"type": "boolean"}}}}}}});
        let err = format!("{:#}", fields(&spec, &op).err().unwrap());
        assert!(err.contains("`wait`") && err.contains("--wait"), "{err}");
    }
}
