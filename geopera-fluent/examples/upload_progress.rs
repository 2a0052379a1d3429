//! The reference page's "Reporting progress": `uploads.progress` emitted from the upload
//! itself, here once per 256 KiB read by the streamed `PUT` body, plus a final report.
//! It is informational only; the session lifecycle is unchanged.
//!
//! ```sh
//! cargo run -p geopera-fluent --example upload_progress
//! ```
//!
//! The upload helper (`client.upload(..)`) does this for you, at most once per second.

mod common;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use anyhow::Result;
use futures_util::StreamExt;
use geopera_fluent::Geopera;
use serde_json::json;

const CHUNK: usize = 64 * 1024;
const REPORT_EVERY: u64 = 256 * 1024;

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect()?;
    let client = &env.client;
    let project_id = env.project_id().await?;
    let path = env.sample_tiff("large_scene.tif", 1024, 3)?; // ~1 MiB
    let total_bytes = common::file_size(&path)?;

    let session = client
        .uploads()
        .initiate(json!({
            "project_id": project_id,
            "transfer_method": "cli",
            "total_bytes": total_bytes,
        }))
        .await?;
    let upload_id = session.id;
    let signed = client
        .uploads()
        .signed_url(json!({
            "upload_id": upload_id,
            "file_name": "large_scene.tif",
            "content_type": "image/tiff",
        }))
        .await?;

    // The body: the file in 64 KiB chunks; every 256 KiB (and at the end) the stream reports
    // the cumulative count with `uploads.progress` before handing the chunk on.
    let reports = Arc::new(AtomicU32::new(0));
    let file = tokio::fs::File::open(&path).await?;
    let mut sent = 0u64;
    let mut reported = 0u64;
    let reporter = Reporter {
        client: client.clone(),
        upload_id: upload_id.clone(),
        reports: reports.clone(),
    };
    let stream = tokio_util::io::ReaderStream::with_capacity(file, CHUNK).then(move |chunk| {
        let reporter = reporter.clone();
        if let Ok(bytes) = &chunk {
            sent += bytes.len() as u64;
        }
        let due = sent - reported >= REPORT_EVERY || sent == total_bytes;
        if due {
            reported = sent;
        }
        let at = sent;
        async move {
            if due {
                reporter.report(at).await;
            }
            chunk
        }
    });

    let put = reqwest::Client::new()
        .put(&signed.upload_url)
        .header(reqwest::header::CONTENT_TYPE, "image/tiff")
        .header(reqwest::header::CONTENT_LENGTH, total_bytes)
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await
        .and_then(|r| r.error_for_status());
    if let Err(err) = put {
        let err = err.without_url();
        client
            .uploads()
            .fail(json!({
                "upload_id": upload_id,
                "error_message": err.to_string(),
                "error_step": "transfer",
            }))
            .await?;
        return Err(err.into());
    }

    let done = client
        .uploads()
        .complete(json!({ "upload_id": upload_id }))
        .await?;
    println!(
        "{} uploads.progress calls for {total_bytes} bytes; completed {}: items {:?}",
        reports.load(Ordering::Relaxed),
        done.id,
        done.item_ids
    );
    anyhow::ensure!(
        reports.load(Ordering::Relaxed) >= 4,
        "expected a report per 256 KiB"
    );
    Ok(())
}

/// Sends `uploads.progress`; a failed report is logged, never fatal to the transfer.
#[derive(Clone)]
struct Reporter {
    client: Geopera,
    upload_id: String,
    reports: Arc<AtomicU32>,
}

impl Reporter {
    async fn report(&self, bytes_uploaded: u64) {
        let res = self
            .client
            .uploads()
            .progress(json!({
                "upload_id": self.upload_id,
                "status": "uploading",
                "bytes_uploaded": bytes_uploaded,
            }))
            .await;
        match res {
            Ok(_) => {
                self.reports.fetch_add(1, Ordering::Relaxed);
                println!("uploads.progress: {bytes_uploaded} bytes");
            }
            Err(err) => eprintln!("progress report failed (ignored): {err}"),
        }
    }
}
