//! The one retry loop of storage requests, shared by an upload's `PUT` and a download's
//! `GET`, and the policy it follows.
//!
//! A transfer is a run of attempts ([`StorageTransfer::attempt`]), each ending in an
//! [`Outcome`]:
//! - a refused or expired URL ([`Outcome::Resign`]) gets a fresh URL at once (the file is
//!   signed again, the descriptor resolved again), at most [`MAX_FRESH_URLS`] times;
//! - a transient failure ([`Outcome::Transient`]: 408, 429, 5xx, a broken connection, a
//!   stall) is retried after a backoff with jitter that honours `Retry-After`, until
//!   `max_attempts` of them came in a row without keeping any byte (a download that
//!   resumes after progress starts counting again, at once);
//! - anything else ends the transfer with an error that says why and what to do.

use std::time::Duration;

use geopera_api::RetryPolicy;
use http::StatusCode;

use super::error::{Step, TransferError, TransferErrorKind};

/// Fresh URLs (re-signed uploads, re-resolved descriptors) fetched for one transfer before
/// giving up after refusals or expiries.
pub(crate) const MAX_FRESH_URLS: u32 = 4;

/// The retry policy for storage requests: 5 attempts per file (per run of failures
/// without progress, for downloads), backoff with jitter from 200 ms up to 10 s.
///
/// Only `max_attempts`, `initial_backoff` and `max_backoff` apply to storage requests: a
/// transfer of a large file may rightly take longer than any total time limit.
pub fn default_storage_retry() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(5)
        .with_initial_backoff(Duration::from_millis(200))
        .with_max_backoff(Duration::from_secs(10))
}

/// How a transfer's storage requests are retried, and how long one may stall; set with the
/// setters of [`storage_options!`].
#[derive(Debug, Clone)]
pub(crate) struct StorageOptions {
    /// The retry policy.
    pub(crate) retry: RetryPolicy,
    /// How long a request may move no byte (see `stall.rs`).
    pub(crate) stall_timeout: Duration,
}

impl StorageOptions {
    /// The defaults: [`default_storage_retry`] and the client's stall timeout.
    pub(crate) fn new(client: &crate::Geopera) -> Self {
        StorageOptions {
            retry: default_storage_retry(),
            stall_timeout: client.stall_timeout(),
        }
    }
}

/// The storage setters of a transfer builder, written once: `retry_policy` and
/// `stall_timeout`, setting the [`StorageOptions`] at the field path given
/// (`storage_options!(storage)` for `self.storage`).
macro_rules! storage_options {
    ($($field:ident).+) => {
        /// How storage requests are retried (default
        /// [`default_storage_retry`](crate::transfer::default_storage_retry)).
        /// `max_attempts` counts failed attempts in a row that kept no byte (5xx/429/408
        /// answers, broken connections, stalls); a refused or expired URL is replaced by a
        /// fresh one separately, up to 4 times.
        pub fn retry_policy(mut self, policy: geopera_api::RetryPolicy) -> Self {
            self.$($field).+.retry = policy;
            self
        }

        /// How long a storage request may move no byte, or wait for its answer, before
        /// the attempt is abandoned and retried (default: the client's
        /// [`stall_timeout`](crate::GeoperaBuilder::stall_timeout), 30 s unless set).
        pub fn stall_timeout(mut self, timeout: std::time::Duration) -> Self {
            self.$($field).+.stall_timeout = timeout;
            self
        }
    };
}
pub(crate) use storage_options;

/// What one storage attempt came to.
pub(crate) enum Outcome<T> {
    /// Accepted; what the attempt produced.
    Success(T),
    /// The signature was refused or has expired: get a fresh URL, then retry at once.
    Resign(String),
    /// Worth retrying after a pause.
    Transient(Transient),
    /// Retrying will not help.
    Fatal {
        /// What happened.
        message: String,
        /// The status.
        status: StatusCode,
    },
}

/// A failure worth retrying: a 5xx/429/408, a broken connection or a stall.
pub(crate) struct Transient {
    /// What happened.
    pub(crate) message: String,
    /// The status, when a response arrived.
    pub(crate) status: Option<StatusCode>,
    /// A `Retry-After` delay asked for by the host.
    pub(crate) retry_after: Option<Duration>,
    /// Whether to get a fresh URL before retrying: set for broken connections, whose
    /// cause cannot be told apart from a refused URL.
    pub(crate) resign: bool,
    /// Whether the attempt kept bytes that the next one builds on (a download resumes
    /// from them): the count of failures in a row starts again, and there is no pause.
    pub(crate) progressed: bool,
}

