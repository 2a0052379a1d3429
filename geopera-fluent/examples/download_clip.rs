//! The reference page's "Downloading a clip job": create a clip job with
//! `clip.create_from_area`, wait for it (`wait_for_clip_job` polls `clip.job.get`), list its
//! files with `clip.job.downloads`, resolve one with `clip.job.download` and fetch it with a
//! streamed `GET`.
//!
//! ```sh
//! cargo run -p geopera-fluent --example download_clip
//! ```
//!
//! Against a real server, set `GEOPERA_ORG_ID` (clip jobs belong to an organisation).

mod common;

use std::time::Duration;

use anyhow::{ensure, Context, Result};
use geopera_fluent::waiters::JobStarter;
use geopera_fluent::DownloadDescriptor;
use serde_json::json;

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect()?;
    let client = &env.client;
    let organization_id = env.org_id()?;

    let job = client
        .clip()
        .create_from_area(json!({
            "area": "sydney_harbour",
            "mosaic_types": ["visual", "ndvi"],
            "organization_id": organization_id,
            "aoi_geometry": {
                "type": "Polygon",
                "coordinates": [[[151.20, -33.86], [151.26, -33.86], [151.26, -33.83],
                                 [151.20, -33.83], [151.20, -33.86]]],
            },
            "aoi_name": "harbour",
        }))
        .await?;
    let job_id = JobStarter::of("clip.create_from_area")
        .and_then(|starter| starter.job_id(&job))
        .context("the clip.create_from_area answer names no job")?;
    println!("clip job {job_id}: {}", job["status"]);

    // Poll `clip.job.get` until the job completes (a failed job is an error carrying its
    // final body; each poll is a `:read` call, retried automatically on 429/5xx).
    let first_poll = if env.is_mock() { 50 } else { 5000 };
    client
        .wait_for_clip_job(&job_id)
        .timeout(Duration::from_secs(600))
        .poll_interval(Duration::from_millis(first_poll))
        .on_status(|status| println!("  {status}"))
        .await?;

    let available = client
        .clip()
        .job()
        .downloads(json!({ "job_id": job_id }))
        .await?;
    let offered: Vec<&str> = available
        .downloads
        .iter()
        .map(|file| file.mosaic_type.as_str())
        .collect();
    println!("available: {offered:?}");

    let one: DownloadDescriptor = client
        .clip()
        .job()
        .download(json!({ "job_id": job_id, "mosaic_type": "visual" }))
        .await?;
    let dest = env.path("clip_visual.tif");
    let written = common::get_to_file(&one.url, &dest).await?;
    ensure!(common::is_tiff(&std::fs::read(&dest)?), "not a TIFF");
    println!(
        "wrote {written} bytes to clip_visual.tif ({})",
        one.content_type.as_deref().unwrap_or("?")
    );
    Ok(())
}
