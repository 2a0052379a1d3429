//! `client.upload(project_id)`: one call that runs a whole upload session.

use std::future::{Future, IntoFuture};
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use geopera_api::RetryPolicy;
use serde_json::json;
use tokio::io::AsyncRead;

use super::content_type::guess_content_type;
use super::error::{Step, TransferError, TransferErrorKind};
use super::progress::{FileState, ProgressSink, Tracker};
use super::stall::{self, Activity};
use super::storage::{self, default_storage_retry, BodyError, BodySource, Outcome};
use crate::{Geopera, UploadCompleted};

/// Default number of files transferred at once.
pub const DEFAULT_CONCURRENCY: usize = 4;

/// Minimum time between two `uploads.progress` reports of one session.
pub const PROGRESS_REPORT_INTERVAL: Duration = Duration::from_secs(1);

/// Fresh URLs signed for one file before giving up (after 403s or expiries).
const MAX_RESIGNS: u32 = 4;

/// Longest `error_message` sent to `uploads.fail`.
const MAX_FAIL_MESSAGE: usize = 1000;

/// How long a dropped upload keeps trying to release its session in the background.
pub const DEFAULT_RELEASE_BUDGET: Duration = Duration::from_secs(10);

impl Geopera {
    /// Uploads files into `project_id`: one upload session, streamed, concurrent,
    /// retried, and released with `uploads.fail` if anything goes wrong.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let done = client
    ///     .upload("proj_1")
    ///     .file("./harbour_2024.tif")             // image/tiff, from the extension
    ///     .file_with("./b08.dat", "image/tiff")
    ///     .concurrency(4)
    ///     .on_progress(|p| eprintln!("{} / {:?} bytes", p.bytes, p.total))
    ///     .send()
    ///     .await?;
    /// println!("items {:?}", done.item_ids);
    /// # Ok(()) }
    /// ```
    pub fn upload(&self, project_id: impl Into<String>) -> Upload {
        Upload {
            client: self.clone(),
            project_id: project_id.into(),
            sources: Vec::new(),
            target_item: None,
            target_collection: None,
            categorical: false,
            concurrency: DEFAULT_CONCURRENCY,
            retry: default_storage_retry(),
            stall_timeout: self.stall_timeout(),
            release_budget: DEFAULT_RELEASE_BUDGET,
            progress: ProgressSink::default(),
        }
    }
}

enum Source {
    Path {
        path: PathBuf,
        /// The upload name, when not the file name.
        name: Option<String>,
        content_type: Option<String>,
    },
    Reader {
        name: String,
        len: u64,
        content_type: String,
        reader: Mutex<Option<Box<dyn AsyncRead + Send + Unpin>>>,
    },
}

/// An upload being configured; see [`Geopera::upload`]. Send it with [`Upload::send`] (or
/// `.await` it), or [`Upload::send_blocking`] without an async runtime.
#[must_use = "an upload does nothing until it is sent"]
pub struct Upload {
    client: Geopera,
    project_id: String,
    sources: Vec<Source>,
    target_item: Option<(String, String)>,
    target_collection: Option<String>,
    categorical: bool,
    concurrency: usize,
    retry: RetryPolicy,
    stall_timeout: Duration,
    release_budget: Duration,
    progress: ProgressSink,
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upload")
            .field("project_id", &self.project_id)
            .field("files", &self.sources.len())
            .field("concurrency", &self.concurrency)
            .finish_non_exhaustive()
    }
}

