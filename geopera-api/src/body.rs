//! What may be passed as a request body: the typed model, or JSON converted to it before any
//! request leaves the process.
//!
//! Converting early turns a wrong or missing field into an error naming that field, instead of
//! a round trip that ends in a 422.

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
            format!("the body could not be serialised as JSON: {err}"),
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
        serde_path_to_error::deserialize(self).map_err(|err| {
            let (field, message) = describe(&err);
            Error::invalid_request(
                Some(operation),
                InvalidRequestKind::Body,
                field,
                format!("{message}; the body does not match the operation's model, fix it and try again"),
            )
        })
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
                    "the body must be a JSON object or null, not {}",
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

/// The field a conversion error is about (its path, or the missing field's name) and a message.
fn describe(err: &serde_path_to_error::Error<serde_json::Error>) -> (Option<String>, String) {
    let message = err.inner().to_string();
    let path = err.path().to_string();
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
        .map(str::to_owned);
    let field = match (path.as_str(), missing) {
        (".", Some(name)) => Some(name),
        (".", None) => None,
        (path, Some(name)) => Some(format!("{path}.{name}")),
        (path, None) => Some(path.to_string()),
    };
    (field, message)
}
