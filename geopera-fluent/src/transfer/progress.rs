//! Progress of a transfer: snapshots for a listener and a `watch` channel / `Stream`.
//!
//! What the numbers mean: [`Progress::bytes`] counts bytes handed to the connection (uploads)
//! or written to the destination (downloads). When a request fails and is retried, the bytes
//! it had moved are taken back out (and added to [`Progress::bytes_retried`]), and a file that
//! is still in flight counts at most its size minus one byte, so `bytes == total` only once
//! the storage host accepted every file. Snapshots are cheap to clone and self-contained: the
//! per-file table ([`FileTable`]) is shared between snapshots, and a new one copies only the
//! blocks of files that changed, so a transfer of 10,000 files does not copy 10,000 entries on
//! each event.
//!
//! When they are delivered: every state change of a file (signing, transferring, retrying,
//! done, failed) at once, and byte counts at most once per interval (default 100 ms). The
//! listener runs on the task that drives the transfer, never concurrently with itself; keep
//! it quick. A final snapshot with [`Progress::finished`] set is always delivered.

use std::collections::BTreeSet;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
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
    /// The file's name (upload name or download destination); shared, cheap to clone.
    pub name: Arc<str>,
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
    /// Every file, in the order they were added (shared between snapshots, see [`FileTable`]).
    pub files: FileTable,
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
            files: FileTable::default(),
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

/// The progress options of a transfer builder, written once for every builder: expands to
/// `on_progress`, `progress_interval`, `progress` and (feature `progress-bar`)
/// `progress_bar` inside the builder's `impl`; the builder keeps its [`ProgressSink`] in a
/// field named `progress`.
macro_rules! progress_options {
    () => {
        /// Calls `listener` with progress snapshots (see [`Progress`](crate::transfer::Progress)
        /// for what they mean).
        pub fn on_progress(
            mut self,
            listener: impl FnMut(&$crate::transfer::Progress) + Send + 'static,
        ) -> Self {
            self.progress.listener = Some(Box::new(listener));
            self
        }

        /// The shortest time between two byte-count snapshots (default 100 ms). State
        /// changes of a file are always delivered at once.
        pub fn progress_interval(mut self, interval: std::time::Duration) -> Self {
            self.progress.interval = interval;
            self
        }

        /// A receiver of progress snapshots: a [`Stream`](futures_util::Stream) and a
        /// `watch` channel. Call it before starting the transfer; it may be called several
        /// times.
        pub fn progress(&self) -> $crate::transfer::ProgressReceiver {
            $crate::transfer::ProgressReceiver::new(self.progress.tx.subscribe())
        }

        /// Shows an `indicatif` progress bar on stderr.
        #[cfg(feature = "progress-bar")]
        pub fn progress_bar(self) -> Self {
            self.on_progress($crate::transfer::progress_bar::listener(
                $crate::transfer::progress_bar::bar(),
            ))
        }
    };
}
pub(crate) use progress_options;

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

/// Files per block of a [`FileTable`]: a changed file costs a copy of its block.
const BLOCK: usize = 64;

/// Every file of a [`Progress`] snapshot, in the order they were added.
///
/// Snapshots share this table: it is a list of blocks of [`FileProgress`], and a new snapshot
/// copies only the blocks in which a file changed since the previous one (plus one pointer per
/// block), so delivering a snapshot of a transfer of many files does not copy every file.
/// Index it (`files[i]`), iterate it (`files.iter()`, `for f in &files`) or copy it out
/// ([`Self::to_vec`]).
#[derive(Clone, Default)]
pub struct FileTable {
    blocks: Arc<[Arc<Vec<FileProgress>>]>,
    len: usize,
}

impl FileTable {
    /// Number of files.
    pub fn len(&self) -> usize {
        self.len
    }

    /// No file (a transfer that has not started yet).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// File `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&FileProgress> {
        self.blocks.get(i / BLOCK)?.get(i % BLOCK)
    }

    /// Every file, in order.
    pub fn iter(&self) -> impl Iterator<Item = &FileProgress> + '_ {
        self.blocks.iter().flat_map(|b| b.iter())
    }

    /// A copy of every file.
    pub fn to_vec(&self) -> Vec<FileProgress> {
        self.iter().cloned().collect()
    }
}

