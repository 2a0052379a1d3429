//! The one-call downloads: an asset to a path, and every file of a clip job. Each resolves
//! the descriptor, streams into `<dest>.part`, resumes with `Range` after a broken transfer,
//! re-resolves an expired URL, checks size and SHA-256, then renames onto `<dest>`.
//!
//! ```sh
//! cargo run -p geopera-fluent --example download_helper
//! ```
//!
//! Against a real server, set `GEOPERA_ORG_ID` (for the clip job) and optionally
//! `GEOPERA_ITEM_ID`.

mod common;

use std::time::Duration;

use anyhow::{ensure, Result};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect()?;
    let client = &env.client;

    // An asset.
    let (item_id, source) = env.sample_item().await?;
    let dest = env.path("visual.tif");
    let report = client
        .download_asset(&item_id, "visual")
        .on_progress(common::progress_bar("asset"))
        .to_path(&dest)
        .await?;
    println!(
        "asset: {} bytes in {:.2?}, sha256 {}",
        report.bytes,
        report.elapsed,
        report.sha256.unwrap_or_default()
    );
    if env.is_mock() {
        ensure!(
            std::fs::read(&dest)? == std::fs::read(&source)?,
            "bytes differ"
        );
    }

    // Every file of a clip job.
    let job = client
        .clip()
        .create_from_area(json!({
            "area": "sydney_harbour",
            "mosaic_types": ["visual", "ndvi"],
            "organization_id": env.org_id()?,
            "aoi_geometry": {"type": "Point", "coordinates": [151.21, -33.85]},
        }))
        .await?;
    let job_id = job["job_id"].as_str().unwrap_or_default().to_string();
    while client.clip().job().get(json!({ "job_id": job_id })).await?["status"] != "completed" {
        tokio::time::sleep(Duration::from_millis(if env.is_mock() { 50 } else { 5000 })).await;
    }
    for file in client.clip_downloads(&job_id).await? {
        let name = file
            .filename
            .clone()
            .unwrap_or_else(|| format!("{}.tif", file.mosaic_type));
        let report = client
            .download_clip(&job_id, &file.mosaic_type)
            .to_path(env.path(&name))
            .await?;
        println!("clip {}: {name}, {} bytes", file.mosaic_type, report.bytes);
    }
    Ok(())
}
