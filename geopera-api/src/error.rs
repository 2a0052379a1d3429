//! The one error type of every call.
//!
//! Each variant boxes its details, so `Result<T, Error>` stays two words wide. Messages name the
//! operation and say what happened; they never contain the credential (server text quoted in
//! them is scrubbed of it) nor a signed URL's query string.
//!
//! Each `Display` says its own level once; the cause (a transport or decode failure, or a
//! helper's error's own causes) is reached only through `source()`, so a reporter that walks
//! the chain prints every cause once. [`DisplayErrorContext`] is that reporter, in one call.

use std::error::Error as StdError;
use std::fmt;

use http::{HeaderMap, StatusCode};

use crate::problem::{HttpValidationError, Problem};

/// Everything that can go wrong with a call.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an RFC 9457 problem (any status, 402 included).
    Problem(Box<ProblemError>),
    /// The service rejected the body with FastAPI's 422 `HTTPValidationError`.
    Validation(Box<ValidationFailure>),
    /// An error status whose body is neither a problem nor a validation error.
    UnexpectedStatus(Box<UnexpectedStatus>),
    /// The request did not complete: connection refused or reset, timeout, TLS, …
    Transport(Box<TransportError>),
    /// A success status whose body does not match the operation's result type.
    Decode(Box<DecodeError>),
    /// The request was not sent: its body, a header or the call itself is invalid.
    InvalidRequest(Box<InvalidRequest>),
    /// An answer arrived but was not accepted: a redirect to another origin, or a body
    /// larger than `max_response_bytes`.
    Refused(Box<RefusedResponse>),
    /// A helper built on this crate failed (geopera-fluent's `TransferError`): what lets `?`
    /// carry a helper's error and a call's error in one type. `Display` and `source()` are the
    /// helper error's own; downcast with [`Error::helper`]. (Boxed twice to keep `Error` two
    /// words wide.)
    Helper(Box<Box<dyn StdError + Send + Sync + 'static>>),
}

/// Details of [`Error::Refused`].
#[derive(Debug)]
pub struct RefusedResponse {
    /// The operation id.
    pub operation: &'static str,
    /// The status of the refused answer.
    pub status: StatusCode,
    /// Why it was refused.
    pub reason: RefusalReason,
}

/// Why an answer was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RefusalReason {
    /// The service redirected to another origin. The redirect was not followed (`followed`
    /// is `false`), unless a client passed to `http_client(..)` followed it by itself.
    CrossOriginRedirect {
        /// The origin the call was sent to (`scheme://host[:port]`).
        from: String,
        /// The origin the redirect pointed at, without path or query string.
        to: String,
        /// Whether the HTTP client followed it before the SDK saw it.
        followed: bool,
    },
    /// The body is larger than the client's `max_response_bytes`; the rest was not read.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
        /// The `Content-Length` the answer declared, if any.
        declared: Option<u64>,
    },
}

/// Details of [`Error::Problem`].
#[derive(Debug)]
pub struct ProblemError {
    /// The operation id.
    pub operation: &'static str,
    /// The response status.
    pub status: StatusCode,
    /// The response headers (e.g. `Retry-After`).
    pub headers: HeaderMap,
    /// The problem body.
    pub problem: Problem,
    /// For a 401: which credential was sent and where it came from, e.g. "a bearer token from
    /// the environment variable GEOPERA_API_TOKEN" (never the credential itself).
    pub credential: Option<String>,
}

/// Details of [`Error::Validation`].
#[derive(Debug)]
pub struct ValidationFailure {
    /// The operation id.
    pub operation: &'static str,
    /// The response status (422).
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The failing fields.
    pub error: HttpValidationError,
}

/// Details of [`Error::UnexpectedStatus`].
#[derive(Debug)]
pub struct UnexpectedStatus {
    /// The operation id.
    pub operation: &'static str,
    /// The response status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The response body as text (at most 4 KiB).
    pub body: String,
}

/// Details of [`Error::Transport`].
#[derive(Debug)]
pub struct TransportError {
    /// The operation id, or the transfer step for storage requests.
    pub operation: &'static str,
    /// The URL, without query string.
    pub url: String,
    /// The underlying error.
    pub source: reqwest::Error,
}

/// Details of [`Error::Decode`].
#[derive(Debug)]
pub struct DecodeError {
    /// The operation id.
    pub operation: &'static str,
    /// The (success) status of the response.
    pub status: StatusCode,
    /// The start of the body.
    pub excerpt: String,
    /// What did not match.
    pub source: serde_json::Error,
}

