//! OAuth credentials: API keys exchanged for access tokens, and sessions that refresh.
//!
//! Both kinds keep their current token behind one async lock ([`TokenSource`]): the first
//! caller that finds the token due renews it while the others wait, so a renewal is one
//! request however many calls are in flight. Token endpoint calls are form-encoded POSTs to
//! the realm of the client's own base URL; failures are read in OAuth's JSON error shape.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use http::StatusCode;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::{credentials_error, AuthContext, AuthHeader, BoxFuture, CredentialProvider};
use crate::error::{Error, TransportError};
use crate::redact::{excerpt, redact_url, Secret};

/// Path of Geopera's OAuth realm below the API's base URL.
pub const REALM_PATH: &str = "/realms/public/protocol/openid-connect";

/// The client id under which an API key is exchanged (`client_credentials`).
pub const API_KEY_CLIENT_ID: &str = "geopera";

/// Renew this long before a token expires (or at half its lifetime, when shorter).
const DEFAULT_LEEWAY: Duration = Duration::from_secs(30);

/// An OAuth session: the tokens the realm issued, as stored in a profile.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionTokens {
    /// The access token, sent as `Authorization: Bearer`.
    pub access_token: Secret,
    /// The refresh token (rotates: each refresh returns a new one).
    pub refresh_token: Option<Secret>,
    /// When the access token expires; `None` when unknown (then it is renewed only after a
    /// 401).
    pub expires_at: Option<SystemTime>,
    /// The granted OAuth scope (e.g. `openid profile`).
    pub scope: Option<String>,
}

impl SessionTokens {
    /// A session from an access token and an optional refresh token, expiry unknown.
    pub fn new(access_token: impl Into<String>, refresh_token: Option<String>) -> Self {
        SessionTokens {
            access_token: Secret::new(access_token),
            refresh_token: refresh_token.map(Secret::new),
            expires_at: None,
            scope: None,
        }
    }

    /// Sets when the access token expires.
    pub fn expires_at(mut self, at: SystemTime) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// A session from a token endpoint answer; what the answer leaves out (a refresh token,
    /// the scope) is kept from `previous`.
    pub(crate) fn from_response(answer: TokenAnswer, previous: Option<&SessionTokens>) -> Self {
        SessionTokens {
            access_token: Secret::new(answer.access_token),
            refresh_token: answer
                .refresh_token
                .map(Secret::new)
                .or_else(|| previous.and_then(|p| p.refresh_token.clone())),
            expires_at: answer
                .expires_in
                .filter(|s| s.is_finite() && *s >= 0.0)
                .map(|s| SystemTime::now() + Duration::from_secs_f64(s)),
            scope: answer
                .scope
                .or_else(|| previous.and_then(|p| p.scope.clone())),
        }
    }
}

/// A successful token endpoint answer.
#[derive(Deserialize)]
pub(crate) struct TokenAnswer {
    pub(crate) access_token: String,
    #[serde(default)]
    pub(crate) expires_in: Option<f64>,
    #[serde(default)]
    pub(crate) refresh_token: Option<String>,
    #[serde(default)]
    pub(crate) scope: Option<String>,
}

/// An OAuth error answer: `{"error": "...", "error_description": "..."}`.
#[derive(Debug)]
pub(crate) struct OAuthError {
    pub(crate) status: StatusCode,
    pub(crate) error: String,
    pub(crate) description: Option<String>,
}

impl fmt::Display for OAuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.error)?;
        if let Some(description) = &self.description {
            write!(f, ": {description}")?;
        }
        Ok(())
    }
}

/// POSTs `form` to the realm `endpoint`; a 2xx answer is parsed as `T`, an error answer as
/// an [`OAuthError`] with `secrets` scrubbed from its text.
pub(crate) async fn post_form<T: DeserializeOwned>(
    cx: AuthContext<'_>,
    endpoint: &str,
    operation: &'static str,
    form: &[(&str, &str)],
    secrets: &[&Secret],
) -> Result<Result<T, OAuthError>, Error> {
    let url = cx.realm_url(endpoint);
    let transport = |source: reqwest::Error| {
        Error::Transport(Box::new(TransportError {
            operation,
            url: redact_url(&url),
            source: source.without_url(),
        }))
    };
    let response = cx
        .http
        .post(&url)
        .header(http::header::USER_AGENT, crate::USER_AGENT)
        .form(form)
        .send()
        .await
        .map_err(transport)?;
    let status = response.status();
    let bytes = response.bytes().await.map_err(transport)?;
    let mut text = String::from_utf8_lossy(&bytes).into_owned();
    for secret in secrets {
        text = secret.scrub(&text);
    }
    if status.is_success() {
        return serde_json::from_slice(&bytes).map(Ok).map_err(|err| {
            credentials_error(format!(
                "{operation}: the realm answered {status} with an unexpected body ({err}): {}",
                excerpt(&text, 200)
            ))
        });
    }
    #[derive(Deserialize)]
    struct Body {
        error: String,
        #[serde(default)]
        error_description: Option<String>,
    }
    Ok(Err(match serde_json::from_str::<Body>(&text) {
        Ok(body) => OAuthError {
            status,
            error: body.error,
            description: body.error_description,
        },
        Err(_) => OAuthError {
            status,
            error: "unexpected_response".into(),
            description: Some(excerpt(text.trim(), 200)).filter(|t| !t.is_empty()),
        },
    }))
}

