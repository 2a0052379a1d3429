//! Uploads under injected faults: each asserts what the user sees AND that nothing is lost.
//! Faults are count-based; the only waiting is bounded polling.

mod transfer_common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use geopera_fluent::transfer::{FileState, Step, TransferErrorKind};
use geopera_fluent::RetryPolicy;
use geopera_mock::{MockServer, SessionState, Target};
use transfer_common::*;

const MIB: u64 = 1024 * 1024;

fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(5)
        .with_initial_backoff(Duration::from_millis(20))
        .with_max_backoff(Duration::from_millis(100))
}

#[tokio::test]
async fn connection_cut_at_half_of_a_put_is_retried() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.tif");
    let len = 8 * MIB;
    let sha = write_pattern(&path, len, 11);
    server
        .faults()
        .cut_request_after(Target::StoragePut, len / 2, 1);

    let upload = client
        .upload(server.project_id())
        .file(&path)
        .retry_policy(quick_retries());
    let progress = upload.progress();
    let done = upload.send().await.expect("the retry succeeds");

    assert_eq!(object(&server, "cut.tif").sha256, sha);
    let puts = storage(&server, "PUT");
    assert_eq!(puts.len(), 2, "{puts:?}");
    assert_eq!(puts[0].status, 0, "the first PUT was cut");
    assert_eq!(puts[1].status, 200);
    let last = progress.latest();
    assert!(last.finished);
    assert_eq!(last.bytes, len);
    assert!(
        last.bytes_retried > 0,
        "the cut attempt's bytes were taken back"
    );
    assert_eq!(last.files[0].attempts, 2);
    assert_eq!(
        server.session(&done.id).unwrap().state,
        SessionState::Completed
    );
    assert_nothing_lost(&server);
    assert_no_part_files(dir.path());
}

