//! Where a request's credential comes from.
//!
//! Every call asks the client's [`CredentialProvider`] for its auth header just before each
//! attempt, so a credential that changes over time (an OAuth access token that expires every
//! few minutes) is always current, and a retry or a replay gets a fresh one. The kinds Geopera
//! issues are built in:
//!
//! - [`Credentials`]: a static API key (`X-API-Key`) or bearer token (`Authorization: Bearer`);
//! - [`ClientCredentials`]: an API key exchanged at the realm's token endpoint for short-lived
//!   access tokens (`client_credentials`, client `geopera`, the key as client secret);
//! - [`Session`]: an OAuth session (access + refresh token, e.g. from [`DeviceLogin`]) whose
//!   refresh token rotates; each rotation is handed to a callback so it can be stored.
//!
//! Design decisions:
//! - **Refresh ahead, single-flight.** A token is renewed 30 s before it expires (or at half
//!   its lifetime when that is shorter, so a 2-second token is not renewed on every call).
//!   The renewal happens under one async lock: any number of concurrent callers cause one
//!   token request, and all of them then use its result.
//! - **401 → renew once, replay once.** When the service answers 401, the provider renews
//!   (unless another call already did) and the call is sent again once with the new token; a
//!   second 401 is the caller's error. The replay does not count as a retry: a 401 means the
//!   request was not processed, so it is safe for every operation.
//! - **Same origin only.** Token endpoint calls go to `{base_url}/realms/public/protocol/
//!   openid-connect/…` of the client's own base URL; credentials are never sent elsewhere.
//! - **No secret in text.** Tokens are [`Secret`]s: `Debug` shows `<redacted>`, server text
//!   quoted in an error is scrubbed of the credential that was sent, and OAuth errors quote
//!   only the `error` code and a scrubbed `error_description`.
//! - A failed renewal is [`Error::InvalidRequest`] of kind [`InvalidRequestKind::Credentials`]
//!   (the call was not sent); a rejected refresh token says to log in again.

mod device;
mod oauth;
mod userinfo;

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use http::header::{HeaderName, HeaderValue};

use crate::error::{Error, InvalidRequestKind};
use crate::redact::Secret;

pub use device::{DeviceLogin, DevicePrompt, DEVICE_CLIENT_ID};
pub use oauth::{ClientCredentials, Session, SessionTokens, API_KEY_CLIENT_ID, REALM_PATH};
pub use userinfo::{userinfo, USERINFO};

/// A boxed future, as [`CredentialProvider`] methods return them (the trait is object safe).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a provider may use to obtain a credential: the client's HTTP client and base URL
/// (the realm lives on the same origin).
#[derive(Clone, Copy)]
pub struct AuthContext<'a> {
    /// The client's HTTP client (shares its connection pool and TLS settings).
    pub http: &'a reqwest::Client,
    /// The client's base URL, without trailing slash.
    pub base_url: &'a str,
}

impl fmt::Debug for AuthContext<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthContext")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl AuthContext<'_> {
    /// `{base_url}/realms/public/protocol/openid-connect/{endpoint}`.
    pub fn realm_url(&self, endpoint: &str) -> String {
        realm_url(self.base_url, endpoint)
    }
}

/// `{base_url}/realms/public/protocol/openid-connect/{endpoint}`.
pub fn realm_url(base_url: &str, endpoint: &str) -> String {
    format!(
        "{}{REALM_PATH}/{}",
        base_url.trim_end_matches('/'),
        endpoint.trim_start_matches('/')
    )
}

/// One auth header: its name and its (secret) value.
#[derive(Clone, PartialEq, Eq)]
pub struct AuthHeader {
    name: HeaderName,
    value: Secret,
    /// The credential inside the value, scrubbed from server text.
    credential: Secret,
}

impl AuthHeader {
    /// `Authorization: Bearer <token>`.
    pub fn bearer(token: &Secret) -> Self {
        AuthHeader {
            name: http::header::AUTHORIZATION,
            value: Secret::new(format!("Bearer {}", token.expose())),
            credential: token.clone(),
        }
    }

    /// `X-API-Key: <key>`.
    pub fn api_key(key: &Secret) -> Self {
        AuthHeader {
            name: HeaderName::from_static("x-api-key"),
            value: key.clone(),
            credential: key.clone(),
        }
    }

    /// The header name.
    pub fn name(&self) -> &HeaderName {
        &self.name
    }

    /// The credential the header carries.
    pub fn credential(&self) -> &Secret {
        &self.credential
    }

