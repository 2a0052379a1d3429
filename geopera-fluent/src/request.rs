//! A fluent call: the body already converted, options set by chaining, sent by `.await`.

use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use geopera_api::{ApiResponse, Error, IntoBody, Operation, OperationInfo, RetryPolicy};

use crate::Geopera;

/// A call of operation `O`. Await it for the result, or chain options first:
/// `.detailed()`, `.idempotency_key(..)`, `.timeout(..)`, `.header(..)`, `.retry_policy(..)`.
/// `.send_blocking()` runs it without an async runtime.
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Request<'a, O: Operation> {
    client: &'a Geopera,
    body: Result<O::Body, Error>,
    options: Options,
}

#[derive(Default)]
struct Options {
    idempotency_key: Option<String>,
    timeout: Option<Duration>,
    headers: Vec<(String, String)>,
    retry: Option<RetryPolicy>,
}

impl<'a, O: Operation> Request<'a, O> {
    /// A call of `O`; a body that does not convert to the model fails when sent, before any
    /// request leaves the process.
    pub fn new(client: &'a Geopera, body: impl IntoBody<O::Body>) -> Self {
        Request {
            client,
            body: body.into_body(O::INFO.id),
            options: Options::default(),
        }
    }

    /// The operation's metadata.
    pub fn operation(&self) -> OperationInfo {
        O::INFO
    }

    /// Sends `Idempotency-Key: key` (and so makes the call safe to retry).
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options.idempotency_key = Some(key.into());
        self
    }

    /// Time allowed for each attempt of this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }

    /// The retry policy for this call only.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }

    /// Yields status and headers along with the parsed result.
    pub fn detailed(self) -> Detailed<'a, O> {
        Detailed { request: self }
    }

    /// Sends the call and yields the parsed result.
    pub async fn send(self) -> Result<O::Output, Error> {
        self.send_detailed().await.map(ApiResponse::into_inner)
    }

    /// Blocking [`Self::send`]: for code without an async runtime.
    pub fn send_blocking(self) -> Result<O::Output, Error> {
        geopera_api::__block_on(Some(O::INFO.id), self.send()).and_then(|r| r)
    }

    async fn send_detailed(self) -> Result<ApiResponse<O::Output>, Error> {
        let body = self.body?;
        let mut request = self.client.api().request::<O>(&body);
        let options = self.options;
        if let Some(key) = options.idempotency_key {
            request = request.idempotency_key(key);
        }
        if let Some(timeout) = options.timeout {
            request = request.timeout(timeout);
        }
        for (name, value) in &options.headers {
            request = request.header(name, value);
        }
        if let Some(policy) = options.retry {
            request = request.retry_policy(policy);
        }
        request.send_detailed().await
    }
}

impl<'a, O: Operation> IntoFuture for Request<'a, O> {
    type Output = Result<O::Output, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// A call that yields an [`ApiResponse`]: status, headers and parsed result.
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Detailed<'a, O: Operation> {
    request: Request<'a, O>,
}

impl<'a, O: Operation> Detailed<'a, O> {
    /// Sends the call.
    pub async fn send(self) -> Result<ApiResponse<O::Output>, Error> {
        self.request.send_detailed().await
    }

    /// Blocking [`Self::send`].
    pub fn send_blocking(self) -> Result<ApiResponse<O::Output>, Error> {
        geopera_api::__block_on(Some(O::INFO.id), self.send()).and_then(|r| r)
    }
}

impl<'a, O: Operation> IntoFuture for Detailed<'a, O> {
    type Output = Result<ApiResponse<O::Output>, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
