//! What a caller sees for each kind of failure, against a local stub server: the right `Error`
//! variant, a message naming the operation, status and detail, and never the credential.

use std::time::Duration;

use geopera_api::operations::{items_get, uploads_initiate};
use geopera_api::types::{ItemGetInput, UploadInitiate};
use geopera_api::{Client, Error, RetryPolicy, SessionTokens, USER_AGENT};
use geopera_tests::{refused_base_url, Canned, StubServer};
use serde_json::json;

const TOKEN: &str = "gpra_secret_TOKEN_123";

fn client_for(base_url: &str) -> Client {
    Client::builder()
        .base_url(base_url)
        .token(TOKEN)
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap()
}

/// The default policy with no waiting, so retry tests never depend on time.
fn instant_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_initial_backoff(Duration::ZERO)
        .with_max_backoff(Duration::ZERO)
}

fn upload_body() -> UploadInitiate {
    serde_json::from_value(json!({
        "project_id": "proj_1",
        "total_bytes": 2048,
        "transfer_method": "cli",
    }))
    .unwrap()
}

/// Neither the message nor the debug form of `err` leaks the token.
fn assert_no_token(err: &Error) {
    let display = err.to_string();
    let debug = format!("{err:?}");
    assert!(!display.contains(TOKEN), "token in Display: {display}");
    assert!(!debug.contains(TOKEN), "token in Debug: {debug}");
}

async fn initiate_against(response: Canned) -> (Error, StubServer) {
    let stub = StubServer::always(response);
    let err = uploads_initiate::send(&client_for(stub.base_url()), &upload_body())
        .await
        .expect_err("the call should fail");
    (err, stub)
}

async fn check_problem(status: u16, title: &str, detail: &str) {
    let (err, stub) = initiate_against(Canned::problem(status, title, detail)).await;
    assert_eq!(stub.request_count(), 1);
    let Error::Problem(problem) = &err else {
        panic!("{status}: expected Error::Problem, got {err:?}");
    };
    assert_eq!(problem.status.as_u16(), status);
    assert_eq!(problem.operation, "uploads.initiate");
    assert_eq!(problem.problem.title, title);
    assert_eq!(problem.problem.detail.as_deref(), Some(detail));
    assert_eq!(problem.problem.status, Some(status));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
    assert_eq!(err.problem().unwrap().detail.as_deref(), Some(detail));
    assert_eq!(err.operation(), Some("uploads.initiate"));
    let message = err.to_string();
    for part in ["uploads.initiate", &status.to_string(), title, detail] {
        assert!(
            message.contains(part),
            "`{message}` should mention `{part}`"
        );
    }
    assert_no_token(&err);
}

#[tokio::test]
async fn problem_401() {
    check_problem(401, "Unauthorized", "missing or expired token").await;
    // A 401 names the credential that was sent and where it came from, never its value.
    let (err, _stub) = initiate_against(Canned::problem(
        401,
        "Unauthorized",
        "missing or expired token",
    ))
    .await;
    assert_eq!(
        err.to_string(),
        "uploads.initiate failed with 401 Unauthorized: missing or expired token \
         (sent bearer token from the client builder)"
    );
}

#[tokio::test]
async fn problem_403() {
    check_problem(
        403,
        "Forbidden",
        "missing scope 'uploads:write' for 'uploads.initiate'",
    )
    .await;
}

#[tokio::test]
async fn problem_404() {
    check_problem(404, "Not Found", "project 'proj_1' not found").await;
}

#[tokio::test]
async fn problem_500() {
    check_problem(500, "Internal Server Error", "unexpected failure, id e-42").await;
}

