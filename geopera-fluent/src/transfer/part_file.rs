//! The `.part` file of a download, written on the blocking pool.
//!
//! Received bytes are gathered in a [`BATCH`]-byte buffer; a full buffer is written by one
//! blocking task while the next one fills. Every byte is copied once in user space
//! (`tokio::fs::File` behind a `BufWriter` copies twice), and threads hand over once per
//! batch rather than once per received chunk. Copying out of the received chunks at once
//! (rather than holding them until written) lets the HTTP client reuse its read buffer.
//!
//! Each batch handed to the write is returned to the caller as shared [`Bytes`], so that
//! the download's checksum can hash the same bytes on another thread while they are written
//! (see `checksum.rs`). Measured on the benchmark machine (see BENCHMARKS.md): hashing inside
//! the write task was slower on two cores (the reader waited on write + hash in series), and
//! 1 MiB writes cost twice the kernel time of 256 KiB ones.

use std::io::{self, Seek, SeekFrom, Write};

use bytes::Bytes;
use sha2::{Digest, Sha256};
use tokio::task::JoinHandle;

use super::storage::fill_from;

/// Bytes gathered before they are handed to a blocking write.
const BATCH: usize = 256 * 1024;

/// Bytes read per step when an existing `.part` is hashed for a resume.
const READ_BACK: usize = 256 * 1024;

type Task<T> = JoinHandle<(std::fs::File, io::Result<T>)>;

pub(crate) struct PartFile {
    /// The file, while no blocking task holds it.
    file: Option<std::fs::File>,
    /// The batch being written.
    in_flight: Option<Task<()>>,
    /// Bytes received since.
    pending: Vec<u8>,
}

impl PartFile {
    /// Writes at the start of `file` (see [`Self::read_back`] to continue one).
    pub(crate) fn new(file: std::fs::File) -> Self {
        PartFile {
            file: Some(file),
            in_flight: None,
            pending: Vec::with_capacity(BATCH),
        }
    }

    /// Queues `bytes`; hands the batch to a blocking write once it is full, and passes each
    /// batch so handed over to `on_batch`. An error of an earlier batch surfaces here.
    pub(crate) async fn write(
        &mut self,
        mut bytes: &[u8],
        on_batch: &mut impl FnMut(Bytes),
    ) -> io::Result<()> {
        while !bytes.is_empty() {
            let room = BATCH - self.pending.len();
            let (now, later) = bytes.split_at(room.min(bytes.len()));
            self.pending.extend_from_slice(now);
            bytes = later;
            if self.pending.len() >= BATCH {
                if let Some(batch) = self.submit().await? {
                    on_batch(batch);
                }
            }
        }
        Ok(())
    }

    /// Writes everything queued and waits until it is in the file; returns the last batch
    /// (the bytes queued since the last full one), if any.
    pub(crate) async fn flush(&mut self) -> io::Result<Option<Bytes>> {
        let batch = self.submit().await?;
        self.settle().await?;
        Ok(batch)
    }

    /// Empties the file and starts writing at the beginning.
    pub(crate) async fn truncate(&mut self) -> io::Result<()> {
        self.pending.clear();
        self.run(|file| {
            file.set_len(0)?;
            file.seek(SeekFrom::Start(0)).map(drop)
        })
        .await
    }

    /// Hashes the first `len` bytes already in the file into `hasher` and positions writes
    /// after them; returns how many there were (fewer than `len` if the file is shorter).
    pub(crate) async fn read_back(&mut self, len: u64, hasher: &mut Sha256) -> io::Result<u64> {
        let mut resumed = hasher.clone();
        let (read, resumed) = self
            .run(move |file| {
                let read = hash_prefix(file, len, &mut resumed)?;
                Ok((read, resumed))
            })
            .await?;
        *hasher = resumed;
        Ok(read)
    }

    /// Flushes and makes the bytes durable (`fsync`).
    pub(crate) async fn sync(&mut self) -> io::Result<()> {
        self.run(|file| file.sync_all()).await
    }

