//! Uploads and downloads one large file, to measure the transfer helpers' peak memory.
//!
//! ```text
//! # what `cargo xtask bench --case memory` runs, against its separate mock:
//! cargo run --release -p geopera-mock -- --addr 127.0.0.1:0      # prints its URL
//! GEOPERA_API_URL=http://127.0.0.1:PORT GEOPERA_API_TOKEN=gpra_dev \
//!   /usr/bin/time -v cargo run --release -p bench-client --bin transfer_memory -- 2G
//!
//! # or with an in-process mock (its memory is counted too):
//! cargo run --release -p bench-client --bin transfer_memory -- 256M
//! ```
//!
//! The size is the first argument or `TRANSFER_BYTES` (bytes, or with a K/M/G suffix;
//! default 2G). The project is `GEOPERA_PROJECT_ID` (default `proj_dev`, the mock's project).
//! The file is written to a temporary directory and removed afterwards.

use std::io::Write;
use std::time::{Duration, Instant};

use geopera_fluent::Geopera;
use sha2::{Digest, Sha256};

fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let (digits, factor) = match text.chars().last()?.to_ascii_uppercase() {
        'K' => (&text[..text.len() - 1], 1u64 << 10),
        'M' => (&text[..text.len() - 1], 1 << 20),
        'G' => (&text[..text.len() - 1], 1 << 30),
        _ => (text, 1),
    };
    digits.parse::<u64>().ok().map(|n| n * factor)
}

/// Writes `len` deterministic bytes to `path`, returning their SHA-256.
fn write_source(path: &std::path::Path, len: u64) -> std::io::Result<String> {
    let mut block = vec![0u8; 1 << 20];
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    for chunk in block.chunks_mut(8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        chunk.copy_from_slice(&x.to_le_bytes()[..chunk.len()]);
    }
    let mut file = std::fs::File::create(path)?;
    let mut hasher = Sha256::new();
    let mut left = len;
    let mut index = 0u64;
    while left > 0 {
        block[..8].copy_from_slice(&index.to_le_bytes());
        let n = left.min(block.len() as u64) as usize;
        file.write_all(&block[..n])?;
        hasher.update(&block[..n]);
        left -= n as u64;
        index += 1;
    }
    file.sync_all()?;
    Ok(hex::encode(hasher.finalize()))
}

/// Peak resident set size of this process (Linux), for a quick look without `time -v`.
fn peak_rss() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .map(|l| l["VmHWM:".len()..].trim().to_string())
}

fn printer(label: &'static str) -> impl FnMut(&geopera_fluent::Progress) + Send + 'static {
    let mut last = Instant::now() - Duration::from_secs(10);
    move |p| {
        if p.finished || last.elapsed() >= Duration::from_secs(2) {
            last = Instant::now();
            eprintln!(
                "{label}: {:>6.1} % {:>8.1} MiB/s{}",
                100.0 * p.fraction().unwrap_or(0.0),
                p.bytes_per_second() / (1024.0 * 1024.0),
                if p.bytes_retried > 0 {
                    " (retries)"
                } else {
                    ""
                }
            );
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let size = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRANSFER_BYTES").ok())
        .map(|s| parse_size(&s).ok_or(format!("cannot read the size `{s}`")))
        .transpose()?
        .unwrap_or(2 << 30);

    let mut _server = None;
    let client = if std::env::var("GEOPERA_API_URL").is_ok() {
        Geopera::from_env()?
    } else {
        eprintln!(
            "GEOPERA_API_URL is not set: starting an in-process mock (its memory counts too)"
        );
        let server = geopera_mock::MockServer::start().await;
        let client = Geopera::builder()
            .base_url(server.base_url())
            .token(server.dev_token())
            .build()?;
        _server = Some(server);
        client
    };
    let project = std::env::var("GEOPERA_PROJECT_ID").unwrap_or_else(|_| "proj_dev".into());

    let dir = tempfile::tempdir()?;
    let source = dir.path().join("memory_test.tif");
    eprintln!("writing {size} bytes to {}", source.display());
    let sha = write_source(&source, size)?;

    let started = Instant::now();
    let done = client
        .upload(&project)
        .file(&source)
        .progress_interval(Duration::from_millis(500))
        .on_progress(printer("upload"))
        .send()
        .await?;
    let upload_time = started.elapsed();
    std::fs::remove_file(&source)?;

    let dest = dir.path().join("downloaded.tif");
    let report = client
        .download_asset(&done.item_ids[0], "visual")
        .progress_interval(Duration::from_millis(500))
        .on_progress(printer("download"))
        .to_path(&dest)
        .await?;
    if report.sha256.as_deref() != Some(sha.as_str()) {
        return Err(format!(
            "checksum mismatch: sent {sha}, received {:?}",
            report.sha256
        )
        .into());
    }
    let mib = size as f64 / (1024.0 * 1024.0);
    println!(
        "uploaded {mib:.0} MiB in {:.1} s ({:.0} MiB/s), downloaded in {:.1} s ({:.0} MiB/s); sha256 {sha} matches",
        upload_time.as_secs_f64(),
        mib / upload_time.as_secs_f64(),
        report.elapsed.as_secs_f64(),
        mib / report.elapsed.as_secs_f64(),
    );
    if let Some(peak) = peak_rss() {
        println!("peak RSS (VmHWM): {peak}");
    }
    Ok(())
}