#[tokio::test]
async fn zero_url_lifetime_takes_the_re_sign_path() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("expired.tif");
    let sha = write_pattern(&path, 2 * MIB, 12);
    let faults = server.faults();
    faults.set_url_ttl(Duration::ZERO);

    // Every URL signed now is already expired. Once the helper starts re-signing, give
    // the next URL a normal lifetime: deterministic, no clock involved.
    let restored = Arc::new(AtomicBool::new(false));
    let r = restored.clone();
    let done = client
        .upload(server.project_id())
        .file(&path)
        .retry_policy(quick_retries())
        .on_progress(move |p| {
            if p.files[0].resigns >= 1 && !r.swap(true, Ordering::SeqCst) {
                faults.set_url_ttl(Duration::from_secs(900));
            }
        })
        .send()
        .await
        .expect("re-signed and uploaded");

    assert!(
        restored.load(Ordering::SeqCst),
        "the re-sign path was taken"
    );
    assert!(calls(&server, "uploads.signed_url").len() >= 2);
    let puts = storage(&server, "PUT");
    assert!(
        puts.iter().any(|r| r.status == 403 || r.status == 0),
        "{puts:?}"
    );
    assert_eq!(puts.last().unwrap().status, 200);
    assert_eq!(object(&server, "expired.tif").sha256, sha);
    assert_eq!(
        server.session(&done.id).unwrap().state,
        SessionState::Completed
    );
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn three_503s_from_storage_are_retried() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("busy.tif");
    let sha = write_pattern(&path, MIB + 3, 13);
    server.faults().fail_next(Target::StoragePut, 3, 503, None);

    client
        .upload(server.project_id())
        .file(&path)
        .retry_policy(quick_retries())
        .send()
        .await
        .expect("succeeds on the 4th attempt");

    let statuses: Vec<u16> = storage(&server, "PUT").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [503, 503, 503, 200]);
    // A 503 keeps the URL; one the client saw as a dropped connection (the host answered
    // before reading the body) gets a fresh one.
    assert!(calls(&server, "uploads.signed_url").len() <= 4);
    assert_eq!(object(&server, "busy.tif").sha256, sha);
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn persistent_500_fails_at_transfer_and_releases_once() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doomed.tif");
    write_pattern(&path, 512 * 1024, 14);
    server
        .faults()
        .fail_next(Target::StoragePut, 1000, 500, None);

    let err = client
        .upload(server.project_id())
        .file(&path)
        .retry_policy(quick_retries().with_max_attempts(3))
        .send()
        .await
        .expect_err("storage never works");

    assert_eq!(err.step(), Step::Transfer);
    assert_eq!(err.kind(), TransferErrorKind::Storage);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.file(), Some("doomed.tif"));
    assert!(err.session_released());
    let text = err.to_string();
    assert!(
        text.contains("doomed.tif") && text.contains("transfer"),
        "{text}"
    );
    assert!(
        !text.contains("X-Geopera-Signature"),
        "signed query leaked: {text}"
    );
    assert_eq!(storage(&server, "PUT").len(), 3);
    let fails = calls(&server, "uploads.fail");
    assert_eq!(fails.len(), 1, "exactly one uploads.fail");
    let session = server.session(err.upload_id().unwrap()).unwrap();
    assert_eq!(session.state, SessionState::Failed);
    assert_eq!(session.error_step.as_deref(), Some("transfer"));
    assert!(server.objects().is_empty());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn quota_too_small_fails_before_any_byte_moves() {
    let server = MockServer::builder()
        .quota_bytes(1000)
        .start()
        .await
        .unwrap();
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.tif");
    write_pattern(&path, 4096, 15);

    let err = client
        .upload(server.project_id())
        .file(&path)
        .send()
        .await
        .expect_err("over quota");

    assert!(err.is_quota());
    assert_eq!(err.step(), Step::Initiate);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(402));
    assert_eq!(err.bytes_requested(), Some(4096));
    let detail = err
        .problem()
        .and_then(|p| p.detail.clone())
        .expect("problem detail");
    let text = err.to_string();
    assert!(text.contains("4096"), "{text}");
    assert!(
        !text.contains(&detail),
        "the detail belongs to the cause: {text}"
    );
    let report = geopera_api::DisplayErrorContext(&err).to_string();
    assert_eq!(report.matches(detail.as_str()).count(), 1, "{report}");
    assert!(report.starts_with(&text), "{report}");
    assert!(storage(&server, "PUT").is_empty(), "no byte moved");
    assert!(calls(&server, "uploads.signed_url").is_empty());
    assert!(server.sessions().is_empty());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn missing_file_fails_before_initiate() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let present = dir.path().join("present.tif");
    write_pattern(&present, 1000, 16);
    let missing = dir.path().join("missing.tif");

    let err = client
        .upload(server.project_id())
        .file(&present)
        .file(&missing)
        .send()
        .await
        .expect_err("missing file");

    assert_eq!(err.step(), Step::Stat);
    assert_eq!(err.kind(), TransferErrorKind::Io);
    assert!(err.file().unwrap().ends_with("missing.tif"));
    assert!(err.to_string().contains("nothing was reserved"), "{err}");
    assert!(calls(&server, "uploads.initiate").is_empty());
    assert!(server.requests().is_empty());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn file_grown_during_upload_fails_cleanly() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("growing.tif");
    write_pattern(&path, MIB, 17);

    // Between measuring (before initiate) and sending, something appends to the file.
    let appended = Arc::new(AtomicBool::new(false));
    let a = appended.clone();
    let p = path.clone();
    let err = client
        .upload(server.project_id())
        .file(&path)
        .on_progress(move |progress| {
            if progress.files[0].state == FileState::Transferring && !a.swap(true, Ordering::SeqCst)
            {
                use std::io::Write;
                let mut f = std::fs::OpenOptions::new().append(true).open(&p).unwrap();
                f.write_all(b"more bytes").unwrap();
            }
        })
        .send()
        .await
        .expect_err("the file changed");

    assert!(appended.load(Ordering::SeqCst));
    assert_eq!(err.kind(), TransferErrorKind::SourceChanged);
    assert_eq!(err.step(), Step::Transfer);
    assert!(err.session_released());
    assert!(err.to_string().contains("changed size"), "{err}");
    assert_eq!(calls(&server, "uploads.fail").len(), 1);
    assert!(calls(&server, "uploads.complete").is_empty());
    assert!(server.objects().is_empty(), "nothing stored");
    assert_nothing_lost(&server);
}

