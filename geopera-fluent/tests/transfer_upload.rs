//! Uploads against geopera-mock: the happy paths, each checking that nothing is lost.

mod transfer_common;

use std::sync::{Arc, Mutex};

use futures_util::StreamExt;
use geopera_fluent::transfer::{FileState, Progress};
use geopera_mock::MockServer;
use transfer_common::*;

const MIB: u64 = 1024 * 1024;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn single_256_mib_file() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("harbour_2024.tif");
    let len = 256 * MIB;
    let sha = write_pattern(&path, len, 1);

    let seen: Arc<Mutex<Vec<Progress>>> = Arc::default();
    let s = seen.clone();
    let upload = client
        .upload(server.project_id())
        .file(&path)
        .on_progress(move |p| s.lock().unwrap().push(p.clone()));
    let mut stream = upload.progress();
    let collector = tokio::spawn(async move {
        let mut last = None;
        while let Some(p) = stream.next().await {
            last = Some(p);
        }
        last
    });
    let done = upload.send().await.expect("upload");

    assert_eq!(done.item_ids.len(), 1);
    let object = object(&server, "harbour_2024.tif");
    assert_eq!(object.size, len);
    assert_eq!(object.sha256, sha);
    assert_eq!(object.content_type, "image/tiff");
    let session = server.session(&done.id).unwrap();
    assert_eq!(session.total_bytes, len);
    assert_nothing_lost(&server);
    assert_no_part_files(dir.path());

    // Progress: monotone here (no retries), 100 % only on the last snapshots.
    let seen = std::mem::take(&mut *seen.lock().unwrap());
    let last = seen.last().unwrap();
    assert!(last.finished);
    assert_eq!((last.bytes, last.total), (len, Some(len)));
    assert_eq!(last.files[0].state, FileState::Done);
    for pair in seen.windows(2) {
        assert!(pair[0].bytes <= pair[1].bytes);
    }
    for p in seen.iter().filter(|p| p.files[0].state != FileState::Done) {
        assert!(p.bytes < len, "100 % before the host accepted the file");
    }
    let streamed = collector.await.unwrap().expect("the stream saw snapshots");
    assert!(streamed.finished);
    assert_eq!(streamed.bytes, len);
}

#[tokio::test]
async fn fifty_files_with_concurrency_8() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let mut upload = client.upload(server.project_id()).concurrency(8);
    let mut expected = Vec::new();
    for i in 0..50u64 {
        let name = format!("tile_{i:02}.tif");
        let path = dir.path().join(&name);
        let len = 1000 + i * 7919;
        expected.push((name, write_pattern(&path, len, i), len));
        upload = upload.file(path);
    }
    let total: u64 = expected.iter().map(|e| e.2).sum();
    let done = upload.send().await.expect("upload");

    assert_eq!(done.item_ids.len(), 50);
    for (name, sha, len) in &expected {
        let o = object(&server, name);
        assert_eq!((&o.sha256, o.size), (sha, *len), "{name}");
    }
    assert_eq!(server.session(&done.id).unwrap().total_bytes, total);
    assert_eq!(calls(&server, "uploads.initiate").len(), 1);
    assert_eq!(calls(&server, "uploads.signed_url").len(), 50);
    assert_eq!(calls(&server, "uploads.complete").len(), 1);
    assert_eq!(storage(&server, "PUT").len(), 50);
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn a_file_into_an_existing_item() {
    let server = MockServer::start().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let (item_id, first_sha, _) =
        upload_asset(&server, &client, dir.path(), "scene.tif", 3 * MIB).await;

    let path = dir.path().join("b08.jp2");
    let sha = write_pattern(&path, 2 * MIB + 17, 8);
    let done = client
        .upload(server.project_id())
        .file(&path)
        .target_item(&item_id, "b08")
        .send()
        .await
        .expect("upload");

    assert_eq!(done.item_ids, std::slice::from_ref(&item_id));
    let item = server
        .items()
        .into_iter()
        .find(|i| i.id == item_id)
        .unwrap();
    let b08 = item
        .assets
        .iter()
        .find(|a| a.key == "b08")
        .expect("asset b08");
    assert_eq!(b08.sha256, sha);
    assert_eq!(b08.content_type, "image/jp2");
    let visual = item
        .assets
        .iter()
        .find(|a| a.key == "visual")
        .expect("first asset kept");
    assert_eq!(visual.sha256, first_sha);
    assert_eq!(object(&server, "b08.jp2").sha256, sha);
    assert_nothing_lost(&server);
    assert_no_part_files(dir.path());
}

#[tokio::test]
async fn a_categorical_reader_with_an_explicit_type() {
    let server = MockServer::start().await;
    let client = client(&server);
    let bytes: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&bytes))
    };
    let done = client
        .upload(server.project_id())
        .reader(
            "labels.geojson",
            bytes.len() as u64,
            "application/geo+json",
            std::io::Cursor::new(bytes),
        )
        .categorical(true)
        .send()
        .await
        .expect("upload");
    assert_eq!(done.item_ids.len(), 1);
    let o = object(&server, "labels.geojson");
    assert_eq!(o.sha256, sha);
    assert_eq!(o.content_type, "application/geo+json");
    assert_nothing_lost(&server);
}

#[test]
fn blocking_upload_and_download_without_a_runtime() {
    let server = MockServer::builder().start_blocking().unwrap();
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.bin");
    let sha = write_pattern(&path, 123_457, 3);
    let done = client
        .upload(server.project_id())
        .file(&path)
        .send_blocking()
        .expect("upload");
    assert_eq!(done.item_ids.len(), 1);
    let o = object(&server, "plain.bin");
    assert_eq!(o.sha256, sha);
    assert_eq!(o.content_type, "application/octet-stream");

    // And back, still without a runtime: the file is read and written on the shared
    // blocking runtime's pool.
    let dest = dir.path().join("plain.copy");
    let report = client
        .download_asset(&done.item_ids[0], "visual")
        .to_path_blocking(&dest)
        .expect("download");
    assert_eq!(report.sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(std::fs::read(&dest).unwrap(), std::fs::read(&path).unwrap());
    assert_nothing_lost(&server);
}
