//! Transfers against hostile storage and lost answers: stalls that hold a connection
//! forever, answers lost after the operation took effect, a network failing while a dropped
//! upload releases its session, and downloads that fail before their first byte.
//!
//! The stall faults never end by themselves, so the only way these tests pass is the
//! client's `stall_timeout` firing; the outer `tokio::time::timeout`s only turn a hang into
//! a failure.

mod transfer_common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use std::path::Path;

use geopera_fluent::transfer::{FileState, Step, TransferErrorKind};
use geopera_fluent::{Geopera, RetryPolicy, TransferError, UploadCompleted};
use geopera_mock::{MockServer, SessionState, Target};
use transfer_common::*;

const MIB: u64 = 1024 * 1024;
const STALL: Duration = Duration::from_millis(200);
/// Only a guard against a hang: a passing run takes a fraction of it.
const HANG_GUARD: Duration = Duration::from_secs(60);

fn quick_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(attempts)
        .with_initial_backoff(Duration::from_millis(10))
        .with_max_backoff(Duration::from_millis(50))
}

fn client_with_stall(server: &MockServer) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .stall_timeout(STALL)
        .build()
        .expect("client")
}

async fn guarded<F: std::future::Future>(future: F) -> F::Output {
    tokio::time::timeout(HANG_GUARD, future)
        .await
        .expect("the transfer hung past the guard")
}

/// Uploads `path` with `attempts` storage attempts, failing the test on a hang.
async fn upload(
    client: &Geopera,
    server: &MockServer,
    path: &Path,
    attempts: u32,
) -> Result<UploadCompleted, TransferError> {
    let upload = client
        .upload(server.project_id())
        .file(path)
        .retry_policy(quick_retries(attempts));
    guarded(upload.send()).await
}

