//! Automatic retries, driven by geopera-mock's fault injection: what is retried, how often,
//! with which key, and when the client gives up.

use std::time::{Duration, Instant};

use geopera_fluent::{Geopera, RetryPolicy};
use geopera_mock::{MockServer, Target};
use serde_json::json;

/// Retries with no real waiting, so the tests depend on counts, never on the clock.
fn quick_policy() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(4)
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_secs(2))
}

fn client(server: &MockServer, policy: RetryPolicy) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .retry_policy(policy)
        .build()
        .expect("client")
}

fn calls_of(server: &MockServer, operation: &str) -> Vec<geopera_mock::RequestRecord> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.operation_id.as_deref() == Some(operation))
        .collect()
}

#[tokio::test]
async fn a_read_operation_survives_two_503s() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("clip.jobs.list"), 2, 503, None);
    let client = client(&server, quick_policy());
    let listed = client
        .clip()
        .jobs()
        .list(json!({"organization_id": server.org_id()}))
        .await
        .expect("the third attempt succeeds");
    assert!(listed.is_object() || listed.is_array(), "{listed}");
    let statuses: Vec<u16> = calls_of(&server, "clip.jobs.list")
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [503, 503, 200]);
}

#[tokio::test]
async fn a_429_waits_for_retry_after() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("clip.jobs.list"), 1, 429, Some(1));
    let client = client(&server, quick_policy());
    let started = Instant::now();
    client
        .clip()
        .jobs()
        .list(json!({"organization_id": server.org_id()}))
        .await
        .expect("succeeds after waiting");
    // The computed backoff is at most 1 ms: only Retry-After explains a wait this long.
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    let statuses: Vec<u16> = calls_of(&server, "clip.jobs.list")
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [429, 200]);
}

#[tokio::test]
async fn a_write_without_idempotency_key_is_not_retried() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("uploads.initiate"), 1, 503, None);
    let client = client(&server, quick_policy());
    let err = client
        .uploads()
        .initiate(
            json!({"project_id": server.project_id(), "transfer_method": "cli", "total_bytes": 1}),
        )
        .await
        .expect_err("the 503 surfaces");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(
        calls_of(&server, "uploads.initiate").len(),
        1,
        "exactly one request"
    );
    assert_eq!(server.reserved_bytes(), 0);
}

#[tokio::test]
async fn topup_is_retried_with_one_idempotency_key() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("billing.topup"), 2, 503, None);
    let client = client(&server, quick_policy());
    client
        .billing()
        .topup(json!({"amount_cents": 500}))
        .await
        .expect("the third attempt succeeds");
    let calls = calls_of(&server, "billing.topup");
    assert_eq!(calls.len(), 3);
    let key = calls[0].idempotency_key.clone().expect("a generated key");
    assert!(!key.is_empty());
    assert!(
        calls
            .iter()
            .all(|c| c.idempotency_key.as_deref() == Some(key.as_str())),
        "{calls:?}"
    );

    // A second logical call gets a fresh key.
    client
        .billing()
        .topup(json!({"amount_cents": 500}))
        .await
        .expect("topup");
    let calls = calls_of(&server, "billing.topup");
    assert_ne!(calls[3].idempotency_key.as_deref(), Some(key.as_str()));
}

#[tokio::test]
async fn an_explicit_key_makes_a_write_retryable() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("uploads.initiate"), 1, 502, None);
    let client = client(&server, quick_policy());
    client
        .uploads()
        .initiate(
            json!({"project_id": server.project_id(), "transfer_method": "cli", "total_bytes": 1}),
        )
        .idempotency_key("init-42")
        .await
        .expect("retried with the caller's key");
    let calls = calls_of(&server, "uploads.initiate");
    assert_eq!(calls.len(), 2);
    assert!(calls
        .iter()
        .all(|c| c.idempotency_key.as_deref() == Some("init-42")));
}

#[tokio::test]
async fn retries_give_up_after_the_bound_with_the_last_error() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("clip.jobs.list"), 10, 504, None);
    let client = client(&server, quick_policy().with_max_attempts(3));
    let err = client
        .clip()
        .jobs()
        .list(json!({"organization_id": server.org_id()}))
        .await
        .expect_err("every attempt fails");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(504));
    assert!(err.to_string().contains("clip.jobs.list"), "{err}");
    assert_eq!(calls_of(&server, "clip.jobs.list").len(), 3);
}

#[tokio::test]
async fn other_errors_are_never_retried() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("clip.jobs.list"), 1, 500, None);
    let client = client(&server, quick_policy());
    let err = client
        .clip()
        .jobs()
        .list(json!({"organization_id": server.org_id()}))
        .await
        .expect_err("500 is not retried");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(calls_of(&server, "clip.jobs.list").len(), 1);
}

#[tokio::test]
async fn disabled_retries_send_once() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("clip.jobs.list"), 1, 503, None);
    let client = client(&server, RetryPolicy::disabled());
    client
        .clip()
        .jobs()
        .list(json!({"organization_id": server.org_id()}))
        .await
        .expect_err("no retry");
    assert_eq!(calls_of(&server, "clip.jobs.list").len(), 1);
}

#[tokio::test]
async fn an_empty_retry_budget_stops_a_retry_storm() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("clip.jobs.list"), 100, 503, None);
    let client = Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .retry_policy(quick_policy().with_max_attempts(10))
        .retry_budget(geopera_fluent::RetryBudget::new(10))
        .build()
        .expect("client");
    for _ in 0..3 {
        let _ = client
            .clip()
            .jobs()
            .list(json!({"organization_id": server.org_id()}))
            .await;
    }
    // 10 tokens pay for two retries in all; after that each call is tried once.
    assert_eq!(calls_of(&server, "clip.jobs.list").len(), 3 + 2);
}
