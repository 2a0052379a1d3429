//! Waiting for jobs against geopera-mock: completion, failure with the final body, timeout
//! with the last status, and no poll after the waiter is dropped (the mock's request log).
//!
//! The mock completes a job on its second poll unless told otherwise, so these tests count
//! polls, never time.

use std::time::Duration;

use geopera_fluent::waiters::{JobStarter, Wait, JOB_STARTERS};
use geopera_fluent::{dynamic, Geopera, JobState, WaitError};
use geopera_mock::MockServer;
use serde_json::{json, Value};

fn client(server: &MockServer) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .build()
        .unwrap()
}

fn polls(server: &MockServer, poller: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.operation_id.as_deref() == Some(poller))
        .count()
}

/// A mock whose jobs never finish: only a deadline or a drop ends a wait.
async fn never_finishing() -> MockServer {
    MockServer::builder()
        .jobs_complete_after_polls(None)
        .job_delay(Duration::from_secs(3600))
        .start()
        .await
        .unwrap()
}

/// Starts a processing job; its id, read from the answer as the starter map says.
async fn start_processing_job(client: &Geopera) -> String {
    let started = client.processing().create(None).await.unwrap();
    let starter = JobStarter::of("processing.create").unwrap();
    starter.job_id(&started).expect("the answer names the job")
}

const QUICK: Duration = Duration::from_millis(1);

#[tokio::test]
async fn a_clip_job_completes() {
    let server = MockServer::start().await;
    let client = client(&server);
    let started = client
        .clip()
        .create_from_area(json!({
            "area": "sydney_harbour",
            "mosaic_types": ["visual"],
            "organization_id": server.org_id(),
            "aoi_geometry": {"type": "Polygon", "coordinates": [[[151.2, -33.86], [151.26, -33.86], [151.26, -33.83], [151.2, -33.86]]]},
        }))
        .await
        .unwrap();
    let job_id = JobStarter::of("clip.create_from_area")
        .unwrap()
        .job_id(&started)
        .expect("the answer names the job");
    let (tx, rx) = std::sync::mpsc::channel();
    let job = client
        .wait_for_clip_job(&job_id)
        .poll_interval(QUICK)
        .on_status(move |status| tx.send(status.to_owned()).unwrap())
        .await
        .unwrap();
    let seen: Vec<String> = rx.try_iter().collect();
    println!(
        "clip job {job_id}: status {}, statuses seen {seen:?}, polls {}",
        job["status"],
        polls(&server, "clip.job.get")
    );
    assert_eq!(job["status"], "completed");
    assert_eq!(job["id"], json!(job_id));
    assert_eq!(seen, ["running", "completed"]);
    assert_eq!(polls(&server, "clip.job.get"), 2);
}

#[tokio::test]
async fn a_failed_processing_job_is_an_error_with_the_final_body() {
    let server = MockServer::start().await;
    let client = client(&server);
    let job_id = start_processing_job(&client).await;
    server.fail_job(&job_id, "band b08 is missing").unwrap();
    let err = client
        .wait_for_processing_job(&job_id)
        .poll_interval(QUICK)
        .await
        .unwrap_err();
    println!("{err}");
    let body = err.final_body().expect("a failed job carries its body");
    assert_eq!(body["id"], json!(job_id));
    assert_eq!(body["error"], "band b08 is missing");
    assert_eq!(err.last_status(), Some("failed"));
    assert!(err.to_string().contains("band b08 is missing"), "{err}");
    // Through `?`, the error is still there to inspect.
    let carried: geopera_fluent::Error = err.into();
    assert!(WaitError::from_error(&carried).is_some_and(|e| e.final_body().is_some()));
}

