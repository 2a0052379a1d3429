//! The documented spend operations carry a generated `Idempotency-Key`, the same on every
//! attempt, so they are retried like `billing.topup` and never act twice.

use std::time::Duration;

use geopera_fluent::{dynamic, Geopera, RetryPolicy};
use geopera_mock::{MockServer, RequestRecord, Target};
use serde_json::json;

fn client(server: &MockServer) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(4)
                .with_initial_backoff(Duration::from_millis(1)),
        )
        .build()
        .unwrap()
}

fn calls_of(server: &MockServer, operation: &str) -> Vec<RequestRecord> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.operation_id.as_deref() == Some(operation))
        .collect()
}

/// One key on every attempt, and it is a real key.
fn one_key(calls: &[RequestRecord]) -> String {
    let key = calls[0].idempotency_key.clone().expect("a generated key");
    assert!(!key.is_empty());
    assert!(calls
        .iter()
        .all(|c| c.idempotency_key.as_deref() == Some(key.as_str())));
    key
}

fn clip_body(server: &MockServer) -> serde_json::Value {
    json!({
        "area": "sydney_harbour",
        "mosaic_types": ["visual"],
        "organization_id": server.org_id(),
        "aoi_geometry": {"type": "Polygon", "coordinates": [[[151.2, -33.86], [151.26, -33.86], [151.26, -33.83], [151.2, -33.86]]]},
    })
}

#[tokio::test]
async fn clip_create_from_area_is_retried_after_503s_with_one_key_and_makes_one_job() {
    let server = MockServer::start().await;
    server
        .faults()
        .fail_next(Target::op("clip.create_from_area"), 2, 503, None);
    let job = client(&server)
        .clip()
        .create_from_area(clip_body(&server))
        .await
        .expect("the third attempt succeeds");

    let calls = calls_of(&server, "clip.create_from_area");
    let statuses: Vec<u16> = calls.iter().map(|c| c.status).collect();
    let key = one_key(&calls);
    let jobs = server.resources("clip.job");
    println!(
        "statuses {statuses:?}, key {key} on all {} attempts, jobs held: {}",
        calls.len(),
        jobs.len()
    );
    assert_eq!(statuses, [503, 503, 200]);
    assert_eq!(jobs.len(), 1, "{jobs:?}");
    assert_eq!(Some(&jobs[0]["id"]), job.get("id").or(job.get("job_id")));
}

/// The answer is lost after the job was made: only the key keeps the retry from making a
/// second job, and the retry gets the stored answer.
#[tokio::test]
async fn a_lost_answer_of_clip_create_from_area_is_replayed_not_repeated() {
    let server = MockServer::start().await;
    server
        .faults()
        .drop_answer(Target::op("clip.create_from_area"), 1);
    let job = client(&server)
        .clip()
        .create_from_area(clip_body(&server))
        .await
        .expect("the retry gets the stored answer");
    let calls = calls_of(&server, "clip.create_from_area");
    let statuses: Vec<u16> = calls.iter().map(|c| c.status).collect();
    let key = one_key(&calls);
    let jobs = server.resources("clip.job");
    println!(
        "statuses {statuses:?} (0: answer dropped), key {key}, jobs held: {}",
        jobs.len()
    );
    assert_eq!(statuses, [0, 200]);
    assert_eq!(jobs.len(), 1, "{jobs:?}");
    assert_eq!(Some(&jobs[0]["id"]), job.get("id").or(job.get("job_id")));
}

#[tokio::test]
async fn every_documented_spend_operation_accepts_a_key_and_is_retried() {
    let server = MockServer::start().await;
    let client = client(&server);
    for (operation, body) in [
        ("orders.cancel", json!({"order_id": "ord_1"})),
        ("orders.archive.place", json!({"items": ["it_1"]})),
        ("billing.topup", json!({"amount": 10})),
    ] {
        let info = dynamic::operation(operation).unwrap();
        assert!(info.accepts_idempotency_key, "{operation}");
        server
            .faults()
            .fail_next(Target::op(operation), 1, 503, None);
        client
            .api()
            .request_json(info, Some(&body))
            .await
            .unwrap_or_else(|err| panic!("{operation}: {err}"));
        let calls = calls_of(&server, operation);
        let statuses: Vec<u16> = calls.iter().map(|c| c.status).collect();
        assert_eq!(statuses[0], 503, "{operation}");
        assert!(
            (200..300).contains(&statuses[1]),
            "{operation}: {statuses:?}"
        );
        one_key(&calls);
    }
    // Not a spend operation: no key, so a write without one is not repeated.
    assert!(
        !dynamic::operation("projects.create")
            .unwrap()
            .accepts_idempotency_key
    );
}
