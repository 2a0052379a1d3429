//! `client.download_asset(..)`, `client.download_clip(..)`, `client.clip_downloads(..)`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use geopera_api::RetryPolicy;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::checksum::{announced_sha256, BackgroundSha256};
use super::error::{Step, TransferError, TransferErrorKind};
use super::part_file::PartFile;
use super::progress::{FileState, ProgressSink, Tracker};
use super::stall;
use super::storage::{self, default_storage_retry, Outcome};
use crate::views::{take_text, take_u64};
use crate::{DownloadDescriptor, Geopera};

/// Fresh descriptors fetched for one download before giving up (after 403s or expiries).
const MAX_RESOLVES: u32 = 4;

impl Geopera {
    /// Downloads asset `asset_id` of item `item_id` (through `items.asset.download`).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let report = client.download_asset("it_3a9c", "visual").to_path("visual.tif").await?;
    /// println!("{} bytes in {:?} (resumed: {})", report.bytes, report.elapsed, report.resumed);
    /// # Ok(()) }
    /// ```
    pub fn download_asset(
        &self,
        item_id: impl Into<String>,
        asset_id: impl Into<String>,
    ) -> Download {
        Download::new(
            self.clone(),
            Subject::Asset {
                item_id: item_id.into(),
                asset_id: asset_id.into(),
            },
        )
    }

    /// Downloads mosaic `mosaic_type` of clip job `job_id` (through `clip.job.download`).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let report = client
    ///     .download_clip("job_7f2a", "visual")
    ///     .egress("my-app/1.0", "203.0.113.7")
    ///     .to_path("clip_visual.tif")
    ///     .await?;
    /// # let _ = report;
    /// # Ok(()) }
    /// ```
    pub fn download_clip(
        &self,
        job_id: impl Into<String>,
        mosaic_type: impl Into<String>,
    ) -> Download {
        Download::new(
            self.clone(),
            Subject::Clip {
                job_id: job_id.into(),
                mosaic_type: mosaic_type.into(),
                user_agent: None,
                requester_ip: None,
            },
        )
    }

    /// The files a completed clip job offers (through `clip.job.downloads`).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// for file in client.clip_downloads("job_7f2a").await? {
    ///     let dest = file.filename.clone().unwrap_or_else(|| format!("{}.tif", file.mosaic_type));
    ///     client.download_clip("job_7f2a", &file.mosaic_type).to_path(dest).await?;
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn clip_downloads(
        &self,
        job_id: impl Into<String>,
    ) -> Result<Vec<ClipFile>, TransferError> {
        let job_id = job_id.into();
        let value = self
            .clip()
            .job()
            .downloads(json!({ "job_id": job_id }))
            .await
            .map_err(|err| TransferError::api(Step::Resolve, err))?;
        ClipFile::list_from_value(value)
            .map_err(|message| TransferError::new(TransferErrorKind::Api, Step::Resolve, message))
    }
}

/// One file a clip job offers (an entry of `clip.job.downloads`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClipFile {
    /// The mosaic type, to pass to [`Geopera::download_clip`].
    pub mosaic_type: String,
    /// A suggested file name, if given.
    pub filename: Option<String>,
    /// The size in bytes, if given.
    pub size: Option<u64>,
    /// The media type, if given.
    pub content_type: Option<String>,
    /// The SHA-256 (hex), if given.
    pub sha256: Option<String>,
    /// Every other field, as sent.
    pub extra: geopera_api::JsonObject,
}

impl ClipFile {
    /// Reads the result of `clip.job.downloads`: `{"downloads": [..]}` or a bare list.
    pub fn list_from_value(value: Value) -> Result<Vec<ClipFile>, String> {
        let list = match value {
            Value::Array(list) => list,
            Value::Object(mut map) => match map.remove("downloads") {
                Some(Value::Array(list)) => list,
                _ => return Err("clip.job.downloads returned no `downloads` list".into()),
            },
            other => return Err(format!("clip.job.downloads returned {other}, not a list")),
        };
        list.into_iter()
            .map(|entry| {
                let Value::Object(mut map) = entry else {
                    return Err(format!("a clip download entry is not an object: {entry}"));
                };
                let mosaic_type = take_text(&mut map, "mosaic_type")
                    .ok_or_else(|| "a clip download entry has no `mosaic_type`".to_string())?;
                let filename = take_text(&mut map, "filename");
                let content_type = take_text(&mut map, "content_type");
                let sha256 = take_text(&mut map, "sha256");
                let size = take_u64(&mut map, "size");
                Ok(ClipFile {
                    mosaic_type,
                    filename,
                    size,
                    content_type,
                    sha256,
                    extra: map,
                })
            })
            .collect()
    }
}

