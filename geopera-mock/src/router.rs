//! Routes, and the layer every public request passes through: fault injection first,
//! then the handler, then the request log.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use axum::{Json, Router};
use bytes::Bytes;
use futures_util::StreamExt;
use http::{header, HeaderValue, Method};
use serde_json::json;
use tokio::sync::Notify;

use crate::auth::has_credentials;
use crate::faults::{self, AfterLimit, FaultRule, RequestKind};
use crate::inspect::RequestRecord;
use crate::object_store;
use crate::ops;
use crate::problem::Problem;
use crate::server_state::{now_ms, rfc3339_ms, AppState};
use crate::signing::STORAGE_PREFIX;
use crate::webhooks;

/// Lets a handler drop its connection without answering (a "cut" request); attached
/// to every request by the accept loop.
#[derive(Debug, Clone)]
pub struct ConnKill(pub Arc<Notify>);

/// Builds the application.
pub fn router(app: Arc<AppState>) -> Router {
    Router::new()
        .route("/v1/op/{op}", post(operation).fallback(method_not_allowed))
        .route(
            "/v1/{*rest}",
            post(operation_alias).fallback(method_not_allowed),
        )
        .route("/storage/{*path}", any(storage_route))
        .route("/_mock/requests", get(list_requests).delete(clear_requests))
        .route("/_mock/sessions", get(list_sessions))
        .route("/_mock/reservations", get(list_reservations))
        .route("/_mock/objects", get(list_objects))
        .route("/_mock/items", get(list_items))
        .route("/_mock/egress", get(list_egress))
        .route("/_mock/jobs/{id}/fail", post(fail_job))
        .route(
            "/_mock/resources/{family}",
            get(list_resources).post(insert_resource),
        )
        .route("/_mock/deliveries", get(webhooks::list_deliveries))
        .route(
            "/_mock/faults",
            get(list_faults).post(add_fault).delete(clear_faults),
        )
        .merge(crate::realm::routes())
        .route("/_mock/health", get(|| async { Json(json!({"ok": true})) }))
        .route("/openapi.json", get(openapi_document))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(app.clone(), around))
        .with_state(app)
}

/// `GET /openapi.json`: the document this server runs on, byte for byte (the Python CLI's
/// `op --list` reads the operation ids from it).
async fn openapi_document() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        crate::spec::SPEC_JSON,
    )
        .into_response()
}

async fn operation(State(app): State<Arc<AppState>>, req: Request) -> Response {
    let id = req
        .uri()
        .path()
        .strip_prefix("/v1/op/")
        .unwrap_or_default()
        .to_owned();
    ops::dispatch(app, id, req).await
}

/// `POST /v1/<resource>/<action>` is the same operation as `POST /v1/op/<resource>.<action>`.
fn alias_to_id(path: &str) -> Option<String> {
    let rest = path.strip_prefix("/v1/")?.trim_end_matches('/');
    (!rest.is_empty() && !rest.starts_with("op/")).then(|| rest.replace('/', "."))
}

async fn operation_alias(State(app): State<Arc<AppState>>, req: Request) -> Response {
    let id = alias_to_id(req.uri().path()).unwrap_or_default();
    ops::dispatch(app, id, req).await
}

async fn storage_route(State(app): State<Arc<AppState>>, req: Request) -> Response {
    object_store::handle(app, req).await
}

async fn method_not_allowed() -> Response {
    let mut r = Problem::new(405, "operations are invoked with POST").into_response();
    r.headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("POST"));
    r
}

async fn not_found(req: Request) -> Response {
    Problem::not_found(format!(
        "no route for {} {}",
        req.method(),
        req.uri().path()
    ))
    .into_response()
}

fn classify(method: &Method, path: &str) -> RequestKind {
    if let Some(id) = path.strip_prefix("/v1/op/") {
        return RequestKind::Operation(id.to_owned());
    }
    if path.starts_with(STORAGE_PREFIX) {
        return match *method {
            Method::PUT => RequestKind::StoragePut,
            Method::GET | Method::HEAD => RequestKind::StorageGet,
            _ => RequestKind::Other,
        };
    }
    match alias_to_id(path) {
        Some(id) => RequestKind::Operation(id),
        None => RequestKind::Other,
    }
}

