//! A 1 GiB streamed PUT against the real binary, checking the server's peak RSS stays
//! under 100 MiB: uploads must stream to disk, never buffer whole bodies.
//!
//! The body is generated on the fly (one reused 1 MiB chunk), so the test itself stays
//! small too. `GEOPERA_MOCK_BIG_PUT_MIB` shrinks it for quick local runs.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use bytes::Bytes;
use serde_json::{json, Value};

const CHUNK: usize = 1024 * 1024;
const RSS_LIMIT_KIB: u64 = 100 * 1024;

/// Kills the child by its PID when the test ends, however it ends. Its data directory
/// belongs to the test, so a killed server leaves nothing behind.
struct Server(Child, #[allow(dead_code)] tempfile::TempDir);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_binary() -> (Server, String) {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_geopera-mock"))
        .args(["--addr", "127.0.0.1:0", "--no-rate-limits", "--data-dir"])
        .arg(data.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn geopera-mock");
    let stdout = child.stdout.take().unwrap();
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let url = line
        .trim()
        .strip_prefix("geopera-mock listening on ")
        .unwrap_or_else(|| panic!("unexpected banner: {line:?}"))
        .to_owned();
    (Server(child, data), url)
}

fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/<pid>/status")
}

async fn op(http: &reqwest::Client, base: &str, id: &str, body: Value) -> Value {
    let r = http
        .post(format!("{base}/v1/op/{id}"))
        .bearer_auth("gpra_dev")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{id}: {}", r.status());
    r.json().await.unwrap()
}

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streamed_1gib_put_keeps_server_rss_under_100mib() {
    let mib: usize = std::env::var("GEOPERA_MOCK_BIG_PUT_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let total = (mib * CHUNK) as u64;
    let (server, base) = start_binary();
    let pid = server.0.id();
    let http = reqwest::Client::new();

    let session = op(
        &http,
        &base,
        "uploads.initiate",
        json!({"project_id": "proj_dev", "transfer_method": "cli", "total_bytes": total}),
    )
    .await;
    let upload_id = session["id"].as_str().unwrap();
    let signed = op(
        &http,
        &base,
        "uploads.signed_url",
        json!({"upload_id": upload_id, "file_name": "big.bin"}),
    )
    .await;

    let chunk = Bytes::from((0..CHUNK).map(|i| (i % 251) as u8).collect::<Vec<u8>>());
    let mut hasher = ring::digest::Context::new(&ring::digest::SHA256);
    for _ in 0..mib {
        hasher.update(&chunk);
    }
    let expected_sha = hex::encode(hasher.finish());
    let body = futures_util::stream::iter(
        (0..mib).map(move |_| Ok::<Bytes, std::io::Error>(chunk.clone())),
    );
    let r = http
        .put(signed["upload_url"].as_str().unwrap())
        .header("content-length", total)
        .body(reqwest::Body::wrap_stream(body))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    let peak = peak_rss_kib(pid);
    eprintln!(
        "geopera-mock peak RSS after a {mib} MiB PUT: {} KiB ({:.1} MiB)",
        peak,
        peak as f64 / 1024.0
    );
    assert!(
        peak < RSS_LIMIT_KIB,
        "peak RSS {peak} KiB exceeds {RSS_LIMIT_KIB} KiB"
    );

    let done = op(
        &http,
        &base,
        "uploads.complete",
        json!({"upload_id": upload_id}),
    )
    .await;
    assert_eq!(done["item_ids"].as_array().unwrap().len(), 1);
    let objects: Value = http
        .get(format!("{base}/_mock/objects"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(objects[0]["size"], total);
    assert_eq!(objects[0]["sha256"], expected_sha.as_str());
    drop(server);
}
