//! Webhooks end to end: geopera-mock delivers real signed `POST`s to a receiver on loopback,
//! and `webhooks::verify` accepts them and rejects each kind of tampering with its own error.

mod transfer_common;

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use bytes::Bytes;
use geopera_fluent::webhooks::{
    verify, verify_header_map, Event, Verifier, WebhookError, WebhookSecret,
};
use geopera_fluent::Geopera;
use geopera_mock::{DeliveryOutcome, DeliveryRecord, MockServer};
use serde_json::json;
use tokio::sync::mpsc;
use transfer_common::{client, eventually};

/// Failure guard only: deliveries normally arrive in milliseconds.
const PATIENCE: Duration = Duration::from_secs(30);

/// One request the receiver got.
struct Received {
    headers: HeaderMap,
    body: Bytes,
}

impl Received {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("delivery without {name}"))
    }
}

/// A webhook endpoint on loopback that answers with `answers` in turn (then 200) and hands
/// every request to the test.
struct Receiver {
    url: String,
    requests: mpsc::UnboundedReceiver<Received>,
}

impl Receiver {
    async fn start(answers: &[u16]) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/geopera-events", listener.local_addr().unwrap());
        let (tx, requests) = mpsc::unbounded_channel();
        let answers = Arc::new(Mutex::new(answers.iter().copied().collect::<VecDeque<_>>()));
        let handler = move |headers: HeaderMap, body: Bytes| async move {
            let _ = tx.send(Received { headers, body });
            let status = answers.lock().unwrap().pop_front().unwrap_or(200);
            StatusCode::from_u16(status).unwrap()
        };
        let app = Router::new().route("/geopera-events", post(handler));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver { url, requests }
    }

    async fn next(&mut self) -> Received {
        tokio::time::timeout(PATIENCE, self.requests.recv())
            .await
            .expect("no delivery arrived")
            .expect("receiver stopped")
    }
}

/// Subscribes the receiver to `event_type`; returns (subscription id, secret).
async fn subscribe(client: &Geopera, receiver: &Receiver, event_type: &str) -> (String, String) {
    let created = client
        .event_subscriptions()
        .create(json!({"event_type": event_type, "endpoint_url": receiver.url}))
        .await
        .expect("event_subscriptions.create");
    let secret = created.extra["secret"]
        .as_str()
        .expect("create returns the secret")
        .to_owned();
    (created.id, secret)
}

/// The log records of `event_id` once one of them is final (delivered, refused, or no
/// retry follows).
async fn settled(server: &MockServer, event_id: &str) -> Vec<DeliveryRecord> {
    let of_event = || -> Vec<DeliveryRecord> {
        server
            .deliveries()
            .into_iter()
            .filter(|d| d.event_id == event_id)
            .collect()
    };
    let done = eventually(PATIENCE, || {
        of_event().iter().any(|d| d.next_attempt_in_ms.is_none())
    })
    .await;
    assert!(
        done,
        "deliveries of {event_id} never settled: {:?}",
        of_event()
    );
    of_event()
}

#[tokio::test]
async fn a_mock_delivery_verifies_and_each_tampering_fails_its_own_way() {
    let server = MockServer::start().await;
    let client = client(&server);
    let mut receiver = Receiver::start(&[]).await;
    let (_, secret) = subscribe(&client, &receiver, "upload.completed").await;
    let secret = WebhookSecret::new(secret);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("scene.tif");
    std::fs::write(&file, b"II*\0 a tiny scene").unwrap();
    let done = client
        .upload(server.project_id())
        .file(&file)
        .send()
        .await
        .unwrap();

    let delivery = receiver.next().await;
    let event = verify_header_map(&secret, &delivery.headers, &delivery.body).expect("verifies");
    assert_eq!(event.event_type, "upload.completed");
    assert_eq!(event.organization_id, server.org_id());
    assert_eq!(event.entity_type.as_deref(), Some("upload"));
    assert_eq!(event.entity_id.as_deref(), Some(done.id.as_str()));
    assert_eq!(event.data["item_ids"], json!(done.item_ids));
    assert_eq!(event.data["project_id"], server.project_id());
    assert_eq!(delivery.header("x-geopera-event"), "upload.completed");
    assert_eq!(delivery.header("x-geopera-event-id"), event.event_id);
    assert_eq!(delivery.header("content-type"), "application/json");
    let log = settled(&server, &event.event_id).await;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].outcome, DeliveryOutcome::Delivered);
    assert_eq!(log[0].delivery_id, delivery.header("x-geopera-delivery-id"));
    assert_eq!(log[0].signature, delivery.header("x-geopera-signature"));

    // Any (name, value) pairs work, not only a HeaderMap.
    let pairs: Vec<(String, String)> = delivery
        .headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_owned()))
        .collect();
    assert_eq!(verify(&secret, pairs, &delivery.body).unwrap(), event);

    // A changed body.
    let mut tampered = delivery.body.to_vec();
    let at = tampered.len() / 2;
    tampered[at] ^= 0x01;
    assert_eq!(
        verify_header_map(&secret, &delivery.headers, &tampered).unwrap_err(),
        WebhookError::SignatureMismatch
    );
    // Another subscription's secret.
    let wrong = WebhookSecret::new(format!("{secret:?}whsec_other"));
    assert_eq!(
        verify_header_map(&wrong, &delivery.headers, &delivery.body).unwrap_err(),
        WebhookError::SignatureMismatch
    );
    // A replay an hour later, with a five-minute window (and the same delivery now passes).
    let window = Verifier::new(secret.clone()).tolerance(Duration::from_secs(300));
    let later = SystemTime::from(event.timestamp) + Duration::from_secs(3600);
    let stale = window
        .verify_at(&delivery.headers, &delivery.body, later)
        .unwrap_err();
    assert!(
        matches!(stale, WebhookError::StaleTimestamp { timestamp, .. } if timestamp == event.timestamp),
        "{stale:?}"
    );
    window.verify(&delivery.headers, &delivery.body).unwrap();
    // No signature at all.
    let mut unsigned = delivery.headers.clone();
    unsigned.remove("x-geopera-signature");
    assert_eq!(
        verify_header_map(&secret, &unsigned, &delivery.body).unwrap_err(),
        WebhookError::MissingHeader {
            name: "X-Geopera-Signature"
        }
    );
}

