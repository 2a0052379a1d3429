//! One call of one operation: per-call options, then the generic executor that every generated
//! function ends in.
//!
//! The executor serialises the body once, then for each attempt builds a fresh request (so any
//! attempt can be repeated), maps the response to a result or an [`Error`], and retries what is
//! retryable *and* safe to repeat: read operations, and calls that carry an `Idempotency-Key`.
//! Operations that accept the header ([`crate::OperationInfo::accepts_idempotency_key`]) get a
//! key generated once per logical call, sent unchanged on every attempt.

use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};
use http::{Method, StatusCode};
use tracing::Instrument;

use crate::auth::AuthHeader;
use crate::body::IntoBody;
use crate::client::Client;
use crate::error::{
    DecodeError, Error, InvalidRequestKind, ProblemError, RefusalReason, RefusedResponse,
    TransportError, UnexpectedStatus, ValidationFailure,
};
use crate::problem::{HttpValidationError, Problem};
use crate::redact::{excerpt, redact_url};
use crate::response_body::{read_capped, ERROR_BODY_LIMIT};
use crate::retry::RetryPolicy;
use crate::{ApiResponse, Operation};

/// The header that makes a side-effecting call safe to repeat.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// A call of operation `O`: the one request builder of both crates.
///
/// Made by [`Client::request`], the generated `operations::<id>::request` functions and every
/// method of geopera-fluent's resource tree. Chain the per-call options
/// ([`Self::idempotency_key`], [`Self::timeout`], [`Self::header`], [`Self::retry_policy`]),
/// then await it for the parsed result, call [`Self::detailed`] for status and headers too, or
/// [`Self::send_blocking`] without an async runtime. A body that did not convert to the model
/// fails when the call is sent, before any request leaves the process.
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RequestBuilder<'a, O: Operation> {
    client: &'a Client,
    /// `O::INFO`, or the metadata an untyped call ([`crate::dynamic`]) was made with.
    info: crate::OperationInfo,
    body: Option<Bytes>,
    pending_error: Option<Error>,
    headers: HeaderMap,
    idempotency_key: Option<String>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    _operation: PhantomData<fn() -> O>,
}