impl Upload {
    /// Adds a file; its media type is guessed from the extension (see
    /// [`guess_content_type`](super::guess_content_type)) and its upload name is the file name.
    pub fn file(mut self, path: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::Path {
            path: path.into(),
            name: None,
            content_type: None,
        });
        self
    }

    /// Adds a file uploaded as `name` instead of its file name (a directory upload names
    /// files by their relative path); its media type is guessed from the extension.
    pub fn file_as(mut self, path: impl Into<PathBuf>, name: impl Into<String>) -> Self {
        self.sources.push(Source::Path {
            path: path.into(),
            name: Some(name.into()),
            content_type: None,
        });
        self
    }

    /// Adds a file with an explicit media type.
    pub fn file_with(mut self, path: impl Into<PathBuf>, content_type: impl Into<String>) -> Self {
        self.sources.push(Source::Path {
            path: path.into(),
            name: None,
            content_type: Some(content_type.into()),
        });
        self
    }

    /// Adds `len` bytes read from `reader`, uploaded as `name`.
    ///
    /// A reader cannot be rewound, so it gets one attempt: a failure that a file would
    /// survive (a broken connection, an expired URL) fails the upload. The reader must
    /// yield exactly `len` bytes.
    pub fn reader(
        mut self,
        name: impl Into<String>,
        len: u64,
        content_type: impl Into<String>,
        reader: impl AsyncRead + Send + Unpin + 'static,
    ) -> Self {
        self.sources.push(Source::Reader {
            name: name.into(),
            len,
            content_type: content_type.into(),
            reader: Mutex::new(Some(Box::new(reader))),
        });
        self
    }

    /// Adds the files to the existing item `item_id`, under `asset_key`, instead of
    /// creating new items.
    pub fn target_item(mut self, item_id: impl Into<String>, asset_key: impl Into<String>) -> Self {
        self.target_item = Some((item_id.into(), asset_key.into()));
        self
    }

    /// Puts the new items into collection `collection_id`.
    pub fn target_collection(mut self, collection_id: impl Into<String>) -> Self {
        self.target_collection = Some(collection_id.into());
        self
    }

    /// Marks the files as categorical (class) rasters.
    pub fn categorical(mut self, categorical: bool) -> Self {
        self.categorical = categorical;
        self
    }

    /// How many files move at once (default 4, at least 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// How storage requests are retried (default [`default_storage_retry`]).
    /// `max_attempts` counts attempts per file for 5xx/429 answers and broken connections;
    /// refused or expired URLs are signed again separately (up to 4 times per file).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// How long a `PUT` may move no byte, or wait for its answer once the body is sent,
    /// before the attempt is abandoned and retried (default: the client's
    /// [`stall_timeout`](crate::GeoperaBuilder::stall_timeout), 30 s unless set).
    pub fn stall_timeout(mut self, timeout: Duration) -> Self {
        self.stall_timeout = timeout;
        self
    }

    /// How long a dropped upload keeps trying, in the background, to release its session
    /// with `uploads.fail` (default [`DEFAULT_RELEASE_BUDGET`], 10 s).
    pub fn release_budget(mut self, budget: Duration) -> Self {
        self.release_budget = budget;
        self
    }

    super::progress::progress_options!();

    /// Runs the upload session and returns what `uploads.complete` returned.
    pub async fn send(self) -> Result<UploadCompleted, TransferError> {
        run(self).await
    }

    /// [`Self::send`] for code without an async runtime.
    pub fn send_blocking(self) -> Result<UploadCompleted, TransferError> {
        geopera_api::blocking::block_on(Some("uploads.initiate"), self.send())
            .map_err(|e| TransferError::api(Step::Initiate, e))?
    }
}

impl IntoFuture for Upload {
    type Output = Result<UploadCompleted, TransferError>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// A file measured before the session starts.
struct Prepared {
    name: String,
    len: u64,
    content_type: String,
    source: Source,
}

impl Prepared {
    fn body_source(&self) -> Option<BodySource> {
        match &self.source {
            Source::Path { path, .. } => Some(BodySource::File(path.clone())),
            Source::Reader { reader, .. } => reader
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .take()
                .map(BodySource::Reader),
        }
    }

