//! Signing in a person: the OAuth device authorization grant (RFC 8628) with PKCE (S256),
//! as the public client `geopera-cli`.
//!
//! The login shows a code and a URL through a callback, then polls the token endpoint,
//! honouring the server's `interval`, adding 5 s on each `slow_down`, and giving up at
//! `expires_in`. The result is a [`SessionTokens`] for [`Session`](super::Session).

use std::fmt;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::oauth::{post_form, SessionTokens, TokenAnswer};
use super::{credentials_error, AuthContext};
use crate::error::Error;
use crate::redact::Secret;

/// The public OAuth client of Geopera's command-line tools.
pub const DEVICE_CLIENT_ID: &str = "geopera-cli";

/// What the person signing in must see: where to go and which code to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevicePrompt {
    /// The code to confirm.
    pub user_code: String,
    /// The page to visit.
    pub verification_uri: String,
    /// The page with the code filled in, when the server offers one.
    pub verification_uri_complete: Option<String>,
    /// How long the code stays valid.
    pub expires_in: Duration,
}

impl DevicePrompt {
    /// The URL to show or open: the complete one when offered.
    pub fn url(&self) -> &str {
        self.verification_uri_complete
            .as_deref()
            .unwrap_or(&self.verification_uri)
    }
}

type PromptListener = Box<dyn FnMut(&DevicePrompt) + Send>;

/// A device-flow login against a Geopera API (its realm is on the same origin).
///
/// ```no_run
/// # async fn run() -> Result<(), geopera_api::Error> {
/// use geopera_api::{auth::DeviceLogin, Client};
///
/// let tokens = DeviceLogin::new("https://api.geopera.com")
///     .on_prompt(|p| eprintln!("visit {} and confirm {}", p.url(), p.user_code))
///     .run()
///     .await?;
/// let client = Client::builder().session(tokens).build()?;
/// # let _ = client; Ok(()) }
/// ```
pub struct DeviceLogin {
    base_url: String,
    scope: String,
    client_id: String,
    http: Option<reqwest::Client>,
    on_prompt: Option<PromptListener>,
}

impl fmt::Debug for DeviceLogin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeviceLogin")
            .field("base_url", &self.base_url)
            .field("scope", &self.scope)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct DeviceAnswer {
    device_code: String,
    user_code: String,
    verification_uri: String,
    #[serde(default)]
    verification_uri_complete: Option<String>,
    #[serde(default)]
    expires_in: Option<u64>,
    #[serde(default)]
    interval: Option<u64>,
}

impl DeviceLogin {
    /// A login against the API at `base_url`, scope `openid profile`.
    pub fn new(base_url: impl Into<String>) -> Self {
        DeviceLogin {
            base_url: base_url.into(),
            scope: "openid profile".into(),
            client_id: DEVICE_CLIENT_ID.into(),
            http: None,
            on_prompt: None,
        }
    }

    /// The OAuth scope to request (default `openid profile`).
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = scope.into();
        self
    }

    /// The public client to log in as (default `geopera-cli`).
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = client_id.into();
        self
    }

    /// The HTTP client to use (default: a new one that refuses redirects to other origins;
    /// give yours `.redirect(geopera_api::redirect_policy())` for the same).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Shows the person the URL and the code (called once, before polling starts).
    pub fn on_prompt(mut self, listener: impl FnMut(&DevicePrompt) + Send + 'static) -> Self {
        self.on_prompt = Some(Box::new(listener));
        self
    }

    /// Runs the login until the code is approved, denied or expired.
    pub async fn run(mut self) -> Result<SessionTokens, Error> {
        let http = match self.http.take() {
            Some(http) => http,
            // Device codes and tokens never follow a redirect to another origin.
            None => reqwest::Client::builder()
                .redirect(crate::redirect_policy())
                .build()
                .map_err(|err| credentials_error(format!("no HTTP client: {err}")))?,
        };
        let base_url = self.base_url.trim_end_matches('/').to_string();
        let cx = AuthContext {
            http: &http,
            base_url: &base_url,
        };
        let verifier = Secret::new(URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>()));
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.expose().as_bytes()));
        let form = [
            ("client_id", self.client_id.as_str()),
            ("scope", self.scope.as_str()),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
        ];
        let device: DeviceAnswer = post_form(cx, "auth/device", "oauth.device", &form, &[])
            .await?
            .map_err(|err| {
                credentials_error(format!("the device login could not start ({err})"))
            })?;
        let expires_in = Duration::from_secs(device.expires_in.unwrap_or(600));
        let prompt = DevicePrompt {
            user_code: device.user_code,
            verification_uri: device.verification_uri,
            verification_uri_complete: device.verification_uri_complete,
            expires_in,
        };
        if let Some(listener) = self.on_prompt.as_mut() {
            listener(&prompt);
        }
        let device_code = Secret::new(device.device_code);
        let deadline = Instant::now() + expires_in;
        let mut interval = Duration::from_secs(device.interval.unwrap_or(5));
        loop {
            // A server that asks for no wait still gets a short pause between polls.
            tokio::time::sleep(interval.max(Duration::from_millis(100))).await;
            if Instant::now() >= deadline {
                return Err(credentials_error(
                    "the device login expired before the code was approved; log in again",
                ));
            }
            let form = [
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("device_code", device_code.expose()),
                ("client_id", self.client_id.as_str()),
                ("code_verifier", verifier.expose()),
            ];
            let secrets = [&device_code, &verifier];
            match post_form::<TokenAnswer>(cx, "token", "oauth.token", &form, &secrets).await? {
                Ok(answer) => return Ok(SessionTokens::from_response(answer, None)),
                Err(err) => match err.error.as_str() {
                    "authorization_pending" => {}
                    "slow_down" => interval += Duration::from_secs(5),
                    "access_denied" => {
                        return Err(credentials_error(format!(
                            "the device login was denied ({err})"
                        )))
                    }
                    "expired_token" => {
                        return Err(credentials_error(format!(
                            "the device login expired before the code was approved ({err}); \
                             log in again"
                        )))
                    }
                    _ => {
                        return Err(credentials_error(format!(
                            "the device login failed ({err})"
                        )))
                    }
                },
            }
        }
    }
}
