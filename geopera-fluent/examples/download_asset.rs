//! The reference page's "Download example (fluent)": resolve a descriptor with
//! `items.asset.download`, then fetch its signed URL yourself with a streamed `GET`.
//!
//! ```sh
//! cargo run -p geopera-fluent --example download_asset
//! ```
//!
//! Against geopera-mock, a sample item is uploaded first; against a real server, set
//! `GEOPERA_ITEM_ID` to an item with a `visual` asset (or one is uploaded).

mod common;

use anyhow::{ensure, Result};
use geopera_fluent::DownloadDescriptor;
use serde_json::json;

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect()?;
    let client = &env.client;
    let (item_id, source) = env.sample_item().await?;

    // A decoded descriptor, not bytes. Python reads `descriptor["url"]`; the typed view
    // also accepts href / signed_url / download_url and keeps every other field.
    let descriptor: DownloadDescriptor = client
        .items()
        .asset()
        .download(json!({ "item_id": item_id, "asset_id": "visual" }))
        .await?;
    let extra: Vec<&String> = descriptor.extra.keys().collect();
    println!(
        "descriptor size {:?}, other fields {extra:?}",
        descriptor.size
    );
    let dest = env.path("visual.tif");
    let written = common::get_to_file(&descriptor.url, &dest).await?;
    println!("wrote {written} bytes to visual.tif");

    if let Some(size) = descriptor.size {
        ensure!(
            size == written,
            "descriptor announced {size} bytes, got {written}"
        );
    }
    if env.is_mock() {
        ensure!(
            std::fs::read(&dest)? == std::fs::read(&source)?,
            "bytes differ"
        );
        println!("bytes identical to the uploaded file");
    }
    Ok(())
}