fn header_str(req: &Request, name: impl header::AsHeaderName) -> Option<String> {
    req.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// Faults, then the handler, then the log.
async fn around(State(app): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    if path.starts_with("/_mock/") {
        return next.run(req).await;
    }
    let kind = classify(req.method(), &path);
    let mut rec = RequestRecord {
        seq: 0,
        method: req.method().to_string(),
        path: path.clone(),
        operation_id: match &kind {
            RequestKind::Operation(id) => Some(id.clone()),
            _ => None,
        },
        status: 0,
        idempotency_key: header_str(&req, "idempotency-key"),
        range: header_str(&req, header::RANGE),
        has_authorization: has_credentials(req.headers()),
        user_agent: header_str(&req, header::USER_AGENT),
        content_length: header_str(&req, header::CONTENT_LENGTH).and_then(|v| v.parse().ok()),
        timestamp: rfc3339_ms(now_ms()),
    };
    let decision = app.faults.decide(&kind);
    if !decision.latency.is_zero() {
        tokio::time::sleep(decision.latency).await;
    }
    let kill = req.extensions().get::<ConnKill>().cloned();
    let resp = if let Some((status, retry_after)) = decision.fail {
        // Read the request to its end first: answering while the client is still sending
        // makes the server close the connection under it, and the client would then see a
        // reset or the status depending on timing. An injected status is always delivered.
        let mut body = req.into_body().into_data_stream();
        while let Some(Ok(_)) = body.next().await {}
        injected_failure(&kind, status, retry_after)
    } else if let Some((status, location)) = &decision.redirect {
        faults::redirect_response(*status, location)
    } else if let Some((bytes, status, declare_length)) = decision.oversized {
        faults::oversized_response(bytes, status, declare_length)
    } else if let Some(limit) = decision.cut_request {
        let mut body = req.into_body().into_data_stream();
        let mut read = 0u64;
        while read < limit {
            match body.next().await {
                Some(Ok(chunk)) => read += chunk.len() as u64,
                _ => break,
            }
        }
        app.record(rec);
        return hang_up(kill).await;
    } else if let Some(limit) = decision.stall_request {
        app.record(rec);
        return faults::stall_reading(req.into_body(), limit).await;
    } else {
        next.run(req).await
    };
    if decision.drop_answer {
        // The handler ran (its effect and any idempotent replay are stored); the answer
        // never leaves.
        app.record(rec);
        return hang_up(kill).await;
    }
    rec.status = resp.status().as_u16();
    app.record(rec);
    match (decision.cut_response, decision.stall_response) {
        (Some(limit), _) => faults::after_bytes(resp, limit, AfterLimit::Fail),
        (None, Some(limit)) => faults::after_bytes(resp, limit, AfterLimit::Hold),
        (None, None) => resp,
    }
}

/// Closes the connection without an answer.
async fn hang_up(kill: Option<ConnKill>) -> Response {
    if let Some(kill) = kill {
        kill.0.notify_one();
        std::future::pending::<()>().await;
    }
    Response::new(failing_body(Bytes::new()))
}

fn injected_failure(kind: &RequestKind, status: u16, retry_after: Option<u64>) -> Response {
    let mut resp = match kind {
        RequestKind::Operation(_) => Problem::new(status, format!("injected fault: {status}"))
            .with_retry_after(retry_after)
            .into_response(),
        _ => {
            let code = match status {
                403 => "AccessDenied",
                429 => "SlowDown",
                503 => "ServiceUnavailable",
                s if s >= 500 => "InternalError",
                _ => "InvalidRequest",
            };
            object_store::xml_error(status, code, "injected fault")
        }
    };
    if let Some(secs) = retry_after {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    resp
}

/// A body that fails right after `prefix`, which makes the server abort the connection.
fn failing_body(prefix: Bytes) -> Body {
    let items: Vec<Result<Bytes, std::io::Error>> = vec![
        Ok(prefix),
        Err(std::io::Error::other("connection cut by fault injection")),
    ];
    Body::from_stream(futures_util::stream::iter(items))
}

async fn list_requests(State(app): State<Arc<AppState>>) -> Response {
    Json(app.log.lock().unwrap().clone()).into_response()
}

async fn clear_requests(State(app): State<Arc<AppState>>) -> Response {
    app.log.lock().unwrap().clear();
    Json(json!({"cleared": true})).into_response()
}

async fn list_sessions(State(app): State<Arc<AppState>>) -> Response {
    let store = app.store.lock().unwrap();
    let v: Vec<_> = store.sessions.values().map(|s| s.info.clone()).collect();
    Json(v).into_response()
}

async fn list_reservations(State(app): State<Arc<AppState>>) -> Response {
    Json(app.store.lock().unwrap().reservations()).into_response()
}

async fn list_objects(State(app): State<Arc<AppState>>) -> Response {
    let store = app.store.lock().unwrap();
    let v: Vec<_> = store.objects.values().map(|o| o.info.clone()).collect();
    Json(v).into_response()
}

async fn list_items(State(app): State<Arc<AppState>>) -> Response {
    Json(app.store.lock().unwrap().item_infos()).into_response()
}

async fn list_egress(State(app): State<Arc<AppState>>) -> Response {
    Json(app.store.lock().unwrap().egress.clone()).into_response()
}

/// `POST /_mock/jobs/{id}/fail` with an optional `{"reason": "..."}`.
async fn fail_job(
    State(app): State<Arc<AppState>>,
    axum::extract::Path(id): axum::extract::Path<String>,
    body: Bytes,
) -> Response {
    let reason = serde_json::from_slice::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| v.get("reason")?.as_str().map(str::to_owned))
        .unwrap_or_else(|| "failure injected by the test".to_owned());
    let mut store = app.store.lock().unwrap();
    match crate::resources::fail_job(&mut store, &id, &reason) {
        Ok(()) => Json(json!({"job_id": id, "will_fail": reason})).into_response(),
        Err(ops::Reject::Problem(p)) => p.into_response(),
        Err(other) => Problem::conflict(other.to_string()).into_response(),
    }
}

async fn list_resources(
    State(app): State<Arc<AppState>>,
    axum::extract::Path(family): axum::extract::Path<String>,
) -> Response {
    Json(crate::resources::snapshot(&app, &family)).into_response()
}

/// `POST /_mock/resources/{family}`: a fixture object; its `organization_id`, when
/// present, owns it, else every organisation sees it.
async fn insert_resource(
    State(app): State<Arc<AppState>>,
    axum::extract::Path(family): axum::extract::Path<String>,
    body: Bytes,
) -> Response {
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return Problem::bad_request(format!("not JSON: {e}")).into_response(),
    };
    let org = value
        .get("organization_id")
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned);
    match crate::resources::seed(&app, &family, org.as_deref(), value) {
        Ok(id) => Json(json!({"id": id})).into_response(),
        Err(e) => Problem::bad_request(e).into_response(),
    }
}