#[tokio::test]
async fn problem_402_not_listed_in_the_spec() {
    check_problem(
        402,
        "Payment Required",
        "storage quota exceeded: 2048 bytes requested, 1024 available",
    )
    .await;
    let (err, _stub) = initiate_against(Canned::problem(402, "Payment Required", "quota")).await;
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn validation_422() {
    let body = json!({"detail": [
        {"loc": ["body", "project_id"], "msg": "Field required", "type": "missing", "input": {}},
        {"loc": ["body", "file_count"], "msg": "Input should be greater than or equal to 1",
         "type": "greater_than_equal", "input": 0, "ctx": {"ge": 1}},
    ]});
    let (err, _stub) = initiate_against(Canned::json(422, &body)).await;
    let Error::Validation(failure) = &err else {
        panic!("expected Error::Validation, got {err:?}");
    };
    assert_eq!(failure.status.as_u16(), 422);
    assert_eq!(failure.operation, "uploads.initiate");
    let first = &failure.error.detail[0];
    assert_eq!(first.loc, vec![json!("body"), json!("project_id")]);
    assert_eq!(first.msg, "Field required");
    assert_eq!(first.type_, "missing");
    assert_eq!(first.location(), "body.project_id");
    assert_eq!(failure.error.detail[1].extra["ctx"], json!({"ge": 1}));
    let message = err.to_string();
    for part in [
        "uploads.initiate",
        "422",
        "body.project_id",
        "Field required",
        "body.file_count",
    ] {
        assert!(
            message.contains(part),
            "`{message}` should mention `{part}`"
        );
    }
    assert!(!err.is_retryable());
    assert_no_token(&err);
}

#[tokio::test]
async fn html_503_is_an_unexpected_status_with_the_text() {
    let html = "<html><body><h1>503 Service Unavailable</h1>upstream overloaded</body></html>";
    let (err, stub) = initiate_against(Canned::new(503, "text/html", html)).await;
    let Error::UnexpectedStatus(unexpected) = &err else {
        panic!("expected Error::UnexpectedStatus, got {err:?}");
    };
    assert_eq!(unexpected.status.as_u16(), 503);
    assert_eq!(unexpected.body, html);
    assert_eq!(unexpected.headers.get("content-type").unwrap(), "text/html");
    let message = err.to_string();
    for part in ["uploads.initiate", "503", "upstream overloaded"] {
        assert!(
            message.contains(part),
            "`{message}` should mention `{part}`"
        );
    }
    assert!(err.is_retryable());
    assert_eq!(stub.request_count(), 1);
    assert_no_token(&err);
}

#[tokio::test]
async fn invalid_success_body_is_a_decode_error_naming_the_operation() {
    // UploadOutput requires `id`.
    let (err, _stub) = initiate_against(Canned::json(200, &json!({"status": "pending"}))).await;
    let Error::Decode(decode) = &err else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(decode.operation, "uploads.initiate");
    assert_eq!(decode.status.as_u16(), 200);
    assert!(decode.excerpt.contains("pending"));
    let message = err.to_string();
    for part in ["uploads.initiate", "200", "pending"] {
        assert!(
            message.contains(part),
            "`{message}` should mention `{part}`"
        );
    }
    // What did not match is the cause, printed once by the chain printer.
    let report = geopera_api::DisplayErrorContext(&err).to_string();
    assert_eq!(report.matches("missing field `id`").count(), 1, "{report}");
    assert!(!err.is_retryable());
    assert_no_token(&err);

    // Not JSON at all.
    let (err, _stub) = initiate_against(Canned::new(200, "application/json", "<html>")).await;
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert!(err.to_string().contains("uploads.initiate"));
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    let base_url = refused_base_url();
    let err = uploads_initiate::send(&client_for(&base_url), &upload_body())
        .await
        .expect_err("nothing listens there");
    let Error::Transport(transport) = &err else {
        panic!("expected Error::Transport, got {err:?}");
    };
    assert_eq!(transport.operation, "uploads.initiate");
    assert_eq!(transport.url, format!("{base_url}/v1/op/uploads.initiate"));
    assert!(transport.source.is_connect(), "{:?}", transport.source);
    assert_eq!(err.status(), None);
    assert!(err.is_retryable());
    let message = err.to_string();
    for part in ["uploads.initiate", "/v1/op/uploads.initiate"] {
        assert!(
            message.contains(part),
            "`{message}` should mention `{part}`"
        );
    }
    assert_no_token(&err);
}

#[tokio::test]
async fn a_token_echoed_by_the_server_is_scrubbed() {
    let (err, _stub) = initiate_against(Canned::problem(
        403,
        "Forbidden",
        &format!("token {TOKEN} lacks scope 'uploads:write'"),
    ))
    .await;
    assert_no_token(&err);
    let detail = err.problem().unwrap().detail.clone().unwrap();
    assert!(detail.contains("lacks scope 'uploads:write'"), "{detail}");
    assert!(detail.contains("<redacted>"), "{detail}");

    // In a non-problem body and in a decode excerpt too.
    let (err, _stub) =
        initiate_against(Canned::new(502, "text/plain", format!("bad auth {TOKEN}"))).await;
    assert!(matches!(err, Error::UnexpectedStatus(_)), "{err:?}");
    assert_no_token(&err);
    let (err, _stub) = initiate_against(Canned::json(200, &json!({"echo": TOKEN}))).await;
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_no_token(&err);
}

#[test]
fn client_debug_hides_the_credential() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .token(TOKEN)
        .build()
        .unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains(TOKEN), "{debug}");
    assert!(debug.contains("127.0.0.1:9"), "{debug}");
    let with_key = Client::builder().api_key(TOKEN).build().unwrap();
    assert!(!format!("{with_key:?}").contains(TOKEN));
    let builder = Client::builder().token(TOKEN);
    assert!(!format!("{builder:?}").contains(TOKEN));
    // Every credential kind: API keys exchanged for tokens, and sessions with their refresh token.
    let exchanged = Client::builder().client_credentials(TOKEN);
    assert!(!format!("{exchanged:?}").contains(TOKEN));
    let exchanged = exchanged.build().unwrap();
    assert!(!format!("{exchanged:?}").contains(TOKEN));
    let tokens = SessionTokens::new(TOKEN, Some(REFRESH.into()));
    assert!(!format!("{tokens:?}").contains(TOKEN));
    assert!(!format!("{tokens:?}").contains(REFRESH));
    let session = Client::builder().session(tokens);
    let shown = format!("{session:?}");
    let shown = format!("{shown} {:?}", session.build().unwrap());
    assert!(
        !shown.contains(TOKEN) && !shown.contains(REFRESH),
        "{shown}"
    );
}

