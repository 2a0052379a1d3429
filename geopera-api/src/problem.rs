//! The error bodies Geopera sends: RFC 9457 problem details and FastAPI validation errors.

use serde::{Deserialize, Serialize};

use crate::JsonObject;

/// An RFC 9457 problem detail (`application/problem+json`), sent with any error status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// A URI reference identifying the problem type; `about:blank` when there is none.
    #[serde(rename = "type", default = "about_blank")]
    pub type_: String,
    /// A short summary of the problem type, e.g. `Payment Required`.
    #[serde(default)]
    pub title: String,
    /// The HTTP status code of this occurrence.
    #[serde(default)]
    pub status: Option<u16>,
    /// What went wrong in this occurrence, e.g. `missing scope 'orders:write' …`.
    #[serde(default)]
    pub detail: Option<String>,
    /// A URI reference identifying this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Extension members, kept as sent.
    #[serde(flatten)]
    pub extensions: JsonObject,
}

fn about_blank() -> String {
    "about:blank".to_string()
}

/// FastAPI's 422 body: the list of fields that failed validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HttpValidationError {
    /// One entry per failing field.
    #[serde(default)]
    pub detail: Vec<ValidationError>,
}

/// One failing field of a 422 response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValidationError {
    /// Where the error is, e.g. `["body", "project_id"]`.
    pub loc: Vec<serde_json::Value>,
    /// A human-readable message, e.g. `Field required`.
    pub msg: String,
    /// The error type, e.g. `missing`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Other members (FastAPI adds `input`, `ctx`, `url`).
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl ValidationError {
    /// The location as a dotted path, e.g. `body.project_id`.
    pub fn location(&self) -> String {
        self.loc
            .iter()
            .map(|part| match part {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(".")
    }
}
