//! The error of the transfer helpers: which file, which step, what happened, what to do.

use std::error::Error as StdError;
use std::fmt;

use http::StatusCode;

/// The step of a transfer that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Step {
    /// Reading a local file's metadata before anything is reserved (upload).
    Stat,
    /// `uploads.initiate`: reserving quota for the session (upload).
    Initiate,
    /// `uploads.signed_url`: signing a file's storage URL (upload).
    Sign,
    /// Moving bytes to or from the storage host.
    Transfer,
    /// `uploads.complete`: finalising the session (upload).
    Complete,
    /// Fetching a download descriptor (download).
    Resolve,
    /// Checking the size and checksum of downloaded bytes (download).
    Verify,
    /// Writing the destination file (download).
    Write,
}

impl Step {
    /// The step's name: `stat`, `initiate`, `sign`, `transfer`, `complete`, `resolve`,
    /// `verify` or `write`. Upload steps are what `uploads.fail` records as `error_step`.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Stat => "stat",
            Step::Initiate => "initiate",
            Step::Sign => "sign",
            Step::Transfer => "transfer",
            Step::Complete => "complete",
            Step::Resolve => "resolve",
            Step::Verify => "verify",
            Step::Write => "write",
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of failure a [`TransferError`] is, for matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransferErrorKind {
    /// A Geopera API call failed; see [`TransferError::api_error`].
    Api,
    /// The organisation's storage quota cannot hold the upload (HTTP 402 at initiate).
    Quota,
    /// A local file could not be read or written.
    Io,
    /// The storage host answered with an error status (after any retries).
    Storage,
    /// The connection to the storage host kept breaking (after any retries).
    Interrupted,
    /// A file changed size after it was measured, or a reader gave the wrong number of bytes.
    SourceChanged,
    /// Downloaded bytes do not match the size or checksum the service announced.
    Integrity,
    /// The request cannot be carried out as configured (no files, duplicate names, …).
    Invalid,
}

/// A failed upload or download.
///
/// The message names the file, the step and what to do; it never contains the API token nor
/// a signed URL's query string. The underlying API or I/O error is its `source()`, not part of
/// its message: print the whole chain with [`geopera_api::DisplayErrorContext`]. Cheap to move
/// (one pointer).
///
/// `?` turns it into [`geopera_api::Error`] (the crate's `Error`), as `Error::Helper`, so one
/// error type serves calls and helpers alike; [`TransferError::from_error`] gets it back.
pub struct TransferError {
    inner: Box<Inner>,
}

struct Inner {
    kind: TransferErrorKind,
    step: Step,
    file: Option<String>,
    upload_id: Option<String>,
    message: String,
    hint: Option<String>,
    status: Option<StatusCode>,
    bytes_requested: Option<u64>,
    api: Option<geopera_api::Error>,
    source: Option<Box<dyn StdError + Send + Sync + 'static>>,
    released: bool,
}

impl TransferError {
    pub(crate) fn new(kind: TransferErrorKind, step: Step, message: impl Into<String>) -> Self {
        TransferError {
            inner: Box::new(Inner {
                kind,
                step,
                file: None,
                upload_id: None,
                message: message.into(),
                hint: None,
                status: None,
                bytes_requested: None,
                api: None,
                source: None,
                released: false,
            }),
        }
    }

    /// An API call failed at `step`; a 402 becomes [`TransferErrorKind::Quota`].
    pub(crate) fn api(step: Step, err: geopera_api::Error) -> Self {
        let status = err.status();
        let kind = if status == Some(StatusCode::PAYMENT_REQUIRED) {
            TransferErrorKind::Quota
        } else {
            TransferErrorKind::Api
        };
        // The API error is the cause (`source()`): saying it here too would print it twice.
        let message = match (kind, err.operation()) {
            (TransferErrorKind::Quota, _) => "the storage quota cannot hold the upload".to_string(),
            (_, Some(operation)) => format!("the {operation} call failed"),
            (_, None) => "a Geopera API call failed".to_string(),
        };
        let mut e = TransferError::new(kind, step, message);
        e.inner.status = status;
        e.inner.hint = match (kind, status.map(|s| s.as_u16())) {
            (TransferErrorKind::Quota, _) => Some(
                "free storage (delete unused assets) or raise the organisation's quota, then try again"
                    .into(),
            ),
            (_, Some(401)) => Some("check the API token (GEOPERA_API_TOKEN)".into()),
            (_, Some(403)) => Some("the token lacks the scope this step needs".into()),
            (_, Some(404)) => Some("check the id; resources of other organisations are 404".into()),
            (_, Some(429)) => Some("rate or egress limit reached; try again later".into()),
            _ if err.is_retryable() => Some("the service is unavailable; try again later".into()),
            _ => None,
        };
        e.inner.api = Some(err);
        e
    }

