//! The four call forms of an operation, optional bodies and per-call headers, end to end
//! against a local stub server.

use std::time::Duration;

use geopera_api::operations::{billing_topup, uploads_complete, uploads_initiate};
use geopera_api::types::{UploadInitiate, UploadOutput};
use geopera_api::{Client, Error, InvalidRequestKind, RetryPolicy};
use geopera_tests::{Canned, StubServer};
use serde_json::{json, Map, Value};

const TOKEN: &str = "gpra_variants_token";

fn client_for(stub: &StubServer) -> Client {
    Client::builder()
        .base_url(stub.base_url())
        .token(TOKEN)
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap()
}

fn upload_body() -> UploadInitiate {
    serde_json::from_value(json!({
        "project_id": "proj_1",
        "file_count": 2,
        "total_bytes": 4096,
        "transfer_method": "cli",
    }))
    .unwrap()
}

fn session_reply() -> Canned {
    Canned::json(
        200,
        &json!({"id": "u_42", "status": "pending", "reserved_bytes": 4096}),
    )
    .with_header("x-request-id", "req-7")
}

fn assert_session(output: &UploadOutput) {
    assert_eq!(output.id, "u_42");
    assert_eq!(output.extra["status"], json!("pending"));
    assert_eq!(output.extra["reserved_bytes"], json!(4096));
}

fn assert_initiate_requests(stub: &StubServer, expected: usize) {
    let requests = stub.requests();
    assert_eq!(requests.len(), expected);
    for request in requests {
        assert_eq!(request.path, "/v1/op/uploads.initiate");
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(request.json(), serde_json::to_value(upload_body()).unwrap());
    }
}

#[tokio::test]
async fn async_send_and_send_detailed() {
    let stub = StubServer::always(session_reply());
    let client = client_for(&stub);

    let output = uploads_initiate::send(&client, &upload_body())
        .await
        .unwrap();
    assert_session(&output);

    let detailed = uploads_initiate::send_detailed(&client, &upload_body())
        .await
        .unwrap();
    assert_eq!(detailed.status.as_u16(), 200);
    assert_eq!(detailed.headers.get("x-request-id").unwrap(), "req-7");
    assert_session(&detailed.body);

    // The request builder is a future too.
    let awaited = uploads_initiate::request(&client, &upload_body())
        .await
        .unwrap();
    assert_session(&awaited);

    assert_initiate_requests(&stub, 3);
}

/// A plain test function: no async runtime anywhere on this thread.
#[test]
fn blocking_send_and_send_blocking_detailed_from_a_plain_fn() {
    let stub = StubServer::always(session_reply());
    let client = client_for(&stub);

    let output = uploads_initiate::send_blocking(&client, &upload_body()).unwrap();
    assert_session(&output);

    let detailed = uploads_initiate::send_blocking_detailed(&client, &upload_body()).unwrap();
    assert_eq!(detailed.status.as_u16(), 200);
    assert_eq!(detailed.headers.get("x-request-id").unwrap(), "req-7");
    assert_session(&detailed.body);

    // Errors come back as values from the blocking forms too.
    let failing = StubServer::always(Canned::problem(403, "Forbidden", "missing scope"));
    let err =
        uploads_initiate::send_blocking(&client_for(&failing), &upload_body()).expect_err("403");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));

    assert_initiate_requests(&stub, 2);
}

fn assert_blocking_in_async(result: Result<impl std::fmt::Debug, Error>) {
    let err = result.expect_err("a blocking call inside a runtime must fail");
    let Error::InvalidRequest(invalid) = &err else {
        panic!("expected Error::InvalidRequest, got {err:?}");
    };
    assert_eq!(invalid.kind, InvalidRequestKind::BlockingInAsync);
    assert_eq!(invalid.operation, Some("uploads.initiate"));
    let message = err.to_string();
    assert!(message.contains("uploads.initiate"), "{message}");
    assert!(message.contains("await"), "{message}");
}

#[tokio::test]
async fn blocking_inside_a_current_thread_runtime_is_an_error() {
    let stub = StubServer::always(session_reply());
    let client = client_for(&stub);
    assert_blocking_in_async(uploads_initiate::send_blocking(&client, &upload_body()));
    assert_blocking_in_async(uploads_initiate::send_blocking_detailed(
        &client,
        &upload_body(),
    ));
    assert_eq!(stub.request_count(), 0, "nothing was sent");
    // The runtime still works afterwards.
    uploads_initiate::send(&client, &upload_body())
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocking_inside_a_multi_thread_runtime_is_an_error() {
    let stub = StubServer::always(session_reply());
    let client = client_for(&stub);
    assert_blocking_in_async(uploads_initiate::send_blocking(&client, &upload_body()));
    // From a blocking task of the runtime as well.
    let inner = client.clone();
    let result = tokio::task::spawn_blocking(move || {
        uploads_initiate::send_blocking(&inner, &upload_body()).map(|out| out.id)
    })
    .await
    .unwrap();
    assert_blocking_in_async(result);
    assert_eq!(stub.request_count(), 0);
}

#[tokio::test]
async fn optional_body_none_sends_no_body() {
    let stub = StubServer::always(Canned::json(200, &json!({"id": "u_1", "ok": true})));
    let out = uploads_complete::send(&client_for(&stub), &None)
        .await
        .unwrap();
    assert_eq!(out.id, "u_1");
    assert_eq!(out.extra.get("ok"), Some(&json!(true)));
    let request = stub.single_request();
    assert_eq!(request.path, "/v1/op/uploads.complete");
    assert!(request.body.is_empty(), "{:?}", request.body);
    assert_eq!(request.header("content-type"), None);
    assert_eq!(request.header("content-length").unwrap_or("0"), "0");
}

#[tokio::test]
async fn optional_body_some_sends_the_map() {
    let stub = StubServer::always(Canned::json(
        200,
        &json!({"id": "u_42", "item_ids": ["it_1"]}),
    ));
    let mut map = Map::new();
    map.insert("upload_id".into(), json!("u_42"));
    map.insert("notes".into(), json!({"source": "test", "n": [1, 2]}));
    let out = uploads_complete::send(&client_for(&stub), &Some(map.clone()))
        .await
        .unwrap();
    assert_eq!(out.item_ids, ["it_1"]);
    let request = stub.single_request();
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.json(), Value::Object(map));
}

