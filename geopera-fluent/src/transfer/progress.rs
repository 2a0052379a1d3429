//! Progress of a transfer: snapshots for a listener and a `watch` channel / `Stream`.
//!
//! What the numbers mean: [`Progress::bytes`] counts bytes handed to the connection (uploads)
//! or written to the destination (downloads). When a request fails and is retried, the bytes
//! it had moved are taken back out (and added to [`Progress::bytes_retried`]), and a file that
//! is still in flight counts at most its size minus one byte, so `bytes == total` only once
//! the storage host accepted every file. Snapshots are cheap to clone and self-contained.
//!
//! When they are delivered: every state change of a file (signing, transferring, retrying,
//! done, failed) at once, and byte counts at most once per interval (default 100 ms). The
//! listener runs on the task that drives the transfer, never concurrently with itself; keep
//! it quick. A final snapshot with [`Progress::finished`] set is always delivered.

use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures_util::{Stream, StreamExt};
use tokio::sync::watch;

/// Default interval between byte-count snapshots.
pub const DEFAULT_PROGRESS_INTERVAL: Duration = Duration::from_millis(100);

/// The state of one file of a transfer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileState {
    /// Not started yet.
    Pending,
    /// Getting a (fresh) signed URL or download descriptor.
    Signing,
    /// Bytes are moving.
    Transferring,
    /// The last attempt failed; waiting before the next one.
    Retrying,
    /// The storage host accepted the file (upload) or the file is complete (download).
    Done,
    /// Gave up on this file.
    Failed,
}

/// One file in a [`Progress`] snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FileProgress {
    /// The file's name (upload name or download destination).
    pub name: String,
    /// Bytes moved and not taken back (see the module docs).
    pub bytes: u64,
    /// The file's size, when known.
    pub total: Option<u64>,
    /// Where the file is in its life.
    pub state: FileState,
    /// Transfer attempts started for this file.
    pub attempts: u32,
    /// Fresh signed URLs (or descriptors) fetched after the first, e.g. after a 403.
    pub resigns: u32,
}

/// A snapshot of a whole transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Bytes moved and not taken back, across files.
    pub bytes: u64,
    /// Bytes of the whole transfer, when known.
    pub total: Option<u64>,
    /// Bytes that failed requests had moved and that were moved again (or will be).
    pub bytes_retried: u64,
    /// Files done.
    pub files_done: usize,
    /// Every file, in the order they were added.
    pub files: Vec<FileProgress>,
    /// Time since the transfer started.
    pub elapsed: Duration,
    /// Set on the last snapshot, whether the transfer succeeded or not.
    pub finished: bool,
}

impl Progress {
    pub(crate) fn empty() -> Self {
        Progress {
            bytes: 0,
            total: None,
            bytes_retried: 0,
            files_done: 0,
            files: Vec::new(),
            elapsed: Duration::ZERO,
            finished: false,
        }
    }

    /// `bytes / total` in `0.0..=1.0`, when the total is known (1.0 for an empty transfer).
    pub fn fraction(&self) -> Option<f64> {
        let total = self.total?;
        if total == 0 {
            return Some(1.0);
        }
        Some(self.bytes as f64 / total as f64)
    }

    /// Average throughput so far, in bytes per second.
    pub fn bytes_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.bytes as f64 / secs
        } else {
            0.0
        }
    }
}

/// A progress listener.
pub(crate) type Listener = Box<dyn FnMut(&Progress) + Send + 'static>;

/// Receives [`Progress`] snapshots of one transfer: the latest through [`Self::latest`] /
/// [`Self::changed`], or every change as a [`Stream`] (which ends after the final snapshot).
///
/// Snapshots coalesce: a slow consumer sees the newest one, never a backlog.
pub struct ProgressReceiver {
    rx: watch::Receiver<Progress>,
    stream: Pin<Box<dyn Stream<Item = Progress> + Send>>,
}

impl ProgressReceiver {
    pub(crate) fn new(rx: watch::Receiver<Progress>) -> Self {
        let stream = futures_util::stream::unfold(rx.clone(), |mut rx| async move {
            rx.changed().await.ok()?;
            let snapshot = rx.borrow_and_update().clone();
            Some((snapshot, rx))
        })
        .boxed();
        ProgressReceiver { rx, stream }
    }

