//! `geopera upload`, `geopera download` and `geopera clip download`: geopera-fluent's
//! transfer helpers with a progress bar on stderr and a JSON summary on stdout.
//!
//! Ctrl-C during an upload drops the upload, whose guard releases the session with
//! `uploads.fail` in the background; the command then waits for that release (at most the
//! helper's release budget) before it exits with code 130, so no quota stays reserved.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use geopera_fluent::{DisplayErrorContext, Geopera, TransferError};
use serde_json::{json, Value};

use crate::calls;
use crate::failure::Failure;
use crate::output::Format;

/// The exit code after Ctrl-C (128 + SIGINT), as shells report it.
pub const INTERRUPTED: u8 = 130;
/// The longest the command waits for a cancelled upload's session to be released.
const RELEASE_WAIT: Duration = Duration::from_secs(12);

fn failure(err: &TransferError) -> Failure {
    let message = DisplayErrorContext(err).to_string();
    if err.status().is_some() {
        Failure::api(message)
    } else {
        Failure::local(message)
    }
}

/// `geopera upload PROJECT PATH…`.
pub async fn upload(
    client: Geopera,
    project: &str,
    paths: &[PathBuf],
    concurrency: Option<usize>,
    progress: bool,
    format: Format,
) -> Result<(), Failure> {
    // Files as given; directories through `Upload::dir` (recursive, sorted, named by their
    // relative path). A missing path fails before any request.
    let mut upload = client.upload(project);
    for path in paths {
        upload = match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => upload.dir(path).map_err(|err| failure(&err))?,
            Ok(_) => upload.file(path),
            Err(err) => {
                return Err(Failure::local(format!(
                    "Cannot read {}: {err}",
                    path.display()
                )))
            }
        };
    }
    if let Some(n) = concurrency {
        upload = upload.concurrency(n);
    }
    if progress {
        upload = upload.progress_bar();
    }
    // Boxed, so that dropping it (on Ctrl-C) drops the upload itself.
    let mut send = Box::pin(upload.send());
    tokio::select! {
        done = &mut send => {
            let done = done.map_err(|err| failure(&err))?;
            let value = serde_json::to_value(&done).unwrap_or(Value::Null);
            calls::print(&value, format)
        }
        _ = tokio::signal::ctrl_c() => {
            // Dropping the upload arms its release; the client goes too, so that once the
            // release is done no task (connection or call) is left on the runtime.
            drop(send);
            drop(client);
            eprintln!("Interrupted: releasing the upload session…");
            wait_for_background_tasks(RELEASE_WAIT).await;
            Err(Failure { code: INTERRUPTED, message: "upload interrupted; its session was released".into() })
        }
    }
}

/// Waits until the runtime runs no task but this one (the release and its connections are
/// done), or `limit` has passed.
async fn wait_for_background_tasks(limit: Duration) {
    let metrics = tokio::runtime::Handle::current().metrics();
    let started = Instant::now();
    while metrics.num_alive_tasks() > 0 && started.elapsed() < limit {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn report_json(report: &geopera_fluent::DownloadReport) -> Value {
    json!({
        "path": report.path.as_ref().map(|p| p.display().to_string()),
        "bytes": report.bytes,
        "sha256": report.sha256,
        "resumed": report.resumed,
    })
}

/// `geopera download ITEM ASSET DEST`.
pub async fn download(
    client: Geopera,
    item: &str,
    asset: &str,
    dest: &Path,
    progress: bool,
    format: Format,
) -> Result<(), Failure> {
    let mut download = client.download_asset(item, asset);
    if progress {
        download = download.progress_bar();
    }
    let report = download.to_path(dest).await.map_err(|err| failure(&err))?;
    calls::print(&report_json(&report), format)
}

/// `geopera clip download JOB DIR`: every file the completed clip job offers, into `DIR`.
pub async fn clip_download(
    client: Geopera,
    job: &str,
    dir: &Path,
    progress: bool,
    format: Format,
) -> Result<(), Failure> {
    if !dir.is_dir() {
        return Err(Failure::local(format!(
            "{} is not a directory; create it first",
            dir.display()
        )));
    }
    let files = client
        .clip_downloads(job)
        .await
        .map_err(|err| failure(&err))?;
    let mut reports = Vec::new();
    for file in files {
        let name = file
            .filename
            .clone()
            .filter(|n| !n.is_empty() && Path::new(n).file_name() == Some(n.as_ref()))
            .unwrap_or_else(|| format!("{}.tif", file.mosaic_type));
        let mut download = client.download_clip(job, &file.mosaic_type);
        if progress {
            download = download.progress_bar();
        }
        let report = download
            .to_path(dir.join(&name))
            .await
            .map_err(|err| failure(&err))?;
        let mut entry = report_json(&report);
        entry["mosaic_type"] = Value::String(file.mosaic_type.clone());
        reports.push(entry);
    }
    calls::print(&Value::Array(reports), format)
}