#[tokio::test]
async fn billing_topup_sends_an_idempotency_key_automatically() {
    let stub = StubServer::always(Canned::json(201, &json!({"credits": 100})));
    let client = client_for(&stub);
    let body = Some(Map::from_iter([("amount".to_string(), json!(100))]));
    let first = billing_topup::send_detailed(&client, &body).await.unwrap();
    assert_eq!(first.status.as_u16(), 201);
    billing_topup::send(&client, &body).await.unwrap();

    let keys: Vec<String> = stub
        .requests()
        .iter()
        .map(|r| {
            r.header("idempotency-key")
                .expect("an Idempotency-Key header")
                .to_string()
        })
        .collect();
    assert_eq!(keys.len(), 2);
    assert!(keys.iter().all(|k| !k.is_empty()));
    assert_ne!(keys[0], keys[1], "one key per logical call");
}

#[tokio::test]
async fn billing_topup_retries_reuse_the_same_key() {
    let stub = StubServer::start([
        Canned::new(503, "text/plain", "busy"),
        Canned::json(201, &json!({"credits": 100})),
    ]);
    let client = Client::builder()
        .base_url(stub.base_url())
        .token(TOKEN)
        .retry_policy(
            RetryPolicy::default()
                .with_initial_backoff(Duration::ZERO)
                .with_max_backoff(Duration::ZERO),
        )
        .build()
        .unwrap();
    billing_topup::send(&client, &None).await.unwrap();
    let requests = stub.requests();
    assert_eq!(requests.len(), 2, "the keyed write is safe to retry");
    let first = requests[0].header("idempotency-key").unwrap();
    assert_eq!(requests[1].header("idempotency-key"), Some(first));
}

#[tokio::test]
async fn per_call_idempotency_key_and_headers_are_sent() {
    let stub = StubServer::always(session_reply());
    let client = client_for(&stub);
    let output = uploads_initiate::request(&client, &upload_body())
        .idempotency_key("k")
        .header("x-api-key", "per-call-key")
        .timeout(Duration::from_secs(30))
        .send()
        .await
        .unwrap();
    assert_session(&output);
    let request = stub.single_request();
    assert_eq!(request.header("idempotency-key"), Some("k"));
    assert_eq!(request.header("x-api-key"), Some("per-call-key"));
    assert_eq!(
        request.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );

    // Without them, neither header is sent for an operation that does not declare the key.
    let plain = StubServer::always(session_reply());
    uploads_initiate::send(&client_for(&plain), &upload_body())
        .await
        .unwrap();
    let request = plain.single_request();
    assert_eq!(request.header("idempotency-key"), None);
    assert_eq!(request.header("x-api-key"), None);
}

#[tokio::test]
async fn a_per_call_header_replaces_the_default_of_the_same_name_only() {
    let stub = StubServer::always(session_reply());
    let client = Client::builder()
        .base_url(stub.base_url())
        .token(TOKEN)
        .default_header("x-tenant", "from-the-client")
        .default_header("x-region", "eu")
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    uploads_initiate::request(&client, &upload_body())
        .header("x-tenant", "from-the-call")
        .header("x-trace", "t1")
        .header("x-trace", "t2")
        .send()
        .await
        .unwrap();
    let request = stub.single_request();
    let values = |name| request.header_values(name);
    assert_eq!(values("x-tenant"), ["from-the-call"]);
    assert_eq!(values("x-region"), ["eu"]);
    assert_eq!(values("x-trace"), ["t1", "t2"]);
    assert_eq!(
        values("authorization"),
        [format!("Bearer {TOKEN}").as_str()]
    );
    assert_eq!(values("content-type"), ["application/json"]);
    assert_eq!(request.json(), serde_json::to_value(upload_body()).unwrap());
}

#[test]
fn an_invalid_per_call_header_is_refused_before_sending() {
    let stub = StubServer::always(session_reply());
    let client = client_for(&stub);
    let err = uploads_initiate::request(&client, &upload_body())
        .header("bad header", "v")
        .send_blocking()
        .expect_err("invalid header name");
    let Error::InvalidRequest(invalid) = &err else {
        panic!("expected Error::InvalidRequest, got {err:?}");
    };
    assert_eq!(invalid.kind, InvalidRequestKind::Header);
    assert_eq!(stub.request_count(), 0);
}
