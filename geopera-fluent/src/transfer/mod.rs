//! Transfer helpers: uploads and downloads that stream, resume, re-sign and clean up.
//!
//! Geopera's API never carries file bytes: uploads are a session (`uploads.initiate` →
//! `uploads.signed_url` per file → `PUT` to the storage host → `uploads.complete`) and
//! downloads return a descriptor with a short-lived signed URL. These helpers run those
//! protocols in one call:
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use geopera_fluent::Geopera;
//!
//! let client = Geopera::from_env()?;
//! let done = client
//!     .upload("proj_1")
//!     .file("./harbour_2024.tif")
//!     .file_with("./b08.tif", "image/tiff")
//!     .concurrency(4)
//!     .on_progress(|p| eprintln!("{:.0} %", 100.0 * p.fraction().unwrap_or(0.0)))
//!     .send()
//!     .await?;
//! let report = client
//!     .download_asset(&done.item_ids[0], "visual")
//!     .to_path("visual.tif")
//!     .await?;
//! println!("{} bytes, sha256 {:?}", report.bytes, report.sha256);
//! # Ok(()) }
//! ```
//!
//! # Layout
//!
//! `upload/` and `download/` each have a builder (`mod.rs`: what to move and how), a run
//! step (`run.rs`: the whole session or download, start to end) and an attempt step
//! (`attempt.rs`: one storage request). Both attempt steps run under the one storage retry
//! loop of `retry.rs`, which reads a named `Outcome` of each attempt and
//! holds the storage retry policy ([`default_storage_retry`]). `storage.rs` streams request
//! bodies and classifies storage answers; `stall.rs` abandons requests that stop moving;
//! `progress.rs` keeps the counts every listener sees. Request bodies are the typed models
//! of [`crate::types`], and results decode into the typed [`crate::views`].
//!
//! # Uploads
//!
//! - **Nothing is reserved for a file that cannot be read.** Every file is measured before
//!   `uploads.initiate`; a missing file fails the call before any request is sent, and
//!   `total_bytes` is the exact sum of the sizes.
//! - **Streaming, bounded memory.** Bodies are read from disk in 1 MiB chunks into
//!   `reqwest::Body::wrap_stream` with an explicit `Content-Length`; memory per file in
//!   flight stays near two chunks (the one being sent and the one read ahead) plus socket
//!   buffers, whatever the file size. Files are read with `std::fs` on Tokio's blocking pool
//!   straight into the body's buffers, which costs half the CPU of `tokio::fs` here; the
//!   buffers are not zeroed before the read. Against 256 KiB chunks, 1 MiB ones need a quarter of
//!   the hand-offs to the blocking pool; with both changes the helper's client CPU per GiB is
//!   curl's (see BENCHMARKS.md). The Python SDK's recipe (`content=fh.read()`) holds the
//!   whole file.
//! - **Retries rebuild the body.** A streamed body cannot be cloned, so each attempt re-opens
//!   the file (a body factory). A file whose size differs from what was measured, when it
//!   is opened or when its last byte is read, fails the upload instead of storing something
//!   else than what was reserved. Readers ([`Upload::reader`]) cannot be re-opened and get
//!   one attempt.
//! - **Re-sign.** A 401/403 (or an S3/GCS-style `ExpiredToken`, `AccessDenied`, … error code)
//!   from the storage host means the signed URL is expired or refused: the file is signed
//!   again with `uploads.signed_url` and retried at once. A broken connection also gets a
//!   fresh URL, because a host that refuses a request may simply close the connection.
//! - **Transient errors** (408, 429, 5xx, broken connections) are retried with exponential
//!   backoff and jitter, honouring `Retry-After`, bounded by [`default_storage_retry`] or
//!   [`Upload::retry_policy`]: `max_attempts` counts failed attempts in a row that kept no
//!   byte, for uploads and downloads alike (a download that resumed after progress starts
//!   counting again).
//! - **Always released.** On any error, the session is released with `uploads.fail`
//!   (`error_step` = `sign`, `transfer` or `complete`) so its quota reservation is freed. If
//!   the upload future is dropped mid-flight (a timeout, a cancelled task), a guard spawns
//!   that call on the current Tokio runtime and retries it there (connection loss, 429,
//!   502/503/504) until it succeeds or [`Upload::release_budget`] (default 10 s) is spent.
//! - **A lost answer reserves nothing twice.** `uploads.initiate` and `uploads.fail` carry an
//!   `Idempotency-Key` generated for each logical call and sent unchanged on every attempt,
//!   so they are retried after a connection lost before the answer, or a 502/503/504: the
//!   service replays the session it already created. A service that ignores the key (Geopera
//!   documents it, but its spec declares it only on `billing.topup`) would create a second
//!   session on such a retry, and the first one would keep its reservation until the
//!   service expires it: the SDK never learnt its id. `uploads.fail` is harmless to repeat.
//! - **No hang.** A `PUT` that moves no byte for [`Upload::stall_timeout`] (default 30 s,
//!   [`DEFAULT_STALL_TIMEOUT`]), or gets no answer within it once its body is sent, is
//!   abandoned and retried like a broken connection; the error after the last attempt names
//!   the file, the step, the bytes sent and the timeout. See `stall.rs` for the rules.
//! - **Never the Geopera token on the storage host.** Storage requests share the client's
//!   connection pool but carry no credential; errors show storage URLs without their query
//!   string (the signature).
//! - `uploads.progress` is reported at most once per second per session, and only when
//!   bytes moved. Retries of `uploads.complete` are safe too (it carries an
//!   `Idempotency-Key`).
//!
//! - **Directories.** [`Upload::dir`] adds every file under a directory, in sorted order,
//!   named by its relative path, without following symbolic links (rules in `dir.rs`).
//!
//! # Downloads
//!
//! The descriptor (`items.asset.download` / `clip.job.download`) is resolved, then the signed
//! URL is fetched with a streaming `GET` into `<dest>.part`. A broken transfer resumes from
//! the bytes already written with `Range: bytes=N-` (a host that ignores the range is
//! handled by starting over); a 403 or an expired URL re-resolves the descriptor (each
//! resolution is an egress record) and resumes. At the end the size is checked and, when the
//! descriptor or the storage response (`x-amz-checksum-sha256`, `Repr-Digest`) announces
//! one, the SHA-256; then the `.part` is renamed onto `dest`: `dest` never holds a truncated
//! or unverified file. A missing destination directory is an error before any descriptor is
//! fetched. The `.part` is created only when the first byte arrives: a download that fails
//! before that (a 404, a refused URL, a stall) leaves nothing behind, and a failed download's
//! error says the partial download is kept only when the `.part` holds bytes. A `GET` that
//! gets no answer, or no next byte, within [`Download::stall_timeout`] is abandoned and
//! resumed with `Range` from the bytes already kept.
//!
//! How bytes move: received chunks are copied into 256 KiB batches; each batch is written
//! to the `.part` by a blocking-pool task while the next one fills, and hashed by another
//! (the SHA-256, [`DownloadReport::sha256`]) from the same shared buffer, so the network,
//! the write and the hash each run on their own thread. [`Download::verify`]`(false)` skips
//! the hash (size check only). No `fsync` by default, as `curl`, `wget` and `aws s3 cp`:
//! the rename already guarantees that `dest` holds the whole file or nothing for every
//! process and every failure short of an OS crash; [`Download::durable`]`(true)` syncs the
//! `.part` before the rename so that the file also survives a power loss.
//! [`Download::to_writer`] writes straight into the caller's writer.
//!
//! [`Geopera::download_items`](crate::Geopera::download_items) downloads every asset of many
//! items into one directory, a few at a time; after a failure it keeps the finished files,
//! removes every `.part` and names the item and asset that failed (rules in `batch.rs`).
//!
//! # Runtimes
//!
//! Every helper future is `Send` (a progress listener only has to be `Send`), so transfers can
//! run in spawned tasks. They run on any Tokio runtime with the IO and time drivers enabled
//! (`#[tokio::main]`, or a `Builder` with `enable_all`), current-thread or multi-threaded;
//! file reads and writes use its blocking pool. Without a runtime, use the `*_blocking`
//! methods.
//!
//! # Progress
//!
//! See [`Progress`] for what the numbers mean: bytes moved and not taken back,
//! where a retried request's bytes are subtracted and a file counts fully only once the
//! storage host accepted it. Listen with `.on_progress(..)`, or take a
//! [`ProgressReceiver`] (`Stream` + `watch`) with `.progress()`. With the cargo feature
//! `progress-bar`, `.progress_bar()` draws an `indicatif` bar that ends its line when the
//! transfer finishes; when stderr is not a terminal it prints one summary line instead.

mod batch;
mod checksum;
mod content_type;
mod dir;
mod download;
mod error;
mod part_file;
mod progress;
#[cfg(feature = "progress-bar")]
pub mod progress_bar;
mod retry;
mod stall;
mod storage;
mod upload;

pub use batch::{AssetDownload, ItemDownloads};
pub use content_type::{guess_content_type, OCTET_STREAM};
pub use download::{Download, DownloadReport};
pub use error::{Step, TransferError, TransferErrorKind};
pub use geopera_api::views::ClipFile;
pub use progress::{
    FileProgress, FileState, FileTable, Progress, ProgressReceiver, DEFAULT_PROGRESS_INTERVAL,
};
pub use retry::default_storage_retry;
pub use stall::DEFAULT_STALL_TIMEOUT;
pub use upload::{Upload, DEFAULT_CONCURRENCY, PROGRESS_REPORT_INTERVAL};
