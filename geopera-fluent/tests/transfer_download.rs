//! Downloads against geopera-mock: resumed, re-resolved, verified, never truncated at `dest`.

mod transfer_common;

use std::future::IntoFuture;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use geopera_fluent::transfer::{FileState, Step, TransferErrorKind};
use geopera_mock::{MockServer, Target};
use serde_json::json;
use transfer_common::*;

const MIB: u64 = 1024 * 1024;

#[tokio::test]
async fn asset_to_path_and_to_writer() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let (item_id, sha, _) =
        upload_asset(&server, &client, dir.path(), "scene.tif", 5 * MIB + 1).await;

    let dest = dir.path().join("out").join("visual.tif");
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let download = client.download_asset(&item_id, "visual");
    let progress = download.progress();
    let report = download.to_path(&dest).await.expect("download");
    assert_eq!(report.bytes, 5 * MIB + 1);
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(report.path.as_deref(), Some(dest.as_path()));
    assert!(!report.resumed);
    assert_eq!(sha256_file(&dest), sha);
    let last = progress.latest();
    assert!(last.finished);
    assert_eq!((last.bytes, last.total), (5 * MIB + 1, Some(5 * MIB + 1)));
    assert_no_part_files(&dir.path().join("out"));

    let mut buffer = Vec::new();
    let report = client
        .download_asset(&item_id, "visual")
        .to_writer(&mut buffer)
        .await
        .expect("to_writer");
    assert_eq!(report.path, None);
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(buffer.len() as u64, 5 * MIB + 1);
    for r in storage(&server, "GET") {
        assert!(!r.has_authorization, "the token went to storage: {r:?}");
    }
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn clip_downloads_are_listed_and_fetched_with_egress() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let job = client
        .clip()
        .create_from_area(json!({
            "area": "harbour",
            "mosaic_types": ["visual", "ndvi"],
            "aoi_geometry": {"type": "Polygon", "coordinates": [[[151.2, -33.8], [151.3, -33.8], [151.3, -33.9], [151.2, -33.8]]]},
            "organization_id": server.org_id(),
        }))
        .await;
    let job = match job {
        Ok(job) => job,
        Err(err) => panic!("clip.create_from_area: {err}"),
    };
    let job_id = job["id"]
        .as_str()
        .or(job["job_id"].as_str())
        .expect("job id")
        .to_string();
    let mut files = None;
    for _ in 0..50 {
        match client.clip_downloads(&job_id).await {
            Ok(list) => {
                files = Some(list);
                break;
            }
            Err(err) if err.status().map(|s| s.as_u16()) == Some(409) => {
                let _ = client.clip().job().get(json!({"job_id": job_id})).await;
            }
            Err(err) => panic!("{err}"),
        }
    }
    let files = files.expect("the job completes");
    assert!(!files.is_empty());
    let visual = files
        .iter()
        .find(|f| f.mosaic_type == "visual")
        .expect("visual");
    let dest = dir.path().join("clip_visual.tif");
    let report = client
        .download_clip(&job_id, "visual")
        .egress("geopera-rust-tests", "203.0.113.7")
        .to_path(&dest)
        .await
        .expect("clip download");
    assert_eq!(Some(report.bytes), visual.size);
    assert_eq!(report.sha256.as_ref(), visual.sha256.as_ref());
    assert_eq!(Some(sha256_file(&dest)), report.sha256);
    let egress = server.egress();
    let record = egress
        .iter()
        .find(|e| e.kind == "clip")
        .expect("egress record");
    assert_eq!(record.user_agent.as_deref(), Some("geopera-rust-tests"));
    assert_eq!(record.requester_ip.as_deref(), Some("203.0.113.7"));
    assert_no_part_files(dir.path());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn download_cut_at_40_percent_resumes_with_range() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let len = 10 * MIB;
    let (item_id, sha, _) = upload_asset(&server, &client, dir.path(), "big.tif", len).await;
    server
        .faults()
        .cut_response_after(Target::StorageGet, len * 4 / 10, 1);

    let dest = dir.path().join("resumed.tif");
    let report = client
        .download_asset(&item_id, "visual")
        .to_path(&dest)
        .await
        .expect("resumed download");

    assert!(report.resumed);
    assert_eq!(report.bytes, len);
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(sha256_file(&dest), sha);
    let gets = storage(&server, "GET");
    assert_eq!(gets.len(), 2, "{gets:?}");
    assert_eq!(gets[0].range, None);
    let range = gets[1].range.as_deref().expect("a Range request");
    let start: u64 = range
        .strip_prefix("bytes=")
        .and_then(|r| r.strip_suffix('-'))
        .and_then(|n| n.parse().ok())
        .expect("bytes=N-");
    assert!(start > 0 && start <= len * 4 / 10, "resumed from {start}");
    assert_eq!(gets[1].status, 206);
    assert_no_part_files(dir.path());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn expired_descriptor_is_re_resolved() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let (item_id, sha, _) = upload_asset(&server, &client, dir.path(), "scene.tif", 2 * MIB).await;
    let faults = server.faults();
    faults.set_url_ttl(Duration::ZERO);
    let restored = Arc::new(AtomicBool::new(false));
    let r = restored.clone();

    let dest = dir.path().join("fresh.tif");
    let report = client
        .download_asset(&item_id, "visual")
        .on_progress(move |p| {
            if p.files[0].resigns >= 1 && !r.swap(true, Ordering::SeqCst) {
                faults.set_url_ttl(Duration::from_secs(900));
            }
        })
        .to_path(&dest)
        .await
        .expect("re-resolved download");

    assert!(restored.load(Ordering::SeqCst));
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(sha256_file(&dest), sha);
    assert_eq!(calls(&server, "items.asset.download").len(), 2);
    let statuses: Vec<u16> = storage(&server, "GET").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [403, 200]);
    assert_no_part_files(dir.path());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn missing_destination_directory_is_a_clear_error() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let (item_id, _, _) = upload_asset(&server, &client, dir.path(), "scene.tif", 1000).await;
    let egress_before = server.egress().len();

    let dest = dir.path().join("no").join("such").join("dir").join("x.tif");
    let err = client
        .download_asset(&item_id, "visual")
        .to_path(&dest)
        .await
        .expect_err("no directory");

    assert_eq!(err.step(), Step::Write);
    assert_eq!(err.kind(), TransferErrorKind::Io);
    let text = err.to_string();
    assert!(
        text.contains("does not exist") && text.contains("create the directory"),
        "{text}"
    );
    assert!(text.contains("such"), "{text}");
    assert_eq!(
        server.egress().len(),
        egress_before,
        "no descriptor was fetched"
    );
    assert!(!dest.exists());
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn persistent_storage_failure_never_leaves_a_truncated_destination() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let len = 3 * MIB;
    let (item_id, sha, _) = upload_asset(&server, &client, dir.path(), "scene.tif", len).await;
    // The first GET breaks after 1 MiB; from then on storage answers 500.
    let faults = server.faults();
    faults.cut_response_after(Target::StorageGet, MIB, 1);
    let broken = Arc::new(AtomicBool::new(false));
    let b = broken.clone();

    let dest = dir.path().join("half.tif");
    let err = client
        .download_asset(&item_id, "visual")
        .on_progress(move |p| {
            if p.files[0].state == FileState::Retrying && !b.swap(true, Ordering::SeqCst) {
                faults.fail_next(Target::StorageGet, 100, 500, None);
            }
        })
        .retry_policy(
            geopera_fluent::RetryPolicy::default()
                .with_max_attempts(2)
                .with_initial_backoff(Duration::from_millis(10)),
        )
        .to_path(&dest)
        .await
        .expect_err("storage keeps failing");
    assert_eq!(err.step(), Step::Transfer);
    assert!(!dest.exists(), "no truncated file at dest");
    let part = dir.path().join("half.tif.part");
    assert!(broken.load(Ordering::SeqCst));
    assert_eq!(
        std::fs::metadata(&part).map(|m| m.len()).ok(),
        Some(MIB),
        "the partial download is kept for a later resume"
    );

    // A later call resumes the kept part (the descriptor carries a checksum to verify).
    server.faults().clear();
    let report = client
        .download_asset(&item_id, "visual")
        .to_path(&dest)
        .await
        .expect("resumed");
    assert!(report.resumed);
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(sha256_file(&dest), sha);
    let last_get = storage(&server, "GET").pop().unwrap();
    assert!(last_get.range.is_some(), "{last_get:?}");
    assert_no_part_files(dir.path());
    assert_nothing_lost(&server);
}

