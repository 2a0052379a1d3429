//! The one-call upload: what `upload_fluent` and `upload_multi` do by hand, plus
//! concurrency, streaming, re-signing, retries, progress and guaranteed release.
//!
//! ```sh
//! cargo run -p geopera-fluent --example upload_helper
//! ```

mod common;

use anyhow::Result;

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect()?;
    let project_id = env.project_id().await?;
    let b04 = env.sample_tiff("scene_b04.tif", 256, 4)?;
    let b08 = env.sample_tiff("scene_b08.tif", 256, 8)?;

    let done = env
        .client
        .upload(&project_id)
        .file(&b04) // content type from the extension: image/tiff
        .file_with(&b08, "image/tiff")
        .concurrency(2)
        .on_progress(common::progress_bar("upload"))
        .send()
        .await?;

    println!("session {} -> items {:?}", done.id, done.item_ids);
    anyhow::ensure!(done.item_ids.len() == 2, "one item per file expected");
    Ok(())
}