impl std::ops::Index<usize> for FileTable {
    type Output = FileProgress;

    fn index(&self, i: usize) -> &FileProgress {
        match self.get(i) {
            Some(f) => f,
            None => panic!("file {i} out of range: the transfer has {} files", self.len),
        }
    }
}

impl<'a> IntoIterator for &'a FileTable {
    type Item = &'a FileProgress;
    type IntoIter = Box<dyn Iterator<Item = &'a FileProgress> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl PartialEq for FileTable {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl Eq for FileTable {}

impl std::fmt::Debug for FileTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The bytes file `file` counts for in [`Progress::bytes`]: all of them once done, otherwise
/// at most its size minus one (see the module docs).
fn counted(file: &FileProgress, sent: u64) -> u64 {
    match (file.state, file.total) {
        (FileState::Done, Some(t)) => t,
        (FileState::Done, None) => sent,
        (_, Some(t)) => sent.min(t.saturating_sub(1)),
        (_, None) => sent,
    }
}

/// Whether bytes of a file in `state` may still move (so each snapshot reads its counter).
fn is_live(state: FileState) -> bool {
    matches!(
        state,
        FileState::Signing | FileState::Transferring | FileState::Retrying
    )
}

struct Shared {
    /// Every file as of the last refresh, in blocks shared with the snapshots delivered.
    blocks: Vec<Arc<Vec<FileProgress>>>,
    /// The table of the last snapshot, while no block changed since.
    published: Option<FileTable>,
    /// Files whose byte counters may move: only these are read on each snapshot.
    live: BTreeSet<usize>,
    /// Sum of every file's counted bytes.
    bytes: u64,
    /// Sum of the known file sizes, and how many files have no known size.
    known_total: u64,
    unknown_totals: usize,
    files_done: usize,
    retried: u64,
    listener: Option<Listener>,
    last_bytes: Option<u64>,
    finished: bool,
}

impl Shared {
    fn file_mut(&mut self, i: usize) -> &mut FileProgress {
        self.published = None;
        &mut Arc::make_mut(&mut self.blocks[i / BLOCK])[i % BLOCK]
    }

    fn file(&self, i: usize) -> &FileProgress {
        &self.blocks[i / BLOCK][i % BLOCK]
    }

    /// Recounts file `i` from its byte counter.
    fn recount(&mut self, i: usize, sent: u64) {
        let old = self.file(i).bytes;
        let new = counted(self.file(i), sent);
        if new != old {
            self.file_mut(i).bytes = new;
            self.bytes = self.bytes - old + new;
        }
    }

