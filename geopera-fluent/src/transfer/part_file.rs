//! The `.part` file of a download: written and hashed on the blocking pool.
//!
//! Received bytes are gathered in a [`BATCH`]-byte buffer; a full buffer is hashed and written
//! by one blocking task while the next one fills, and comes back empty for reuse. So the
//! SHA-256 of a download runs beside the network reads instead of between them, every byte is
//! copied once in user space, and threads hand over once per batch rather than once per
//! received chunk. Copying out of the received chunks at once (rather than holding them until
//! written) lets the HTTP client reuse its read buffer: fresh buffers for every read cost more
//! in page faults than the copy.

use std::io::{self, Read, Seek, SeekFrom, Write};

use sha2::{Digest, Sha256};
use tokio::task::JoinHandle;

/// Bytes gathered before they are handed to a blocking write.
const BATCH: usize = 1024 * 1024;

/// Bytes read per step when an existing `.part` is hashed for a resume.
const READ_BACK: usize = 256 * 1024;

/// The file and the hash of what it holds: they travel together into blocking tasks.
struct Target {
    file: std::fs::File,
    hasher: Sha256,
}

type Task<T> = JoinHandle<(Target, io::Result<T>)>;

pub(crate) struct PartFile {
    /// The file, while no blocking task holds it.
    target: Option<Target>,
    /// The batch being written; its buffer comes back empty.
    in_flight: Option<Task<Vec<u8>>>,
    /// Bytes received since.
    pending: Vec<u8>,
    /// An empty buffer to fill next.
    spare: Option<Vec<u8>>,
}

impl PartFile {
    /// Writes at the start of `file` (see [`Self::read_back`] to continue one).
    pub(crate) fn new(file: std::fs::File) -> Self {
        PartFile {
            target: Some(Target {
                file,
                hasher: Sha256::new(),
            }),
            in_flight: None,
            pending: Vec::with_capacity(BATCH),
            spare: None,
        }
    }

