//! The reference page's "Complete upload example (fluent)": one file, driven step by step
//! with fluent calls, the bytes moved with your own streamed `PUT`.
//!
//! ```sh
//! cargo run -p geopera-fluent --example upload_fluent
//! ```
//!
//! `transfer_method` is `cli`: the docs say `signed_url`, which spec 2.0.0 rejects.

mod common;

use anyhow::Result;
use geopera_fluent::UploadCompleted;
use serde_json::json;

const FILE_NAME: &str = "harbour_2024.tif";
const CONTENT_TYPE: &str = "image/tiff";

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect()?;
    let client = &env.client;
    let project_id = env.project_id().await?;
    let path = env.sample_tiff(FILE_NAME, 64, 1)?;
    let total_bytes = common::file_size(&path)?;

    // 1. Initiate: reserves storage quota up front.
    let session = client
        .uploads()
        .initiate(json!({
            "project_id": project_id,
            "transfer_method": "cli",
            "file_count": 1,
            "total_bytes": total_bytes,
        }))
        .await?;
    let upload_id = session.id;
    println!("initiated {upload_id} ({total_bytes} bytes reserved)");

    let transfer = async {
        // 2. Sign one file.
        let signed = client
            .uploads()
            .signed_url(json!({
                "upload_id": upload_id,
                "file_name": FILE_NAME,
                "content_type": CONTENT_TYPE,
            }))
            .await?;
        println!("signed {}", signed.object_path);

        // 3. Transfer the bytes yourself, streamed from disk, straight to storage.
        common::put_file(&signed.upload_url, &path, CONTENT_TYPE).await?;
        println!("stored {total_bytes} bytes");

        // 4. Complete: creates the item and its asset.
        let done: UploadCompleted = client
            .uploads()
            .complete(json!({ "upload_id": upload_id }))
            .await?;
        anyhow::Ok(done)
    };

    match transfer.await {
        Ok(done) => {
            println!("completed {}: items {:?}", done.id, done.item_ids);
            Ok(())
        }
        Err(err) => {
            // 5. Release the reservation on any client-side failure.
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
