//! Quickstart: create a project, upload a GeoTIFF with the upload helper (with a progress
//! bar), download it back through `items.asset.download`, and check the bytes.
//!
//! ```sh
//! cargo run --example quickstart                     # against geopera-mock, in-process
//! GEOPERA_API_URL=https://api.geopera.com GEOPERA_API_TOKEN=gpra_... \
//!   GEOPERA_PROJECT_ID=proj_... cargo run --example quickstart
//! ```
//!
//! Without `GEOPERA_PROJECT_ID`, a project is created with `projects.create`.

mod common;

use std::time::Instant;

use anyhow::{ensure, Result};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<()> {
    let started = Instant::now();
    let env = common::connect()?;
    let client = &env.client;

    // 1. A project to upload into (`projects.create`), unless one is named.
    let project_id = match std::env::var("GEOPERA_PROJECT_ID") {
        Ok(id) if !env.is_mock() => id,
        _ => {
            let project = client
                .projects()
                .create(json!({
                    "name": "quickstart",
                    "description": "geopera-rs quickstart",
                }))
                .await?;
            println!("created project {} ({})", project.id, project.name);
            project.id
        }
    };

    // 2. A small GeoTIFF (64×64, 8-bit, WGS 84).
    let source = env.sample_tiff("harbour_2024.tif", 64, 42)?;
    let original = std::fs::read(&source)?;

    // 3. Upload: initiate, sign, streamed PUT, complete; released with uploads.fail on error.
    let done = client
        .upload(&project_id)
        .file(&source)
        .on_progress(common::progress_bar("upload"))
        .send()
        .await?;
    let item_id = done.item_ids.first().cloned().unwrap_or_default();
    println!(
        "uploaded {} bytes in session {} -> item {item_id}",
        original.len(),
        done.id
    );

    // 4. Download the asset back (descriptor from items.asset.download, streamed GET).
    let dest = env.path("harbour_2024.downloaded.tif");
    let report = client
        .download_asset(&item_id, "visual")
        .on_progress(common::progress_bar("download"))
        .to_path(&dest)
        .await?;

    // 5. Same bytes?
    let copy = std::fs::read(&dest)?;
    ensure!(
        copy == original,
        "the downloaded file differs from the upload"
    );

    println!();
    println!("quickstart summary");
    println!("  server    {}", env.base_url);
    println!("  project   {project_id}");
    println!("  upload    {} ({} bytes)", done.id, original.len());
    println!("  item      {item_id} (asset \"visual\")");
    println!(
        "  download  {} bytes, sha256 {}",
        report.bytes,
        report.sha256.unwrap_or_default()
    );
    println!("  verified  bytes identical");
    println!("  took      {:.2?}", started.elapsed());
    Ok(())
}
