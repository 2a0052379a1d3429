//! The operation protocol: `POST /v1/op/<id>` through auth, rate limits, scopes, body
//! parsing, schema validation and idempotency, then the operation's handler.
//!
//! The order of checks follows the documented behaviour: an unknown operation is 404
//! whoever asks; a bad token is 401 before anything else is looked at; a missing scope
//! is 403 "before any work is done"; only then is the body judged (400, then 422).

mod clip;
mod download;
mod event_subscriptions;
mod items;
mod uploads;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use http::{header, HeaderMap, HeaderValue, StatusCode};
use serde_json::Value;

use crate::auth::{extract_token, scopes_allow, TokenInfo};
use crate::idempotency::{Claim, StoredResponse};
use crate::problem::{validation_response, Problem, ValidationIssue};
use crate::ratelimit::{class_of, LimitClass};
use crate::resources;
use crate::server_state::AppState;
use crate::spec::{OperationSpec, Spec};
use crate::synth::synthesize;

/// Largest operation body accepted (operation bodies are small JSON documents).
const MAX_BODY: usize = 8 * 1024 * 1024;

/// The peer address of a connection, attached to each request by the accept loop.
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub SocketAddr);

/// Why a handler refused a request.
#[derive(Debug)]
pub enum Reject {
    /// A `problem+json` error.
    Problem(Problem),
    /// A 422 in `HTTPValidationError` shape (domain rules that read like schema errors).
    Invalid(Vec<ValidationIssue>),
}

impl std::fmt::Display for Reject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reject::Problem(p) => write!(f, "{} {}: {}", p.status, p.title, p.detail),
            Reject::Invalid(issues) => {
                let msgs: Vec<&str> = issues.iter().map(|i| i.msg.as_str()).collect();
                write!(f, "422 {}", msgs.join("; "))
            }
        }
    }
}

impl From<Problem> for Reject {
    fn from(p: Problem) -> Self {
        Reject::Problem(p)
    }
}

/// What an operation handler gets to work with.
pub struct Ctx<'a> {
    /// Server state.
    pub app: &'a AppState,
    /// The caller.
    pub token: &'a TokenInfo,
    /// Base URL the caller reached us at (for signed URLs).
    pub base_url: String,
    /// Request time.
    pub now: DateTime<Utc>,
}

impl Ctx<'_> {
    /// The caller's organisation.
    pub fn org(&self) -> &str {
        &self.token.org
    }
}

/// What a handler answers: the success body, or why not.
pub type Outcome = Result<Value, Reject>;