/// A file cut short while it is read (whether that is seen at open, mid-read or at the last
/// chunk) fails the upload; nothing shorter than what was reserved is stored.
#[tokio::test]
async fn file_truncated_during_upload_fails_cleanly() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shrinking.tif");
    write_pattern(&path, 8 * MIB, 19);

    let cut = Arc::new(AtomicBool::new(false));
    let c = cut.clone();
    let p = path.clone();
    let err = client
        .upload(server.project_id())
        .file(&path)
        .on_progress(move |progress| {
            if progress.files[0].state == FileState::Transferring && !c.swap(true, Ordering::SeqCst)
            {
                let f = std::fs::OpenOptions::new().write(true).open(&p).unwrap();
                f.set_len(MIB).unwrap();
            }
        })
        .send()
        .await
        .expect_err("the file was cut short");

    assert!(cut.load(Ordering::SeqCst));
    assert_eq!(err.kind(), TransferErrorKind::SourceChanged, "{err}");
    assert!(err.session_released());
    assert_eq!(calls(&server, "uploads.fail").len(), 1);
    assert!(calls(&server, "uploads.complete").is_empty());
    assert!(server.objects().is_empty(), "nothing stored");
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn reader_with_too_few_bytes_fails_cleanly() {
    let server = MockServer::start().await;
    let client = client(&server);
    let err = client
        .upload(server.project_id())
        .reader(
            "short.bin",
            10_000,
            "application/octet-stream",
            std::io::Cursor::new(vec![7u8; 9_000]),
        )
        .send()
        .await
        .expect_err("short reader");
    assert_eq!(err.kind(), TransferErrorKind::SourceChanged);
    assert_eq!(err.step(), Step::Transfer);
    assert!(server.objects().is_empty());
    assert_eq!(calls(&server, "uploads.fail").len(), 1);
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn dropped_future_releases_the_session() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("abandoned.tif");
    write_pattern(&path, 4 * MIB, 18);
    // The PUT hangs in the server long enough to be in flight when the future is dropped.
    server
        .faults()
        .latency(Target::StoragePut, Duration::from_secs(30));

    let upload = client.upload(server.project_id()).file(&path);
    let mut progress = upload.progress();
    let mut future = Box::pin(upload.send());
    tokio::select! {
        _ = &mut future => panic!("the upload cannot finish while storage hangs"),
        _ = async {
            while let Some(p) = progress.changed().await {
                if p.files[0].state == FileState::Transferring {
                    break;
                }
            }
        } => {}
    }
    assert_eq!(
        server.reserved_bytes(),
        4 * MIB,
        "the session holds its reservation"
    );
    let timed_out = tokio::time::timeout(Duration::from_millis(50), &mut future).await;
    assert!(timed_out.is_err(), "still in flight");
    drop(future);

    let released = eventually(Duration::from_secs(2), || {
        calls(&server, "uploads.fail")
            .iter()
            .any(|r| r.status == 200)
    })
    .await;
    assert!(
        released,
        "uploads.fail within 2 s; log: {:?}",
        server.requests()
    );
    assert_eq!(calls(&server, "uploads.fail").len(), 1);
    let session = &server.sessions()[0];
    assert_eq!(session.state, SessionState::Failed);
    assert_eq!(session.error_step.as_deref(), Some("transfer"));
    assert_eq!(server.reserved_bytes(), 0);
    server.faults().clear();
}