#[tokio::test]
async fn a_failing_receiver_gets_the_same_event_until_it_answers_2xx() {
    let server = MockServer::builder()
        .delivery_retry_delays([Duration::from_millis(20), Duration::from_millis(20)])
        .start()
        .await
        .unwrap();
    let client = client(&server);
    let mut receiver = Receiver::start(&[500, 500, 200]).await;
    let (subscription_id, secret) = subscribe(&client, &receiver, "*").await;
    let secret = WebhookSecret::new(secret);

    let first = client
        .event_subscriptions()
        .test(json!({ "subscription_id": subscription_id }))
        .await
        .unwrap();
    assert_eq!((first.status.as_str(), first.delivered), ("failed", false));
    assert_eq!(first.http_status, Some(500));

    let mut attempts = Vec::new();
    for _ in 0..3 {
        attempts.push(receiver.next().await);
    }
    let events: Vec<Event> = attempts
        .iter()
        .map(|a| verify_header_map(&secret, &a.headers, &a.body).expect("every attempt verifies"))
        .collect();
    let event_ids: Vec<&str> = attempts
        .iter()
        .map(|a| a.header("x-geopera-event-id"))
        .collect();
    println!("X-Geopera-Event-ID of the 3 attempts: {event_ids:?}");
    assert_eq!(event_ids, vec![first.event_id.as_str(); 3]);
    assert!(events.iter().all(|e| e.event_id == first.event_id));
    assert!(events
        .iter()
        .all(|e| e.event_type == "event_subscription.test"));
    let delivery_ids: std::collections::BTreeSet<&str> = attempts
        .iter()
        .map(|a| a.header("x-geopera-delivery-id"))
        .collect();
    assert_eq!(
        delivery_ids.len(),
        3,
        "each attempt has its own delivery id"
    );

    let log = settled(&server, &first.event_id).await;
    let summary: Vec<(u32, DeliveryOutcome, Option<u16>)> = log
        .iter()
        .map(|d| (d.attempt, d.outcome, d.http_status))
        .collect();
    println!("delivery log: {summary:?}");
    assert_eq!(
        summary,
        vec![
            (1, DeliveryOutcome::Failed, Some(500)),
            (2, DeliveryOutcome::Failed, Some(500)),
            (3, DeliveryOutcome::Delivered, Some(200)),
        ]
    );
    assert_eq!(log[0].next_attempt_in_ms, Some(20));
    assert_eq!(log[2].next_attempt_in_ms, None);
}

#[tokio::test]
async fn a_completed_clip_job_is_delivered() {
    let server = MockServer::builder()
        .clip_delay(Duration::from_secs(3600))
        .start()
        .await
        .unwrap();
    let client = client(&server);
    let mut receiver = Receiver::start(&[]).await;
    let (_, secret) = subscribe(&client, &receiver, "clip.job.*").await;
    let created = client
        .clip()
        .create_from_area(json!({
            "area": "sydney",
            "mosaic_types": ["visual"],
            "organization_id": server.org_id(),
            "aoi_geometry": {"type": "Polygon", "coordinates": [[[151.2, -33.8], [151.3, -33.8], [151.3, -33.9], [151.2, -33.8]]]},
        }))
        .await
        .unwrap();
    let job_id = created["id"].as_str().unwrap().to_owned();
    // Completion is driven by polls (the second `clip.job.get`), not by the clock.
    for _ in 0..2 {
        client
            .clip()
            .job()
            .get(json!({ "job_id": job_id }))
            .await
            .unwrap();
    }
    let delivery = receiver.next().await;
    let event = verify_header_map(
        &WebhookSecret::new(secret),
        &delivery.headers,
        &delivery.body,
    )
    .unwrap();
    assert_eq!(event.event_type, "clip.job.completed");
    assert_eq!(event.entity_type.as_deref(), Some("clip_job"));
    assert_eq!(event.entity_id.as_deref(), Some(job_id.as_str()));
    assert_eq!(event.data["status"], "completed");
}
