//! `event_subscriptions.*` and the delivery log: secrets shown once, organisations kept
//! apart, nothing sent outside loopback, unanswered deliveries retried on the schedule, and
//! the secret in no log. (Deliveries to a live receiver, verified, are tested in
//! geopera-fluent's `webhooks` tests.)

mod common;

use std::time::{Duration, Instant};

use common::{two_organisations, Api};
use geopera_mock::{DeliveryOutcome, DeliveryRecord, MockServer};
use serde_json::{json, Value};

const PATIENCE: Duration = Duration::from_secs(30);

async fn create(api: &Api, event_type: &str, endpoint_url: &str) -> Value {
    api.ok(
        "event_subscriptions.create",
        json!({"event_type": event_type, "endpoint_url": endpoint_url, "description": "test"}),
    )
    .await
}

/// `event_subscriptions.test` of the subscription `created`; returns its result.
async fn send_test(api: &Api, created: &Value) -> Value {
    api.ok(
        "event_subscriptions.test",
        json!({"subscription_id": created["id"]}),
    )
    .await
}

/// The delivery log of `event_id` once its last attempt is final; waits at most
/// [`PATIENCE`] (a failure guard: the schedules used here are milliseconds).
async fn settled(server: &MockServer, event_id: &str) -> Vec<DeliveryRecord> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let log: Vec<DeliveryRecord> = server
            .deliveries()
            .into_iter()
            .filter(|d| d.event_id == event_id)
            .collect();
        if log.iter().any(|d| d.next_attempt_in_ms.is_none()) {
            return log;
        }
        assert!(Instant::now() < deadline, "never settled: {log:?}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn subscriptions_show_the_secret_once_and_stay_in_their_organisation() {
    let (_server, api, other) = two_organisations().await;

    let created = create(&api, "upload.completed", "https://example.com/hooks").await;
    let id = created["id"].as_str().unwrap().to_owned();
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(id.starts_with("sub_"), "{id}");
    assert!(
        secret.starts_with("whsec_") && secret.len() > 40,
        "{secret}"
    );
    assert_eq!(created["active"], true);

    let got = api
        .call("event_subscriptions.get", json!({"subscription_id": id}))
        .await;
    assert_eq!(got.status, 200);
    assert_eq!(got.json()["secret"], Value::Null);
    assert_eq!(got.json()["endpoint_url"], "https://example.com/hooks");
    let listed = api.call("event_subscriptions.list", json!({})).await;
    assert_eq!(listed.json()["total"], 1);
    let updated = api
        .call(
            "event_subscriptions.update",
            json!({"subscription_id": id, "active": false, "endpoint_url": "http://127.0.0.1:9/h"}),
        )
        .await;
    assert_eq!(updated.json()["active"], false);
    assert_eq!(updated.json()["endpoint_url"], "http://127.0.0.1:9/h");
    for r in [&got, &listed, &updated] {
        assert!(!r.text.contains(&secret), "secret in {}", r.text);
    }
    let inactive = api
        .ok("event_subscriptions.list", json!({"active": false}))
        .await;
    assert_eq!(inactive["subscriptions"][0]["id"], id.as_str());
    let by_type = api
        .ok(
            "event_subscriptions.list",
            json!({"event_type": "clip.job.*"}),
        )
        .await;
    assert_eq!(by_type["total"], 0);

    // Another organisation sees nothing and can change nothing.
    assert_eq!(
        other.ok("event_subscriptions.list", json!({})).await["total"],
        0
    );
    for op in [
        "event_subscriptions.get",
        "event_subscriptions.update",
        "event_subscriptions.test",
        "event_subscriptions.delete",
    ] {
        let r = other.call(op, json!({"subscription_id": id})).await;
        assert_eq!(r.status, 404, "{op}: {}", r.text);
    }

    let deleted = api
        .ok("event_subscriptions.delete", json!({"subscription_id": id}))
        .await;
    assert_eq!(deleted["deleted"], true);
    let gone = api
        .call("event_subscriptions.get", json!({"subscription_id": id}))
        .await;
    assert_eq!(gone.status, 404);
}

