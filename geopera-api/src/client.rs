//! The configured connection to a Geopera service: base URL, credentials, HTTP client, retries.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use http::header::{HeaderMap, HeaderName, HeaderValue};

use crate::auth::{
    AuthContext, ClientCredentials, CredentialProvider, CredentialSource, Credentials, Session,
};
use crate::body::IntoBody;
use crate::error::{Error, InvalidRequestKind};
use crate::redact::Secret;
use crate::request::RequestBuilder;
use crate::retry::{RetryBudget, RetryPolicy};
use crate::Operation;

/// The production API.
pub const DEFAULT_BASE_URL: &str = "https://api.geopera.com";

/// The user agent every request carries, before any suffix.
pub const USER_AGENT: &str = concat!("geopera-rust/", env!("CARGO_PKG_VERSION"));

/// A Geopera API client. Cheap to clone (one `Arc`), `Send + Sync`.
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientInner>,
}

pub(crate) struct ClientInner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: String,
    /// Each operation's URL, made once from `base_url`.
    pub(crate) operation_urls: OperationUrls,
    pub(crate) credentials: Option<Arc<dyn CredentialProvider>>,
    pub(crate) credential_origin: String,
    pub(crate) default_headers: HeaderMap,
    pub(crate) request_timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
    pub(crate) budget: RetryBudget,
    pub(crate) max_response_bytes: u64,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &self.inner.credentials)
            .field("request_timeout", &self.inner.request_timeout)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder; `Client::builder().base_url(..).token(..).build()`.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A request for operation `O` with `body` (the model, a reference to it, its builder or a
    /// JSON value), to configure per call and then send.
    pub fn request<O: Operation>(&self, body: impl IntoBody<O::Body>) -> RequestBuilder<'_, O> {
        RequestBuilder::new(self, body)
    }

    /// The base URL, without trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The retry policy calls use unless they override it.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The retry budget shared by this client's calls.
    pub fn retry_budget(&self) -> &RetryBudget {
        &self.inner.budget
    }

    /// The largest API response body a call reads.
    pub fn max_response_bytes(&self) -> u64 {
        self.inner.max_response_bytes
    }

    /// The underlying HTTP client (for storage transfers that share its connection pool).
    pub fn http(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// Whether credentials are configured.
    pub fn has_credentials(&self) -> bool {
        self.inner.credentials.is_some()
    }

    /// The kind of credential and where it came from ("OAuth session from profile
    /// `default`"), for messages; never the credential itself.
    pub fn credential_source(&self) -> Option<CredentialSource> {
        self.inner
            .credentials
            .as_ref()
            .map(|provider| CredentialSource {
                kind: provider.kind(),
                origin: self.inner.credential_origin.clone(),
            })
    }

    /// Which credential calls send and where it came from, for a 401's message; never the
    /// credential itself.
    pub(crate) fn describe_credential(&self) -> String {
        match self.credential_source() {
            Some(source) => source.to_string(),
            None => "no credential: none is configured".to_string(),
        }
    }

    /// What credential providers may use: this client's HTTP client and base URL.
    pub fn auth_context(&self) -> AuthContext<'_> {
        AuthContext {
            http: &self.inner.http,
            base_url: &self.inner.base_url,
        }
    }

    pub(crate) fn inner(&self) -> &ClientInner {
        &self.inner
    }
}

/// The URLs of the operations called through one client, each made once. Joining a path to
/// the base URL re-parses it, a noticeable share of what the SDK itself spends on a small
/// call; a call takes a copy of its operation's URL instead. Paths are the operation table's
/// (`&'static`), so the map holds at most one entry per operation.
pub(crate) struct OperationUrls {
    base: reqwest::Url,
    made: Mutex<HashMap<&'static str, reqwest::Url>>,
}

impl OperationUrls {
    fn new(base: reqwest::Url) -> Self {
        OperationUrls {
            base,
            made: Mutex::default(),
        }
    }

    /// The URL of the operation at `path` (`/v1/op/<id>`) on this client's service.
    pub(crate) fn get(&self, path: &'static str) -> reqwest::Url {
        let mut made = self.made.lock().unwrap_or_else(PoisonError::into_inner);
        made.entry(path)
            .or_insert_with(|| {
                let mut url = self.base.clone();
                url.set_path(&format!("{}{path}", self.base.path().trim_end_matches('/')));
                url
            })
            .clone()
    }
}