#[tokio::test]
async fn a_get_stalled_mid_body_resumes_with_range() {
    let server = MockServer::start().await;
    let client = client_with_stall(&server);
    let dir = tempfile::tempdir().unwrap();
    let (item_id, sha, _) = upload_asset(&server, &client, dir.path(), "stall.tif", 3 * MIB).await;
    server
        .faults()
        .stall_response_after(Target::StorageGet, MIB, 1);

    let dest = dir.path().join("copy.tif");
    let report = guarded(
        client
            .download_asset(&item_id, "visual")
            .retry_policy(quick_retries(3))
            .to_path(&dest),
    )
    .await
    .expect("the stalled GET is abandoned and resumed");

    assert!(report.resumed, "{report:?}");
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(sha256_file(&dest), sha);
    let gets = storage(&server, "GET");
    assert_eq!(gets.len(), 2, "{gets:?}");
    assert_eq!(gets[0].range, None);
    let range = gets[1]
        .range
        .as_deref()
        .expect("the second GET asks for the rest");
    assert!(
        range.starts_with("bytes=") && range != "bytes=0-",
        "{range}"
    );
    assert_no_part_files(dir.path());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn a_put_stalled_mid_body_is_retried() {
    let server = MockServer::start().await;
    let client = client_with_stall(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("slow.tif");
    let sha = write_pattern(&path, 4 * MIB, 31);
    server
        .faults()
        .stall_request_after(Target::StoragePut, MIB, 1);

    let done = upload(&client, &server, &path, 3)
        .await
        .expect("the stalled PUT is abandoned and retried");

    assert_eq!(object(&server, "slow.tif").sha256, sha);
    let statuses: Vec<u16> = storage(&server, "PUT").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [0, 200], "the first PUT never got an answer");
    assert_eq!(
        server.session(&done.id).unwrap().state,
        SessionState::Completed
    );
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn a_put_without_answer_is_retried() {
    let server = MockServer::start().await;
    let client = client_with_stall(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("unanswered.tif");
    let sha = write_pattern(&path, MIB + 17, 32);
    server.faults().no_answer(Target::StoragePut, 1);

    upload(&client, &server, &path, 3)
        .await
        .expect("the unanswered PUT is retried");

    assert_eq!(object(&server, "unanswered.tif").sha256, sha);
    assert_eq!(storage(&server, "PUT").len(), 2);
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn a_put_that_always_stalls_fails_naming_file_step_bytes_and_timeout() {
    let server = MockServer::start().await;
    let client = client_with_stall(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stuck.tif");
    write_pattern(&path, 512 * 1024, 33);
    server.faults().no_answer(Target::StoragePut, 100);

    let err = upload(&client, &server, &path, 2)
        .await
        .expect_err("storage never answers");

    assert_eq!(err.kind(), TransferErrorKind::Interrupted, "{err}");
    assert_eq!(err.step(), Step::Transfer);
    assert_eq!(err.file(), Some("stuck.tif"));
    let text = err.to_string();
    assert!(text.contains("`stuck.tif`: transfer failed"), "{text}");
    assert!(text.contains("200ms (stall_timeout)"), "{text}");
    assert!(text.contains("524288 bytes"), "{text}");
    assert!(text.contains("gave up after 2 attempts"), "{text}");
    assert!(err.session_released());
    assert_eq!(storage(&server, "PUT").len(), 2);
    assert!(server.objects().is_empty());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn a_get_that_stalls_before_its_first_byte_leaves_nothing() {
    let server = MockServer::start().await;
    // The client keeps the default 30 s; this download sets its own stall timeout.
    let client = client(&server);
    assert_eq!(client.stall_timeout(), Duration::from_secs(30));
    let dir = tempfile::tempdir().unwrap();
    let (item_id, _, _) = upload_asset(&server, &client, dir.path(), "never.tif", MIB).await;
    server
        .faults()
        .stall_response_after(Target::StorageGet, 0, 100);

    let dest = dir.path().join("out.tif");
    let err = guarded(
        client
            .download_asset(&item_id, "visual")
            .retry_policy(quick_retries(2))
            .stall_timeout(STALL)
            .to_path(&dest),
    )
    .await
    .expect_err("no byte ever arrives");

    assert_eq!(err.kind(), TransferErrorKind::Interrupted, "{err}");
    assert_eq!(err.step(), Step::Transfer);
    assert!(err.file().unwrap().ends_with("out.tif"));
    let text = err.to_string();
    assert!(text.contains("200ms (stall_timeout)"), "{text}");
    assert!(text.contains("after 0 bytes"), "{text}");
    assert!(!text.contains("kept"), "nothing is kept: {text}");
    assert!(!dest.exists());
    assert!(!dir.path().join("out.tif.part").exists());
    assert_eq!(storage(&server, "GET").len(), 2);
}

#[tokio::test]
async fn a_download_refused_before_its_first_byte_leaves_no_part_file() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let (item_id, _, _) = upload_asset(&server, &client, dir.path(), "gone.tif", 4096).await;
    server.faults().fail_next(Target::StorageGet, 1, 404, None);

    let dest = dir.path().join("gone-copy.tif");
    let err = client
        .download_asset(&item_id, "visual")
        .to_path(&dest)
        .await
        .expect_err("404 from storage");

    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(!err.to_string().contains("kept"), "{err}");
    assert!(!dest.exists());
    assert!(!dir.path().join("gone-copy.tif.part").exists());
    // An unknown asset fails at the descriptor, before any storage request: nothing either.
    let err = client
        .download_asset(&item_id, "no-such-asset")
        .to_path(&dest)
        .await
        .expect_err("unknown asset");
    assert_eq!(err.step(), Step::Resolve);
    assert_no_part_files(dir.path());
    assert!(!dest.exists());
}

#[tokio::test]
async fn a_download_failing_after_some_bytes_says_where_they_are_kept() {
    let server = MockServer::start().await;
    let client = client_with_stall(&server);
    let dir = tempfile::tempdir().unwrap();
    let (item_id, _, _) = upload_asset(&server, &client, dir.path(), "half.tif", 2 * MIB).await;
    // The first GET stalls after 1 MiB; once the helper retries, storage answers 500.
    let faults = server.faults();
    faults.stall_response_after(Target::StorageGet, MIB, 1);
    let armed = Arc::new(std::sync::atomic::AtomicBool::new(false));

    let dest = dir.path().join("half-copy.tif");
    let err = guarded(
        client
            .download_asset(&item_id, "visual")
            .retry_policy(quick_retries(2))
            .on_progress(move |p| {
                if p.files[0].state == FileState::Retrying && !armed.swap(true, Ordering::SeqCst) {
                    faults.fail_next(Target::StorageGet, 100, 500, None);
                }
            })
            .to_path(&dest),
    )
    .await
    .expect_err("storage fails after the stall");

    let part = dir.path().join("half-copy.tif.part");
    let held = std::fs::metadata(&part).expect("the .part is kept").len();
    assert!(held > 0);
    let text = err.to_string();
    assert!(
        text.contains(&format!("the {held} bytes received are kept in")),
        "{text}"
    );
    assert!(!dest.exists());
}

#[tokio::test]
async fn a_lost_initiate_answer_is_retried_into_the_same_session() {
    let server = Arc::new(MockServer::start().await);
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lost.tif");
    let len = 2 * MIB;
    let sha = write_pattern(&path, len, 34);
    server
        .faults()
        .drop_answer(Target::op("uploads.initiate"), 1);

    let reserved_while_transferring = Arc::new(AtomicU64::new(u64::MAX));
    let seen = reserved_while_transferring.clone();
    let observed = server.clone();
    let done = client
        .upload(server.project_id())
        .file(&path)
        .on_progress(move |p| {
            if p.files[0].state == FileState::Transferring {
                seen.store(observed.reserved_bytes(), Ordering::SeqCst);
            }
        })
        .send()
        .await
        .expect("the retry learns the session");

    let initiates = calls(&server, "uploads.initiate");
    assert_eq!(initiates.len(), 2, "{initiates:?}");
    assert_eq!(initiates[0].status, 0, "the first answer was lost");
    assert_eq!(initiates[1].status, 200);
    let key = initiates[0].idempotency_key.clone().expect("a key");
    assert_eq!(initiates[1].idempotency_key.as_deref(), Some(key.as_str()));
    assert_eq!(server.sessions().len(), 1, "one session, replayed");
    assert_eq!(reserved_while_transferring.load(Ordering::SeqCst), len);
    assert_eq!(object(&server, "lost.tif").sha256, sha);
    assert_eq!(
        server.session(&done.id).unwrap().state,
        SessionState::Completed
    );
    assert_eq!(server.reserved_bytes(), 0);
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn a_dropped_upload_releases_its_session_through_failing_attempts() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("abandoned.tif");
    let len = 2 * MIB;
    write_pattern(&path, len, 35);
    // The PUT never gets an answer (the default 30 s stall timeout is far away), and the
    // first two attempts to release the session fail.
    let faults = server.faults();
    faults.no_answer(Target::StoragePut, 1);
    faults.fail_next(Target::op("uploads.fail"), 2, 503, None);

    let upload = client.upload(server.project_id()).file(&path);
    let mut progress = upload.progress();
    let mut future = Box::pin(upload.send());
    tokio::select! {
        _ = &mut future => panic!("the upload cannot finish while storage holds the PUT"),
        _ = async {
            while let Some(p) = progress.changed().await {
                if p.files[0].state == FileState::Transferring {
                    break;
                }
            }
        } => {}
    }
    assert_eq!(server.reserved_bytes(), len);
    drop(future);

    // The mock frees the reservation before it logs the answer: wait for both.
    let released = eventually(Duration::from_secs(10), || {
        server.reserved_bytes() == 0 && calls(&server, "uploads.fail").len() == 3
    })
    .await;
    assert!(
        released,
        "released within the 10 s budget; log: {:?}",
        server.requests()
    );
    let fails = calls(&server, "uploads.fail");
    let statuses: Vec<u16> = fails.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [503, 503, 200]);
    let key = fails[0].idempotency_key.clone().expect("a key");
    assert!(fails
        .iter()
        .all(|r| r.idempotency_key.as_deref() == Some(key.as_str())));
    assert_eq!(server.sessions()[0].state, SessionState::Failed);
}