    /// The newest snapshot.
    pub fn latest(&self) -> Progress {
        self.rx.borrow().clone()
    }

    /// Waits for a snapshot newer than the last one seen here; `None` once the transfer is
    /// over and its final snapshot was seen.
    pub async fn changed(&mut self) -> Option<Progress> {
        self.rx.changed().await.ok()?;
        Some(self.rx.borrow_and_update().clone())
    }

    /// The underlying `tokio::sync::watch` receiver.
    pub fn watch(&self) -> watch::Receiver<Progress> {
        self.rx.clone()
    }
}

impl Stream for ProgressReceiver {
    type Item = Progress;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Progress>> {
        self.stream.as_mut().poll_next(cx)
    }
}

impl std::fmt::Debug for ProgressReceiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProgressReceiver")
            .field("latest", &*self.rx.borrow())
            .finish()
    }
}

/// Where progress is sent: the channel behind [`ProgressReceiver`] and an optional listener.
pub(crate) struct ProgressSink {
    pub(crate) tx: watch::Sender<Progress>,
    pub(crate) listener: Option<Listener>,
    pub(crate) interval: Duration,
}

impl Default for ProgressSink {
    fn default() -> Self {
        ProgressSink {
            tx: watch::Sender::new(Progress::empty()),
            listener: None,
            interval: DEFAULT_PROGRESS_INTERVAL,
        }
    }
}

struct Slot {
    /// Bytes moved by the current attempt (or written so far, for downloads).
    sent: AtomicU64,
}

struct Meta {
    name: String,
    total: Option<u64>,
    state: FileState,
    attempts: u32,
    resigns: u32,
}

struct Shared {
    metas: Vec<Meta>,
    retried: u64,
    listener: Option<Listener>,
    last_bytes: Option<u64>,
    finished: bool,
}

/// Tracks one transfer's files; byte counters are lock-free so body streams can bump them
/// from any thread.
pub(crate) struct Tracker {
    slots: Vec<Slot>,
    shared: Mutex<Shared>,
    tx: watch::Sender<Progress>,
    started: Instant,
    pub(crate) interval: Duration,
}

