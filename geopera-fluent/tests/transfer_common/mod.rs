//! Helpers shared by the transfer tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use geopera_fluent::Geopera;
use geopera_mock::{MockServer, RequestRecord};
use sha2::{Digest, Sha256};

/// A client for `server` with the dev token.
pub fn client(server: &MockServer) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .build()
        .expect("client")
}

/// Writes `len` bytes of a deterministic pattern (seeded by `seed`) to `path`; returns their
/// SHA-256 (hex). Fast: one 1 MiB block is generated and each copy gets its index stamped in.
pub fn write_pattern(path: &Path, len: u64, seed: u64) -> String {
    const BLOCK: usize = 1 << 20;
    let mut block = vec![0u8; BLOCK.min(len as usize).max(8)];
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for chunk in block.chunks_mut(8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let bytes = x.to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    let mut hasher = Sha256::new();
    let mut left = len;
    let mut index = 0u64;
    while left > 0 {
        block[..8].copy_from_slice(&(index ^ seed).to_le_bytes());
        let n = left.min(block.len() as u64) as usize;
        file.write_all(&block[..n]).expect("write");
        hasher.update(&block[..n]);
        left -= n as u64;
        index += 1;
    }
    file.flush().expect("flush");
    hex::encode(hasher.finalize())
}

/// SHA-256 (hex) of a file.
pub fn sha256_file(path: &Path) -> String {
    let mut file = std::fs::File::open(path).expect("open");
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).expect("read");
    hex::encode(hasher.finalize())
}

/// The stored object uploaded as `name` (object paths end with `/<name>`).
pub fn object(server: &MockServer, name: &str) -> geopera_mock::ObjectInfo {
    let suffix = format!("/{name}");
    let mut found: Vec<_> = server
        .objects()
        .into_iter()
        .filter(|o| o.path.ends_with(&suffix))
        .collect();
    assert_eq!(found.len(), 1, "one object named {name}: {found:?}");
    found.remove(0)
}

/// Requests of operation `id` in the log.
pub fn calls(server: &MockServer, id: &str) -> Vec<RequestRecord> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.operation_id.as_deref() == Some(id))
        .collect()
}

/// Storage requests (`PUT`/`GET` outside the operation paths) with `method`.
pub fn storage(server: &MockServer, method: &str) -> Vec<RequestRecord> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.operation_id.is_none() && r.method == method)
        .collect()
}

/// Asserts nothing is reserved any more and no storage request carried a credential.
pub fn assert_nothing_lost(server: &MockServer) {
    assert_eq!(
        server.reserved_bytes(),
        0,
        "reservations: {:?}",
        server.reservations()
    );
    for r in server.requests() {
        if r.operation_id.is_none() {
            assert!(
                !r.has_authorization,
                "a storage request carried a credential: {r:?}"
            );
        }
    }
}

/// Asserts no `.part` file is left in `dir`.
pub fn assert_no_part_files(dir: &Path) {
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        assert!(
            path.extension().is_none_or(|e| e != "part"),
            "left behind: {}",
            path.display()
        );
    }
}

/// Polls `check` every 10 ms for at most `limit`.
pub async fn eventually(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + limit;
    loop {
        if check() {
            return true;
        }
        if std::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Uploads `len` pattern bytes as `name` into a new item; returns (item id, sha256, path).
pub async fn upload_asset(
    server: &MockServer,
    client: &Geopera,
    dir: &Path,
    name: &str,
    len: u64,
) -> (String, String, PathBuf) {
    let path = dir.join(name);
    let sha = write_pattern(&path, len, len ^ 0x5eed);
    let done = client
        .upload(server.project_id())
        .file(&path)
        .send()
        .await
        .expect("upload");
    assert_eq!(object(server, name).sha256, sha);
    (done.item_ids[0].clone(), sha, path)
}

/// A session (access + refresh token) for the dev token, from the realm's `password` grant.
pub async fn password_session(server: &MockServer) -> geopera_fluent::SessionTokens {
    let answer: serde_json::Value = reqwest::Client::new()
        .post(format!(
            "{}/realms/public/protocol/openid-connect/token",
            server.base_url()
        ))
        .form(&[
            ("grant_type", "password"),
            ("client_id", "geopera-cli"),
            ("username", "dev"),
            ("password", server.dev_token()),
        ])
        .send()
        .await
        .expect("the realm answers")
        .json()
        .await
        .expect("a token answer");
    let lifetime =
        std::time::Duration::from_secs(answer["expires_in"].as_u64().expect("expires_in"));
    geopera_fluent::SessionTokens::new(
        answer["access_token"].as_str().expect("access_token"),
        answer["refresh_token"].as_str().map(str::to_owned),
    )
    .expires_at(std::time::SystemTime::now() + lifetime)
}