/// How a [`TokenSource`] obtains a new access token.
enum Grant {
    /// `client_credentials` with an API key as client secret.
    ClientCredentials { client_id: String, api_key: Secret },
    /// `refresh_token` with the session's current refresh token.
    Refresh { client_id: String },
}

type RefreshListener = Arc<dyn Fn(&SessionTokens) + Send + Sync>;

/// The current token of an OAuth credential and the single-flight renewal around it.
struct TokenSource {
    grant: Grant,
    current: tokio::sync::Mutex<Option<Issued>>,
    leeway: Duration,
    proactive: bool,
    on_refresh: Option<RefreshListener>,
}

/// A token and the lifetime it was issued with (unknown for tokens loaded from elsewhere).
struct Issued {
    tokens: SessionTokens,
    lifetime: Option<Duration>,
}

impl Issued {
    /// Whether the token should be renewed before use.
    fn due(&self, leeway: Duration) -> bool {
        let Some(expires_at) = self.tokens.expires_at else {
            return false;
        };
        let leeway = match self.lifetime {
            Some(lifetime) => leeway.min(lifetime / 2),
            None => leeway,
        };
        SystemTime::now() + leeway >= expires_at
    }
}

impl TokenSource {
    fn new(grant: Grant, initial: Option<SessionTokens>) -> Self {
        TokenSource {
            grant,
            current: tokio::sync::Mutex::new(initial.map(|tokens| Issued {
                tokens,
                lifetime: None,
            })),
            leeway: DEFAULT_LEEWAY,
            proactive: true,
            on_refresh: None,
        }
    }

    async fn header(&self, cx: AuthContext<'_>) -> Result<AuthHeader, Error> {
        let mut current = self.current.lock().await;
        let renew = match &*current {
            None => true,
            Some(issued) => self.proactive && issued.due(self.leeway),
        };
        if renew {
            self.obtain(cx, &mut current).await?;
        }
        match &*current {
            Some(issued) => Ok(AuthHeader::bearer(&issued.tokens.access_token)),
            None => Err(credentials_error("no access token could be obtained")),
        }
    }

    async fn renew(&self, cx: AuthContext<'_>, rejected: &AuthHeader) -> Result<bool, Error> {
        let mut current = self.current.lock().await;
        if let Some(issued) = &*current {
            if &issued.tokens.access_token != rejected.credential() {
                // Another call renewed it while this one was in flight.
                return Ok(true);
            }
        }
        self.obtain(cx, &mut current).await?;
        Ok(true)
    }

    /// Runs the grant and replaces the current token; the old one stays on failure.
    async fn obtain(&self, cx: AuthContext<'_>, current: &mut Option<Issued>) -> Result<(), Error> {
        let previous = current.as_ref().map(|issued| &issued.tokens);
        let answer = match &self.grant {
            Grant::ClientCredentials { client_id, api_key } => {
                let form = [
                    ("grant_type", "client_credentials"),
                    ("client_id", client_id.as_str()),
                    ("client_secret", api_key.expose()),
                ];
                post_form::<TokenAnswer>(cx, "token", "oauth.token", &form, &[api_key])
                    .await?
                    .map_err(|err| {
                        credentials_error(format!(
                            "exchanging the API key for an access token failed ({err}); \
                             check that the key is valid and not revoked"
                        ))
                    })?
            }
            Grant::Refresh { client_id } => {
                let Some(refresh) = previous.and_then(|p| p.refresh_token.as_ref()) else {
                    return Err(credentials_error(
                        "the session's access token expired and it has no refresh token; \
                         log in again (e.g. `geopera login`)",
                    ));
                };
                let form = [
                    ("grant_type", "refresh_token"),
                    ("refresh_token", refresh.expose()),
                    ("client_id", client_id.as_str()),
                ];
                post_form::<TokenAnswer>(cx, "token", "oauth.token", &form, &[refresh])
                    .await?
                    .map_err(|err| {
                        let why = if err.error == "invalid_grant" {
                            "the refresh token was revoked or has expired"
                        } else {
                            "the session could not be refreshed"
                        };
                        credentials_error(format!(
                            "{why} ({err}); log in again (e.g. `geopera login`)"
                        ))
                    })?
            }
        };
        let lifetime = answer
            .expires_in
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(Duration::from_secs_f64);
        let tokens = SessionTokens::from_response(answer, previous);
        tracing::debug!(
            expires_in_ms = lifetime.map(|l| l.as_millis() as u64),
            "obtained a new access token"
        );
        if let Some(listener) = &self.on_refresh {
            listener(&tokens);
        }
        *current = Some(Issued { tokens, lifetime });
        Ok(())
    }
}