#[derive(Debug, Clone)]
enum Subject {
    Asset {
        item_id: String,
        asset_id: String,
    },
    Clip {
        job_id: String,
        mosaic_type: String,
        user_agent: Option<String>,
        requester_ip: Option<String>,
    },
}

impl Subject {
    fn describe(&self) -> String {
        match self {
            Subject::Asset { item_id, asset_id } => format!("asset {asset_id} of item {item_id}"),
            Subject::Clip {
                job_id,
                mosaic_type,
                ..
            } => format!("mosaic {mosaic_type} of clip job {job_id}"),
        }
    }
}

/// What a finished download did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DownloadReport {
    /// Bytes of the file.
    pub bytes: u64,
    /// Where it was written ([`Download::to_path`]); `None` for [`Download::to_writer`].
    pub path: Option<PathBuf>,
    /// Time the whole download took, descriptor included.
    pub elapsed: Duration,
    /// Whether any part of the file came from a `Range` request (an interrupted transfer
    /// resumed, or a `.part` file left by an earlier attempt).
    pub resumed: bool,
    /// SHA-256 of the bytes (lower-case hex), computed while they were written; `None` with
    /// [`Download::verify`]`(false)`.
    pub sha256: Option<String>,
}

/// A download being configured; see [`Geopera::download_asset`] and
/// [`Geopera::download_clip`]. Finish it with [`Download::to_path`] or
/// [`Download::to_writer`].
#[must_use = "a download does nothing until to_path or to_writer is awaited"]
pub struct Download {
    job: Job,
    progress: ProgressSink,
}

/// What to fetch and how: the part of a [`Download`] borrowed while it runs. The progress
/// sink stays out of it, so that the running future is `Send` whatever the listener is.
struct Job {
    client: Geopera,
    subject: Subject,
    retry: RetryPolicy,
    stall_timeout: Duration,
    verify: bool,
    durable: bool,
}

impl std::fmt::Debug for Download {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("subject", &self.job.subject)
            .finish_non_exhaustive()
    }
}

impl Download {
    fn new(client: Geopera, subject: Subject) -> Self {
        Download {
            job: Job {
                stall_timeout: client.stall_timeout(),
                client,
                subject,
                retry: default_storage_retry(),
                verify: true,
                durable: false,
            },
            progress: ProgressSink::default(),
        }
    }

    /// Attributes the egress of a clip download (`user_agent`, `requester_ip` of
    /// `clip.job.download`). Asset downloads have no attribution fields; there it does nothing.
    pub fn egress(
        mut self,
        user_agent: impl Into<String>,
        requester_ip: impl Into<String>,
    ) -> Self {
        if let Subject::Clip {
            user_agent: ua,
            requester_ip: ip,
            ..
        } = &mut self.job.subject
        {
            *ua = Some(user_agent.into());
            *ip = Some(requester_ip.into());
        }
        self
    }

