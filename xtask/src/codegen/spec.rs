//! The operations of the (normalised) document, in the shape the generators need.
//!
//! Anything the generators cannot express is an error naming the operation and the reason:
//! an operation is never skipped silently.

use anyhow::{anyhow, bail, Context};
use serde_json::Value;

use super::naming;
use super::paging::{self, PagingSpec};

/// Every operation of the document, sorted by id so output order never depends on the file.
#[derive(Debug)]
pub struct Spec {
    pub operations: Vec<OperationSpec>,
}

/// What the generators need to know about one operation.
#[derive(Debug, Clone)]
pub struct OperationSpec {
    pub id: String,
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The `x-required-scope`; `None` for operations that need no credentials.
    pub scope: Option<String>,
    pub success_status: u16,
    pub body: BodyShape,
    pub output: OutputShape,
    /// Header parameters in declaration order, as spelled in the spec.
    pub header_params: Vec<String>,
    pub requires_auth: bool,
    /// How the operation pages, read from its request schema; `None`: it does not page.
    pub paging: Option<PagingSpec>,
    /// Whether calls accept an `Idempotency-Key` (declared by the spec, or documented).
    pub accepts_idempotency_key: bool,
}

/// The request body of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyShape {
    /// A required body with a named model.
    Model(String),
    /// `anyOf: [{type: object}, {type: null}]`: an optional free-form JSON object.
    OptionalObject,
}

/// The success response of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputShape {
    Model(String),
    /// `{}`: any JSON value.
    Untyped,
    /// `{}` in the spec, decoded into a hand-written view of `geopera_api::views`
    /// (see [`super::overrides`]).
    View(String),
}

impl Spec {
    /// The names of the models that are some operation's request body.
    pub fn body_models(&self) -> std::collections::BTreeSet<String> {
        self.operations
            .iter()
            .filter_map(|op| match &op.body {
                BodyShape::Model(name) => Some(name.clone()),
                BodyShape::OptionalObject => None,
            })
            .collect()
    }

    pub fn parse(document: &Value) -> anyhow::Result<Self> {
        let version = document
            .get("openapi")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !version.starts_with("3.1") {
            bail!("expected an OpenAPI 3.1 document, found openapi = {version:?}");
        }
        let paths = document
            .get("paths")
            .and_then(Value::as_object)
            .context("the spec has no `paths` object")?;
        let mut operations = Vec::with_capacity(paths.len());
        for (path, item) in paths {
            let item = item
                .as_object()
                .with_context(|| format!("path {path} is not an object"))?;
            let methods: Vec<&String> = item.keys().collect();
            if methods != ["post"] {
                bail!(
                    "path {path}: only a single `post` operation is supported, found {methods:?}"
                );
            }
            let operation = &item["post"];
            let id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .with_context(|| format!("path {path}: missing operationId"))?;
            let mut parsed = OperationSpec::parse(path, id, operation)
                .map_err(|reason| anyhow!("operation `{id}` ({path}): {reason:#}"))?;
            parsed.paging = operation_paging(document, &parsed);
            operations.push(parsed);
        }
        operations.sort_by(|a, b| a.id.cmp(&b.id));
        for pair in operations.windows(2) {
            if naming::module_name(&pair[0].id) == naming::module_name(&pair[1].id) {
                bail!(
                    "operations `{}` and `{}` map to the same module",
                    pair[0].id,
                    pair[1].id
                );
            }
        }
        Ok(Spec { operations })
    }
}

impl OperationSpec {
    fn parse(path: &str, id: &str, op: &Value) -> anyhow::Result<Self> {
        if !id.split('.').all(naming::is_snake_identifier) {
            bail!("the id must be dot-separated lowercase identifiers");
        }
        if path != format!("/v1/op/{id}") {
            bail!("the path must be /v1/op/<operationId>");
        }
        let text = |key: &str| op.get(key).and_then(Value::as_str).map(str::to_owned);
        let requires_auth = match op.get("security") {
            Some(Value::Array(reqs)) => !reqs.is_empty(),
            _ => true,
        };
        let scope = text("x-required-scope");
        if requires_auth && scope.is_none() {
            bail!("missing x-required-scope");
        }
        let header_params = header_params(op)?;
        Ok(OperationSpec {
            accepts_idempotency_key: super::idempotency::accepts_key(id, &header_params),
            paging: None,
            id: id.to_string(),
            path: path.to_string(),
            summary: text("summary"),
            description: text("description"),
            scope,
            success_status: success_status(op)?,
            body: body_shape(op)?,
            output: output_shape(op)?,
            header_params,
            requires_auth,
        })
    }
}

