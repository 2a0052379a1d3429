//! The reference page's "Errors and edge cases": branching on a 402 quota error with
//! `.detailed()`. The mock is started with a 16 KiB storage quota and asked to reserve more.
//!
//! ```sh
//! cargo run -p geopera-fluent --example quota_detailed
//! ```
//!
//! Against a real server this asks to reserve 1 PiB, which no organisation has; if it were
//! granted anyway, the session is released at once with `uploads.fail`.

mod common;

use anyhow::{bail, Result};
use geopera_fluent::transfer::TransferErrorKind;
use geopera_fluent::Error;
use geopera_mock::MockServer;
use serde_json::json;

const QUOTA: u64 = 16 * 1024;

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect_with(MockServer::builder().quota_bytes(QUOTA))?;
    let client = &env.client;
    let project_id = env.project_id().await?;
    let path = env.sample_tiff("too_big.tif", 192, 9)?; // ~36 KiB
    let total_bytes = if env.is_mock() {
        common::file_size(&path)?
    } else {
        1 << 50
    };

    // `.detailed()` gives the status and headers on success; every error status, 402
    // included, is an `Err` carrying the status and the problem.
    let res = client
        .uploads()
        .initiate(json!({
            "project_id": project_id,
            "transfer_method": "cli",
            "total_bytes": total_bytes,
        }))
        .detailed()
        .await;
    match res {
        Ok(res) => {
            println!("{}: session {} — releasing it", res.status, res.body.id);
            client
                .uploads()
                .fail(json!({"upload_id": res.body.id, "error_message": "example only"}))
                .await?;
            bail!("expected a 402 for {total_bytes} bytes");
        }
        Err(err) if err.status().map(|s| s.as_u16()) == Some(402) => {
            let problem = err.problem().expect("a 402 is a problem+json");
            println!(
                "402 {}: {}",
                problem.title,
                problem.detail.as_deref().unwrap_or("")
            );
            println!("Storage quota exceeded — top up before uploading.");
            assert!(matches!(err, Error::Problem(_)));
        }
        Err(err) => return Err(err.into()),
    }

    // The upload helper reports the same condition as a `TransferError` of kind Quota, and
    // has reserved nothing.
    if env.is_mock() {
        let err = client
            .upload(&project_id)
            .file(&path)
            .send()
            .await
            .expect_err("the file does not fit the quota");
        assert_eq!(err.kind(), TransferErrorKind::Quota);
        println!("upload helper: {err}");
        assert_eq!(env.mock.as_ref().map(|m| m.reserved_bytes()), Some(0));
    }
    Ok(())
}