#[tokio::test]
async fn an_endpoint_that_is_not_a_url_is_a_422_naming_the_field() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let r = api
        .call(
            "event_subscriptions.create",
            json!({"event_type": "*", "endpoint_url": "example.com/hooks"}),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert_eq!(
        r.json()["detail"][0]["loc"],
        json!(["body", "endpoint_url"])
    );
}

#[tokio::test]
async fn nothing_is_sent_outside_loopback() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    for url in [
        "https://example.com/hooks",
        "http://10.1.2.3/hooks",
        "https://127.0.0.1:8443/hooks",
    ] {
        let sub = create(&api, "*", url).await;
        let result = send_test(&api, &sub).await;
        assert_eq!(result["status"], "refused", "{url}: {result}");
        assert_eq!(result["delivered"], false);
        assert_eq!(result["will_retry"], false);
        let log = settled(&server, result["event_id"].as_str().unwrap()).await;
        assert_eq!(log.len(), 1, "{url}: refused deliveries are not retried");
        assert_eq!(log[0].outcome, DeliveryOutcome::Refused);
        assert_eq!(log[0].http_status, None);
        let error = log[0].error.as_deref().unwrap();
        assert!(error.contains("loopback"), "{error}");
    }
}

#[tokio::test]
async fn an_unreachable_endpoint_is_retried_on_the_schedule_then_given_up() {
    let server = MockServer::builder()
        .delivery_retry_delays([Duration::from_millis(5), Duration::from_millis(15)])
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let sub = create(&api, "*", &format!("http://127.0.0.1:{port}/h?token=abc")).await;
    let result = send_test(&api, &sub).await;
    assert_eq!(result["status"], "unreachable", "{result}");
    assert_eq!(result["will_retry"], true);

    let log = settled(&server, result["event_id"].as_str().unwrap()).await;
    let attempts: Vec<(u32, DeliveryOutcome, Option<u64>)> = log
        .iter()
        .map(|d| (d.attempt, d.outcome, d.next_attempt_in_ms))
        .collect();
    assert_eq!(
        attempts,
        vec![
            (1, DeliveryOutcome::Unreachable, Some(5)),
            (2, DeliveryOutcome::Unreachable, Some(15)),
            (3, DeliveryOutcome::Unreachable, None),
        ]
    );
    assert!(log.iter().all(|d| d.body == log[0].body));
    assert_eq!(log[0].endpoint_url, format!("http://127.0.0.1:{port}/h"));
}

#[tokio::test]
async fn the_secret_is_in_no_log_and_no_debug_output() {
    let server = MockServer::builder()
        .delivery_retry_delays([])
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    // With an Idempotency-Key, so the replay store holds the response with the secret.
    let body = json!({"event_type": "*", "endpoint_url": "http://127.0.0.1:9/h"});
    let r = api
        .raw(
            "event_subscriptions.create",
            serde_json::to_vec(&body).unwrap(),
            &[("idempotency-key", "create-once")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let created = r.json();
    let secret = created["secret"].as_str().unwrap().to_owned();
    let result = send_test(&api, &created).await;
    settled(&server, result["event_id"].as_str().unwrap()).await;

    let http = reqwest::Client::new();
    let mut seen = Vec::new();
    for path in ["/_mock/deliveries", "/_mock/requests"] {
        let text = http
            .get(format!("{}{path}", server.base_url()))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(text.len() > 2, "{path} is empty");
        seen.push(text);
    }
    assert!(seen[0].contains("sha256="), "the log shows signatures");
    seen.push(format!("{:?}", server.deliveries()));
    seen.push(format!("{:?}", server.requests()));
    seen.push(format!("{server:?}"));
    for text in seen {
        assert!(!text.contains(&secret), "secret leaked into: {text}");
        assert!(
            !text.contains(&secret["whsec_".len()..]),
            "secret leaked into: {text}"
        );
    }
}
