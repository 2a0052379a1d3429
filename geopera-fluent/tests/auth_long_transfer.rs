//! Transfers that outlive many access tokens: a session with a 2-second lifetime, storage
//! latency that makes the upload and download span more than five lifetimes, and the
//! caller never seeing a 401.
//!
//! The total size is `GEOPERA_LONG_TRANSFER_MIB` (default 24 MiB, to keep `cargo test`
//! quick in debug builds); `GEOPERA_LONG_TRANSFER_MIB=512` runs the full-size check.

mod transfer_common;

use std::time::{Duration, Instant};

use geopera_fluent::{Geopera, Session};
use geopera_mock::{MockServer, Target};
use transfer_common::{password_session, sha256_file, write_pattern};

const LIFETIME: Duration = Duration::from_secs(2);

fn total_bytes() -> u64 {
    let mib: u64 = std::env::var("GEOPERA_LONG_TRANSFER_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24);
    mib * 1024 * 1024
}

/// A mock whose sessions live [`LIFETIME`] and whose storage requests each wait `latency`.
async fn server_with_storage_latency(latency: Duration) -> MockServer {
    let server = MockServer::builder()
        .session_ttl(LIFETIME)
        .no_rate_limits()
        .start()
        .await
        .unwrap();
    server.faults().latency(Target::Storage, latency);
    server
}

/// Uploads `files` files totalling [`total_bytes`], downloads each back, and checks the
/// bytes; returns how long it took.
async fn round_trip(server: &MockServer, client: &Geopera, files: u64) -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let each = total_bytes() / files;
    let mut upload = client.upload(server.project_id()).concurrency(1);
    let mut sums = Vec::new();
    for i in 0..files {
        let path = dir.path().join(format!("part{i}.tif"));
        sums.push(write_pattern(&path, each, i + 7));
        upload = upload.file(path);
    }
    let started = Instant::now();
    let done = upload.send().await.expect("the upload never sees a 401");
    assert_eq!(done.item_ids.len() as u64, files);
    for (i, item) in done.item_ids.iter().enumerate() {
        let dest = dir.path().join(format!("back{i}.tif"));
        let report = client
            .download_asset(item, "visual")
            .to_path(&dest)
            .await
            .expect("the download never sees a 401");
        assert_eq!(report.bytes, each);
        assert_eq!(report.sha256.as_deref(), Some(sums[i].as_str()));
        assert_eq!(sha256_file(&dest), sums[i]);
    }
    started.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_transfer_refreshes_ahead_of_expiry() {
    let server = server_with_storage_latency(Duration::from_millis(1100)).await;
    let client = Geopera::builder()
        .base_url(server.base_url())
        .session(Session::new(password_session(&server).await))
        .build()
        .unwrap();
    let elapsed = round_trip(&server, &client, 6).await;
    let refreshes = server.refresh_count();
    println!(
        "{} MiB up and down in {:.1} s ({:.1} token lifetimes), {refreshes} refreshes",
        total_bytes() >> 20,
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() / LIFETIME.as_secs_f64()
    );
    assert!(elapsed >= 5 * LIFETIME, "{elapsed:?}");
    assert!(refreshes >= 5, "{:#?}", server.realm_events());
    let unauthorized = server.requests().iter().filter(|r| r.status == 401).count();
    assert_eq!(
        unauthorized, 0,
        "refreshed ahead: the service never had to refuse"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_proactive_refresh_a_long_transfer_recovers_through_401_and_replay() {
    let server = server_with_storage_latency(LIFETIME + Duration::from_millis(100)).await;
    let session = Session::new(password_session(&server).await).proactive_refresh(false);
    let client = Geopera::builder()
        .base_url(server.base_url())
        .session(session)
        .build()
        .unwrap();
    let elapsed = round_trip(&server, &client, 3).await;
    let unauthorized = server
        .requests()
        .iter()
        .filter(|r| r.status == 401 && r.operation_id.is_some())
        .count();
    let refreshes = server.refresh_count();
    println!(
        "{} MiB in {:.1} s, {unauthorized} calls refused with 401 and replayed, {refreshes} refreshes",
        total_bytes() >> 20,
        elapsed.as_secs_f64()
    );
    assert!(elapsed >= 5 * LIFETIME, "{elapsed:?}");
    assert!(unauthorized >= 1);
    assert_eq!(refreshes, unauthorized, "one refresh per refused call");
}