impl<O: Operation> std::fmt::Debug for RequestBuilder<'_, O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestBuilder")
            .field("operation", &self.info.id)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl<'a, O: Operation> RequestBuilder<'a, O> {
    pub(crate) fn new(client: &'a Client, body: impl IntoBody<O::Body>) -> Self {
        let mut builder = Self::untyped(client, O::INFO, None);
        match body.into_json(O::INFO.id) {
            // An optional body given as `None` is sent as no body at all.
            Ok(bytes) if !O::INFO.body_required && bytes == b"null" => {}
            Ok(bytes) => builder.body = Some(Bytes::from(bytes)),
            Err(err) => builder.pending_error = Some(err),
        }
        builder
    }

    /// A call of the operation described by `info` with an already serialised JSON body
    /// (`None`: no body), sent as is: the untyped calls of [`crate::dynamic`], and the start
    /// of every typed request before its body is converted.
    pub(crate) fn untyped(
        client: &'a Client,
        info: crate::OperationInfo,
        body: Option<Bytes>,
    ) -> Self {
        RequestBuilder {
            client,
            info,
            body,
            pending_error: None,
            headers: HeaderMap::new(),
            idempotency_key: None,
            timeout: None,
            retry: None,
            _operation: PhantomData,
        }
    }

    /// The operation's metadata.
    pub fn info(&self) -> crate::OperationInfo {
        self.info
    }

    /// Adds a header to this call (e.g. a per-call `x-api-key`). Values are treated as
    /// sensitive and never logged.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        let (name, value) = (name.as_ref(), value.as_ref());
        let parsed = HeaderName::from_bytes(name.as_bytes())
            .ok()
            .zip(HeaderValue::from_str(value).ok());
        match parsed {
            Some((name, mut value)) => {
                value.set_sensitive(true);
                self.headers.append(name, value);
            }
            None => {
                let operation = self.info.id;
                self.pending_error.get_or_insert_with(|| {
                    Error::invalid_request(
                        Some(operation),
                        InvalidRequestKind::Header,
                        Some(name.to_string()),
                        format!(
                            "{}: header `{name}` has an invalid name or value",
                            operation
                        ),
                    )
                });
            }
        }
        self
    }

    /// Sends `Idempotency-Key: key`: the service replays the stored response for a repeated
    /// key, which also makes this call safe to retry automatically.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// Time allowed for each attempt of this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The retry policy for this call only.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Yields status and headers along with the parsed result: await the returned call, or
    /// run it with [`Detailed::send_blocking`].
    pub fn detailed(self) -> Detailed<'a, O> {
        Detailed { request: self }
    }

    /// Sends the call; yields the parsed result.
    pub async fn send(self) -> Result<O::Output, Error> {
        self.send_detailed().await.map(ApiResponse::into_inner)
    }

    /// Sends the call; yields status, headers and parsed result.
    pub async fn send_detailed(self) -> Result<ApiResponse<O::Output>, Error> {
        let span = tracing::info_span!(
            "geopera.call",
            operation = self.info.id,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        self.execute(span.clone()).instrument(span).await
    }

    /// Blocking [`Self::send`]; an error when called from inside an async runtime.
    pub fn send_blocking(self) -> Result<O::Output, Error> {
        crate::blocking::block_on(Some(self.info.id), self.send()).and_then(|r| r)
    }

    /// Blocking [`Self::send_detailed`]; an error when called from inside an async runtime.
    pub fn send_blocking_detailed(self) -> Result<ApiResponse<O::Output>, Error> {
        crate::blocking::block_on(Some(self.info.id), self.send_detailed()).and_then(|r| r)
    }

    async fn execute(mut self, span: tracing::Span) -> Result<ApiResponse<O::Output>, Error> {
        if let Some(err) = self.pending_error.take() {
            return Err(err);
        }
        let info = self.info;
        let inner = self.client.inner();
        if self.idempotency_key.is_none() && info.accepts_idempotency_key {
            self.idempotency_key = Some(uuid::Uuid::new_v4().to_string());
        }
        let repeatable = info.is_read() || self.idempotency_key.is_some();
        let policy = self.retry.clone().unwrap_or_else(|| inner.retry.clone());
        let started = Instant::now();
        let mut attempt = 1u32;
        let mut replayed = false;
        loop {
            span.record("attempt", attempt);
            let auth = match &inner.credentials {
                Some(provider) => Some(provider.auth_header(self.client.auth_context()).await?),
                None => None,
            };
            let outcome = self.attempt(auth.as_ref()).await;
            let elapsed_ms = started.elapsed().as_millis() as u64;
            span.record("elapsed_ms", elapsed_ms);
            let err = match outcome {
                Ok(response) => {
                    span.record("status", response.status.as_u16());
                    tracing::debug!(status = response.status.as_u16(), "call succeeded");
                    inner.budget.refund();
                    return Ok(response);
                }
                Err(err) => err,
            };
            if let Some(status) = err.status() {
                span.record("status", status.as_u16());
            }
            if !replayed && crate::auth::should_replay(self.client, auth.as_ref(), &err).await? {
                tracing::debug!("credential renewed after a 401; replaying the call once");
                replayed = true;
                continue;
            }
            if !(repeatable && err.is_retryable() && attempt < policy.max_attempts) {
                return Err(err);
            }
            let delay = policy.delay(attempt, err.retry_after());
            if started.elapsed() + delay > policy.max_elapsed || !inner.budget.try_spend() {
                tracing::debug!(error = %err, "giving up: retry time or budget exhausted");
                return Err(err);
            }
            tracing::debug!(error = %err, delay_ms = delay.as_millis() as u64, "retrying");
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// One attempt: a fresh request from the serialised body and options.
    async fn attempt(&self, auth: Option<&AuthHeader>) -> Result<ApiResponse<O::Output>, Error> {
        let info = self.info;
        let inner = self.client.inner();
        let url = inner.operation_urls.get(info.path);
        // The request is assembled here, headers in one map, rather than through reqwest's
        // builder, which merges every header map it is given entry by entry.
        let mut headers = inner.default_headers.clone();
        if let Some(auth) = auth {
            headers.append(auth.name().clone(), auth.value()?);
        }
        let scrub = |text: &str| match auth {
            Some(auth) => auth.credential().scrub(text),
            None => text.to_string(),
        };
        // A per-call header replaces the defaults of the same name: `extend` with another
        // map replaces each name's values, as reqwest's builder did.
        headers.extend(self.headers.clone());
        if let Some(key) = &self.idempotency_key {
            let value = HeaderValue::from_str(key).map_err(|_| {
                Error::invalid_request(
                    Some(info.id),
                    InvalidRequestKind::Header,
                    Some("Idempotency-Key".into()),
                    format!(
                        "{}: the Idempotency-Key contains characters not allowed in a header",
                        info.id
                    ),
                )
            })?;
            headers.append(HeaderName::from_static(IDEMPOTENCY_KEY), value);
        }
        let mut request = reqwest::Request::new(Method::POST, url.clone());
        if let Some(body) = &self.body {
            headers.append(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *request.body_mut() = Some(body.clone().into());
        }
        *request.headers_mut() = headers;
        *request.timeout_mut() = self.timeout.or(inner.request_timeout);
        let transport = |source: reqwest::Error| {
            Error::Transport(Box::new(TransportError {
                operation: info.id,
                url: redact_url(url.as_str()),
                source: source.without_url(),
            }))
        };
        let (http, limit, answer_url) = (inner.http.clone(), inner.max_response_bytes, url.clone());
        let answered = crate::io_thread::run_exchange(async move {
            let response = http.execute(request).await?;
            Ok(read_answer(info.id, &answer_url, response, limit).await)
        })
        .await
        .map_err(transport)?;
        let Answered {
            status,
            headers,
            body,
        } = answered;
        let bytes = body?.map_err(transport)?;
        if status.is_success() {
            let body = decode_success::<O::Output>(&bytes).map_err(|_| {
                // Describe the failure from scrubbed text: serde quotes offending values.
                let text = scrub(&String::from_utf8_lossy(&bytes));
                let source = match decode_success::<O::Output>(text.as_bytes()) {
                    Err(source) => source,
                    Ok(_) => serde::de::Error::custom("the body does not match the result type"),
                };
                Error::Decode(Box::new(DecodeError {
                    operation: info.id,
                    status,
                    excerpt: excerpt(&text, 200),
                    source,
                }))
            })?;
            Ok(ApiResponse {
                status,
                headers,
                body,
            })
        } else {
            // Server text ends up in the error: remove any echo of the credential first.
            let text = scrub(&String::from_utf8_lossy(&bytes));
            let mut err = error_from_response(info.id, status, headers, &text);
            if let (StatusCode::UNAUTHORIZED, Error::Problem(problem)) = (status, &mut err) {
                problem.credential = Some(self.client.describe_credential());
            }
            Err(err)
        }
    }
}

/// What paging needs from a call: its parts, reused with other bodies.
impl<'a, O: Operation> RequestBuilder<'a, O> {
    /// The error this call would fail with before sending (a bad body or header), if any.
    pub(crate) fn take_pending_error(&mut self) -> Option<Error> {
        self.pending_error.take()
    }

    /// The serialised body (`None`: no body is sent).
    pub(crate) fn body_bytes(&self) -> Option<&Bytes> {
        self.body.as_ref()
    }

    /// The same operation and per-call options with another JSON body, as an untyped call.
    pub(crate) fn untyped_with_body(
        &self,
        body: Option<Bytes>,
    ) -> RequestBuilder<'a, crate::dynamic::Untyped> {
        RequestBuilder {
            client: self.client,
            info: self.info,
            body,
            pending_error: None,
            headers: self.headers.clone(),
            idempotency_key: self.idempotency_key.clone(),
            timeout: self.timeout,
            retry: self.retry.clone(),
            _operation: PhantomData,
        }
    }
}

impl<'a, O: Operation> IntoFuture for RequestBuilder<'a, O> {
    type Output = Result<O::Output, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// What one exchange with the API brought back.
struct Answered {
    status: StatusCode,
    headers: HeaderMap,
    /// See [`read_answer`].
    body: Result<Result<Bytes, reqwest::Error>, Error>,
}

/// Status, headers and body of an answer to `url`; the body is refused when the answer comes
/// from (or redirects to) another origin, or when it is over `limit` (error bodies are cut to
/// [`ERROR_BODY_LIMIT`] instead). The body's inner error is a transport failure while reading.
async fn read_answer(
    operation: &'static str,
    url: &reqwest::Url,
    mut response: reqwest::Response,
    limit: u64,
) -> Answered {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    Answered {
        status,
        body: read_answer_body(operation, url, status, &headers, response, limit).await,
        headers,
    }
}

/// The body part of [`read_answer`]; `status` and `headers` are the answer's.
async fn read_answer_body(
    operation: &'static str,
    url: &reqwest::Url,
    status: StatusCode,
    headers: &HeaderMap,
    response: reqwest::Response,
    limit: u64,
) -> Result<Result<Bytes, reqwest::Error>, Error> {
    let refused = |reason| {
        Error::Refused(Box::new(RefusedResponse {
            operation,
            status,
            reason,
        }))
    };
    // A response read from the URL it was asked of needs no origin comparison.
    if response.url() != url && response.url().origin() != url.origin() {
        return Err(refused(RefusalReason::CrossOriginRedirect {
            from: crate::redirect::origin_of(url),
            to: crate::redirect::origin_of(response.url()),
            followed: true,
        }));
    }
    if let Some(to) = crate::redirect::cross_origin_target(url, status, headers) {
        return Err(refused(RefusalReason::CrossOriginRedirect {
            from: crate::redirect::origin_of(url),
            to,
            followed: false,
        }));
    }
    let declared = response.content_length();
    let limit = if status.is_success() {
        limit
    } else {
        limit.min(ERROR_BODY_LIMIT)
    };
    let body = match read_capped(response, limit).await {
        Ok(body) => body,
        Err(err) => return Ok(Err(err)),
    };
    if body.over && status.is_success() {
        return Err(refused(RefusalReason::TooLarge { limit, declared }));
    }
    Ok(Ok(body.bytes))
}

/// A call that yields an [`ApiResponse`] (status, headers, parsed result); made by
/// [`RequestBuilder::detailed`].
#[must_use = "a request does nothing until it is sent or awaited"]
#[derive(Debug)]
pub struct Detailed<'a, O: Operation> {
    request: RequestBuilder<'a, O>,
}

impl<'a, O: Operation> Detailed<'a, O> {
    /// Sends the call.
    pub async fn send(self) -> Result<ApiResponse<O::Output>, Error> {
        self.request.send_detailed().await
    }

    /// Blocking [`Self::send`]; an error when called from inside an async runtime.
    pub fn send_blocking(self) -> Result<ApiResponse<O::Output>, Error> {
        self.request.send_blocking_detailed()
    }
}

impl<'a, O: Operation> IntoFuture for Detailed<'a, O> {
    type Output = Result<ApiResponse<O::Output>, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// Parses a success body; an empty body reads as JSON `null`.
fn decode_success<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        serde_json::from_value(serde_json::Value::Null)
    } else {
        serde_json::from_slice(bytes)
    }
}

/// Maps an error response to [`Error::Validation`], [`Error::Problem`] or
/// [`Error::UnexpectedStatus`], whatever the status.
fn error_from_response(
    operation: &'static str,
    status: StatusCode,
    headers: HeaderMap,
    text: &str,
) -> Error {
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if content_type.contains("json") {
        if let Ok(serde_json::Value::Object(object)) = serde_json::from_str(text) {
            if status == StatusCode::UNPROCESSABLE_ENTITY
                && object.get("detail").is_some_and(|d| d.is_array())
            {
                if let Ok(error) =
                    serde_json::from_value::<HttpValidationError>(object.clone().into())
                {
                    return Error::Validation(Box::new(ValidationFailure {
                        operation,
                        status,
                        headers,
                        error,
                    }));
                }
            }
            let looks_like_problem = content_type.contains("problem+json")
                || object.contains_key("title")
                || object.contains_key("detail");
            if looks_like_problem {
                if let Ok(problem) = serde_json::from_value::<Problem>(object.into()) {
                    return Error::Problem(Box::new(ProblemError {
                        operation,
                        status,
                        headers,
                        problem,
                        credential: None,
                    }));
                }
            }
        }
    }
    Error::UnexpectedStatus(Box::new(UnexpectedStatus {
        operation,
        status,
        headers,
        body: excerpt(text, 4096),
    }))
}