/// Gives a type holding a [`TokenSource`] its renewal settings and its
/// [`CredentialProvider`] implementation: one definition for both OAuth kinds.
macro_rules! token_source_provider {
    ($kind:ty, $label:literal) => {
        impl $kind {
            /// Renew this long before expiry (default 30 s, at most half the token's
            /// lifetime).
            pub fn refresh_leeway(mut self, leeway: Duration) -> Self {
                self.source.leeway = leeway;
                self
            }

            /// With `false`, tokens are renewed only after the service rejects one with 401.
            pub fn proactive_refresh(mut self, enabled: bool) -> Self {
                self.source.proactive = enabled;
                self
            }
        }

        impl CredentialProvider for $kind {
            fn auth_header<'a>(
                &'a self,
                cx: AuthContext<'a>,
            ) -> BoxFuture<'a, Result<AuthHeader, Error>> {
                Box::pin(self.source.header(cx))
            }

            fn renew<'a>(
                &'a self,
                cx: AuthContext<'a>,
                rejected: &'a AuthHeader,
            ) -> BoxFuture<'a, Result<bool, Error>> {
                Box::pin(self.source.renew(cx, rejected))
            }

            fn kind(&self) -> String {
                $label.into()
            }
        }
    };
}

token_source_provider!(ClientCredentials, "API key (client_credentials)");
token_source_provider!(Session, "OAuth session");

/// An API key exchanged at the realm for short-lived access tokens (`client_credentials`,
/// client id `geopera`, the key as client secret), renewed before they expire.
pub struct ClientCredentials {
    source: TokenSource,
}

impl ClientCredentials {
    /// Exchanges `api_key` (`gpra_…`).
    pub fn new(api_key: impl Into<String>) -> Self {
        ClientCredentials {
            source: TokenSource::new(
                Grant::ClientCredentials {
                    client_id: API_KEY_CLIENT_ID.into(),
                    api_key: Secret::new(api_key),
                },
                None,
            ),
        }
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ClientCredentials(<redacted>)")
    }
}

/// An OAuth session (access + refresh token) that refreshes itself; the refresh token
/// rotates, and every new pair is handed to [`Session::on_refresh`] so it can be stored.
pub struct Session {
    source: TokenSource,
}

impl Session {
    /// A session refreshed as the public client `geopera-cli` (the client the device login
    /// uses).
    pub fn new(tokens: SessionTokens) -> Self {
        Session {
            source: TokenSource::new(
                Grant::Refresh {
                    client_id: super::DEVICE_CLIENT_ID.into(),
                },
                Some(tokens),
            ),
        }
    }

    /// The OAuth client the session was issued to (default `geopera-cli`).
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.source.grant = Grant::Refresh {
            client_id: client_id.into(),
        };
        self
    }

    /// Called with the new tokens after every refresh (the old refresh token is then
    /// spent): store them, or the next run starts from a dead session.
    pub fn on_refresh(mut self, listener: impl Fn(&SessionTokens) + Send + Sync + 'static) -> Self {
        self.source.on_refresh = Some(Arc::new(listener));
        self
    }

    /// The current tokens.
    pub async fn tokens(&self) -> Option<SessionTokens> {
        let current = self.source.current.lock().await;
        current.as_ref().map(|issued| issued.tokens.clone())
    }
}

impl From<SessionTokens> for Session {
    fn from(tokens: SessionTokens) -> Self {
        Session::new(tokens)
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Session(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_tokens_are_renewed_at_half_their_lifetime() {
        let issued = |expires_in: Duration, lifetime: Option<Duration>| Issued {
            tokens: SessionTokens::new("a", None).expires_at(SystemTime::now() + expires_in),
            lifetime,
        };
        let two = Duration::from_secs(2);
        assert!(!issued(two, Some(two)).due(DEFAULT_LEEWAY));
        assert!(issued(Duration::from_millis(900), Some(two)).due(DEFAULT_LEEWAY));
        assert!(issued(Duration::from_secs(20), None).due(DEFAULT_LEEWAY));
        assert!(!issued(Duration::from_secs(60), None).due(DEFAULT_LEEWAY));
    }
}