    pub(crate) fn io(step: Step, what: impl Into<String>, err: std::io::Error) -> Self {
        // The I/O error is the cause (`source()`); the message says what was being done.
        let mut e = TransferError::new(TransferErrorKind::Io, step, what);
        e.inner.source = Some(Box::new(err));
        e
    }

    pub(crate) fn with_file(mut self, file: impl Into<String>) -> Self {
        self.inner.file = Some(file.into());
        self
    }

    /// Names what the failure concerns (an item, an asset) at the start of the message.
    pub(crate) fn about(mut self, subject: impl std::fmt::Display) -> Self {
        self.inner.message = format!("{subject}: {}", self.inner.message);
        self
    }

    pub(crate) fn with_upload_id(mut self, id: impl Into<String>) -> Self {
        self.inner.upload_id = Some(id.into());
        self
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.inner.hint = Some(hint.into());
        self
    }

    /// Adds `more` after the hint already given (or makes it the hint).
    pub(crate) fn add_hint(mut self, more: impl Into<String>) -> Self {
        let more = more.into();
        self.inner.hint = Some(match self.inner.hint.take() {
            Some(hint) => format!("{hint}; {more}"),
            None => more,
        });
        self
    }

    pub(crate) fn with_status(mut self, status: StatusCode) -> Self {
        self.inner.status = Some(status);
        self
    }

    pub(crate) fn with_bytes_requested(mut self, bytes: u64) -> Self {
        self.inner.bytes_requested = Some(bytes);
        self
    }