    fn replayable(&self) -> bool {
        matches!(self.source, Source::Path { .. })
    }
}

/// Measures every source; nothing is reserved until all of them are readable.
async fn prepare(sources: Vec<Source>) -> Result<Vec<Prepared>, TransferError> {
    if sources.is_empty() {
        return Err(TransferError::new(
            TransferErrorKind::Invalid,
            Step::Stat,
            "no files to upload; add some with .file(..), .file_with(..) or .reader(..)",
        ));
    }
    let mut out: Vec<Prepared> = Vec::with_capacity(sources.len());
    for source in sources {
        let prepared = match source {
            Source::Path {
                path,
                name,
                content_type,
            } => {
                let shown = path.display().to_string();
                let meta = tokio::fs::metadata(&path).await.map_err(|err| {
                    let hint = if err.kind() == std::io::ErrorKind::NotFound {
                        "check the path; nothing was reserved or uploaded"
                    } else {
                        "check the file's permissions; nothing was reserved or uploaded"
                    };
                    TransferError::io(Step::Stat, "cannot read the file", err)
                        .with_file(&shown)
                        .with_hint(hint)
                })?;
                if !meta.is_file() {
                    return Err(TransferError::new(
                        TransferErrorKind::Invalid,
                        Step::Stat,
                        "not a regular file",
                    )
                    .with_file(shown));
                }
                let name = match name {
                    Some(name) => name,
                    None => path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .map(str::to_owned)
                    .ok_or_else(|| {
                        TransferError::new(
                            TransferErrorKind::Invalid,
                            Step::Stat,
                            "the file name is not valid UTF-8; upload it with .reader(..) under another name",
                        )
                        .with_file(&shown)
                    })?,
                };
                let content_type =
                    content_type.unwrap_or_else(|| guess_content_type(&path).to_owned());
                Prepared {
                    name,
                    len: meta.len(),
                    content_type,
                    source: Source::Path {
                        path,
                        name: None,
                        content_type: None,
                    },
                }
            }
            Source::Reader {
                name,
                len,
                content_type,
                reader,
            } => Prepared {
                name: name.clone(),
                len,
                content_type: content_type.clone(),
                source: Source::Reader {
                    name,
                    len,
                    content_type,
                    reader,
                },
            },
        };
        if out.iter().any(|p| p.name == prepared.name) {
            return Err(TransferError::new(
                TransferErrorKind::Invalid,
                Step::Stat,
                "two files of this upload have this name; files of one session need distinct names",
            )
            .with_file(prepared.name));
        }
        out.push(prepared);
    }
    Ok(out)
}

/// Releases the session with `uploads.fail` if dropped while armed (the upload future was
/// dropped mid-flight). The call is spawned on the current Tokio runtime, when there is one,
/// and retried there until it succeeds or `budget` is spent.
struct SessionGuard {
    client: Geopera,
    upload_id: String,
    step: Step,
    budget: Duration,
    armed: bool,
}

impl Drop for SessionGuard {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let body = fail_body(
            &self.upload_id,
            "the upload was cancelled before it finished",
            self.step,
        );
        match tokio::runtime::Handle::try_current() {
            Ok(handle) => {
                handle.spawn(release_in_background(
                    self.client.clone(),
                    self.upload_id.clone(),
                    body,
                    self.budget,
                ));
            }
            Err(_) => tracing::warn!(
                upload_id = %self.upload_id,
                "an upload was dropped outside a Tokio runtime; its session keeps its reservation until it expires"
            ),
        }
    }
}

/// `uploads.fail` for a dropped upload: one key for every attempt, retried on connection
/// loss, 429 and 502/503/504 with short backoffs, all within `budget`.
async fn release_in_background(
    client: Geopera,
    upload_id: String,
    body: serde_json::Value,
    budget: Duration,
) {
    let policy = RetryPolicy::default()
        .with_max_attempts(u32::MAX)
        .with_initial_backoff(Duration::from_millis(100))
        .with_max_backoff(Duration::from_secs(1))
        .with_max_elapsed(budget);
    let call = client
        .uploads()
        .fail(body)
        .idempotency_key(new_idempotency_key())
        .retry_policy(policy)
        .timeout(budget);
    match tokio::time::timeout(budget, call).await {
        Ok(Ok(_)) => tracing::debug!(%upload_id, "released a cancelled upload session"),
        Ok(Err(err)) => {
            tracing::warn!(%upload_id, error = %err, "could not release a cancelled upload session")
        }
        Err(_) => tracing::warn!(
            %upload_id,
            budget_ms = budget.as_millis() as u64,
            "could not release a cancelled upload session within its budget"
        ),
    }
}

