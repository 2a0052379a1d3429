//! Typed model builders: `UploadInitiate::builder().project_id("proj_1").total_bytes(4096)`.
//!
//! Every request model gets `X::builder()` and one generated setter per field on
//! [`Builder<X>`]; the setters are one line each, and all behaviour lives here. A builder
//! collects the fields as JSON and [`Builder::build`] converts them through the same checks as
//! a JSON body, so a missing required field or a broken constraint (a pattern, a length, a
//! zero where a positive number is needed) is an error naming the field. A builder is itself a
//! body: pass it to a call without calling `build`.

use std::fmt;
use std::marker::PhantomData;

use serde::Serialize;

use crate::body::{convert, IntoBody};
use crate::error::{Error, InvalidRequestKind};
use crate::{BodyModel, JsonObject};

/// Builds a request model `T` field by field; made by `T::builder()`.
#[must_use = "a builder does nothing until it is built or passed as a body"]
pub struct Builder<T> {
    fields: JsonObject,
    error: Option<Error>,
    _model: PhantomData<fn() -> T>,
}

impl<T: BodyModel> Builder<T> {
    /// An empty builder: every field unset.
    pub fn new() -> Self {
        Builder {
            fields: JsonObject::new(),
            error: None,
            _model: PhantomData,
        }
    }

    /// Sets field `name` (its JSON name); the generated setters call this.
    #[doc(hidden)]
    pub fn set<V: Serialize>(mut self, name: &'static str, value: V) -> Self {
        match serde_json::to_value(value) {
            Ok(value) => {
                self.fields.insert(name.to_string(), value);
            }
            Err(err) => {
                self.error.get_or_insert_with(|| {
                    Error::invalid_request(
                        None,
                        InvalidRequestKind::Body,
                        Some(name.to_string()),
                        format!("field `{name}` of `{}` is invalid: {err}", T::NAME),
                    )
                });
            }
        }
        self
    }

    /// The model, or an error naming the missing required field or the field whose value
    /// breaks a constraint.
    pub fn build(self) -> Result<T, Error> {
        self.build_for(None)
    }

    fn build_for(self, operation: Option<&'static str>) -> Result<T, Error> {
        if let Some(err) = self.error {
            return Err(err);
        }
        convert(
            serde_json::Value::Object(self.fields),
            || format!("`{}`", T::NAME),
            operation,
            |name| format!("; set it with `.{name}(..)`"),
        )
    }
}

impl<T: BodyModel> Default for Builder<T> {
    fn default() -> Self {
        Builder::new()
    }
}

impl<T: BodyModel> Clone for Builder<T> {
    fn clone(&self) -> Self {
        Builder {
            fields: self.fields.clone(),
            // Errors are not `Clone`; the clone re-reports a bad value when built.
            error: self.error.as_ref().map(|err| {
                Error::invalid_request(
                    err.operation(),
                    InvalidRequestKind::Body,
                    None,
                    err.to_string(),
                )
            }),
            _model: PhantomData,
        }
    }
}

impl<T: BodyModel> fmt::Debug for Builder<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Field names only: values may be anything the caller sets.
        f.debug_struct("Builder")
            .field("model", &T::NAME)
            .field("set", &self.fields.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// A builder is a body: it is built when the call is sent, and a build error names the call.
impl<T: BodyModel> IntoBody<T> for Builder<T> {
    fn into_body(self, operation: &'static str) -> Result<T, Error> {
        self.build_for(Some(operation))
    }
}
