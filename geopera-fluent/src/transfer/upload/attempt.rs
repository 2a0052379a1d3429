//! The attempt step of an upload: one file's `PUT` to its signed URL, signed first when it
//! has none, retried by the storage retry loop.

use geopera_api::types::SignedUrlInput;

use super::super::error::{Step, TransferError, TransferErrorKind};
use super::super::progress::FileState;
use super::super::retry::{self, Outcome, Retry, StorageTransfer};
use super::super::stall::{self, Activity};
use super::super::storage::{self, BodyError};
use super::run::Ctx;

/// Moves file `i` of the session, retrying what is worth retrying.
pub(super) async fn upload_file(ctx: &Ctx, i: usize) -> Result<(), TransferError> {
    let mut put = FilePut { ctx, i, url: None };
    match retry::run(&mut put, &ctx.storage.retry).await {
        Ok(()) => {
            ctx.tracker.state(i, FileState::Done);
            Ok(())
        }
        Err(err) => {
            ctx.tracker.state(i, FileState::Failed);
            Err(err.with_file(&ctx.files[i].name))
        }
    }
}

/// Signs a URL for file `i`, retrying what the API says is worth retrying.
async fn sign(ctx: &Ctx, i: usize) -> Result<String, TransferError> {
    let file = &ctx.files[i];
    let policy = &ctx.storage.retry;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let body = SignedUrlInput {
            upload_id: ctx.upload_id.clone(),
            file_name: file.signed_name.clone(),
            content_type: file.content_type.clone(),
        };
        match ctx.client.uploads().signed_url(body).await {
            Ok(signed) => return Ok(signed.upload_url),
            Err(err) if err.is_retryable() && attempt < policy.max_attempts => {
                tokio::time::sleep(policy.delay(attempt, err.retry_after())).await;
            }
            Err(err) => return Err(TransferError::api(Step::Sign, err)),
        }
    }
}

/// The `PUT`s of one file: the URL signed for it, while it lasts.
struct FilePut<'a> {
    ctx: &'a Ctx,
    i: usize,
    url: Option<String>,
}

impl StorageTransfer for FilePut<'_> {
    type Output = ();
    const FRESH_URLS: &'static str = "fresh URLs";

    async fn attempt(&mut self) -> Result<Outcome<()>, TransferError> {
        let FilePut { ctx, i, .. } = *self;
        let file = &ctx.files[i];
        let tracker = &ctx.tracker;
        let url = match self.url.take() {
            Some(url) => url,
            None => {
                tracker.state(i, FileState::Signing);
                sign(ctx, i).await?
            }
        };
        let url = &*self.url.insert(url);
        tracker.state(i, FileState::Transferring);
        let Some(source) = file.body_source() else {
            return Err(TransferError::new(
                TransferErrorKind::Invalid,
                Step::Transfer,
                "the reader was already consumed by an earlier attempt and cannot be replayed",
            ));
        };
        let activity = Activity::new();
        let (body, fault) =
            match storage::request_body(source, file.len, tracker.clone(), i, activity.clone())
                .await
            {
                Ok(v) => v,
                Err(BodyError::Io(err)) => {
                    return Err(TransferError::io(
                        Step::Transfer,
                        "cannot read the file",
                        err,
                    ))
                }
                Err(BodyError::Changed(message)) => return Err(source_changed(message, true)),
            };
        // No Geopera credential here: the signed URL is the only authorisation.
        let sending = ctx
            .client
            .api()
            .http()
            .put(url)
            .header(http::header::CONTENT_TYPE, &file.content_type)
            .header(http::header::CONTENT_LENGTH, file.len)
            .body(body)
            .send();
        let limit = ctx.storage.stall_timeout;
        let outcome = match stall::unless_idle(&activity, limit, sending).await {
            Some(result) => stall::classify_within(result, url, limit).await,
            None => stall::stalled(stall::upload_stall_message(
                activity.bytes(),
                file.len,
                limit,
            )),
        };
        if let Some(message) = fault.get() {
            tracker.retract(i);
            return Err(source_changed(message.clone(), file.replayable()));
        }
        if !matches!(outcome, Outcome::Success(_)) {
            // A failed attempt's bytes are taken back: the next one sends them again.
            tracker.retract(i);
        }
        Ok(outcome.map(drop))
    }

    async fn refresh(&mut self) -> Result<(), TransferError> {
        // The next attempt signs the file again.
        self.url = None;
        Ok(())
    }

    fn before_retry(&mut self, retry: Retry) -> Result<(), TransferError> {
        if !self.ctx.files[self.i].replayable() {
            return Err(retry.into_error(
                "a reader cannot be replayed after a failed attempt; upload from a file to get retries",
            ));
        }
        self.ctx.tracker.state(self.i, FileState::Retrying);
        Ok(())
    }
}

/// The error for a source whose size is not what was measured or declared.
fn source_changed(message: String, from_file: bool) -> TransferError {
    let hint = if from_file {
        "upload the file once nothing writes to it any more"
    } else {
        "give .reader(..) exactly the number of bytes declared"
    };
    TransferError::new(TransferErrorKind::SourceChanged, Step::Transfer, message).with_hint(hint)
}