/// A fresh `Idempotency-Key` for one logical call, sent unchanged on each of its attempts.
fn new_idempotency_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn fail_body(upload_id: &str, message: &str, step: Step) -> serde_json::Value {
    let message: String = message.chars().take(MAX_FAIL_MESSAGE).collect();
    json!({
        "upload_id": upload_id,
        "error_message": message,
        "error_step": step.as_str(),
    })
}

struct Ctx {
    client: Geopera,
    upload_id: String,
    files: Vec<Prepared>,
    tracker: Arc<Tracker>,
    retry: RetryPolicy,
    stall_timeout: Duration,
}

async fn run(upload: Upload) -> Result<UploadCompleted, TransferError> {
    let Upload {
        client,
        project_id,
        sources,
        target_item,
        target_collection,
        categorical,
        concurrency,
        retry,
        stall_timeout,
        release_budget,
        progress,
    } = upload;
    let files = prepare(sources).await?;
    let total: u64 = files.iter().map(|f| f.len).sum();
    let tracker = Arc::new(Tracker::new(
        progress,
        files
            .iter()
            .map(|f| (f.name.clone(), Some(f.len)))
            .collect(),
    ));
    tracker.emit(true);

    let mut body = json!({
        "project_id": project_id,
        "transfer_method": "cli",
        "file_count": files.len(),
        "total_bytes": total,
        "is_categorical": categorical,
    });
    if let Some((item_id, asset_key)) = target_item {
        body["target_item_id"] = json!(item_id);
        body["asset_key"] = json!(asset_key);
    }
    if let Some(collection) = target_collection {
        body["target_collection_id"] = json!(collection);
    }
    // A key makes a retry after a lost answer return the session already reserved, instead
    // of reserving the quota a second time.
    let session = client
        .uploads()
        .initiate(body)
        .idempotency_key(new_idempotency_key())
        .await
        .map_err(|err| {
            tracker.finish();
            let e = TransferError::api(Step::Initiate, err);
            if e.is_quota() {
                e.with_bytes_requested(total)
            } else {
                e
            }
        })?;
    let upload_id = session.id;
    let mut guard = SessionGuard {
        client: client.clone(),
        upload_id: upload_id.clone(),
        step: Step::Transfer,
        budget: release_budget,
        armed: true,
    };
    let ctx = Ctx {
        client: client.clone(),
        upload_id: upload_id.clone(),
        files,
        tracker: tracker.clone(),
        retry,
        stall_timeout,
    };

    let transferred = tokio::select! {
        result = transfer_all(&ctx, concurrency) => result,
        _ = tracker.ticker() => unreachable!("the ticker never ends"),
        _ = report_progress(&ctx) => unreachable!("the reporter never ends"),
    };
    let result = match transferred {
        Ok(()) => {
            guard.step = Step::Complete;
            tracker.emit(true);
            let mut body = serde_json::Map::new();
            body.insert("upload_id".into(), json!(upload_id));
            client
                .uploads()
                .complete(body)
                .idempotency_key(format!("{upload_id}-complete"))
                .await
                .map_err(|err| TransferError::api(Step::Complete, err))
                .and_then(|value| {
                    UploadCompleted::from_value(value).map_err(|err| {
                        TransferError::new(
                            TransferErrorKind::Api,
                            Step::Complete,
                            format!("uploads.complete returned an unexpected result: {err}"),
                        )
                    })
                })
        }
        Err(err) => Err(err),
    };
    let result = match result {
        Ok(done) => {
            guard.armed = false;
            Ok(done)
        }
        Err(err) => {
            let mut err = err.with_upload_id(&upload_id);
            let body = fail_body(&upload_id, &err.to_string(), err.step());
            let released = client
                .uploads()
                .fail(body)
                .idempotency_key(new_idempotency_key())
                .await;
            guard.armed = false;
            match released {
                Ok(_) => err.set_released(true),
                Err(fail_err) => {
                    tracing::warn!(%upload_id, error = %fail_err, "uploads.fail did not succeed")
                }
            }
            Err(err)
        }
    };
    tracker.finish();
    result
}