const REFRESH: &str = "refresh_secret_TOKEN_456";

/// A session's access token echoed by the service is scrubbed like a static token.
#[tokio::test]
async fn a_session_token_echoed_by_the_server_is_scrubbed() {
    let stub = StubServer::always(Canned::problem(
        403,
        "Forbidden",
        &format!("token {TOKEN} is odd"),
    ));
    let client = Client::builder()
        .base_url(stub.base_url())
        .session(SessionTokens::new(TOKEN, Some(REFRESH.into())))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let err = uploads_initiate::send(&client, &upload_body())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Problem(_)), "{err:?}");
    assert_no_token(&err);
}

/// An API key sent to the token endpoint and echoed back is scrubbed from the error.
#[tokio::test]
async fn an_api_key_echoed_by_the_token_endpoint_is_scrubbed() {
    let stub = StubServer::always(Canned::new(
        400,
        "application/json",
        format!(r#"{{"error":"invalid_client","error_description":"unknown secret {TOKEN}"}}"#),
    ));
    let client = Client::builder()
        .base_url(stub.base_url())
        .client_credentials(TOKEN)
        .build()
        .unwrap();
    let err = uploads_initiate::send(&client, &upload_body())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("invalid_client"), "{err}");
    assert_no_token(&err);
    let request = stub.single_request();
    assert_eq!(request.path, "/realms/public/protocol/openid-connect/token");
    assert_eq!(stub.request_count(), 1, "nothing sent to the operation");
}

#[tokio::test]
async fn requests_carry_bearer_auth_and_the_user_agent() {
    let stub = StubServer::always(Canned::json(200, &json!({"id": "u_1"})));
    uploads_initiate::send(&client_for(stub.base_url()), &upload_body())
        .await
        .unwrap();
    let request = stub.single_request();
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1/op/uploads.initiate");
    assert_eq!(
        request.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(request.header("x-api-key"), None);
    let agent = request.header("user-agent").unwrap();
    assert!(agent.starts_with("geopera-rust/"), "{agent}");
    assert_eq!(agent, USER_AGENT);
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.json()["project_id"], json!("proj_1"));
}

#[tokio::test]
async fn api_key_auth_sends_x_api_key() {
    let stub = StubServer::always(Canned::json(200, &json!({"id": "u_1"})));
    let client = Client::builder()
        .base_url(stub.base_url())
        .api_key(TOKEN)
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    uploads_initiate::send(&client, &upload_body())
        .await
        .unwrap();
    let request = stub.single_request();
    assert_eq!(request.header("x-api-key"), Some(TOKEN));
    assert_eq!(request.header("authorization"), None);
    assert!(request
        .header("user-agent")
        .unwrap()
        .starts_with("geopera-rust/"));
}