    /// How storage requests are retried (default
    /// [`default_storage_retry`](super::default_storage_retry)); `max_attempts` counts
    /// consecutive attempts that moved no byte.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.job.retry = policy;
        self
    }

    /// How long the `GET` may wait for its answer or for the next bytes before it is
    /// abandoned and resumed (default: the client's
    /// [`stall_timeout`](crate::GeoperaBuilder::stall_timeout), 30 s unless set).
    pub fn stall_timeout(mut self, timeout: Duration) -> Self {
        self.job.stall_timeout = timeout;
        self
    }

    /// Whether to compute the SHA-256 of the bytes (default `true`). It is checked against
    /// the checksum the descriptor or the storage response announces, when there is one,
    /// and it is [`DownloadReport::sha256`]. The hash runs on another thread while the
    /// bytes arrive. With `false` only the size is checked, and a `.part` left by an earlier
    /// attempt is started over rather than resumed (its bytes could not be verified).
    pub fn verify(mut self, verify: bool) -> Self {
        self.job.verify = verify;
        self
    }

    /// Whether [`Self::to_path`] makes the file durable (`fsync`) before renaming it onto
    /// the destination (default `false`, as `curl`, `wget` and `aws s3 cp` do). Either way
    /// the destination only ever holds the complete, checked file, because it appears by a
    /// rename; `true` also keeps it complete across a power loss or an OS crash right after
    /// the download, at the cost of waiting for the disk.
    pub fn durable(mut self, durable: bool) -> Self {
        self.job.durable = durable;
        self
    }

    super::progress::progress_options!();

    /// Downloads into `dest`: bytes stream into `<dest>.part`, which is renamed onto `dest`
    /// only once size and checksum are verified, so `dest` never holds a truncated file.
    ///
    /// A `.part` left by an earlier failed attempt is resumed when the descriptor carries a
    /// checksum to verify the result against; otherwise it is started over. The `.part` is
    /// kept after a transfer failure (to resume later) and removed after a verification
    /// failure.
    pub async fn to_path(self, dest: impl AsRef<Path>) -> Result<DownloadReport, TransferError> {
        let dest = dest.as_ref().to_path_buf();
        let shown = dest.display().to_string();
        self.run(Sink::Path(dest))
            .await
            .map_err(|e| e.with_file(shown))
    }

    /// [`Self::to_path`] for code without an async runtime.
    pub fn to_path_blocking(self, dest: impl AsRef<Path>) -> Result<DownloadReport, TransferError> {
        let dest = dest.as_ref().to_path_buf();
        geopera_api::blocking::block_on(None, self.to_path(dest))
            .map_err(|e| TransferError::api(Step::Resolve, e))?
    }

    /// Streams the bytes into `writer`. An interrupted transfer resumes with a `Range`
    /// request; size and checksum are verified at the end, after the bytes were written, so
    /// on an error the writer may hold partial data.
    pub async fn to_writer<W>(self, mut writer: W) -> Result<DownloadReport, TransferError>
    where
        W: AsyncWrite + Unpin + Send,
    {
        self.run(Sink::Writer(&mut writer)).await
    }

    async fn run(self, sink: Sink<'_>) -> Result<DownloadReport, TransferError> {
        let started = Instant::now();
        let Download { job, progress } = self;
        let name = match &sink {
            Sink::Path(p) => p.display().to_string(),
            Sink::Writer(_) => job.subject.describe(),
        };
        let tracker = Tracker::new(progress, vec![(name, None)]);
        let result = tokio::select! {
            result = job.transfer(sink, &tracker, started) => result,
            _ = tracker.ticker() => unreachable!("the ticker never ends"),
        };
        if result.is_err() {
            tracker.state(0, FileState::Failed);
        }
        tracker.finish();
        result
    }
}

impl Job {
    async fn resolve(&self) -> Result<DownloadDescriptor, TransferError> {
        let value = match &self.subject {
            Subject::Asset { item_id, asset_id } => {
                self.client
                    .items()
                    .asset()
                    .download(json!({ "item_id": item_id, "asset_id": asset_id }))
                    .await
            }
            Subject::Clip {
                job_id,
                mosaic_type,
                user_agent,
                requester_ip,
            } => {
                let mut body = json!({ "job_id": job_id, "mosaic_type": mosaic_type });
                if let Some(ua) = user_agent {
                    body["user_agent"] = json!(ua);
                }
                if let Some(ip) = requester_ip {
                    body["requester_ip"] = json!(ip);
                }
                self.client.clip().job().download(body).await
            }
        }
        .map_err(|err| TransferError::api(Step::Resolve, err))?;
        DownloadDescriptor::from_value(value).map_err(|message| {
            TransferError::new(
                TransferErrorKind::Api,
                Step::Resolve,
                format!(
                    "the descriptor for {} is unusable: {message}",
                    self.subject.describe()
                ),
            )
        })
    }