/// Configures a [`Client`].
#[derive(Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    credentials: Option<Arc<dyn CredentialProvider>>,
    credential_origin: Option<String>,
    connect_timeout: Option<Duration>,
    request_timeout: Option<Duration>,
    default_headers: Vec<(String, String)>,
    user_agent_suffix: Option<String>,
    http: Option<reqwest::Client>,
    retry: Option<RetryPolicy>,
    budget: Option<RetryBudget>,
    max_response_bytes: Option<u64>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The service URL; default [`DEFAULT_BASE_URL`].
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Authenticate with `Authorization: Bearer <token>` (an API key or a session token,
    /// sent as is and never refreshed).
    pub fn token(self, token: impl Into<String>) -> Self {
        self.credentials(Credentials::Bearer(Secret::new(token)))
    }

    /// Authenticate with `X-API-Key: <key>` instead of a bearer token.
    pub fn api_key(self, key: impl Into<String>) -> Self {
        self.credentials(Credentials::ApiKey(Secret::new(key)))
    }

    /// Exchange the API key `gpra_…` at the realm for short-lived access tokens
    /// (`client_credentials`), renewed before they expire.
    pub fn client_credentials(self, api_key: impl Into<String>) -> Self {
        self.credentials(ClientCredentials::new(api_key))
    }

    /// Authenticate with an OAuth session that refreshes itself; pass a
    /// [`SessionTokens`](crate::SessionTokens), or a [`Session`] with a store callback.
    pub fn session(self, session: impl Into<Session>) -> Self {
        self.credentials(session.into())
    }

    /// Authenticate with any [`CredentialProvider`], the built-in kinds or your own.
    pub fn credentials(mut self, provider: impl CredentialProvider + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// Sends no credential.
    pub fn no_credentials(mut self) -> Self {
        self.credentials = None;
        self
    }

    /// Where the credential came from, as messages and a 401 name it (default "the client builder"),
    /// e.g. "the environment variable GEOPERA_API_TOKEN" or ``profile `default` ``.
    pub fn credential_origin(mut self, origin: impl Into<String>) -> Self {
        self.credential_origin = Some(origin.into());
        self
    }

    /// Time allowed to open a connection (default 10 s; ignored with [`Self::http_client`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Time allowed for one attempt of a call, response body included (default 60 s).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = Some(timeout);
        self
    }

    /// A header sent with every call.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Appended to the user agent: `geopera-rust/<version> <suffix>`.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// The largest API response body read into memory (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`](crate::DEFAULT_MAX_RESPONSE_BYTES), 16 MiB). A larger
    /// answer fails the call with [`Error::Refused`] without being read.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Use this HTTP client (its own timeouts, proxies and TLS settings apply).
    ///
    /// Build it with `.redirect(geopera_api::redirect_policy())` (or
    /// `reqwest::redirect::Policy::none()`): the SDK cannot change the redirect policy of a
    /// client it did not build, and reqwest's default follows redirects to other origins with
    /// every header but `Authorization`, `X-API-Key` included. An answer from another origin
    /// still fails the call ([`crate::RefusalReason::CrossOriginRedirect`]).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]; [`RetryPolicy::disabled`] turns
    /// retries off).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// The retry budget (default: 500 tokens, 5 per retry).
    pub fn retry_budget(mut self, budget: RetryBudget) -> Self {
        self.budget = Some(budget);
        self
    }

    /// Builds the client; fails on an invalid base URL, header or credential.
    pub fn build(self) -> Result<Client, Error> {
        let config_error = |field: &str, message: String| {
            Error::invalid_request(
                None,
                InvalidRequestKind::Config,
                Some(field.to_string()),
                format!("client setting `{field}`: {message}"),
            )
        };
        let base_url = self
            .base_url
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let parsed = reqwest::Url::parse(&base_url).map_err(|err| {
            config_error(
                "base_url",
                format!("`{base_url}` is not a valid URL ({err}); use e.g. {DEFAULT_BASE_URL}"),
            )
        })?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.query().is_some() {
            return Err(config_error(
                "base_url",
                format!("`{base_url}` must be an http(s) URL without query string"),
            ));
        }
        let base_url = base_url.trim_end_matches('/').to_string();
        let parsed_base_url = parsed;

        if let Some(credentials) = &self.credentials {
            credentials.validate()?;
        }

        let mut default_headers = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let header_name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                config_error(
                    "default_header",
                    format!("`{name}` is not a valid header name"),
                )
            })?;
            let header_value = HeaderValue::from_str(value).map_err(|_| {
                config_error(
                    "default_header",
                    format!("`{name}` has a value not allowed in a header"),
                )
            })?;
            default_headers.append(header_name, header_value);
        }
        let user_agent = match &self.user_agent_suffix {
            Some(suffix) => format!("{USER_AGENT} {suffix}"),
            None => USER_AGENT.to_string(),
        };
        let user_agent = HeaderValue::from_str(&user_agent)
            .map_err(|_| config_error("user_agent_suffix", "it is not valid in a header".into()))?;
        default_headers.insert(http::header::USER_AGENT, user_agent);

        let request_timeout = self.request_timeout.or(Some(Duration::from_secs(60)));
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .redirect(crate::redirect::redirect_policy())
                .connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(10)))
                .build()
                .map_err(|err| {
                    config_error(
                        "http_client",
                        format!("could not build the HTTP client: {err}"),
                    )
                })?,
        };
        Ok(Client {
            inner: Arc::new(ClientInner {
                http,
                base_url,
                operation_urls: OperationUrls::new(parsed_base_url),
                credentials: self.credentials,
                credential_origin: self
                    .credential_origin
                    .unwrap_or_else(|| "the client builder".into()),
                default_headers,
                request_timeout,
                retry: self.retry.unwrap_or_default(),
                budget: self.budget.unwrap_or_default(),
                max_response_bytes: self
                    .max_response_bytes
                    .unwrap_or(crate::response_body::DEFAULT_MAX_RESPONSE_BYTES),
            }),
        })
    }
}
