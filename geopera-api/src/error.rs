//! The one error type of every call.
//!
//! Each variant boxes its details, so `Result<T, Error>` stays two words wide. Messages name the
//! operation and say what happened; they never contain the credential (server text quoted in
//! them is scrubbed of it) nor a signed URL's query string.

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
    /// What is wrong and what to do about it.
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
            Error::InvalidRequest(_) => None,
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
            | Error::Refused(_) => false,
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
                if !p.title.is_empty() {
                    write!(f, " ({})", p.title)?;
                }
                if let Some(detail) = &p.detail {
                    write!(f, ": {detail}")?;
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
                write!(f, "{} failed with unexpected status {}", e.operation, e.status)?;
                let body = crate::redact::excerpt(e.body.trim(), 300);
                if !body.is_empty() {
                    write!(f, ": {body}")?;
                }
                Ok(())
            }
            Error::Transport(e) => {
                write!(f, "{}: request to {} failed", e.operation, e.url)?;
                let mut cause: Option<&(dyn StdError + 'static)> = Some(&e.source);
                while let Some(err) = cause {
                    write!(f, ": {err}")?;
                    cause = err.source();
                }
                Ok(())
            }
            Error::Decode(e) => write!(
                f,
                "{} returned {} but the body does not match its result type ({}); body starts with: {}",
                e.operation, e.status, e.source, e.excerpt
            ),
            Error::InvalidRequest(e) => {
                if let Some(op) = e.operation {
                    write!(f, "{op}: ")?;
                }
                if let Some(field) = &e.field {
                    write!(f, "field `{field}`: ")?;
                }
                f.write_str(&e.message)
            }
            Error::Refused(e) => write!(f, "{}: {}", e.operation, e.reason),
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
                 follow redirects across origins, so the credential stays with {from}; check \
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
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_is_two_words_wide() {
        assert!(std::mem::size_of::<Error>() <= 2 * std::mem::size_of::<usize>());
        assert!(std::mem::size_of::<Result<(), Error>>() <= 2 * std::mem::size_of::<usize>());
    }
}
