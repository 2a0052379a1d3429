//! The `Geopera` client and its builder.

use std::time::Duration;

use geopera_api::{
    Client, ClientBuilder, CredentialProvider, Error, RetryBudget, RetryPolicy, Session,
};

use crate::profiles::CredentialsFile;

use crate::transfer::DEFAULT_STALL_TIMEOUT;

/// Environment variable naming the service URL (default `https://api.geopera.com`).
pub const ENV_API_URL: &str = "GEOPERA_API_URL";
/// Environment variable holding the API token.
pub const ENV_API_TOKEN: &str = "GEOPERA_API_TOKEN";

/// The Geopera client: every operation through `client.<resource>().<action>(body)`, plus the
/// transfer helpers.
///
/// Cheap to clone (it shares one connection pool) and `Send + Sync`.
///
/// ```no_run
/// # async fn run() -> Result<(), geopera_api::Error> {
/// use geopera_fluent::Geopera;
/// use serde_json::json;
///
/// let client = Geopera::new("gpra_...")?;
/// let session = client
///     .uploads()
///     .initiate(json!({"project_id": "proj_1", "total_bytes": 1024, "transfer_method": "cli"}))
///     .await?;
/// println!("upload session {}", session.id);
/// # Ok(()) }
/// ```
///
/// Against a local [geopera-mock](https://docs.rs/geopera-mock), as the tests and examples do:
///
/// ```
/// # #[tokio::main]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use geopera_fluent::Geopera;
///
/// let server = geopera_mock::MockServer::start().await;
/// let client = Geopera::builder()
///     .base_url(server.base_url())
///     .token(server.dev_token())
///     .build()?;
/// let body = serde_json::json!({"project_id": server.project_id(), "transfer_method": "cli"});
/// let response = client.uploads().initiate(body).detailed().await?;
/// assert_eq!(response.status.as_u16(), 200);
/// assert!(response.body.id.starts_with("u_"));
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Geopera {
    api: Client,
    stall_timeout: Duration,
}

impl Geopera {
    /// A client for the production API authenticated with `token`.
    pub fn new(token: impl Into<String>) -> Result<Self, Error> {
        Geopera::builder().token(token).build()
    }

    /// A client configured the way the Python CLI resolves it: `GEOPERA_API_TOKEN` (a
    /// `gpra_…` value as `X-API-Key`, anything else as Bearer), else the profile named by
    /// `GEOPERA_PROFILE` (or `default`) in `~/.config/geopera/credentials.json`; the URL
    /// from `GEOPERA_API_URL`, else the profile's `api_url`, else the production API.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Geopera::from_env`] with variables (`HOME` included) read through `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        crate::profiles::resolve(&var)
    }

    /// A client from profile `name` of the CLI's credentials file, with its stored
    /// `api_url`; an OAuth profile refreshes itself and writes the new tokens back.
    pub fn from_profile(name: &str) -> Result<Self, Error> {
        Self::from_profile_in(&CredentialsFile::default_location()?, name)
    }

    /// [`Geopera::from_profile`] from another credentials file.
    pub fn from_profile_in(file: &CredentialsFile, name: &str) -> Result<Self, Error> {
        crate::profiles::builder_for(file, name, None)?.build()
    }

    /// A builder for every setting.
    pub fn builder() -> GeoperaBuilder {
        GeoperaBuilder {
            api: Client::builder(),
            stall_timeout: DEFAULT_STALL_TIMEOUT,
        }
    }

    /// Wraps an already configured low-level client.
    pub fn from_api(api: Client) -> Self {
        Geopera {
            api,
            stall_timeout: DEFAULT_STALL_TIMEOUT,
        }
    }

    /// The underlying low-level client (the generated escape hatch).
    pub fn api(&self) -> &Client {
        &self.api
    }

    /// How long a storage request of a transfer may move no byte (see
    /// [`GeoperaBuilder::stall_timeout`]).
    pub fn stall_timeout(&self) -> Duration {
        self.stall_timeout
    }
}

/// Configures a [`Geopera`] client.
#[derive(Debug)]
pub struct GeoperaBuilder {
    api: ClientBuilder,
    stall_timeout: Duration,
}

impl GeoperaBuilder {
    /// The service URL (default `https://api.geopera.com`).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.api = self.api.base_url(url);
        self
    }

    /// Authenticate with `Authorization: Bearer <token>`.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.api = self.api.token(token);
        self
    }

    /// Authenticate with `X-API-Key: <key>`.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api = self.api.api_key(key);
        self
    }

    /// Exchange the API key at the realm for short-lived access tokens, renewed ahead of
    /// expiry.
    pub fn client_credentials(mut self, api_key: impl Into<String>) -> Self {
        self.api = self.api.client_credentials(api_key);
        self
    }

    /// Authenticate with an OAuth session that refreshes itself (e.g. from
    /// [`DeviceLogin`](crate::DeviceLogin)).
    pub fn session(mut self, session: impl Into<Session>) -> Self {
        self.api = self.api.session(session);
        self
    }

    /// Authenticate with a credential provider of your own.
    pub fn credentials(mut self, provider: impl CredentialProvider + 'static) -> Self {
        self.api = self.api.credentials(provider);
        self
    }

    /// Where the credential came from, for messages (default `builder`).
    pub fn credential_origin(mut self, origin: impl Into<String>) -> Self {
        self.api = self.api.credential_origin(origin);
        self
    }

    /// Time allowed to open a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.api = self.api.connect_timeout(timeout);
        self
    }

    /// Time allowed for one attempt of an API call.
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.api = self.api.request_timeout(timeout);
        self
    }

    /// The retry policy; [`RetryPolicy::disabled`] turns retries off.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.api = self.api.retry_policy(policy);
        self
    }

    /// The retry budget shared by this client's calls (default: 500 tokens, 5 per retry, one
    /// refunded per success).
    pub fn retry_budget(mut self, budget: RetryBudget) -> Self {
        self.api = self.api.retry_budget(budget);
        self
    }

    /// Appended to the `geopera-rust/<version>` user agent.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.api = self.api.user_agent_suffix(suffix);
        self
    }

    /// A header sent with every API call (never with storage requests).
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.api = self.api.default_header(name, value);
        self
    }

    /// The largest API response body read into memory (default 16 MiB); a larger answer
    /// fails the call without being read.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.api = self.api.max_response_bytes(limit);
        self
    }

    /// How long a storage request of a transfer may move no byte before it is abandoned and
    /// retried (default 30 s); also the longest wait for the storage host's answer once an
    /// upload's body is sent. Transfers can override it.
    pub fn stall_timeout(mut self, timeout: Duration) -> Self {
        self.stall_timeout = timeout;
        self
    }

    /// Use this HTTP client for API calls and transfers. Build it with
    /// `.redirect(geopera_api::redirect_policy())`, so that no redirect carries the
    /// credential to another origin.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.api = self.api.http_client(client);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Geopera, Error> {
        Ok(Geopera {
            api: self.api.build()?,
            stall_timeout: self.stall_timeout,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync_clone<T: Send + Sync + Clone>() {}

    #[test]
    fn the_client_is_shareable() {
        assert_send_sync_clone::<Geopera>();
    }

    #[test]
    fn debug_hides_the_token() {
        let client = Geopera::new("gpra_do_not_print_me").unwrap();
        let shown = format!("{client:?}");
        assert!(!shown.contains("gpra_do_not_print_me"), "{shown}");
        assert!(shown.contains("redacted"), "{shown}");
    }
}