    async fn transfer(
        &self,
        sink: Sink<'_>,
        tracker: &Tracker,
        started: Instant,
    ) -> Result<DownloadReport, TransferError> {
        // Check the destination before spending egress on a descriptor.
        let mut out = match sink {
            Sink::Path(dest) => Out::open(dest, self.verify).await?,
            Sink::Writer(w) => Out::writer(w, self.verify),
        };
        let result = self.fetch(&mut out, tracker).await;
        match result {
            Ok(Fetched {
                bytes,
                resumed,
                sha256,
            }) => {
                let path = out.finish(self.durable).await?;
                tracker.state(0, FileState::Done);
                Ok(DownloadReport {
                    bytes,
                    path,
                    elapsed: started.elapsed(),
                    resumed,
                    sha256,
                })
            }
            Err(err) => Err(match out.keep_for_resume().await {
                Some((part, bytes)) => err.add_hint(format!(
                    "the {bytes} bytes received are kept in `{}` for the next download to this path",
                    part.display()
                )),
                None => err,
            }),
        }
    }

    /// Resolves, streams and verifies into `out`.
    async fn fetch(&self, out: &mut Out<'_>, tracker: &Tracker) -> Result<Fetched, TransferError> {
        tracker.state(0, FileState::Signing);
        let mut descriptor = self.resolve().await?;
        tracker.set_total(0, descriptor.size);

        let mut offset = out.resume_from(&descriptor).await?;
        let mut resumed = offset > 0;
        let mut idle_failures = 0u32;
        let mut resolves = 0u32;
        let mut total: Option<u64> = descriptor.size;
        let mut announced: Option<String> = None;
        tracker.set_sent(0, offset);

        loop {
            if total.is_some_and(|t| offset >= t) && offset > 0 {
                break;
            }
            tracker.state(0, FileState::Transferring);
            let mut request = self.client.api().http().get(&descriptor.url);
            if offset > 0 {
                request = request.header(http::header::RANGE, format!("bytes={offset}-"));
            }
            let limit = self.stall_timeout;
            let outcome = match tokio::time::timeout(limit, request.send()).await {
                Ok(result) => stall::classify_within(result, &descriptor.url, limit).await,
                Err(_) => stall::stalled(format!(
                    "the storage host did not answer within {limit:?} (stall_timeout) after {offset} bytes"
                )),
            };
            let failure = match outcome {
                Outcome::Success(response) => {
                    let status = response.status();
                    if offset > 0 && status == http::StatusCode::PARTIAL_CONTENT {
                        match content_range(&response) {
                            Some((start, size)) if start == offset => {
                                resumed = true;
                                total = total.or(size);
                            }
                            _ => {
                                // Not the part asked for: start over.
                                offset = 0;
                                out.restart().await?;
                                tracker.set_sent(0, 0);
                                continue;
                            }
                        }
                    } else {
                        if offset > 0 {
                            // The host ignored the range: start over from this full answer.
                            offset = 0;
                            out.restart().await?;
                            tracker.set_sent(0, 0);
                        }
                        total = total.or(response.content_length());
                        announced = announced_sha256(&response);
                    }
                    tracker.set_total(0, total);
                    let before = offset;
                    let mut body = response.bytes_stream();
                    let mut broken = None;
                    loop {
                        let Ok(next) = tokio::time::timeout(limit, body.next()).await else {
                            broken = Some(format!("no byte arrived for {limit:?} (stall_timeout)"));
                            break;
                        };
                        match next {
                            None => break,
                            Some(Ok(chunk)) => {
                                let len = chunk.len() as u64;
                                out.write(chunk).await?;
                                offset += len;
                                tracker.add(0, len);
                            }
                            Some(Err(err)) => {
                                broken = Some(storage::error_chain(&err.without_url()));
                                break;
                            }
                        }
                    }
                    match broken {
                        None if total.is_none_or(|t| offset >= t) => break,
                        None => Some(Failure {
                            message: format!(
                                "the storage host ended the body after {offset} of {} bytes",
                                total.unwrap_or(0)
                            ),
                            status: None,
                            retry_after: None,
                            progressed: before < offset,
                        }),
                        Some(message) => Some(Failure {
                            message: format!("the download broke after {offset} bytes: {message}"),
                            status: None,
                            retry_after: None,
                            progressed: before < offset,
                        }),
                    }
                }
                Outcome::Resign(message) => {
                    resolves += 1;
                    if resolves > MAX_RESOLVES {
                        return Err(TransferError::new(
                            TransferErrorKind::Storage,
                            Step::Transfer,
                            format!(
                                "{message}; still refused after {MAX_RESOLVES} fresh descriptors"
                            ),
                        ));
                    }
                    tracker.state(0, FileState::Signing);
                    descriptor = self.resolve().await?;
                    continue;
                }
                Outcome::Fatal { message, status } => {
                    return Err(TransferError::new(
                        TransferErrorKind::Storage,
                        Step::Transfer,
                        message,
                    )
                    .with_status(status))
                }
                Outcome::Transient {
                    message,
                    retry_after,
                    status,
                    ..
                } => Some(Failure {
                    message,
                    status,
                    retry_after,
                    progressed: false,
                }),
            };
            let Some(Failure {
                message,
                status,
                retry_after,
                progressed,
            }) = failure
            else {
                continue;
            };
            if progressed {
                idle_failures = 0;
            }
            idle_failures += 1;
            if idle_failures >= self.retry.max_attempts {
                let kind = if status.is_some() {
                    TransferErrorKind::Storage
                } else {
                    TransferErrorKind::Interrupted
                };
                let mut err = TransferError::new(
                    kind,
                    Step::Transfer,
                    format!("{message} (gave up after {idle_failures} attempts without progress)"),
                )
                .with_hint("try again later");
                if let Some(status) = status {
                    err = err.with_status(status);
                }
                return Err(err);
            }
            tracing::debug!(%message, offset, "resuming a download");
            tracker.state(0, FileState::Retrying);
            if !progressed {
                tokio::time::sleep(self.retry.delay(idle_failures, retry_after)).await;
            }
        }

        let sha256 = out.sha256().await?;
        if let Some(expected) = descriptor.size.or(total) {
            if offset != expected {
                out.discard().await;
                return Err(TransferError::new(
                    TransferErrorKind::Integrity,
                    Step::Verify,
                    format!("received {offset} bytes but the file has {expected}"),
                )
                .with_hint("try again; the partial file was removed"));
            }
        }
        let expected = descriptor.sha256.as_ref().or(announced.as_ref());
        if let (Some(expected), Some(sha256)) = (expected, &sha256) {
            if !expected.eq_ignore_ascii_case(sha256) {
                out.discard().await;
                return Err(TransferError::new(
                    TransferErrorKind::Integrity,
                    Step::Verify,
                    format!("the SHA-256 of the received bytes is {sha256}, the service announced {expected}"),
                )
                .with_hint("try again; the partial file was removed"));
            }
        }
        Ok(Fetched {
            bytes: offset,
            resumed,
            sha256,
        })
    }
}

