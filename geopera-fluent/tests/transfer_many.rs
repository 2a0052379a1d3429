//! Many files at once against geopera-mock: a directory upload (`Upload::dir`) and the
//! downloads of every asset of many items (`download_items`).

mod transfer_common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use geopera_fluent::transfer::{FileState, Step, TransferErrorKind};
use geopera_fluent::Geopera;
use geopera_mock::{MockServer, Target};
use transfer_common::*;

const KIB: u64 = 1024;

fn touch(path: &Path, len: u64, seed: u64) -> String {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    write_pattern(path, len, seed)
}

#[cfg(unix)]
#[tokio::test]
async fn a_directory_uploads_its_files_in_order_under_relative_names_without_links() {
    let server = MockServer::start().await;
    let client = client(&server);
    let tree = tempfile::tempdir().unwrap();
    let root = tree.path().join("scenes");
    let b = touch(&root.join("b.tif"), 3 * KIB, 1);
    let z = touch(&root.join("a/z.tif"), 5 * KIB, 2);
    let d = touch(&root.join("a/c/d.tif"), 7 * KIB, 3);
    touch(&root.join("a/notes.txt"), KIB, 4);
    let outside = tree.path().join("outside");
    touch(&outside.join("secret.tif"), KIB, 5);
    std::os::unix::fs::symlink(&outside, root.join("linked_dir")).unwrap();
    std::os::unix::fs::symlink(root.join("b.tif"), root.join("linked.tif")).unwrap();

    let done = client
        .upload(server.project_id())
        .dir_filtered(&root, |p| p.extension().is_some_and(|e| e == "tif"))
        .expect("the walk")
        .concurrency(1)
        .send()
        .await
        .expect("upload");

    assert_eq!(done.item_ids.len(), 3, "{done:?}");
    let puts: Vec<String> = storage(&server, "PUT")
        .into_iter()
        .map(|r| r.path.rsplit_once(&done.id).unwrap().1.to_owned())
        .collect();
    assert_eq!(
        puts,
        ["/a/c/d.tif", "/a/z.tif", "/b.tif"],
        "sorted, depth first"
    );
    assert_eq!(object(&server, "a/c/d.tif").sha256, d);
    assert_eq!(object(&server, "a/z.tif").sha256, z);
    assert_eq!(object(&server, "b.tif").sha256, b);
    assert_eq!(
        server.objects().len(),
        3,
        "no link was followed, no .txt sent"
    );
    assert_nothing_lost(&server);
}

