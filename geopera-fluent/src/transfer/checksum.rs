//! SHA-256 of a download, computed beside the transfer and the checksums a server announces.
//!
//! The bytes reach [`BackgroundSha256`] as shared [`Bytes`] (the batches written to the
//! `.part`, or the received chunks for a caller's writer), so hashing costs no copy and runs
//! on a blocking-pool thread while the next bytes arrive and the previous batch is written:
//! on two cores the network, the write and the hash each get one. A bounded queue keeps at
//! most [`QUEUED`] pieces waiting, so a slow hasher slows the transfer instead of growing
//! memory.

use base64::Engine;
use bytes::Bytes;
use sha2::{Digest, Sha256};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// Pieces (256 KiB batches, or received chunks) waiting for the hasher at most.
const QUEUED: usize = 8;

/// A SHA-256 fed from the transfer task and computed on the blocking pool.
pub(crate) struct BackgroundSha256 {
    tx: mpsc::Sender<Bytes>,
    task: JoinHandle<Sha256>,
}

impl BackgroundSha256 {
    /// Continues `initial` (the hash of bytes already on disk, for a resume).
    pub(crate) fn start(initial: Sha256) -> Self {
        let (tx, mut rx) = mpsc::channel::<Bytes>(QUEUED);
        let task = tokio::task::spawn_blocking(move || {
            let mut hasher = initial;
            while let Some(piece) = rx.blocking_recv() {
                hasher.update(&piece);
            }
            hasher
        });
        BackgroundSha256 { tx, task }
    }

    /// Queues `piece`; waits only when the hasher is [`QUEUED`] pieces behind.
    pub(crate) async fn update(&self, piece: Bytes) {
        // The receiver lives as long as the task, which ends only after `finish` drops `tx`.
        let _ = self.tx.send(piece).await;
    }

    /// Waits for every queued piece to be hashed; the digest in lower-case hex.
    pub(crate) async fn finish(self) -> Result<String, tokio::task::JoinError> {
        drop(self.tx);
        Ok(hex::encode(self.task.await?.finalize()))
    }
}

/// The SHA-256 (lower-case hex) a storage response announces for the whole object:
/// `x-amz-checksum-sha256` (base64, as S3 sends it for a full-object checksum) or
/// `Repr-Digest: sha-256=:<base64>:` (RFC 9530). Only a full (`200`) answer is vouched for.
pub(crate) fn announced_sha256(response: &reqwest::Response) -> Option<String> {
    if response.status() != http::StatusCode::OK {
        return None;
    }
    let headers = response.headers();
    let from_base64 = |text: &str| {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .ok()?;
        (raw.len() == 32).then(|| hex::encode(raw))
    };
    if let Some(value) = headers.get("x-amz-checksum-sha256") {
        return from_base64(value.to_str().ok()?);
    }
    let digest = headers.get("repr-digest")?.to_str().ok()?;
    digest.split(',').find_map(|entry| {
        let (alg, value) = entry.trim().split_once('=')?;
        alg.trim()
            .eq_ignore_ascii_case("sha-256")
            .then(|| from_base64(value.trim().trim_matches(':')))?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_background_hash_is_the_hash_of_every_piece_in_order() {
        let mut prefix = Sha256::new();
        prefix.update(b"resumed ");
        let hasher = BackgroundSha256::start(prefix);
        for piece in ["a", "bb", "", "ccc"].iter().cycle().take(100) {
            hasher.update(Bytes::from_static(piece.as_bytes())).await;
        }
        let mut expected = Sha256::new();
        expected.update(b"resumed ");
        for piece in ["a", "bb", "", "ccc"].iter().cycle().take(100) {
            expected.update(piece.as_bytes());
        }
        assert_eq!(
            hasher.finish().await.unwrap(),
            hex::encode(expected.finalize())
        );
    }

    fn response(status: u16, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut builder = http::Response::builder().status(status);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        reqwest::Response::from(builder.body("").unwrap())
    }

    #[test]
    fn announced_checksums_are_read_from_full_answers_only() {
        let digest = Sha256::digest(b"abc");
        let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
        let hex = hex::encode(digest);
        let amz = [("x-amz-checksum-sha256", b64.as_str())];
        assert_eq!(announced_sha256(&response(200, &amz)), Some(hex.clone()));
        assert_eq!(announced_sha256(&response(206, &amz)), None, "a range");
        let repr = format!("md5=:AAAA:, sha-256=:{b64}:");
        assert_eq!(
            announced_sha256(&response(200, &[("repr-digest", repr.as_str())])),
            Some(hex)
        );
        let short = [("x-amz-checksum-sha256", "AAAA")];
        assert_eq!(announced_sha256(&response(200, &short)), None);
        assert_eq!(announced_sha256(&response(200, &[])), None);
    }
}
