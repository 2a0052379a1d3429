//! Error bodies in the two shapes Geopera documents: RFC 9457 `problem+json` and
//! FastAPI's `HTTPValidationError`.

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, StatusCode};
use serde::Serialize;
use serde_json::Value;

/// A `problem+json` error, as every non-validation error of the API is shaped.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// Always `about:blank`, as the documented examples show.
    #[serde(rename = "type")]
    pub kind: String,
    /// The reason phrase of `status`.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What went wrong, for a human.
    pub detail: String,
    /// `Retry-After` seconds, sent as a header (never in the body).
    #[serde(skip)]
    pub retry_after: Option<u64>,
}

impl Problem {
    /// A problem with the given status and detail; the title is the reason phrase.
    pub fn new(status: u16, detail: impl Into<String>) -> Self {
        Problem {
            kind: "about:blank".into(),
            title: title_for(status).into(),
            status,
            detail: detail.into(),
            retry_after: None,
        }
    }

    /// Adds a `Retry-After` header (seconds).
    pub fn with_retry_after(mut self, secs: Option<u64>) -> Self {
        self.retry_after = secs;
        self
    }

    /// 400: the body is not JSON.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(400, detail)
    }
    /// 401: no token or an unknown one.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(401, detail)
    }
    /// 404: unknown id or operation, or another organisation's resource.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(404, detail)
    }
    /// 409: invalid state transition or idempotency conflict.
    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(409, detail)
    }
}

/// The reason phrase used as a Problem title.
pub fn title_for(status: u16) -> &'static str {
    StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut resp = Response::new(Body::from(body));
        *resp.status_mut() = status;
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(secs) = self.retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}

/// One entry of FastAPI's `HTTPValidationError.detail`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ValidationIssue {
    /// Where: `["body", "field", 0, ...]`.
    pub loc: Vec<Value>,
    /// Pydantic-style message, e.g. `Field required`.
    pub msg: String,
    /// Pydantic-style error type, e.g. `missing`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The offending input, as pydantic v2 reports it.
    pub input: Value,
}

/// A 422 response in FastAPI's exact shape.
pub fn validation_response(issues: Vec<ValidationIssue>) -> Response {
    let body = serde_json::json!({ "detail": issues });
    let mut resp = Response::new(Body::from(serde_json::to_vec(&body).unwrap_or_default()));
    *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_body_matches_the_documented_shape() {
        let p = Problem::new(
            403,
            "missing scope 'orders:write' for 'orders.archive.place'",
        );
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"type":"about:blank","title":"Forbidden","status":403,
                "detail":"missing scope 'orders:write' for 'orders.archive.place'"})
        );
    }
}