impl Transient {
    /// A broken or stalled transfer (no status), retried with the same URL.
    pub(crate) fn interrupted(message: String) -> Self {
        Transient {
            message,
            status: None,
            retry_after: None,
            resign: false,
            progressed: false,
        }
    }

    fn kind(&self) -> TransferErrorKind {
        if self.status.is_some() {
            TransferErrorKind::Storage
        } else {
            TransferErrorKind::Interrupted
        }
    }
}

impl<T> Outcome<T> {
    /// The same outcome with its success replaced by `f`'s result.
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Outcome<U> {
        match self {
            Outcome::Success(t) => Outcome::Success(f(t)),
            Outcome::Resign(message) => Outcome::Resign(message),
            Outcome::Transient(t) => Outcome::Transient(t),
            Outcome::Fatal { message, status } => Outcome::Fatal { message, status },
        }
    }
}

/// A failed attempt that is about to be retried.
pub(crate) struct Retry {
    /// What happened.
    pub(crate) message: String,
    /// The status, when a response arrived.
    pub(crate) status: Option<StatusCode>,
    kind: TransferErrorKind,
}

impl Retry {
    /// The error to report when this retry cannot happen after all.
    pub(crate) fn into_error(self, hint: &str) -> TransferError {
        let err = TransferError::new(self.kind, Step::Transfer, self.message).with_hint(hint);
        match self.status {
            Some(status) => err.with_status(status),
            None => err,
        }
    }
}

/// One storage transfer that can be attempted again: a file's `PUT`, a download's `GET`.
pub(crate) trait StorageTransfer {
    /// What a successful attempt produces.
    type Output;
    /// What a fresh URL is called in messages ("fresh URLs", "fresh descriptors").
    const FRESH_URLS: &'static str;
    /// Makes one attempt. `Err` ends the transfer at once (nothing a retry could fix).
    async fn attempt(&mut self) -> Result<Outcome<Self::Output>, TransferError>;
    /// Replaces the current URL by a fresh one, before the next attempt.
    async fn refresh(&mut self) -> Result<(), TransferError>;
    /// Called before each retry, after its pause was decided; `Err` stops instead (a
    /// source that cannot be replayed).
    fn before_retry(&mut self, retry: Retry) -> Result<(), TransferError>;
}

/// Runs `transfer` until an attempt succeeds, or the failures say to stop.
pub(crate) async fn run<S: StorageTransfer>(
    transfer: &mut S,
    policy: &RetryPolicy,
) -> Result<S::Output, TransferError> {
    let mut fresh_urls = 0u32;
    let mut idle_failures = 0u32;
    loop {
        let (retry, wait, refresh) = match transfer.attempt().await? {
            Outcome::Success(output) => return Ok(output),
            Outcome::Fatal { message, status } => {
                return Err(
                    TransferError::new(TransferErrorKind::Storage, Step::Transfer, message)
                        .with_status(status),
                )
            }
            Outcome::Resign(message) => {
                fresh_urls += 1;
                if fresh_urls > MAX_FRESH_URLS {
                    return Err(TransferError::new(
                        TransferErrorKind::Storage,
                        Step::Transfer,
                        format!(
                            "{message}; still refused after {MAX_FRESH_URLS} {}",
                            S::FRESH_URLS
                        ),
                    )
                    .with_hint("check the machine's clock and the project's permissions"));
                }
                let retry = Retry {
                    message,
                    status: None,
                    kind: TransferErrorKind::Storage,
                };
                (retry, None, true)
            }
            Outcome::Transient(failure) => {
                if failure.progressed {
                    idle_failures = 0;
                }
                idle_failures += 1;
                let kind = failure.kind();
                if idle_failures >= policy.max_attempts {
                    let message = format!(
                        "{} (gave up after {idle_failures} attempts without progress)",
                        failure.message
                    );
                    return Err(Retry {
                        message,
                        status: failure.status,
                        kind,
                    }
                    .into_error("the storage host is unavailable; try again later"));
                }
                let wait =
                    (!failure.progressed).then(|| policy.delay(idle_failures, failure.retry_after));
                let retry = Retry {
                    message: failure.message,
                    status: failure.status,
                    kind,
                };
                (retry, wait, failure.resign)
            }
        };
        tracing::debug!(message = %retry.message, "retrying a storage request");
        transfer.before_retry(retry)?;
        if let Some(wait) = wait {
            tokio::time::sleep(wait).await;
        }
        if refresh {
            transfer.refresh().await?;
        }
    }
}
