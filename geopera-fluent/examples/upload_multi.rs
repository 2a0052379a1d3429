//! The reference page's "Multi-file uploads": one session for several files — `file_count`
//! and the summed `total_bytes` at initiate, one `uploads.signed_url` and `PUT` per file, one
//! `uploads.complete` at the end.
//!
//! ```sh
//! cargo run -p geopera-fluent --example upload_multi
//! ```

mod common;

use anyhow::Result;
use geopera_fluent::UploadCompleted;
use serde_json::json;

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect()?;
    let client = &env.client;
    let project_id = env.project_id().await?;

    let files = [
        (env.sample_tiff("scene_b04.tif", 48, 4)?, "image/tiff"),
        (env.sample_tiff("scene_b08.tif", 64, 8)?, "image/tiff"),
    ];
    let mut total = 0;
    for (path, _) in &files {
        total += common::file_size(path)?;
    }

    let session = client
        .uploads()
        .initiate(json!({
            "project_id": project_id,
            "transfer_method": "cli",
            "file_count": files.len(),
            "total_bytes": total,
        }))
        .await?;
    let upload_id = session.id;
    println!(
        "initiated {upload_id}: {} files, {total} bytes",
        files.len()
    );

    let transfer = async {
        for (path, content_type) in &files {
            let file_name = path.file_name().unwrap_or_default().to_string_lossy();
            let signed = client
                .uploads()
                .signed_url(json!({
                    "upload_id": upload_id,
                    "file_name": file_name,
                    "content_type": content_type,
                }))
                .await?;
            common::put_file(&signed.upload_url, path, content_type).await?;
            println!("stored {file_name} at {}", signed.object_path);
        }
        let done: UploadCompleted = client
            .uploads()
            .complete(json!({ "upload_id": upload_id }))
            .await?;
        anyhow::Ok(done)
    };

    match transfer.await {
        Ok(done) => {
            println!("completed {}: items {:?}", done.id, done.item_ids);
            anyhow::ensure!(
                done.item_ids.len() == files.len(),
                "one item per file expected"
            );
            Ok(())
        }
        Err(err) => {
            client
                .uploads()
                .fail(json!({
                    "upload_id": upload_id,
                    "error_message": err.to_string(),
                    "error_step": "transfer",
                }))
                .await?;
            Err(err)
        }
    }
}