/// Details of [`Error::InvalidRequest`].
#[derive(Debug)]
pub struct InvalidRequest {
    /// The operation id, when the problem concerns one call.
    pub operation: Option<&'static str>,
    /// The offending body field or header, when there is one.
    pub field: Option<String>,
    /// What is wrong and what to do about it: a whole sentence naming the call (or model, or
    /// setting) and the field; it is what `Display` prints.
    pub message: String,
    /// What kind of mistake it is.
    pub kind: InvalidRequestKind,
}

/// Kinds of [`InvalidRequest`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidRequestKind {
    /// The body does not match the operation's model.
    Body,
    /// A header name or value is invalid.
    Header,
    /// A blocking call was made from inside an async runtime.
    BlockingInAsync,
    /// The client configuration is invalid (base URL, credentials, …).
    Config,
    /// No usable credential: a token could not be obtained or refreshed (log in again).
    Credentials,
}

impl Error {
    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Problem(e) => Some(e.status),
            Error::Validation(e) => Some(e.status),
            Error::UnexpectedStatus(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Transport(e) => e.source.status(),
            Error::InvalidRequest(_) | Error::Helper(_) => None,
            Error::Refused(e) => Some(e.status),
        }
    }

    /// The problem body, for [`Error::Problem`].
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            Error::Problem(e) => Some(&e.problem),
            _ => None,
        }
    }

    /// The response headers, when a response arrived.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Problem(e) => Some(&e.headers),
            Error::Validation(e) => Some(&e.headers),
            Error::UnexpectedStatus(e) => Some(&e.headers),
            _ => None,
        }
    }

    /// The operation the error concerns.
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Error::Problem(e) => Some(e.operation),
            Error::Validation(e) => Some(e.operation),
            Error::UnexpectedStatus(e) => Some(e.operation),
            Error::Transport(e) => Some(e.operation),
            Error::Decode(e) => Some(e.operation),
            Error::InvalidRequest(e) => e.operation,
            Error::Refused(e) => Some(e.operation),
            Error::Helper(_) => None,
        }
    }

    /// Whether trying again later may succeed: connection failures, timeouts, 429 and
    /// 502/503/504. Whether a retry is *safe* depends on the operation, not the error.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => !e.source.is_builder(),
            Error::InvalidRequest(_)
            | Error::Decode(_)
            | Error::Validation(_)
            | Error::Refused(_)
            | Error::Helper(_) => false,
            _ => self.status().is_some_and(is_retryable_status),
        }
    }

    /// The `Retry-After` delay the service asked for, in whole seconds.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        let value = self
            .headers()?
            .get(http::header::RETRY_AFTER)?
            .to_str()
            .ok()?;
        value
            .trim()
            .parse::<u64>()
            .ok()
            .map(std::time::Duration::from_secs)
    }

    /// The helper error inside [`Error::Helper`], if it is a `T`.
    pub fn helper<T: StdError + 'static>(&self) -> Option<&T> {
        match self {
            Error::Helper(e) => e.downcast_ref::<T>(),
            _ => None,
        }
    }

    /// An [`InvalidRequest`] error.
    pub fn invalid_request(
        operation: Option<&'static str>,
        kind: InvalidRequestKind,
        field: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        Error::InvalidRequest(Box::new(InvalidRequest {
            operation,
            field,
            message: message.into(),
            kind,
        }))
    }
}

/// The statuses worth retrying: 429 and the gateway errors 502, 503, 504.
pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Problem(e) => {
                write!(f, "{} failed with {}", e.operation, e.status)?;
                let p = &e.problem;
                // The title usually repeats the status's reason phrase; print it only when it
                // says something else.
                let reason = e.status.canonical_reason().unwrap_or_default();
                if !p.title.is_empty() && !p.title.eq_ignore_ascii_case(reason) {
                    write!(f, " ({})", p.title)?;
                }
                if let Some(detail) = &p.detail {
                    write!(f, ": {detail}")?;
                }
                if let Some(credential) = &e.credential {
                    write!(f, " (sent {credential})")?;
                }
                Ok(())
            }
            Error::Validation(e) => {
                write!(f, "{} was rejected with {}: ", e.operation, e.status)?;
                if e.error.detail.is_empty() {
                    f.write_str("the service gave no details")?;
                }
                for (i, item) in e.error.detail.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{}: {} ({})", item.location(), item.msg, item.type_)?;
                }
                Ok(())
            }
            Error::UnexpectedStatus(e) => {
                write!(
                    f,
                    "{} failed with unexpected status {}",
                    e.operation, e.status
                )?;
                let body = crate::redact::excerpt(e.body.trim(), 300);
                if !body.is_empty() {
                    write!(f, ": {body}")?;
                }
                Ok(())
            }
            Error::Transport(e) => {
                let what = if e.source.is_timeout() {
                    "timed out"
                } else if e.source.is_connect() {
                    "could not connect"
                } else {
                    "failed"
                };
                write!(f, "{}: request to {} {what}", e.operation, e.url)
            }
            Error::Decode(e) => write!(
                f,
                "{} returned {} but the body does not match its result type; body starts with: {}",
                e.operation, e.status, e.excerpt
            ),
            // The message is a whole sentence that names the call, model or setting and the
            // field itself; the struct carries them separately for matching.
            Error::InvalidRequest(e) => f.write_str(&e.message),
            Error::Refused(e) => write!(f, "{}: {}", e.operation, e.reason),
            Error::Helper(e) => fmt::Display::fmt(&**e, f),
        }
    }
}