/// Transfers are futures a caller can hand to `tokio::spawn`, even with a progress
/// listener that is `Send` but not `Sync`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfers_run_on_spawned_tasks() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("spawned.tif");
    let sha = write_pattern(&source, 3 * MIB + 7, 11);

    let calls = std::cell::Cell::new(0u32);
    let upload = client
        .upload(server.project_id())
        .file(&source)
        .on_progress(move |_| calls.set(calls.get() + 1));
    let done = tokio::spawn(upload.into_future())
        .await
        .expect("upload task")
        .expect("upload");
    let item_id = done.item_ids[0].clone();

    let seen = std::cell::Cell::new(0u64);
    let dest = dir.path().join("back.tif");
    let download = client
        .download_asset(&item_id, "visual")
        .on_progress(move |p| seen.set(p.bytes));
    let report = tokio::spawn(download.to_path(dest.clone()))
        .await
        .expect("download task")
        .expect("download");
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(sha256_file(&dest), sha);

    let mut buffer = Vec::new();
    let report = tokio::spawn({
        let client = client.clone();
        async move {
            let report = client
                .download_asset(&item_id, "visual")
                .to_writer(&mut buffer)
                .await;
            report.map(|r| (r, buffer))
        }
    })
    .await
    .expect("to_writer task")
    .expect("to_writer");
    assert_eq!(report.1.len() as u64, 3 * MIB + 7);
    assert_nothing_lost(&server);
}

