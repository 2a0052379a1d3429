//! The run step of an upload: measure every file, reserve the session, move the files
//! (each through [`super::attempt`]), then complete the session, or release it.

use std::collections::HashSet;
use std::num::NonZeroU64;
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use geopera_api::types::{
    SignedUrlInputFileName, UploadFailInput, UploadInitiate, UploadInitiateTransferMethod,
    UploadProgressInput,
};
use geopera_api::{JsonObject, RetryPolicy};

use super::super::content_type::guess_content_type;
use super::super::error::{Step, TransferError, TransferErrorKind};
use super::super::progress::Tracker;
use super::super::retry::StorageOptions;
use super::super::storage::BodySource;
use super::{attempt, Source, Upload, PROGRESS_REPORT_INTERVAL};
use crate::{Geopera, UploadCompleted};

/// Longest `error_message` sent to `uploads.fail`.
const MAX_FAIL_MESSAGE: usize = 1000;

/// A file measured before the session starts.
pub(super) struct Prepared {
    /// The upload name, as errors and progress show it.
    pub(super) name: String,
    /// The same name, checked against what `uploads.signed_url` accepts.
    pub(super) signed_name: SignedUrlInputFileName,
    pub(super) len: u64,
    pub(super) content_type: String,
    source: Source,
}

impl Prepared {
    /// Where the next attempt reads the bytes from; `None` once a reader was consumed.
    pub(super) fn body_source(&self) -> Option<BodySource> {
        match &self.source {
            Source::Path { path, .. } => Some(BodySource::File(path.clone())),
            Source::Reader { reader, .. } => reader
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .take()
                .map(BodySource::Reader),
        }
    }

    /// Whether a failed attempt can be made again (a file can, a reader cannot).
    pub(super) fn replayable(&self) -> bool {
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
    let mut names = HashSet::with_capacity(sources.len());
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
                    signed_name: signed_name(&name)?,
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
                signed_name: signed_name(&name)?,
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
        if !names.insert(prepared.name.clone()) {
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

/// `name` as `uploads.signed_url` takes it; a name it refuses fails before anything is
/// reserved.
fn signed_name(name: &str) -> Result<SignedUrlInputFileName, TransferError> {
    SignedUrlInputFileName::try_from(name).map_err(|err| {
        TransferError::new(
            TransferErrorKind::Invalid,
            Step::Stat,
            format!("uploads.signed_url does not accept this file name: {err}"),
        )
        .with_file(name)
        .with_hint("upload it with .reader(..) under another name")
    })
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
    body: UploadFailInput,
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

/// The `uploads.fail` body: why, and at which step.
fn fail_body(upload_id: &str, message: &str, step: Step) -> UploadFailInput {
    UploadFailInput {
        upload_id: upload_id.to_owned(),
        error_message: message.chars().take(MAX_FAIL_MESSAGE).collect(),
        error_step: Some(step.as_str().to_owned()),
    }
}

/// What every file's transfer of one session shares.
pub(super) struct Ctx {
    pub(super) client: Geopera,
    pub(super) upload_id: String,
    pub(super) files: Vec<Prepared>,
    pub(super) tracker: Arc<Tracker>,
    pub(super) storage: StorageOptions,
}

/// Runs a whole upload session.
pub(super) async fn run(upload: Upload) -> Result<UploadCompleted, TransferError> {
    let files = prepare(upload.sources).await?;
    let total: u64 = files.iter().map(|f| f.len).sum();
    let tracker = Arc::new(Tracker::new(
        upload.progress,
        files
            .iter()
            .map(|f| (f.name.clone(), Some(f.len)))
            .collect(),
    ));
    tracker.emit(true);

    let body = UploadInitiate {
        project_id: upload.project_id,
        transfer_method: transfer_method()?,
        file_count: NonZeroU64::new(files.len() as u64).unwrap_or(NonZeroU64::MIN),
        total_bytes: total,
        is_categorical: upload.categorical,
        target_item_id: upload.target_item.as_ref().map(|(item, _)| item.clone()),
        asset_key: upload.target_item.map(|(_, key)| key),
        target_collection_id: upload.target_collection,
    };
    let client = upload.client;
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
        budget: upload.release_budget,
        armed: true,
    };
    let ctx = Ctx {
        client,
        upload_id,
        files,
        tracker: tracker.clone(),
        storage: upload.storage,
    };

    let transferred = tokio::select! {
        result = transfer_all(&ctx, upload.concurrency) => result,
        _ = tracker.ticker() => unreachable!("the ticker never ends"),
        _ = report_progress(&ctx) => unreachable!("the reporter never ends"),
    };
    let result = match transferred {
        Ok(()) => {
            guard.step = Step::Complete;
            tracker.emit(true);
            complete(&ctx).await
        }
        Err(err) => Err(err),
    };
    let result = match result {
        Ok(done) => Ok(done),
        Err(err) => Err(release(&ctx, err).await),
    };
    guard.armed = false;
    tracker.finish();
    result
}

/// The `transfer_method` the helpers send (the spec allows `browser`, `cli` and
/// `cloud_transfer`; the docs' `signed_url` is refused).
fn transfer_method() -> Result<UploadInitiateTransferMethod, TransferError> {
    UploadInitiateTransferMethod::try_from("cli").map_err(|err| {
        TransferError::new(
            TransferErrorKind::Invalid,
            Step::Initiate,
            format!("the spec no longer accepts the transfer method `cli`: {err}"),
        )
    })
}

/// `uploads.complete`, with a key derived from the session so that a retry after a lost
/// answer returns the first result.
async fn complete(ctx: &Ctx) -> Result<UploadCompleted, TransferError> {
    let upload_id = &ctx.upload_id;
    let body = JsonObject::from_iter([("upload_id".to_owned(), upload_id.as_str().into())]);
    ctx.client
        .uploads()
        .complete(body)
        .idempotency_key(format!("{upload_id}-complete"))
        .await
        .map_err(|err| TransferError::api(Step::Complete, err))
}

/// Releases the session after `err` with `uploads.fail`, and says in the error whether that
/// worked.
async fn release(ctx: &Ctx, err: TransferError) -> TransferError {
    let upload_id = &ctx.upload_id;
    let mut err = err.with_upload_id(upload_id);
    let body = fail_body(upload_id, &err.to_string(), err.step());
    let released = ctx
        .client
        .uploads()
        .fail(body)
        .idempotency_key(new_idempotency_key())
        .await;
    match released {
        Ok(_) => err.set_released(true),
        Err(fail_err) => {
            tracing::warn!(%upload_id, error = %fail_err, "uploads.fail did not succeed")
        }
    }
    err
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
        let body = UploadProgressInput {
            upload_id: ctx.upload_id.clone(),
            status: Some("uploading".to_owned()),
            bytes_uploaded: Some(i64::try_from(bytes).unwrap_or(i64::MAX)),
        };
        if let Err(err) = ctx.client.uploads().progress(body).await {
            tracing::debug!(upload_id = %ctx.upload_id, error = %err, "uploads.progress failed");
        }
    }
}

/// Moves every file, `concurrency` at a time; the first failure stops the others.
async fn transfer_all(ctx: &Ctx, concurrency: usize) -> Result<(), TransferError> {
    let mut transfers = futures_util::stream::iter(0..ctx.files.len())
        .map(|i| attempt::upload_file(ctx, i))
        .buffer_unordered(concurrency);
    while let Some(result) = transfers.next().await {
        result?;
    }
    Ok(())
}