impl fmt::Display for RefusalReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RefusalReason::CrossOriginRedirect {
                from,
                to,
                followed: false,
            } => write!(
                f,
                "the service at {from} redirected to another origin, {to}; API calls do not \
                 follow redirects across origins, so the credential was not sent there; check \
                 the base URL"
            ),
            RefusalReason::CrossOriginRedirect {
                from,
                to,
                followed: true,
            } => write!(
                f,
                "the answer came from {to} instead of {from}: the HTTP client followed a \
                 redirect across origins; build the client given to http_client(..) with \
                 .redirect(geopera_api::redirect_policy())"
            ),
            RefusalReason::TooLarge { limit, declared } => {
                write!(
                    f,
                    "the response body is larger than the limit of {limit} bytes"
                )?;
                if let Some(declared) = declared {
                    write!(f, " (it declares {declared})")?;
                }
                f.write_str(
                    "; the rest was not read; raise max_response_bytes on the client builder \
                     if the answer is legitimate",
                )
            }
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Error::Transport(e) => Some(&e.source),
            Error::Decode(e) => Some(&e.source),
            Error::Helper(e) => e.source(),
            _ => None,
        }
    }
}

/// Prints an error and every cause in its `source()` chain, each once: `error: cause: cause`.
///
/// `println!("{}", DisplayErrorContext(&err))` is the one-call report; `Display` alone prints
/// only the outermost level.
pub struct DisplayErrorContext<E>(pub E);

impl<E: StdError> fmt::Display for DisplayErrorContext<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut cause = self.0.source();
        while let Some(err) = cause {
            write!(f, ": {err}")?;
            cause = err.source();
        }
        Ok(())
    }
}