async fn list_faults(State(app): State<Arc<AppState>>) -> Response {
    Json(json!({
        "rules": app.faults.rules(),
        "url_ttl_secs": app.faults.url_ttl().as_secs_f64(),
    }))
    .into_response()
}

async fn add_fault(State(app): State<Arc<AppState>>, body: Bytes) -> Response {
    match serde_json::from_slice::<FaultRule>(&body) {
        Ok(rule) => {
            app.faults.add(rule);
            list_faults(State(app)).await
        }
        Err(e) => Problem::bad_request(format!("not a fault rule: {e}")).into_response(),
    }
}

async fn clear_faults(State(app): State<Arc<AppState>>) -> Response {
    app.faults.clear();
    list_faults(State(app)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_map_to_dotted_ids() {
        assert_eq!(
            alias_to_id("/v1/uploads/initiate").as_deref(),
            Some("uploads.initiate")
        );
        assert_eq!(
            alias_to_id("/v1/items/asset/download/").as_deref(),
            Some("items.asset.download")
        );
        assert_eq!(alias_to_id("/v1/op/items.get"), None);
        assert_eq!(
            classify(&Method::POST, "/v1/op/items.get"),
            RequestKind::Operation("items.get".into())
        );
        assert_eq!(
            classify(&Method::HEAD, "/storage/a"),
            RequestKind::StorageGet
        );
    }
}