    pub(crate) fn set_released(&mut self, released: bool) {
        self.inner.released = released;
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransferErrorKind {
        self.inner.kind
    }

    /// The step that failed.
    pub fn step(&self) -> Step {
        self.inner.step
    }

    /// The file concerned (its upload name, or the download destination), when one is.
    pub fn file(&self) -> Option<&str> {
        self.inner.file.as_deref()
    }

    /// The upload session, once one was initiated.
    pub fn upload_id(&self) -> Option<&str> {
        self.inner.upload_id.as_deref()
    }

    /// The HTTP status behind the failure (from the API or the storage host), if any.
    pub fn status(&self) -> Option<StatusCode> {
        self.inner.status
    }

    /// For quota errors: the bytes the upload asked to reserve.
    pub fn bytes_requested(&self) -> Option<u64> {
        self.inner.bytes_requested
    }

    /// The API error, when a Geopera API call failed.
    pub fn api_error(&self) -> Option<&geopera_api::Error> {
        self.inner.api.as_ref()
    }

    /// The problem body of a failed API call (e.g. the quota problem and its `detail`).
    pub fn problem(&self) -> Option<&geopera_api::Problem> {
        self.inner
            .api
            .as_ref()
            .and_then(geopera_api::Error::problem)
    }

    /// Whether the organisation's storage quota was the obstacle.
    pub fn is_quota(&self) -> bool {
        self.inner.kind == TransferErrorKind::Quota
    }

    /// Whether the upload session was released with `uploads.fail` (its reservation freed).
    pub fn session_released(&self) -> bool {
        self.inner.released
    }

    /// What the user can do about it, when there is advice to give.
    pub fn hint(&self) -> Option<&str> {
        self.inner.hint.as_deref()
    }

    /// The message without file, step or hint.
    pub fn message(&self) -> &str {
        &self.inner.message
    }
}

impl fmt::Display for TransferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        match &i.file {
            Some(file) => write!(f, "`{file}`: {} failed: {}", i.step, i.message)?,
            None => write!(f, "{} failed: {}", i.step, i.message)?,
        }
        if let Some(bytes) = i.bytes_requested {
            write!(f, " (the upload needs {bytes} bytes)")?;
        }
        if let Some(id) = &i.upload_id {
            if i.released {
                write!(f, "; upload session {id} was released")?;
            } else {
                write!(f, "; upload session {id}")?;
            }
        }
        if let Some(hint) = &i.hint {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

impl From<TransferError> for geopera_api::Error {
    fn from(err: TransferError) -> Self {
        geopera_api::Error::Helper(Box::new(Box::new(err)))
    }
}

impl TransferError {
    /// The transfer error inside `err`, when a helper's failure was carried by `?`.
    pub fn from_error(err: &geopera_api::Error) -> Option<&TransferError> {
        err.helper::<TransferError>()
    }
}

impl fmt::Debug for TransferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("TransferError")
            .field("kind", &i.kind)
            .field("step", &i.step)
            .field("file", &i.file)
            .field("upload_id", &i.upload_id)
            .field("status", &i.status)
            .field("message", &i.message)
            .field("released", &i.released)
            .finish_non_exhaustive()
    }
}

impl StdError for TransferError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        if let Some(api) = &self.inner.api {
            return Some(api);
        }
        self.inner
            .source
            .as_deref()
            .map(|s| s as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pointer_wide() {
        assert_eq!(
            std::mem::size_of::<TransferError>(),
            std::mem::size_of::<usize>()
        );
    }

    fn quota_problem() -> geopera_api::Error {
        geopera_api::Error::Problem(Box::new(geopera_api::ProblemError {
            operation: "uploads.initiate",
            status: StatusCode::PAYMENT_REQUIRED,
            headers: Default::default(),
            problem: serde_json::from_value(serde_json::json!({
                "title": "Payment Required",
                "status": 402,
                "detail": "storage quota exceeded: 4096 bytes requested, 10 available"
            }))
            .unwrap(),
            credential: None,
        }))
    }

    /// Every kind a caller meets, with the causes it carries.
    fn every_kind() -> Vec<(&'static str, TransferError)> {
        let missing = || std::io::Error::new(std::io::ErrorKind::NotFound, "No such file");
        vec![
            (
                "transfer_quota",
                TransferError::api(Step::Initiate, quota_problem())
                    .with_bytes_requested(4096)
                    .with_file("a.tif"),
            ),
            (
                "transfer_io",
                TransferError::io(Step::Stat, "cannot read the file", missing()).with_file("a.tif"),
            ),
            (
                "transfer_storage",
                TransferError::new(
                    TransferErrorKind::Storage,
                    Step::Transfer,
                    "storage answered 500",
                )
                .with_file("a.tif")
                .with_upload_id("u_1"),
            ),
        ]
    }

    #[test]
    fn every_kind_says_its_level_once() {
        for (name, err) in every_kind() {
            let text = err.to_string();
            let report = geopera_api::DisplayErrorContext(&err).to_string();
            insta::assert_snapshot!(name, report);
            assert!(report.starts_with(&text), "{report}");
            let mut cause = std::error::Error::source(&err);
            while let Some(inner) = cause {
                let inner_text = inner.to_string();
                assert!(
                    !text.contains(&inner_text),
                    "{name}: the cause is repeated: {text}"
                );
                assert_eq!(report.matches(inner_text.as_str()).count(), 1, "{report}");
                cause = inner.source();
            }
        }
    }

    #[test]
    fn question_mark_carries_it_into_the_one_error_type() {
        fn upload() -> Result<(), geopera_api::Error> {
            Err(TransferError::api(Step::Initiate, quota_problem()))?
        }
        let err = upload().unwrap_err();
        let transfer = TransferError::from_error(&err).expect("the transfer error");
        assert!(transfer.is_quota());
        assert_eq!(err.to_string(), transfer.to_string());
    }

    #[test]
    fn message_names_file_step_and_advice() {
        let mut e = TransferError::new(
            TransferErrorKind::Storage,
            Step::Transfer,
            "storage answered 500",
        )
        .with_file("a.tif")
        .with_upload_id("u_1")
        .with_hint("try again later");
        e.set_released(true);
        let text = e.to_string();
        assert_eq!(
            text,
            "`a.tif`: transfer failed: storage answered 500; upload session u_1 was released; try again later"
        );
    }
}
