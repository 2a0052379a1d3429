//! The reference page's "Downloading a clip job": create a clip job with
//! `clip.create_from_area`, poll `clip.job.get` until it completes, list its files with
//! `clip.job.downloads`, resolve one with `clip.job.download` and fetch it with a streamed
//! `GET`.
//!
//! ```sh
//! cargo run -p geopera-fluent --example download_clip
//! ```
//!
//! Against a real server, set `GEOPERA_ORG_ID` (clip jobs belong to an organisation).

mod common;

use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Result};
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
    let job_id = job["job_id"]
        .as_str()
        .or_else(|| job["id"].as_str())
        .unwrap_or_default()
        .to_string();
    println!("clip job {job_id}: {}", job["status"]);

    // Poll until completed (a `:read` operation, so retried automatically on 429/5xx).
    let started = Instant::now();
    loop {
        let state = client.clip().job().get(json!({ "job_id": job_id })).await?;
        match state["status"].as_str() {
            Some("completed") => break,
            Some("failed") => bail!("clip job failed: {state}"),
            status => println!("  {}", status.unwrap_or("?")),
        }
        if started.elapsed() > Duration::from_secs(600) {
            bail!("clip job still running after 10 minutes");
        }
        tokio::time::sleep(Duration::from_millis(if env.is_mock() { 50 } else { 5000 })).await;
    }

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