    /// Queues `bytes`; hands the batch to a blocking write once it is full. An error of an
    /// earlier batch surfaces here.
    pub(crate) async fn write(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            let room = BATCH - self.pending.len();
            let (now, later) = bytes.split_at(room.min(bytes.len()));
            self.pending.extend_from_slice(now);
            bytes = later;
            if self.pending.len() >= BATCH {
                self.submit().await?;
            }
        }
        Ok(())
    }

    /// Writes everything queued and waits until it is in the file.
    pub(crate) async fn flush(&mut self) -> io::Result<()> {
        self.submit().await?;
        self.settle().await
    }

    /// Empties the file and the hash, and starts writing at the beginning.
    pub(crate) async fn truncate(&mut self) -> io::Result<()> {
        self.pending.clear();
        self.run(|target| {
            target.hasher = Sha256::new();
            target.file.set_len(0)?;
            target.file.seek(SeekFrom::Start(0)).map(drop)
        })
        .await
    }

    /// Hashes the first `len` bytes already in the file and positions writes after them;
    /// returns how many there were (fewer than `len` if the file is shorter).
    pub(crate) async fn read_back(&mut self, len: u64) -> io::Result<u64> {
        self.run(move |target| {
            let Target { file, hasher } = target;
            *hasher = Sha256::new();
            file.seek(SeekFrom::Start(0))?;
            let mut buf = vec![0u8; READ_BACK];
            let mut read = 0u64;
            while read < len {
                let want = (len - read).min(READ_BACK as u64) as usize;
                let n = match file.read(&mut buf[..want]) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                    Err(err) => return Err(err),
                };
                hasher.update(&buf[..n]);
                read += n as u64;
            }
            file.seek(SeekFrom::Start(read))?;
            Ok(read)
        })
        .await
    }

    /// The SHA-256 of everything written, after flushing.
    pub(crate) async fn sha256(&mut self) -> io::Result<String> {
        self.run(|target| Ok(hex::encode(target.hasher.clone().finalize())))
            .await
    }

    /// Flushes and makes the bytes durable (`fsync`).
    pub(crate) async fn sync(&mut self) -> io::Result<()> {
        self.run(|target| target.file.sync_all()).await
    }

    /// Waits for the batch in flight, then starts hashing and writing the queued one.
    async fn submit(&mut self) -> io::Result<()> {
        self.settle().await?;
        if self.pending.is_empty() {
            return Ok(());
        }
        let next = self
            .spare
            .take()
            .unwrap_or_else(|| Vec::with_capacity(BATCH));
        let mut batch = std::mem::replace(&mut self.pending, next);
        let mut target = self.take_target()?;
        self.in_flight = Some(tokio::task::spawn_blocking(move || {
            target.hasher.update(&batch);
            let result = target.file.write_all(&batch).map(|()| {
                batch.clear();
                batch
            });
            (target, result)
        }));
        Ok(())
    }

    /// Waits for the batch in flight, if any, and keeps its buffer.
    async fn settle(&mut self) -> io::Result<()> {
        if let Some(task) = self.in_flight.take() {
            self.spare = Some(self.join(task).await?);
        }
        Ok(())
    }

    /// Runs `op` on the blocking pool, after everything queued was written.
    async fn run<T: Send + 'static>(
        &mut self,
        op: impl FnOnce(&mut Target) -> io::Result<T> + Send + 'static,
    ) -> io::Result<T> {
        self.flush().await?;
        let mut target = self.take_target()?;
        let task = tokio::task::spawn_blocking(move || {
            let result = op(&mut target);
            (target, result)
        });
        self.join(task).await
    }

    async fn join<T>(&mut self, task: Task<T>) -> io::Result<T> {
        let (target, result) = task.await.map_err(io::Error::other)?;
        self.target = Some(target);
        result
    }

    fn take_target(&mut self) -> io::Result<Target> {
        self.target
            .take()
            .ok_or_else(|| io::Error::other("an earlier write of the partial file did not return"))
    }
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

    fn hex_sha256(bytes: &[u8]) -> String {
        hex::encode(Sha256::digest(bytes))
    }

    #[tokio::test]
    async fn batches_land_in_order_and_are_hashed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.part");
        let mut part = PartFile::new(open(&path));
        let mut expected = Vec::new();
        // Uneven chunks crossing several batches, one larger than a batch.
        for i in 0..300u32 {
            let len = if i == 150 {
                BATCH * 2 + 3
            } else {
                7919 + i as usize * 13
            };
            let chunk: Vec<u8> = (0..len).map(|j| (j as u32 ^ i) as u8).collect();
            expected.extend_from_slice(&chunk);
            part.write(&chunk).await.unwrap();
        }
        part.sync().await.unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), expected);
        assert_eq!(part.sha256().await.unwrap(), hex_sha256(&expected));

        part.truncate().await.unwrap();
        part.write(b"fresh").await.unwrap();
        assert_eq!(part.sha256().await.unwrap(), hex_sha256(b"fresh"));
        assert_eq!(std::fs::read(&path).unwrap(), b"fresh");
    }

    #[tokio::test]
    async fn a_resumed_file_hashes_what_it_held_and_continues_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("y.part");
        std::fs::write(&path, b"first half, ").unwrap();
        let mut part = PartFile::new(open(&path));
        assert_eq!(part.read_back(12).await.unwrap(), 12);
        part.write(b"second half").await.unwrap();
        part.flush().await.unwrap();
        let whole = b"first half, second half";
        assert_eq!(std::fs::read(&path).unwrap(), whole);
        assert_eq!(part.sha256().await.unwrap(), hex_sha256(whole));
        // A file shorter than asked reports what it had.
        let mut part = PartFile::new(open(&path));
        assert_eq!(part.read_back(1000).await.unwrap(), whole.len() as u64);
    }
}