/// What a completed fetch brought: the file's size, whether a `Range` request contributed,
/// and the SHA-256 when computed.
struct Fetched {
    bytes: u64,
    resumed: bool,
    sha256: Option<String>,
}

/// A failed `GET` attempt that may be retried.
struct Failure {
    message: String,
    /// The HTTP status, when the host answered (none for a broken or stalled transfer).
    status: Option<http::StatusCode>,
    retry_after: Option<Duration>,
    /// Whether the attempt moved bytes (which resets the count of idle failures).
    progressed: bool,
}

/// `(start, total size)` of a `Content-Range: bytes a-b/n` header.
fn content_range(response: &reqwest::Response) -> Option<(u64, Option<u64>)> {
    let value = response
        .headers()
        .get(http::header::CONTENT_RANGE)?
        .to_str()
        .ok()?;
    let rest = value.trim().strip_prefix("bytes ")?;
    let (range, size) = rest.split_once('/')?;
    let (start, _) = range.split_once('-')?;
    Some((start.trim().parse().ok()?, size.trim().parse().ok()))
}

enum Sink<'w> {
    Path(PathBuf),
    Writer(&'w mut (dyn AsyncWrite + Unpin + Send)),
}

/// Where received bytes go, and the SHA-256 of everything written there (unless not asked
/// for), computed beside the transfer.
struct Out<'w> {
    target: Target<'w>,
    hasher: Option<BackgroundSha256>,
}

enum Target<'w> {
    /// `<dest>.part`, created when the first byte arrives (or left by an earlier attempt).
    File {
        dest: PathBuf,
        part: PathBuf,
        file: Option<PartFile>,
        existing: u64,
    },
    Writer {
        writer: &'w mut (dyn AsyncWrite + Unpin + Send),
        written: u64,
    },
}

pub(super) fn part_path(dest: &Path) -> PathBuf {
    let mut name = dest.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    dest.with_file_name(name)
}