/// A hand-written operation handler.
pub type Handler = fn(&Ctx<'_>, &Value) -> Outcome;

/// Operations served by hand, before the resource engine: flows with side effects the
/// engine cannot express (quota reservations, signed URLs, stored bytes, egress). The
/// first match wins; every other operation goes to [`resources::handle`], then to the
/// synthesizer. A module that takes over more operations adds them here.
pub const HANDLERS: &[(&str, Handler)] = &[
    ("uploads.initiate", uploads::initiate),
    ("uploads.signed_url", uploads::signed_url),
    ("uploads.progress", uploads::progress),
    ("uploads.complete", uploads::complete),
    ("uploads.fail", uploads::fail),
    ("items.delete", items::delete),
    ("items.list_assets", items::list_assets),
    ("items.get_stac", items::get_stac),
    ("items.asset.download", items::download),
    ("assets.delete", items::delete_asset),
    ("clip.create_from_area", clip::create),
    ("clip.job.downloads", clip::downloads),
    ("clip.job.download", clip::download),
    ("clip.job.delete", clip::delete),
    ("event_subscriptions.create", event_subscriptions::create),
    ("event_subscriptions.list", event_subscriptions::list),
    ("event_subscriptions.get", event_subscriptions::get),
    ("event_subscriptions.update", event_subscriptions::update),
    ("event_subscriptions.delete", event_subscriptions::delete),
    ("event_subscriptions.test", event_subscriptions::test),
];

/// Runs the hand-written handler of `op`, else the resource engine, else synthesizes
/// a response.
fn run(ctx: &Ctx<'_>, op: &OperationSpec, body: &Value) -> Outcome {
    if let Some((_, handler)) = HANDLERS.iter().find(|(id, _)| *id == op.id) {
        return handler(ctx, body);
    }
    resources::handle(ctx, op, body).unwrap_or_else(|| Ok(synthesize(&op.response_schema, &op.id)))
}

/// Serves one operation call.
pub async fn dispatch(app: Arc<AppState>, op_id: String, req: Request) -> Response {
    let spec = Spec::get();
    let Some(op) = spec.operation(&op_id) else {
        return Problem::not_found(format!("unknown operation '{op_id}'")).into_response();
    };
    let (parts, body) = req.into_parts();
    let headers = &parts.headers;

    let token = extract_token(headers);
    let authenticated = token
        .as_deref()
        .map(|t| crate::realm::authenticate(&app, t));
    let Some(Ok(info)) = authenticated else {
        let ip = parts
            .extensions
            .get::<PeerAddr>()
            .map(|p| p.0.ip().to_string())
            .unwrap_or_default();
        if let Err(secs) = app
            .limiter
            .check(&format!("ip:{ip}"), &[LimitClass::Unauthenticated])
        {
            return rate_limited(secs);
        }
        let detail = match authenticated {
            Some(Err(why)) => why,
            _ => "missing credentials: send 'Authorization: Bearer <token>' or 'X-API-Key'",
        };
        return Problem::unauthorized(detail).into_response();
    };

    let mut classes = vec![LimitClass::Default];
    classes.extend(class_of(&op.id, &op.scope, op.declares_idempotency_key));
    if let Err(secs) = app.limiter.check(&format!("org:{}", info.org), &classes) {
        return rate_limited(secs);
    }

    if !scopes_allow(&info.scopes, &op.scope) {
        return Problem::new(403, format!("missing scope '{}' for '{}'", op.scope, op.id))
            .into_response();
    }

    let bytes = match to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(_) => {
            return Problem::new(413, format!("request body exceeds {MAX_BODY} bytes"))
                .into_response()
        }
    };
    let value: Option<Value> = if bytes.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        match serde_json::from_slice(&bytes) {
            Ok(v) => Some(v),
            Err(e) => {
                return Problem::bad_request(format!("request body is not valid JSON: {e}"))
                    .into_response()
            }
        }
    };
    let issues = app.validators.check(op, value.as_ref());
    if !issues.is_empty() {
        return validation_response(issues);
    }
    let body = value.unwrap_or(Value::Null);

    let idem_key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let path = parts.uri.path().to_owned();
    if let Some(key) = &idem_key {
        match app.idempotency.claim(&info.org, &path, key, &body) {
            Claim::Proceed => {}
            Claim::Replay(stored) => {
                let mut resp = stored_to_response(&stored);
                resp.headers_mut()
                    .insert("idempotent-replayed", HeaderValue::from_static("true"));
                return resp;
            }
            Claim::Conflict(msg) => return Problem::conflict(msg).into_response(),
        }
    }

    let ctx = Ctx {
        app: &app,
        token: &info,
        base_url: base_url_for(headers, &app.base_url),
        now: Utc::now(),
    };
    let stored = match run(&ctx, op, &body) {
        Ok(v) => StoredResponse {
            status: op.success_status,
            content_type: "application/json".into(),
            body: serde_json::to_vec(&v).unwrap_or_default().into(),
        },
        Err(Reject::Problem(p)) => StoredResponse {
            status: p.status,
            content_type: "application/problem+json".into(),
            body: serde_json::to_vec(&p).unwrap_or_default().into(),
        },
        Err(Reject::Invalid(issues)) => StoredResponse {
            status: 422,
            content_type: "application/json".into(),
            body: serde_json::to_vec(&serde_json::json!({ "detail": issues }))
                .unwrap_or_default()
                .into(),
        },
    };
    if let Some(key) = &idem_key {
        let keep = stored.status < 500;
        app.idempotency
            .finish(&info.org, &path, key, keep.then(|| stored.clone()));
    }
    stored_to_response(&stored)
}

fn stored_to_response(stored: &StoredResponse) -> Response {
    let mut resp = Response::new(Body::from(stored.body.clone()));
    *resp.status_mut() = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
    if let Ok(ct) = HeaderValue::from_str(&stored.content_type) {
        resp.headers_mut().insert(header::CONTENT_TYPE, ct);
    }
    resp
}

fn rate_limited(secs: u64) -> Response {
    Problem::new(429, format!("rate limit exceeded; retry in {secs} s"))
        .with_retry_after(Some(secs))
        .into_response()
}

/// `http://<Host>` when the request names a usable host, else the bound address, so
/// signed URLs point wherever the client reached the server (e.g. through a port map).
fn base_url_for(headers: &HeaderMap, fallback: &str) -> String {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']')
                })
        })
        .map(|h| format!("http://{h}"))
        .unwrap_or_else(|| fallback.to_owned())
}

/// A required string field of a validated body (validation already guaranteed it).
fn str_field<'a>(body: &'a Value, name: &str) -> &'a str {
    body.get(name).and_then(Value::as_str).unwrap_or_default()
}

/// An optional string field (absent and `null` both mean "not given").
fn opt_str(body: &Value, name: &str) -> Option<String> {
    body.get(name).and_then(Value::as_str).map(str::to_owned)
}

/// 404 for an id that does not exist *for this caller* (another organisation's
/// resource is indistinguishable from a missing one).
pub fn not_found(kind: &str, id: &str) -> Reject {
    Reject::Problem(Problem::not_found(format!("{kind} '{id}' not found")))
}