impl<E: StdError> fmt::Debug for DisplayErrorContext<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Whether some run of three words occurs twice in `text`: the symptom of a message that
/// repeats its cause or its status.
#[cfg(test)]
pub(crate) fn repeated_phrase(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut seen = std::collections::HashSet::new();
    words
        .windows(3)
        .map(|w| w.join(" "))
        .find(|phrase| !seen.insert(phrase.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IntoBody, ValidationError};

    const TOKEN: &str = "gpra_secret_TOKEN_123";

    fn problem(status: u16, title: &str, detail: &str, credential: Option<&str>) -> Error {
        Error::Problem(Box::new(ProblemError {
            operation: "uploads.initiate",
            status: StatusCode::from_u16(status).unwrap(),
            headers: HeaderMap::new(),
            problem: serde_json::from_value(serde_json::json!({
                "type": "about:blank", "title": title, "status": status, "detail": detail
            }))
            .unwrap(),
            credential: credential.map(str::to_string),
        }))
    }

    #[derive(Debug)]
    struct HelperFailure(std::io::Error);

    impl fmt::Display for HelperFailure {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("`a.tif`: stat failed: cannot read the file")
        }
    }

    impl StdError for HelperFailure {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            Some(&self.0)
        }
    }

    fn refused_answer(status: StatusCode, reason: RefusalReason) -> Error {
        Error::Refused(Box::new(RefusedResponse {
            operation: "items.get",
            status,
            reason,
        }))
    }

    /// One error of every kind, as a caller meets it.
    async fn every_kind() -> Vec<(&'static str, Error)> {
        let refused = reqwest::Client::new()
            .post("http://127.0.0.1:9/v1/op/items.get")
            .send()
            .await
            .expect_err("nothing listens on port 9");
        let decode_source = serde_json::from_str::<u64>("\"ten\"").unwrap_err();
        let body = |value: serde_json::Value| -> Error {
            IntoBody::<crate::types::UploadInitiate>::into_body(value, "uploads.initiate")
                .unwrap_err()
        };
        vec![
            (
                "problem_401",
                problem(
                    401,
                    "Unauthorized",
                    "invalid or expired token",
                    Some("a bearer token from the environment variable GEOPERA_API_TOKEN"),
                ),
            ),
            (
                "problem_402",
                problem(
                    402,
                    "Payment Required",
                    "storage quota exceeded: 4096 bytes requested, 10 available",
                    None,
                ),
            ),
            (
                "problem_403",
                problem(
                    403,
                    "Forbidden",
                    "missing scope 'uploads:write' for 'uploads.initiate'",
                    None,
                ),
            ),
            (
                "validation_422",
                Error::Validation(Box::new(ValidationFailure {
                    operation: "uploads.initiate",
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    headers: HeaderMap::new(),
                    error: HttpValidationError {
                        detail: vec![ValidationError {
                            loc: vec!["body".into(), "project_id".into()],
                            msg: "Field required".into(),
                            type_: "missing".into(),
                            extra: Default::default(),
                        }],
                    },
                })),
            ),
            (
                "unexpected_status_500",
                Error::UnexpectedStatus(Box::new(UnexpectedStatus {
                    operation: "items.get",
                    status: StatusCode::INTERNAL_SERVER_ERROR,
                    headers: HeaderMap::new(),
                    body: "upstream exploded".into(),
                })),
            ),
            (
                "transport",
                Error::Transport(Box::new(TransportError {
                    operation: "items.get",
                    url: "http://127.0.0.1:9/v1/op/items.get".into(),
                    source: refused.without_url(),
                })),
            ),
            (
                "decode",
                Error::Decode(Box::new(DecodeError {
                    operation: "usage.current",
                    status: StatusCode::OK,
                    excerpt: "\"ten\"".into(),
                    source: decode_source,
                })),
            ),
            (
                "body_unknown_field",
                body(serde_json::json!({"project_id": "p", "total_byte": 1})),
            ),
            (
                "body_missing_field",
                body(serde_json::json!({"total_bytes": 1})),
            ),
            (
                "body_invalid_field",
                body(serde_json::json!({"project_id": 7})),
            ),
            (
                "builder_missing_field",
                crate::types::UploadInitiate::builder().build().unwrap_err(),
            ),
            (
                "refused_redirect",
                refused_answer(
                    StatusCode::FOUND,
                    RefusalReason::CrossOriginRedirect {
                        from: "https://api.geopera.com".into(),
                        to: "https://elsewhere.example".into(),
                        followed: false,
                    },
                ),
            ),
            (
                "refused_redirect_followed",
                refused_answer(
                    StatusCode::FOUND,
                    RefusalReason::CrossOriginRedirect {
                        from: "https://api.geopera.com".into(),
                        to: "https://elsewhere.example".into(),
                        followed: true,
                    },
                ),
            ),
            (
                "refused_too_large",
                refused_answer(
                    StatusCode::OK,
                    RefusalReason::TooLarge {
                        limit: 1024,
                        declared: Some(4096),
                    },
                ),
            ),
            (
                "helper",
                Error::Helper(Box::new(Box::new(HelperFailure(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "No such file or directory",
                ))))),
            ),
        ]
    }

    #[tokio::test]
    async fn every_kind_says_its_level_once_and_never_the_token() {
        for (name, err) in every_kind().await {
            let text = err.to_string();
            assert_eq!(repeated_phrase(&text), None, "{name}: {text}");
            assert!(!text.contains(TOKEN), "{name}: {text}");
            insta::assert_snapshot!(name, text);
        }
    }

    #[tokio::test]
    async fn the_chain_printer_prints_each_cause_once() {
        for (name, err) in every_kind().await {
            let report = DisplayErrorContext(&err).to_string();
            assert!(report.starts_with(&err.to_string()), "{name}: {report}");
            let mut cause = err.source();
            while let Some(inner) = cause {
                let text = inner.to_string();
                assert_eq!(report.matches(text.as_str()).count(), 1, "{name}: {report}");
                cause = inner.source();
            }
            assert_eq!(repeated_phrase(&report), None, "{name}: {report}");
        }
    }

    #[test]
    fn error_is_two_words_wide() {
        assert!(std::mem::size_of::<Error>() <= 2 * std::mem::size_of::<usize>());
        assert!(std::mem::size_of::<Result<(), Error>>() <= 2 * std::mem::size_of::<usize>());
    }
}