/// Opens the partial file `part`; `fresh` creates (or empties) it.
async fn open_part(part: &Path, fresh: bool) -> Result<PartFile, TransferError> {
    let file = tokio::fs::OpenOptions::new()
        .create(fresh)
        .truncate(fresh)
        .read(true)
        .write(true)
        .open(part)
        .await
        .map_err(|err| part_error(part, "write", err))?;
    Ok(PartFile::new(file.into_std().await))
}

/// The error for a failed read or write of the partial file `part`.
fn part_error(part: &Path, verb: &str, err: std::io::Error) -> TransferError {
    TransferError::io(
        Step::Write,
        format!("cannot {verb} `{}`", part.display()),
        err,
    )
}

impl<'w> Out<'w> {
    fn new(target: Target<'w>, verify: bool) -> Self {
        Out {
            target,
            hasher: verify.then(|| BackgroundSha256::start(Sha256::new())),
        }
    }

    /// Into the caller's writer.
    fn writer(writer: &'w mut (dyn AsyncWrite + Unpin + Send), verify: bool) -> Self {
        Out::new(Target::Writer { writer, written: 0 }, verify)
    }

    /// Into `<dest>.part`, opened (or created) here.
    async fn open(dest: PathBuf, verify: bool) -> Result<Out<'w>, TransferError> {
        if dest.file_name().is_none() {
            return Err(TransferError::new(
                TransferErrorKind::Invalid,
                Step::Write,
                "the destination has no file name",
            ));
        }
        let dir = match dest.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        match tokio::fs::metadata(&dir).await {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(TransferError::new(
                    TransferErrorKind::Io,
                    Step::Write,
                    format!("`{}` is not a directory", dir.display()),
                ))
            }
            Err(err) => {
                return Err(TransferError::io(
                    Step::Write,
                    format!(
                        "the destination directory `{}` does not exist",
                        dir.display()
                    ),
                    err,
                )
                .with_hint("create the directory first; nothing was downloaded"))
            }
        }
        // No `.part` is created before a byte arrives: a download that fails earlier leaves
        // nothing behind. One left by an earlier attempt is opened to be resumed.
        let part = part_path(&dest);
        let (file, existing) = match tokio::fs::metadata(&part).await {
            Ok(meta) if meta.is_file() => (Some(open_part(&part, false).await?), meta.len()),
            _ => (None, 0),
        };
        Ok(Out::new(
            Target::File {
                dest,
                part,
                file,
                existing,
            },
            verify,
        ))
    }

    /// Where to start: the length of a `.part` from an earlier attempt, when the descriptor
    /// lets the result be verified (its bytes are hashed first); otherwise 0.
    async fn resume_from(&mut self, descriptor: &DownloadDescriptor) -> Result<u64, TransferError> {
        let Target::File {
            file,
            existing,
            part,
            ..
        } = &mut self.target
        else {
            return Ok(0);
        };
        let usable = *existing > 0
            && self.hasher.is_some()
            && descriptor.sha256.is_some()
            && descriptor.size.is_some_and(|size| *existing <= size);
        if !usable {
            self.restart().await?;
            return Ok(0);
        }
        let Some(file) = file else {
            return Ok(0);
        };
        let mut prefix = Sha256::new();
        let read = file
            .read_back(*existing, &mut prefix)
            .await
            .map_err(|err| part_error(part, "read", err))?;
        self.hasher = Some(BackgroundSha256::start(prefix));
        Ok(read)
    }

    /// Drops everything written so far, to receive the whole object again.
    async fn restart(&mut self) -> Result<(), TransferError> {
        match &mut self.target {
            Target::File {
                file: Some(file),
                part,
                ..
            } => file
                .truncate()
                .await
                .map_err(|err| part_error(part, "write", err))?,
            Target::File { file: None, .. } => {}
            Target::Writer { written, .. } if *written == 0 => {}
            Target::Writer { .. } => return Err(TransferError::new(
                TransferErrorKind::Storage,
                Step::Transfer,
                "the storage host did not honour the Range request, and the bytes already written cannot be taken back",
            )
            .with_hint("download to a path instead, or try again")),
        }
        if self.hasher.is_some() {
            self.hasher = Some(BackgroundSha256::start(Sha256::new()));
        }
        Ok(())
    }

    async fn write(&mut self, bytes: bytes::Bytes) -> Result<(), TransferError> {
        let mut batches = Vec::new();
        match &mut self.target {
            Target::File { file, part, .. } => {
                let file = match file {
                    Some(file) => file,
                    None => file.insert(open_part(part, true).await?),
                };
                let mut on_batch = |batch| batches.push(batch);
                file.write(&bytes, &mut on_batch)
                    .await
                    .map_err(|err| part_error(part, "write", err))?
            }
            Target::Writer { writer, written } => {
                writer
                    .write_all(&bytes)
                    .await
                    .map_err(|err| TransferError::io(Step::Write, "the writer failed", err))?;
                *written += bytes.len() as u64;
                batches.push(bytes);
            }
        }
        if let Some(hasher) = &self.hasher {
            for batch in batches {
                hasher.update(batch).await;
            }
        }
        Ok(())
    }

    /// The SHA-256 of the bytes written (including those a resume started from), once every
    /// queued byte is in the file; `None` when not asked for.
    async fn sha256(&mut self) -> Result<Option<String>, TransferError> {
        if let Target::File {
            file: Some(file),
            part,
            ..
        } = &mut self.target
        {
            let last = file
                .flush()
                .await
                .map_err(|err| part_error(part, "write", err))?;
            if let (Some(hasher), Some(last)) = (&self.hasher, last) {
                hasher.update(last).await;
            }
        }
        let Some(hasher) = self.hasher.take() else {
            return Ok(None);
        };
        hasher.finish().await.map(Some).map_err(|err| {
            TransferError::new(
                TransferErrorKind::Io,
                Step::Verify,
                format!("the SHA-256 of the download could not be computed: {err}"),
            )
        })
    }

    /// After a failure: flushes the partial file for a later resume when it holds bytes
    /// (returning where, and how many), removes it when it holds none.
    async fn keep_for_resume(&mut self) -> Option<(PathBuf, u64)> {
        let Target::File {
            file: Some(file),
            part,
            ..
        } = &mut self.target
        else {
            return None;
        };
        let _ = file.flush().await;
        let held = tokio::fs::metadata(&part).await.map_or(0, |m| m.len());
        if held == 0 {
            let _ = tokio::fs::remove_file(&part).await;
            return None;
        }
        Some((part.clone(), held))
    }

    /// Removes the partial file after a verification failure.
    async fn discard(&mut self) {
        if let Target::File { part, .. } = &self.target {
            let _ = tokio::fs::remove_file(part).await;
        }
    }

    /// Flushes, syncs (when `durable`) and renames the `.part` onto the destination.
    async fn finish(self, durable: bool) -> Result<Option<PathBuf>, TransferError> {
        match self.target {
            Target::File {
                dest, part, file, ..
            } => {
                // An empty object writes no byte: its (empty) file is created here.
                let mut file = match file {
                    Some(file) => file,
                    None => open_part(&part, true).await?,
                };
                if durable {
                    file.sync().await
                } else {
                    file.flush().await.map(drop)
                }
                .map_err(|err| part_error(&part, "write", err))?;
                drop(file);
                tokio::fs::rename(&part, &dest).await.map_err(|err| {
                    TransferError::io(
                        Step::Write,
                        format!("cannot move `{}` onto `{}`", part.display(), dest.display()),
                        err,
                    )
                })?;
                Ok(Some(dest))
            }
            Target::Writer { writer, .. } => {
                writer
                    .flush()
                    .await
                    .map_err(|err| TransferError::io(Step::Write, "the writer failed", err))?;
                Ok(None)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_lists_are_read() {
        let list = ClipFile::list_from_value(json!({
            "job_id": "job_1",
            "downloads": [{"mosaic_type": "visual", "filename": "v.tif", "size": 3, "sha256": "ab", "x": 1}]
        }))
        .unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].mosaic_type, "visual");
        assert_eq!(list[0].size, Some(3));
        assert_eq!(list[0].extra.get("x"), Some(&json!(1)));
        assert!(ClipFile::list_from_value(json!([{"filename": "x"}])).is_err());
    }

    #[test]
    fn part_files_sit_next_to_the_destination() {
        assert_eq!(
            part_path(Path::new("a/b.tif")),
            PathBuf::from("a/b.tif.part")
        );
    }
}