impl Tracker {
    pub(crate) fn new(sink: ProgressSink, files: Vec<(String, Option<u64>)>) -> Self {
        let slots = files
            .iter()
            .map(|_| Slot {
                sent: AtomicU64::new(0),
            })
            .collect();
        let metas = files
            .into_iter()
            .map(|(name, total)| Meta {
                name,
                total,
                state: FileState::Pending,
                attempts: 0,
                resigns: 0,
            })
            .collect();
        Tracker {
            slots,
            shared: Mutex::new(Shared {
                metas,
                retried: 0,
                listener: sink.listener,
                last_bytes: None,
                finished: false,
            }),
            tx: sink.tx,
            started: Instant::now(),
            interval: sink.interval.max(Duration::from_millis(1)),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Adds `n` bytes to file `i`'s current attempt.
    pub(crate) fn add(&self, i: usize, n: u64) {
        self.slots[i].sent.fetch_add(n, Ordering::Relaxed);
    }

    /// Sets file `i`'s size once known (downloads).
    pub(crate) fn set_total(&self, i: usize, total: Option<u64>) {
        self.lock().metas[i].total = total;
    }

    /// Takes back the bytes of file `i`'s failed attempt.
    pub(crate) fn retract(&self, i: usize) {
        let n = self.slots[i].sent.swap(0, Ordering::Relaxed);
        self.lock().retried += n;
    }

    /// Sets the bytes of file `i` (a download restarting or resuming from a partial file).
    pub(crate) fn set_sent(&self, i: usize, n: u64) {
        self.slots[i].sent.store(n, Ordering::Relaxed);
    }

    /// Changes file `i`'s state (counting attempts and re-signs) and delivers a snapshot.
    pub(crate) fn state(&self, i: usize, state: FileState) {
        {
            let mut shared = self.lock();
            let meta = &mut shared.metas[i];
            if state == FileState::Transferring {
                meta.attempts += 1;
            }
            if state == FileState::Signing && meta.attempts > 0 {
                meta.resigns += 1;
            }
            meta.state = state;
        }
        self.emit(true);
    }

    fn snapshot(&self, shared: &Shared, finished: bool) -> Progress {
        let mut bytes = 0u64;
        let mut files_done = 0;
        let mut total = Some(0u64);
        let files: Vec<FileProgress> = shared
            .metas
            .iter()
            .zip(&self.slots)
            .map(|(meta, slot)| {
                let sent = slot.sent.load(Ordering::Relaxed);
                let counted = match (meta.state, meta.total) {
                    (FileState::Done, Some(t)) => {
                        files_done += 1;
                        t
                    }
                    (FileState::Done, None) => {
                        files_done += 1;
                        sent
                    }
                    (_, Some(t)) => sent.min(t.saturating_sub(1)),
                    (_, None) => sent,
                };
                bytes += counted;
                total = total.zip(meta.total).map(|(a, b)| a + b);
                FileProgress {
                    name: meta.name.clone(),
                    bytes: counted,
                    total: meta.total,
                    state: meta.state,
                    attempts: meta.attempts,
                    resigns: meta.resigns,
                }
            })
            .collect();
        Progress {
            bytes,
            total,
            bytes_retried: shared.retried,
            files_done,
            files,
            elapsed: self.started.elapsed(),
            finished,
        }
    }

    /// Delivers a snapshot; unless `force`, only when bytes moved since the last one.
    pub(crate) fn emit(&self, force: bool) {
        let mut shared = self.lock();
        if shared.finished {
            return;
        }
        let snapshot = self.snapshot(&shared, false);
        if !force && shared.last_bytes == Some(snapshot.bytes) {
            return;
        }
        shared.last_bytes = Some(snapshot.bytes);
        if let Some(listener) = shared.listener.as_mut() {
            listener(&snapshot);
        }
        self.tx.send_replace(snapshot);
    }

    /// Delivers the final snapshot (once).
    pub(crate) fn finish(&self) {
        let mut shared = self.lock();
        if shared.finished {
            return;
        }
        shared.finished = true;
        let snapshot = self.snapshot(&shared, true);
        if let Some(listener) = shared.listener.as_mut() {
            listener(&snapshot);
        }
        self.tx.send_replace(snapshot);
    }

    /// Total bytes in the latest sense (for `uploads.progress`).
    pub(crate) fn bytes(&self) -> u64 {
        let shared = self.lock();
        self.snapshot(&shared, false).bytes
    }

    /// Emits byte snapshots every interval, forever (run it beside the transfer).
    pub(crate) async fn ticker(&self) {
        let mut tick = tokio::time::interval(self.interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        tick.tick().await;
        loop {
            tick.tick().await;
            self.emit(false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn tracker(files: Vec<(String, Option<u64>)>) -> (Tracker, Arc<Mutex<Vec<Progress>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let sink = ProgressSink {
            listener: Some(Box::new(move |p: &Progress| {
                s.lock().unwrap().push(p.clone())
            })),
            ..ProgressSink::default()
        };
        (Tracker::new(sink, files), seen)
    }

    #[test]
    fn retried_bytes_are_taken_back_and_100_percent_waits_for_acceptance() {
        let (t, seen) = tracker(vec![("a".into(), Some(10)), ("b".into(), Some(5))]);
        t.state(0, FileState::Transferring);
        t.add(0, 10);
        t.emit(false);
        assert_eq!(
            seen.lock().unwrap().last().unwrap().bytes,
            9,
            "in flight: size - 1"
        );
        t.retract(0);
        t.state(0, FileState::Retrying);
        let last = seen.lock().unwrap().last().unwrap().clone();
        assert_eq!((last.bytes, last.bytes_retried), (0, 10));
        t.state(0, FileState::Transferring);
        t.add(0, 10);
        t.state(0, FileState::Done);
        t.state(1, FileState::Transferring);
        t.add(1, 5);
        t.state(1, FileState::Done);
        t.finish();
        let last = seen.lock().unwrap().last().unwrap().clone();
        assert_eq!((last.bytes, last.total, last.files_done), (15, Some(15), 2));
        assert!(last.finished);
        assert_eq!(last.files[0].attempts, 2);
        assert_eq!(last.fraction(), Some(1.0));
    }

    #[test]
    fn unchanged_bytes_are_not_repeated() {
        let (t, seen) = tracker(vec![("a".into(), Some(10))]);
        t.emit(false);
        t.emit(false);
        assert_eq!(seen.lock().unwrap().len(), 1);
    }
}
