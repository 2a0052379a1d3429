//! The reference page's "generated escape hatch (uploads)": the same session with the
//! generated operation modules of `geopera-api` and typed models, in all four forms —
//! `send_blocking` and `send_blocking_detailed` (no runtime), then `send` and
//! `send_detailed` (async).
//!
//! ```sh
//! cargo run -p geopera-fluent --example upload_generated
//! ```
//!
//! A plain `fn main`: the blocking calls run before any runtime exists. Called from inside
//! one they return an error instead of blocking it, which the end of this example shows.

mod common;

use std::num::NonZeroU64;

use anyhow::Result;
use geopera_api::operations::{
    items_asset_download, uploads_complete, uploads_fail, uploads_initiate, uploads_signed_url,
};
use geopera_api::types::{AssetDownloadInput, SignedUrlInput, UploadFailInput, UploadInitiate};
use geopera_api::{Client, InvalidRequestKind, JsonObject};

const FILE_NAME: &str = "harbour_2024.tif";

fn main() -> Result<()> {
    let env = common::connect()?;
    // The generated layer's client; `env.client.api()` is the same thing under a `Geopera`.
    let client = Client::builder()
        .base_url(&env.base_url)
        .token(&env.token)
        .build()?;
    let runtime = tokio::runtime::Runtime::new()?;
    let project_id = runtime.block_on(env.project_id())?;
    let path = env.sample_tiff(FILE_NAME, 64, 5)?;
    let total_bytes = common::file_size(&path)?;

    // Blocking, plain result: `uploads_initiate::send_blocking` -> UploadOutput.
    let session = uploads_initiate::send_blocking(
        &client,
        &UploadInitiate {
            project_id,
            transfer_method: "cli".parse()?,
            file_count: NonZeroU64::MIN,
            total_bytes,
            is_categorical: false,
            asset_key: None,
            target_collection_id: None,
            target_item_id: None,
        },
    )?;
    let upload_id = session.id;
    println!("send_blocking           uploads.initiate   -> {upload_id}");

    // Blocking, detailed: status and headers with the parsed body.
    let signed = uploads_signed_url::send_blocking_detailed(
        &client,
        &SignedUrlInput {
            upload_id: upload_id.clone(),
            file_name: FILE_NAME.parse()?,
            content_type: "image/tiff".into(),
        },
    )?;
    println!(
        "send_blocking_detailed  uploads.signed_url -> {} ({})",
        signed.status, signed.body.object_path
    );

    runtime.block_on(async {
        let transfer = async {
            common::put_file(&signed.body.upload_url, &path, "image/tiff").await?;

            // Async, detailed. The body of uploads.complete is an optional JSON object
            // (Python: `UploadsCompleteBodyType0.from_dict({"upload_id": ...})`).
            let mut body = JsonObject::new();
            body.insert("upload_id".into(), upload_id.clone().into());
            let completed = uploads_complete::send_detailed(&client, &Some(body)).await?;
            println!(
                "send_detailed           uploads.complete   -> {} {:?}",
                completed.status, completed.body.item_ids
            );
            anyhow::Ok(completed.body)
        };
        let done = match transfer.await {
            Ok(done) => done,
            Err(err) => {
                let body = UploadFailInput {
                    upload_id: upload_id.clone(),
                    error_message: err.to_string(),
                    error_step: Some("transfer".into()),
                };
                uploads_fail::send(&client, &body).await?;
                return Err(err);
            }
        };

        // Async, plain result: a download descriptor for the new item.
        let body = AssetDownloadInput {
            item_id: done.item_ids[0].clone(),
            asset_id: "visual".into(),
        };
        let descriptor = items_asset_download::send(&client, &body).await?;
        println!(
            "send                    items.asset.download -> {} bytes at {}",
            descriptor.size.unwrap_or_default(),
            descriptor.url.split('?').next().unwrap_or_default()
        );

        // A blocking call from inside the runtime is refused, not a deadlock or a panic.
        match items_asset_download::send_blocking(&client, &body) {
            Err(err) if is_blocking_in_async(&err) => println!("inside a runtime: {err}"),
            other => anyhow::bail!("expected a BlockingInAsync error, got {other:?}"),
        }
        Ok(())
    })
}

fn is_blocking_in_async(err: &geopera_api::Error) -> bool {
    matches!(err, geopera_api::Error::InvalidRequest(e) if e.kind == InvalidRequestKind::BlockingInAsync)
}