/// The paging of `op`, from its request model's properties and its answer model.
fn operation_paging(document: &Value, op: &OperationSpec) -> Option<PagingSpec> {
    let component = |name: &str| document.pointer(&format!("/components/schemas/{name}"));
    let BodyShape::Model(request) = &op.body else {
        return None;
    };
    let properties = component(request)?.get("properties")?.as_object()?;
    let output = match &op.output {
        OutputShape::Model(name) => component(name),
        OutputShape::Untyped | OutputShape::View(_) => None,
    };
    paging::detect(properties, output)
}

fn success_status(op: &Value) -> anyhow::Result<u16> {
    let responses = op
        .get("responses")
        .and_then(Value::as_object)
        .context("no responses")?;
    let successes: Vec<u16> = responses
        .keys()
        .filter_map(|code| code.parse::<u16>().ok())
        .filter(|code| (200..300).contains(code))
        .collect();
    match successes.as_slice() {
        [one] => Ok(*one),
        other => bail!("expected exactly one 2xx response, found {other:?}"),
    }
}

fn json_schema<'a>(content_holder: &'a Value, what: &str) -> anyhow::Result<&'a Value> {
    content_holder
        .pointer("/content/application~1json/schema")
        .with_context(|| format!("the {what} has no application/json schema"))
}

fn ref_name(schema: &Value) -> Option<String> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
        .map(str::to_owned)
}

fn body_shape(op: &Value) -> anyhow::Result<BodyShape> {
    let body = op
        .get("requestBody")
        .context("no requestBody (every operation takes one)")?;
    let schema = json_schema(body, "request body")?;
    let required = body
        .get("required")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if let Some(name) = ref_name(schema) {
        if !required {
            bail!("an optional body with a named model ({name}) is not supported");
        }
        return Ok(BodyShape::Model(name));
    }
    let optional_object = serde_json::json!([{"type": "object"}, {"type": "null"}]);
    if schema.get("anyOf") == Some(&optional_object) {
        return Ok(BodyShape::OptionalObject);
    }
    bail!("unsupported request body schema {schema}")
}

fn output_shape(op: &Value) -> anyhow::Result<OutputShape> {
    let status = success_status(op)?.to_string();
    let response = &op["responses"][status.as_str()];
    let schema = json_schema(response, "success response")?;
    if let Some(name) = ref_name(schema) {
        return Ok(OutputShape::Model(name));
    }
    match schema.as_object() {
        Some(map) if map.is_empty() => Ok(OutputShape::Untyped),
        _ => bail!("unsupported success response schema {schema}"),
    }
}

fn header_params(op: &Value) -> anyhow::Result<Vec<String>> {
    let mut names = Vec::new();
    for param in op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = param
            .get("name")
            .and_then(Value::as_str)
            .context("a parameter has no name")?;
        match param.get("in").and_then(Value::as_str) {
            Some("header") => names.push(name.to_string()),
            other => bail!("parameter `{name}` in {other:?} is not supported (only headers are)"),
        }
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(op: Value) -> Value {
        json!({"openapi": "3.1.0", "paths": {"/v1/op/a.b": {"post": op}}})
    }

    #[test]
    fn unsupported_body_names_the_operation() {
        let op = json!({
            "operationId": "a.b", "x-required-scope": "a:read",
            "requestBody": {"content": {"application/json": {"schema": {"type": "string"}}}},
            "responses": {"200": {"content": {"application/json": {"schema": {}}}}}
        });
        let err = format!("{:#}", Spec::parse(&doc(op)).unwrap_err());
        assert!(err.contains("operation `a.b`"), "{err}");
        assert!(err.contains("unsupported request body"), "{err}");
    }

    #[test]
    fn parses_a_plain_operation() {
        let op = json!({
            "operationId": "a.b", "x-required-scope": "a:read", "summary": "S",
            "parameters": [{"name": "Idempotency-Key", "in": "header"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/In"}}}},
            "responses": {"201": {"content": {"application/json": {"schema": {}}}}}
        });
        let spec = Spec::parse(&doc(op)).unwrap();
        let op = &spec.operations[0];
        assert_eq!(op.body, BodyShape::Model("In".into()));
        assert_eq!(op.output, OutputShape::Untyped);
        assert_eq!(op.success_status, 201);
        assert_eq!(op.header_params, ["Idempotency-Key"]);
        assert_eq!(op.scope.as_deref(), Some("a:read"));
    }

    #[test]
    fn a_3_0_document_is_rejected() {
        let err = Spec::parse(&json!({"openapi": "3.0.3", "paths": {}})).unwrap_err();
        assert!(err.to_string().contains("3.1"));
    }
}