fn retrying_client(base_url: &str) -> Client {
    Client::builder()
        .base_url(base_url)
        .token(TOKEN)
        .retry_policy(instant_retries())
        .build()
        .unwrap()
}

fn item_get_body() -> ItemGetInput {
    serde_json::from_value(json!({"item_id": "it_1"})).unwrap()
}

#[tokio::test]
async fn a_read_operation_is_retried_on_503() {
    let stub = StubServer::always(Canned::problem(503, "Service Unavailable", "try later"));
    let client = retrying_client(stub.base_url());
    let err = items_get::send(&client, &item_get_body())
        .await
        .expect_err("always 503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(
        stub.request_count(),
        client.retry_policy().max_attempts as usize,
        "a read op is attempted up to max_attempts times"
    );
    assert!(client.retry_policy().max_attempts > 1);
    assert_no_token(&err);
}

#[tokio::test]
async fn a_read_operation_recovers_after_a_transient_failure() {
    let stub = StubServer::start([
        Canned::new(502, "text/plain", "bad gateway"),
        Canned::problem(429, "Too Many Requests", "slow down").with_header("retry-after", "0"),
        Canned::json(200, &json!({"item": {"id": "it_1"}})),
    ]);
    let out = items_get::send(&retrying_client(stub.base_url()), &item_get_body())
        .await
        .unwrap();
    assert_eq!(out.item["id"], json!("it_1"));
    assert_eq!(stub.request_count(), 3);
}

#[tokio::test]
async fn a_write_operation_is_not_retried_on_503() {
    let stub = StubServer::always(Canned::new(503, "text/html", "<h1>down</h1>"));
    let err = uploads_initiate::send(&retrying_client(stub.base_url()), &upload_body())
        .await
        .expect_err("always 503");
    assert!(
        err.is_retryable(),
        "retryable in kind, but not safe to repeat"
    );
    assert_eq!(stub.request_count(), 1);
}

#[tokio::test]
async fn a_disabled_policy_never_retries_reads() {
    let stub = StubServer::always(Canned::problem(503, "Service Unavailable", "try later"));
    let err = items_get::send(&client_for(stub.base_url()), &item_get_body())
        .await
        .expect_err("always 503");
    assert!(matches!(err, Error::Problem(_)));
    assert_eq!(stub.request_count(), 1);
}

#[tokio::test]
async fn a_422_problem_for_a_domain_rule_is_a_problem() {
    let (err, _stub) = initiate_against(Canned::problem(
        422,
        "Unprocessable Entity",
        "total_bytes exceeds the project's upload limit",
    ))
    .await;
    let Error::Problem(problem) = &err else {
        panic!("expected Error::Problem, got {err:?}");
    };
    assert_eq!(problem.status.as_u16(), 422);
    assert!(err.to_string().contains("upload limit"));
}

/// serde quotes the offending value in a decode message: it must be scrubbed too.
#[tokio::test]
async fn a_token_echoed_in_a_mistyped_success_field_is_scrubbed() {
    let stub = StubServer::always(Canned::json(200, &json!({"item": TOKEN})));
    let err = items_get::send(&client_for(stub.base_url()), &item_get_body())
        .await
        .expect_err("`item` must be an object");
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_no_token(&err);
}

/// A 422 that echoes a header's value (`input`) and problem extension members must not carry
/// the credential into the error, even in its `Debug` form.
#[tokio::test]
async fn a_token_echoed_in_validation_input_or_problem_extensions_is_scrubbed() {
    let body = json!({"detail": [{"loc": ["header", "x-api-key"], "msg": "invalid key",
                                  "type": "value_error", "input": TOKEN}]});
    let (err, _stub) = initiate_against(Canned::json(422, &body)).await;
    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    assert_no_token(&err);
    let problem = json!({"title": "Unauthorized", "detail": "bad token", "token": TOKEN});
    let (err, _stub) = initiate_against(Canned::new(
        401,
        "application/problem+json",
        problem.to_string(),
    ))
    .await;
    assert!(matches!(err, Error::Problem(_)), "{err:?}");
    assert_no_token(&err);
}