#[tokio::test]
async fn a_timeout_carries_the_last_status() {
    // Jobs that never finish: only a deadline ends the wait.
    let server = never_finishing().await;
    let client = client(&server);
    let order = client
        .orders()
        .place(json!({"workspaceId": "ws_1", "dataProduct": "dp_1"}))
        .await
        .map(|order| serde_json::to_value(order).unwrap())
        .unwrap();
    let order_id = JobStarter::of("orders.place")
        .unwrap()
        .job_id(&order)
        .unwrap();
    let err = client
        .wait_for_order(&order_id)
        .timeout(Duration::ZERO)
        .await
        .unwrap_err();
    println!("{err}");
    assert!(err.is_timeout(), "{err}");
    // A wait always completes one poll; the mock's first poll makes a job `running`.
    assert_eq!(err.last_status(), Some("running"));
    assert_eq!(polls(&server, "orders.get"), 1);
}

#[tokio::test]
async fn a_dropped_waiter_sends_no_further_poll() {
    let server = never_finishing().await;
    let client = client(&server);
    let job_id = start_processing_job(&client).await;
    let waiter = tokio::spawn({
        let client = client.clone();
        async move {
            client
                .wait_for_processing_job(&job_id)
                .poll_interval(Duration::from_millis(5))
                .max_poll_interval(Duration::from_millis(5))
                .await
        }
    });
    // Let it poll a few times (the loop bound is only a guard against a hang).
    for _ in 0..2000 {
        if polls(&server, "processing.job.get") >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(polls(&server, "processing.job.get") >= 3);
    waiter.abort();
    assert!(waiter.await.unwrap_err().is_cancelled());
    let at_drop = polls(&server, "processing.job.get");
    // Forty poll intervals later: at most the poll that was in flight when it was dropped.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let later = polls(&server, "processing.job.get");
    println!("polls when dropped: {at_drop}, 200 ms later: {later}");
    assert!(later <= at_drop + 1, "{at_drop} → {later}");
}

/// The generic form, over JSON with an operation picked at run time and a custom predicate,
/// as a command-line `--wait` uses it.
#[tokio::test]
async fn the_generic_wait_works_over_json_with_any_predicate() {
    let server = MockServer::start().await;
    let client = client(&server);
    let info = dynamic::operation("orders.archive.place").unwrap();
    let answer = client
        .api()
        .request_json(info, Some(&json!({"items": ["it_1"]})))
        .await
        .unwrap();
    let starter = JobStarter::of(info.id).unwrap();
    let done = starter
        .wait(client.api(), &answer)
        .expect("the answer names the order")
        .poll_interval(QUICK)
        .await
        .unwrap();
    assert_eq!(done["status"], "completed");

    // Stop as soon as the job is running, with a predicate of our own.
    let order = client
        .orders()
        .place(json!({"workspaceId": "ws_1", "dataProduct": "dp_1"}))
        .await
        .map(|order| serde_json::to_value(order).unwrap())
        .unwrap();
    let poller = dynamic::operation("orders.get").unwrap();
    let running = Wait::new(client.api(), poller, json!({"order_id": order["id"]}))
        .until(|answer: &Value| match answer["status"].as_str() {
            Some("running") => JobState::Completed,
            _ => JobState::Running,
        })
        .poll_interval(QUICK)
        .await
        .unwrap();
    assert_eq!(running["status"], "running");

    // Typed generic form.
    let typed = client
        .wait_for::<geopera_fluent::operations::orders_get::OrdersGet>(
            json!({"order_id": order["id"]}),
        )
        .poll_interval(QUICK)
        .await
        .unwrap();
    assert_eq!(typed["status"], "completed");
}

/// Every starter and poller of the map is an operation of the spec, and pollers are reads.
#[test]
fn the_job_starter_map_names_spec_operations() {
    for starter in JOB_STARTERS {
        assert!(
            dynamic::operation(starter.starter).is_some(),
            "{}",
            starter.starter
        );
        let poller = dynamic::operation(starter.poller).unwrap();
        assert!(poller.is_read(), "{}", poller.id);
    }
}