#[tokio::test]
async fn an_empty_directory_fails_before_any_request_naming_it() {
    let server = MockServer::start().await;
    let client = client(&server);
    let tree = tempfile::tempdir().unwrap();
    std::fs::create_dir(tree.path().join("empty_child")).unwrap();

    let err = client
        .upload(server.project_id())
        .dir(tree.path())
        .expect_err("nothing to upload");
    let shown = tree.path().display().to_string();
    assert_eq!(err.kind(), TransferErrorKind::Invalid);
    assert_eq!(err.step(), Step::Stat);
    assert!(err.to_string().contains(&format!("`{shown}`")), "{err}");
    assert!(err.to_string().contains("no regular file"), "{err}");
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

/// A server with two items (one with `visual`, one with `visual` and two band assets), the
/// directory of their sources and an empty output directory.
struct TwoItems {
    server: MockServer,
    client: Geopera,
    src: tempfile::TempDir,
    out: tempfile::TempDir,
    first: String,
    second: String,
}

async fn two_items() -> TwoItems {
    let server = MockServer::start().await;
    let client = client(&server);
    let src = tempfile::tempdir().unwrap();
    let dir = src.path();
    let (first, _, _) = upload_asset(&server, &client, dir, "first.tif", 40 * KIB).await;
    let (second, _, _) = upload_asset(&server, &client, dir, "second.tif", 30 * KIB).await;
    touch(&dir.join("bands/b04.tif"), 20 * KIB, 6);
    touch(&dir.join("bands/b08.tif"), 10 * KIB, 7);
    client
        .upload(server.project_id())
        .dir(dir.join("bands"))
        .expect("the walk")
        .target_item(&second, "band")
        // One at a time: the mock lists an item's assets in the order they were completed.
        .concurrency(1)
        .send()
        .await
        .expect("bands added");
    TwoItems {
        server,
        client,
        src,
        out: tempfile::tempdir().unwrap(),
        first,
        second,
    }
}

#[tokio::test]
async fn every_asset_of_many_items_lands_whole_in_item_folders_in_listed_order() {
    let TwoItems {
        server,
        client,
        src,
        out,
        first,
        second,
    } = two_items().await;

    // A spawned task: the batch future is `Send`.
    let batch = client
        .download_items([first.clone(), second.clone()])
        .concurrency(3)
        .to_dir(out.path().to_path_buf());
    let done = tokio::spawn(batch).await.unwrap().expect("downloads");

    let got: Vec<(&str, &str)> = done
        .iter()
        .map(|d| (d.item_id.as_str(), d.asset_id.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (first.as_str(), "visual"),
            (second.as_str(), "visual"),
            (second.as_str(), "band_b04"),
            (second.as_str(), "band_b08"),
        ]
    );
    let expect = [
        (&first, "first.tif", src.path().join("first.tif")),
        (&second, "second.tif", src.path().join("second.tif")),
        (&second, "b04.tif", src.path().join("bands/b04.tif")),
        (&second, "b08.tif", src.path().join("bands/b08.tif")),
    ];
    for ((item, name, source), d) in expect.iter().zip(&done) {
        let dest = out.path().join(item).join(name);
        assert_eq!(d.report.path.as_deref(), Some(dest.as_path()));
        assert_eq!(
            sha256_file(&dest),
            sha256_file(source),
            "{}",
            dest.display()
        );
        assert_eq!(
            d.report.sha256.as_deref(),
            Some(sha256_file(source).as_str())
        );
    }
    assert_no_part_files(&out.path().join(&second));
    assert_eq!(calls(&server, "items.asset.download").len(), 4);
}

#[tokio::test]
async fn a_failed_download_stops_the_batch_keeps_finished_files_and_leaves_no_part() {
    let TwoItems {
        server,
        client,
        src,
        out,
        first,
        second,
    } = two_items().await;

    // The second download (one at a time, so the first has finished by then) breaks after
    // 8 KiB; once it retries, storage answers 500 for good.
    let faults = server.faults();
    let started = Arc::new(AtomicUsize::new(0));
    let err = client
        .download_items([first.clone(), second.clone()])
        .concurrency(1)
        .configure(move |download| {
            let download = download.retry_policy(
                geopera_fluent::RetryPolicy::default()
                    .with_max_attempts(2)
                    .with_initial_backoff(Duration::from_millis(10)),
            );
            if started.fetch_add(1, Ordering::SeqCst) != 1 {
                return download;
            }
            faults.cut_response_after(Target::StorageGet, 8 * KIB, 1);
            let faults = faults.clone();
            let broken = AtomicBool::new(false);
            download.on_progress(move |p| {
                if p.files[0].state == FileState::Retrying && !broken.swap(true, Ordering::SeqCst) {
                    faults.fail_next(Target::StorageGet, 100, 500, None);
                }
            })
        })
        .to_dir(out.path())
        .await
        .expect_err("the second download fails");

    let failed = out.path().join(&second).join("second.tif");
    assert_eq!(err.step(), Step::Transfer);
    assert_eq!(err.file(), Some(failed.display().to_string().as_str()));
    let text = err.to_string();
    assert!(
        text.contains(&format!("asset `visual` of item `{second}`")),
        "{text}"
    );
    assert!(
        text.contains("1 of 4 files were downloaded and kept"),
        "{text}"
    );
    // The resume after the break moved the `.part` past 0 bytes before storage gave up.
    assert!(
        storage(&server, "GET").iter().any(|r| r.range.is_some()),
        "the broken download was resumed once"
    );
    assert!(!failed.exists(), "no truncated file at the destination");
    assert_no_part_files(&out.path().join(&second));
    let kept = out.path().join(&first).join("first.tif");
    assert_eq!(
        sha256_file(&kept),
        sha256_file(&src.path().join("first.tif"))
    );
    assert_eq!(
        calls(&server, "items.asset.download").len(),
        2,
        "no download started after the failure"
    );
}

#[tokio::test]
async fn an_asset_an_item_lacks_fails_before_any_download_naming_both() {
    let TwoItems {
        server,
        client,
        src: _,
        out,
        first,
        second,
    } = two_items().await;

    let err = client
        .download_items([first.clone(), second.clone()])
        .assets(["visual", "band_b04"])
        .to_dir(out.path())
        .await
        .expect_err("the first item has no band");
    assert_eq!(err.kind(), TransferErrorKind::Invalid);
    let text = err.to_string();
    assert!(
        text.contains(&format!(
            "item `{first}` has no asset `band_b04` (it has: visual)"
        )),
        "{text}"
    );
    assert!(calls(&server, "items.asset.download").is_empty());
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);

    let err = client
        .download_items(["it_missing"])
        .to_dir(out.path())
        .await
        .expect_err("no such item");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(err.to_string().contains("item `it_missing`"), "{err}");
}
