//! What may be passed as a request body: the typed model, its builder, or JSON converted to the
//! model before any request leaves the process.
//!
//! Converting early turns a wrong, missing or misspelled field into an error naming that field
//! (and, for a misspelling, the closest declared one) instead of a round trip that ends in a
//! 422 — or, worse, a field the service silently ignores. A JSON object may carry only the
//! fields its model declares, unless the model keeps extra properties (`additionalProperties`
//! in the spec, a flattened `extra` map in Rust). Nested objects follow their own models'
//! serde rules.

use serde::Serialize;

use crate::error::{Error, InvalidRequestKind};
use crate::{BodyModel, JsonObject};

/// A value usable as the body `B` of an operation.
pub trait IntoBody<B> {
    /// Converts into the body; `operation` names the call in errors.
    fn into_body(self, operation: &'static str) -> Result<B, Error>;

    /// The body as JSON bytes, ready to send; borrowed bodies serialise without a copy.
    #[doc(hidden)]
    fn into_json(self, operation: &'static str) -> Result<Vec<u8>, Error>
    where
        Self: Sized,
        B: Serialize,
    {
        to_json(operation, &self.into_body(operation)?)
    }
}

/// Serialises a body; the error names the operation.
fn to_json<B: Serialize + ?Sized>(operation: &'static str, body: &B) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(body).map_err(|err| {
        Error::invalid_request(
            Some(operation),
            InvalidRequestKind::Body,
            None,
            format!("the {operation} body could not be serialised as JSON: {err}"),
        )
    })
}

impl<B: BodyModel> IntoBody<B> for B {
    fn into_body(self, _operation: &'static str) -> Result<B, Error> {
        Ok(self)
    }
}

impl<B: BodyModel + Clone> IntoBody<B> for &B {
    fn into_body(self, _operation: &'static str) -> Result<B, Error> {
        Ok(self.clone())
    }

    fn into_json(self, operation: &'static str) -> Result<Vec<u8>, Error> {
        to_json(operation, self)
    }
}

impl<B: BodyModel> IntoBody<B> for serde_json::Value {
    fn into_body(self, operation: &'static str) -> Result<B, Error> {
        convert(
            self,
            || format!("the {operation} body"),
            Some(operation),
            |_| String::new(),
        )
    }
}

/// Converts a JSON value to model `B`: undeclared fields first (with the closest declared
/// name), then serde's own checks (missing fields, types, constraints).
///
/// `subject` says what is converted ("the uploads.initiate body", "`UploadInitiate`") and
/// `hint` adds advice for a missing field; both are asked for only when the value is refused.
///
/// A value that converts is read once, without tracking where serde is in it; only a refused
/// value is read again with the path tracked, to name the field in the error.
pub(crate) fn convert<B: BodyModel>(
    value: serde_json::Value,
    subject: impl Fn() -> String,
    operation: Option<&'static str>,
    hint: impl Fn(&str) -> String,
) -> Result<B, Error> {
    let error = |field: Option<String>, message: String| {
        Error::invalid_request(operation, InvalidRequestKind::Body, field, message)
    };
    if let (serde_json::Value::Object(object), Some(declared)) = (&value, B::DECLARED_FIELDS) {
        if let Some(unknown) = object.keys().find(|key| !declared.contains(&key.as_str())) {
            return Err(error(
                Some(unknown.clone()),
                format!(
                    "unknown field `{unknown}` in {}; {}",
                    subject(),
                    suggestion(unknown, declared)
                ),
            ));
        }
    }
    if let Ok(body) = B::deserialize(&value) {
        return Ok(body);
    }
    serde_path_to_error::deserialize(value).map_err(|err| {
        let subject = subject();
        let message = err.inner().to_string();
        let path = err.path().to_string();
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next());
        match (path.as_str(), missing) {
            (".", Some(name)) => error(
                Some(name.to_string()),
                format!(
                    "{subject} is missing the required field `{name}`{}",
                    hint(name)
                ),
            ),
            (".", None) => error(None, format!("{subject} is invalid: {message}")),
            (path, Some(name)) => error(
                Some(format!("{path}.{name}")),
                format!("`{path}` in {subject} is missing the required field `{name}`"),
            ),
            (path, None) => error(
                Some(path.to_string()),
                format!("field `{path}` of {subject} is invalid: {message}"),
            ),
        }
    })
}

/// "did you mean `x`?" for the declared field closest to `unknown`, or the declared list.
fn suggestion(unknown: &str, declared: &[&str]) -> String {
    let closest = declared
        .iter()
        .map(|name| (strsim::jaro_winkler(unknown, name), *name))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match closest {
        Some((score, name)) if score >= 0.8 => format!("did you mean `{name}`?"),
        _ if declared.is_empty() => "it takes no fields".to_string(),
        _ => format!("the declared fields are `{}`", declared.join("`, `")),
    }
}

impl IntoBody<Option<JsonObject>> for JsonObject {
    fn into_body(self, _operation: &'static str) -> Result<Option<JsonObject>, Error> {
        Ok(Some(self))
    }
}

impl IntoBody<Option<JsonObject>> for Option<JsonObject> {
    fn into_body(self, _operation: &'static str) -> Result<Option<JsonObject>, Error> {
        Ok(self)
    }
}

impl IntoBody<Option<JsonObject>> for &Option<JsonObject> {
    fn into_body(self, _operation: &'static str) -> Result<Option<JsonObject>, Error> {
        Ok(self.clone())
    }

    fn into_json(self, operation: &'static str) -> Result<Vec<u8>, Error> {
        to_json(operation, self)
    }
}

/// No body at all, for operations whose body is optional.
impl IntoBody<Option<JsonObject>> for () {
    fn into_body(self, _operation: &'static str) -> Result<Option<JsonObject>, Error> {
        Ok(None)
    }
}

impl IntoBody<Option<JsonObject>> for serde_json::Value {
    fn into_body(self, operation: &'static str) -> Result<Option<JsonObject>, Error> {
        match self {
            serde_json::Value::Object(map) => Ok(Some(map)),
            serde_json::Value::Null => Ok(None),
            other => Err(Error::invalid_request(
                Some(operation),
                InvalidRequestKind::Body,
                None,
                format!(
                    "the {operation} body must be a JSON object or null, not {}",
                    json_kind(&other)
                ),
            )),
        }
    }
}

fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::suggestion;

    #[test]
    fn a_misspelling_suggests_the_closest_field() {
        let declared = ["project_id", "total_bytes", "transfer_method"];
        assert_eq!(
            suggestion("total_byte", &declared),
            "did you mean `total_bytes`?"
        );
        assert_eq!(
            suggestion("transfer_metod", &declared),
            "did you mean `transfer_method`?"
        );
        assert_eq!(
            suggestion("zzz", &declared),
            "the declared fields are `project_id`, `total_bytes`, `transfer_method`"
        );
    }
}