/// Sends `uploads.progress` at most once per [`PROGRESS_REPORT_INTERVAL`] while bytes move;
/// failures are logged and otherwise ignored (the report is informational).
async fn report_progress(ctx: &Ctx) {
    let mut last = 0u64;
    loop {
        tokio::time::sleep(PROGRESS_REPORT_INTERVAL).await;
        let bytes = ctx.tracker.bytes();
        if bytes == last {
            continue;
        }
        last = bytes;
        let body = json!({
            "upload_id": ctx.upload_id,
            "status": "uploading",
            "bytes_uploaded": bytes,
        });
        if let Err(err) = ctx.client.uploads().progress(body).await {
            tracing::debug!(upload_id = %ctx.upload_id, error = %err, "uploads.progress failed");
        }
    }
}

async fn transfer_all(ctx: &Ctx, concurrency: usize) -> Result<(), TransferError> {
    let mut transfers = futures_util::stream::iter(0..ctx.files.len())
        .map(|i| upload_file(ctx, i))
        .buffer_unordered(concurrency);
    while let Some(result) = transfers.next().await {
        result?;
    }
    Ok(())
}

/// Signs a URL for file `i`, retrying what the API says is worth retrying.
async fn sign(ctx: &Ctx, i: usize) -> Result<String, TransferError> {
    let file = &ctx.files[i];
    let mut attempt = 0;
    loop {
        attempt += 1;
        let body = json!({
            "upload_id": ctx.upload_id,
            "file_name": file.name,
            "content_type": file.content_type,
        });
        match ctx.client.uploads().signed_url(body).await {
            Ok(signed) => return Ok(signed.upload_url),
            Err(err) if err.is_retryable() && attempt < ctx.retry.max_attempts => {
                tokio::time::sleep(ctx.retry.delay(attempt, err.retry_after())).await;
            }
            Err(err) => return Err(TransferError::api(Step::Sign, err).with_file(&file.name)),
        }
    }
}

/// How to retry a failed `PUT`.
struct Retry {
    message: String,
    kind: TransferErrorKind,
    status: Option<http::StatusCode>,
    /// The backoff before the next attempt (none: at once).
    wait: Option<Duration>,
    /// Whether to sign the file again first.
    resign: bool,
}