/// A `.part` whose bytes are not the object's is resumed (its length fits), caught by the
/// checksum, removed, and never renamed onto the destination; the next call starts over.
#[tokio::test]
async fn a_corrupt_partial_file_fails_verification_and_is_removed() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let len = 2 * MIB + 5;
    let (item_id, sha, _) = upload_asset(&server, &client, dir.path(), "scene.tif", len).await;
    let dest = dir.path().join("copy.tif");
    let part = dir.path().join("copy.tif.part");
    std::fs::write(&part, vec![0x5a; MIB as usize]).unwrap();

    let err = client
        .download_asset(&item_id, "visual")
        .to_path(&dest)
        .await
        .expect_err("the resumed bytes are wrong");
    assert_eq!(err.kind(), TransferErrorKind::Integrity, "{err}");
    assert_eq!(err.step(), Step::Verify);
    assert!(err.to_string().contains(&sha), "{err}");
    assert!(!dest.exists(), "nothing unverified at dest");
    assert!(!part.exists(), "the bad partial file is removed");

    let report = client
        .download_asset(&item_id, "visual")
        .to_path(&dest)
        .await
        .expect("a fresh download");
    assert!(!report.resumed);
    assert_eq!(sha256_file(&dest), sha);
    assert_no_part_files(dir.path());
}

#[tokio::test]
async fn unverified_and_durable_downloads_hold_the_same_bytes() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let (item_id, sha, _) =
        upload_asset(&server, &client, dir.path(), "plain.tif", 3 * MIB + 7).await;

    let fast = dir.path().join("fast.tif");
    let report = client
        .download_asset(&item_id, "visual")
        .verify(false)
        .to_path(&fast)
        .await
        .expect("download without verification");
    assert_eq!(report.sha256, None, "no hash was asked for");
    assert_eq!(
        (report.bytes, sha256_file(&fast)),
        (3 * MIB + 7, sha.clone())
    );

    let durable = dir.path().join("durable.tif");
    let report = client
        .download_asset(&item_id, "visual")
        .durable(true)
        .to_path(&durable)
        .await
        .expect("durable download");
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(sha256_file(&durable), sha);
    assert_no_part_files(dir.path());
}