    fn table(&mut self) -> FileTable {
        let len = self.blocks.iter().map(|b| b.len()).sum();
        self.published
            .get_or_insert_with(|| FileTable {
                blocks: self.blocks.iter().cloned().collect(),
                len,
            })
            .clone()
    }
}

/// Tracks one transfer's files; byte counters are lock-free so body streams can bump them
/// from any thread. Totals are kept up to date as files change, so a snapshot costs the files
/// in flight, not all of them.
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
        let known_total = files.iter().filter_map(|(_, t)| *t).sum();
        let unknown_totals = files.iter().filter(|(_, t)| t.is_none()).count();
        let mut blocks = Vec::with_capacity(files.len().div_ceil(BLOCK));
        let mut files = files.into_iter().peekable();
        while files.peek().is_some() {
            let block = files
                .by_ref()
                .take(BLOCK)
                .map(|(name, total)| FileProgress {
                    name: name.into(),
                    bytes: 0,
                    total,
                    state: FileState::Pending,
                    attempts: 0,
                    resigns: 0,
                })
                .collect();
            blocks.push(Arc::new(block));
        }
        Tracker {
            slots,
            shared: Mutex::new(Shared {
                blocks,
                published: None,
                live: BTreeSet::new(),
                bytes: 0,
                known_total,
                unknown_totals,
                files_done: 0,
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

    fn sent(&self, i: usize) -> u64 {
        self.slots[i].sent.load(Ordering::Relaxed)
    }

    /// Adds `n` bytes to file `i`'s current attempt.
    pub(crate) fn add(&self, i: usize, n: u64) {
        self.slots[i].sent.fetch_add(n, Ordering::Relaxed);
    }

    /// Sets file `i`'s size once known (downloads).
    pub(crate) fn set_total(&self, i: usize, total: Option<u64>) {
        let mut shared = self.lock();
        match shared.file(i).total {
            Some(t) => shared.known_total -= t,
            None => shared.unknown_totals -= 1,
        }
        match total {
            Some(t) => shared.known_total += t,
            None => shared.unknown_totals += 1,
        }
        shared.file_mut(i).total = total;
        let sent = self.sent(i);
        shared.recount(i, sent);
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
            let was_done = shared.file(i).state == FileState::Done;
            let file = shared.file_mut(i);
            if state == FileState::Transferring {
                file.attempts += 1;
            }
            if state == FileState::Signing && file.attempts > 0 {
                file.resigns += 1;
            }
            file.state = state;
            match (was_done, state == FileState::Done) {
                (false, true) => shared.files_done += 1,
                (true, false) => shared.files_done -= 1,
                _ => {}
            }
            if is_live(state) {
                shared.live.insert(i);
            } else {
                shared.live.remove(&i);
            }
            let sent = self.sent(i);
            shared.recount(i, sent);
        }
        self.emit(true);
    }

    /// A snapshot of the counts as of the last [`Self::refresh`].
    fn snapshot(&self, shared: &mut Shared, finished: bool) -> Progress {
        Progress {
            bytes: shared.bytes,
            total: (shared.unknown_totals == 0).then_some(shared.known_total),
            bytes_retried: shared.retried,
            files_done: shared.files_done,
            files: shared.table(),
            elapsed: self.started.elapsed(),
            finished,
        }
    }

    /// Reads the byte counters of the files in flight.
    fn refresh(&self, shared: &mut Shared) {
        let live = std::mem::take(&mut shared.live);
        for &i in &live {
            shared.recount(i, self.sent(i));
        }
        shared.live = live;
    }

    /// Delivers a snapshot; unless `force`, only when bytes moved since the last one.
    pub(crate) fn emit(&self, force: bool) {
        let mut shared = self.lock();
        if shared.finished {
            return;
        }
        self.refresh(&mut shared);
        if !force && shared.last_bytes == Some(shared.bytes) {
            return;
        }
        shared.last_bytes = Some(shared.bytes);
        let snapshot = self.snapshot(&mut shared, false);
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
        self.refresh(&mut shared);
        let snapshot = self.snapshot(&mut shared, true);
        if let Some(listener) = shared.listener.as_mut() {
            listener(&snapshot);
        }
        self.tx.send_replace(snapshot);
    }

    /// Total bytes in the latest sense (for `uploads.progress`).
    pub(crate) fn bytes(&self) -> u64 {
        let mut shared = self.lock();
        self.refresh(&mut shared);
        shared.bytes
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

    #[test]
    fn many_files_share_unchanged_blocks_and_keep_exact_totals() {
        let n = BLOCK * 5 + 3;
        let files = (0..n).map(|i| (format!("f{i}"), Some(10))).collect();
        let (t, seen) = tracker(files);
        for i in 0..n {
            t.state(i, FileState::Transferring);
            t.add(i, 10);
            t.state(i, FileState::Done);
        }
        t.state(n - 1, FileState::Failed);
        t.finish();
        let seen = seen.lock().unwrap();
        let last = seen.last().unwrap();
        assert_eq!(last.files.len(), n);
        assert_eq!(last.files_done, n - 1);
        assert_eq!(
            (last.bytes, last.total),
            (10 * (n as u64 - 1) + 9, Some(10 * n as u64))
        );
        assert_eq!(last.files[n - 1].state, FileState::Failed);
        assert_eq!(last.files[0].name.as_ref(), "f0");
        assert!(last
            .files
            .iter()
            .take(n - 1)
            .all(|f| f.state == FileState::Done && f.bytes == 10));
        // The snapshot before the last change of the last file shares every other block.
        let before = &seen[seen.len() - 3];
        assert!(Arc::ptr_eq(&before.files.blocks[0], &last.files.blocks[0]));
        assert!(!Arc::ptr_eq(&before.files.blocks[5], &last.files.blocks[5]));
        assert_eq!(
            before.files[n - 1].state,
            FileState::Done,
            "snapshots do not change"
        );
    }
}