async fn upload_file(ctx: &Ctx, i: usize) -> Result<(), TransferError> {
    let file = &ctx.files[i];
    let tracker = &ctx.tracker;
    let http = ctx.client.api().http();
    let mut url: Option<String> = None;
    let mut transient = 0u32;
    let mut resigns = 0u32;
    let failed = |err: TransferError| {
        tracker.state(i, FileState::Failed);
        err.with_file(&file.name)
    };
    loop {
        let target = match url.take() {
            Some(url) => url,
            None => {
                tracker.state(i, FileState::Signing);
                sign(ctx, i).await.map_err(failed)?
            }
        };
        tracker.state(i, FileState::Transferring);
        let Some(source) = file.body_source() else {
            return Err(failed(TransferError::new(
                TransferErrorKind::Invalid,
                Step::Transfer,
                "the reader was already consumed by an earlier attempt and cannot be replayed",
            )));
        };
        let activity = Activity::new();
        let (body, fault) =
            match storage::request_body(source, file.len, tracker.clone(), i, activity.clone())
                .await
            {
                Ok(v) => v,
                Err(BodyError::Io(err)) => {
                    return Err(failed(TransferError::io(
                        Step::Transfer,
                        "cannot read the file",
                        err,
                    )))
                }
                Err(BodyError::Changed(message)) => {
                    return Err(failed(
                        TransferError::new(
                            TransferErrorKind::SourceChanged,
                            Step::Transfer,
                            message,
                        )
                        .with_hint("upload the file once nothing writes to it any more"),
                    ))
                }
            };
        // No Geopera credential here: the signed URL is the only authorisation.
        let sending = http
            .put(&target)
            .header(http::header::CONTENT_TYPE, &file.content_type)
            .header(http::header::CONTENT_LENGTH, file.len)
            .body(body)
            .send();
        let outcome = match stall::unless_idle(&activity, ctx.stall_timeout, sending).await {
            Some(result) => stall::classify_within(result, &target, ctx.stall_timeout).await,
            None => stall::stalled(stall::upload_stall_message(
                activity.bytes(),
                file.len,
                ctx.stall_timeout,
            )),
        };
        if let Some(message) = fault.get() {
            tracker.retract(i);
            let hint = if file.replayable() {
                "upload the file once nothing writes to it any more"
            } else {
                "give .reader(..) exactly the number of bytes declared"
            };
            return Err(failed(
                TransferError::new(
                    TransferErrorKind::SourceChanged,
                    Step::Transfer,
                    message.clone(),
                )
                .with_hint(hint),
            ));
        }
        let retry = match outcome {
            Outcome::Success(_) => {
                tracker.state(i, FileState::Done);
                return Ok(());
            }
            Outcome::Fatal { message, status } => {
                tracker.retract(i);
                return Err(failed(
                    TransferError::new(TransferErrorKind::Storage, Step::Transfer, message)
                        .with_status(status),
                ));
            }
            Outcome::Resign(message) => {
                resigns += 1;
                if resigns > MAX_RESIGNS {
                    tracker.retract(i);
                    return Err(failed(
                        TransferError::new(
                            TransferErrorKind::Storage,
                            Step::Transfer,
                            format!("{message}; still refused after {MAX_RESIGNS} fresh URLs"),
                        )
                        .with_hint("check the machine's clock and the project's permissions"),
                    ));
                }
                Retry {
                    message,
                    kind: TransferErrorKind::Storage,
                    status: None,
                    wait: None,
                    resign: true,
                }
            }
            Outcome::Transient {
                message,
                status,
                retry_after,
                resign,
            } => {
                transient += 1;
                let kind = if status.is_some() {
                    TransferErrorKind::Storage
                } else {
                    TransferErrorKind::Interrupted
                };
                if transient >= ctx.retry.max_attempts {
                    tracker.retract(i);
                    let mut err = TransferError::new(
                        kind,
                        Step::Transfer,
                        format!("{message} (gave up after {transient} attempts)"),
                    )
                    .with_hint("the storage host is unavailable; try again later");
                    if let Some(status) = status {
                        err = err.with_status(status);
                    }
                    return Err(failed(err));
                }
                Retry {
                    message,
                    kind,
                    status,
                    wait: Some(ctx.retry.delay(transient, retry_after)),
                    resign,
                }
            }
        };
        let Retry {
            message,
            kind,
            status,
            wait,
            resign,
        } = retry;
        tracker.retract(i);
        if !file.replayable() {
            let mut err = TransferError::new(kind, Step::Transfer, message)
                .with_hint("a reader cannot be replayed after a failed attempt; upload from a file to get retries");
            if let Some(status) = status {
                err = err.with_status(status);
            }
            return Err(failed(err));
        }
        tracing::debug!(file = %file.name, %message, "retrying a storage upload");
        tracker.state(i, FileState::Retrying);
        if let Some(wait) = wait {
            tokio::time::sleep(wait).await;
        }
        if !resign {
            url = Some(target);
        }
    }
}