    /// Waits for the batch in flight, then starts writing the queued one and returns it.
    async fn submit(&mut self) -> io::Result<Option<Bytes>> {
        self.settle().await?;
        if self.pending.is_empty() {
            return Ok(None);
        }
        let batch = Bytes::from(std::mem::replace(
            &mut self.pending,
            Vec::with_capacity(BATCH),
        ));
        let mut file = self.take_file()?;
        let written = batch.clone();
        self.in_flight = Some(tokio::task::spawn_blocking(move || {
            let result = file.write_all(&written);
            (file, result)
        }));
        Ok(Some(batch))
    }

    /// Waits for the batch in flight, if any.
    async fn settle(&mut self) -> io::Result<()> {
        if let Some(task) = self.in_flight.take() {
            self.join(task).await?;
        }
        Ok(())
    }

    /// Runs `op` on the blocking pool, after everything queued was written.
    async fn run<T: Send + 'static>(
        &mut self,
        op: impl FnOnce(&mut std::fs::File) -> io::Result<T> + Send + 'static,
    ) -> io::Result<T> {
        self.flush().await?;
        let mut file = self.take_file()?;
        let task = tokio::task::spawn_blocking(move || {
            let result = op(&mut file);
            (file, result)
        });
        self.join(task).await
    }

    async fn join<T>(&mut self, task: Task<T>) -> io::Result<T> {
        let (file, result) = task.await.map_err(io::Error::other)?;
        self.file = Some(file);
        result
    }

    fn take_file(&mut self) -> io::Result<std::fs::File> {
        self.file
            .take()
            .ok_or_else(|| io::Error::other("an earlier write of the partial file did not return"))
    }
}

/// Hashes the first `len` bytes of `file` (fewer if it is shorter) and leaves the position
/// after them; returns how many were read.
fn hash_prefix(file: &mut std::fs::File, len: u64, hasher: &mut Sha256) -> io::Result<u64> {
    file.seek(SeekFrom::Start(0))?;
    let mut buf = vec![0u8; READ_BACK];
    let mut read = 0u64;
    while read < len {
        let want = (len - read).min(READ_BACK as u64) as usize;
        let n = fill_from(file, &mut buf[..want])?;
        hasher.update(&buf[..n]);
        read += n as u64;
        if n < want {
            break;
        }
    }
    file.seek(SeekFrom::Start(read))?;
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(path: &std::path::Path) -> std::fs::File {
        std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(path)
            .unwrap()
    }

    #[tokio::test]
    async fn batches_land_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.part");
        let mut part = PartFile::new(open(&path));
        let mut expected = Vec::new();
        let mut batches = Vec::new();
        // Uneven chunks crossing several batches, one larger than two batches.
        for i in 0..300u32 {
            let len = if i == 150 {
                BATCH * 2 + 3
            } else {
                7919 + i as usize * 13
            };
            let chunk: Vec<u8> = (0..len).map(|j| (j as u32 ^ i) as u8).collect();
            expected.extend_from_slice(&chunk);
            part.write(&chunk, &mut |b| batches.extend_from_slice(&b))
                .await
                .unwrap();
        }
        batches.extend_from_slice(&part.flush().await.unwrap().unwrap_or_default());
        part.sync().await.unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), expected);
        assert_eq!(
            batches, expected,
            "the batches handed over are the bytes written"
        );

        part.write(b"queued, then truncated", &mut drop)
            .await
            .unwrap();
        part.truncate().await.unwrap();
        part.write(b"fresh", &mut drop).await.unwrap();
        part.flush().await.unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"fresh");
    }

    #[tokio::test]
    async fn a_resumed_file_hashes_what_it_held_and_continues_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("y.part");
        std::fs::write(&path, b"first half, ").unwrap();
        let mut part = PartFile::new(open(&path));
        let mut hasher = Sha256::new();
        assert_eq!(part.read_back(12, &mut hasher).await.unwrap(), 12);
        assert_eq!(hasher.finalize()[..], Sha256::digest(b"first half, ")[..]);
        part.write(b"second half", &mut drop).await.unwrap();
        part.flush().await.unwrap();
        let whole = b"first half, second half";
        assert_eq!(std::fs::read(&path).unwrap(), whole);
        // A file shorter than asked reports what it had.
        let mut part = PartFile::new(open(&path));
        let mut hasher = Sha256::new();
        assert_eq!(
            part.read_back(1000, &mut hasher).await.unwrap(),
            whole.len() as u64
        );
        assert_eq!(hasher.finalize()[..], Sha256::digest(whole)[..]);
    }
}