    /// The value, marked sensitive (kept out of HTTP debug output).
    pub(crate) fn value(&self) -> Result<HeaderValue, Error> {
        let mut value = HeaderValue::from_str(self.value.expose()).map_err(|_| {
            credentials_error("the credential contains characters not allowed in a header")
        })?;
        value.set_sensitive(true);
        Ok(value)
    }
}

impl fmt::Debug for AuthHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AuthHeader({}: <redacted>)", self.name)
    }
}

/// What kind of credential a client uses and where it came from, for messages
/// ("OAuth session from profile `default`"); never the credential itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialSource {
    /// The kind: "API key", "bearer token", "OAuth session", …
    pub kind: String,
    /// Where it came from: "the client builder", "the environment variable
    /// GEOPERA_API_TOKEN", "profile `default`", …
    pub origin: String,
}

impl fmt::Display for CredentialSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} from {}", self.kind, self.origin)
    }
}

/// Supplies the auth header of every request.
///
/// Implement it to plug in a credential of your own (a token from a vault, a sidecar, …);
/// the built-in kinds are [`Credentials`], [`ClientCredentials`] and [`Session`].
pub trait CredentialProvider: fmt::Debug + Send + Sync {
    /// The header to send now. Called before every attempt of every call.
    fn auth_header<'a>(&'a self, cx: AuthContext<'a>) -> BoxFuture<'a, Result<AuthHeader, Error>>;

    /// The service answered 401 to a request carrying `rejected`. Renew the credential if
    /// that can help and answer `true` to have the call replayed once with a fresh header.
    /// The default cannot renew anything.
    fn renew<'a>(
        &'a self,
        cx: AuthContext<'a>,
        rejected: &'a AuthHeader,
    ) -> BoxFuture<'a, Result<bool, Error>> {
        let _ = (cx, rejected);
        Box::pin(async { Ok(false) })
    }

    /// The kind of credential, for messages (never the credential).
    fn kind(&self) -> String {
        "custom credential provider".into()
    }

    /// Checks the configuration when the client is built.
    fn validate(&self) -> Result<(), Error> {
        Ok(())
    }
}

/// A static credential: sent as is on every request.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// `Authorization: Bearer <token>` (API keys `gpra_…` and session tokens alike).
    Bearer(Secret),
    /// `X-API-Key: <key>`, as the Python CLI sends API keys.
    ApiKey(Secret),
}

impl Credentials {
    fn header(&self) -> AuthHeader {
        match self {
            Credentials::Bearer(token) => AuthHeader::bearer(token),
            Credentials::ApiKey(key) => AuthHeader::api_key(key),
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::Bearer(_) => f.write_str("Bearer(<redacted>)"),
            Credentials::ApiKey(_) => f.write_str("ApiKey(<redacted>)"),
        }
    }
}

impl CredentialProvider for Credentials {
    fn auth_header<'a>(&'a self, _: AuthContext<'a>) -> BoxFuture<'a, Result<AuthHeader, Error>> {
        let header = self.header();
        Box::pin(async move { Ok(header) })
    }

    fn kind(&self) -> String {
        match self {
            Credentials::Bearer(_) => "bearer token".into(),
            Credentials::ApiKey(_) => "API key (X-API-Key)".into(),
        }
    }

    fn validate(&self) -> Result<(), Error> {
        let header = self.header();
        if header.credential().expose().is_empty() || header.value().is_err() {
            return Err(Error::invalid_request(
                None,
                InvalidRequestKind::Config,
                Some(header.name().to_string()),
                "the credential is empty or contains characters not allowed in a header",
            ));
        }
        Ok(())
    }
}

/// An error of kind [`InvalidRequestKind::Credentials`]: no usable credential, call not sent.
pub(crate) fn credentials_error(message: impl Into<String>) -> Error {
    Error::invalid_request(None, InvalidRequestKind::Credentials, None, message)
}

/// Whether a call that failed with `err` should be sent once more: it was a 401, and the
/// client's provider renewed the credential that was rejected.
pub(crate) async fn should_replay(
    client: &crate::Client,
    sent: Option<&AuthHeader>,
    err: &Error,
) -> Result<bool, Error> {
    let (Some(provider), Some(sent)) = (&client.inner().credentials, sent) else {
        return Ok(false);
    };
    if err.status() != Some(http::StatusCode::UNAUTHORIZED) {
        return Ok(false);
    }
    provider.renew(client.auth_context(), sent).await
}
