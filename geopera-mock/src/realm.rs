//! Geopera's OAuth realm, under `/realms/public/protocol/openid-connect/`: the token
//! endpoint with its four grants, device authorization with PKCE, userinfo, logout and
//! revocation.
//!
//! Decisions:
//! - A session acts for the API key it was made from: same organisation, same scopes
//!   (`client_credentials` takes the key as client secret, `password` as password, and a
//!   device code is approved on behalf of a key, the dev token unless told otherwise).
//! - Access tokens live [`RealmConfig::session_ttl`] (300 s by default, `--session-ttl`),
//!   refresh tokens 1800 s. Refresh tokens rotate: a used one is `invalid_grant`.
//!   An expired access token is a 401 problem on the operation paths.
//! - Errors have OAuth's shape `{"error", "error_description"}` (400, or 401 for a bad
//!   client or token), never `problem+json`.
//! - Every realm request leaves a [`RealmEvent`], so tests count refreshes exactly.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use http::{header, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::auth::{extract_token, TokenInfo};
use crate::server::DEV_TOKEN;
use crate::server_state::{now_ms, rfc3339_ms, AppState};

/// Where the realm is mounted.
pub const REALM_PATH: &str = "/realms/public/protocol/openid-connect";

/// The realm's lifetimes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RealmConfig {
    /// Lifetime of access tokens (default 300 s).
    pub session_ttl: Duration,
    /// Lifetime of refresh tokens (default 1800 s).
    pub refresh_ttl: Duration,
    /// Seconds a device client must wait between polls (default 5).
    pub device_interval: u64,
    /// Lifetime of a device code (default 600 s).
    pub device_ttl: Duration,
}

impl Default for RealmConfig {
    fn default() -> Self {
        RealmConfig {
            session_ttl: Duration::from_secs(300),
            refresh_ttl: Duration::from_secs(1800),
            device_interval: 5,
            device_ttl: Duration::from_secs(600),
        }
    }
}

/// One request to the realm, as the inspection API reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RealmEvent {
    /// `token`, `auth/device`, `userinfo`, `logout`, `revoke`.
    pub endpoint: String,
    /// The grant, for `token`.
    pub grant_type: Option<String>,
    /// The OAuth client that asked.
    pub client_id: Option<String>,
    /// `ok`, or the OAuth error code.
    pub outcome: String,
    /// When (RFC 3339).
    pub timestamp: String,
}

impl RealmEvent {
    /// Whether this is a successful `refresh_token` grant.
    pub fn is_refresh(&self) -> bool {
        self.endpoint == "token"
            && self.grant_type.as_deref() == Some("refresh_token")
            && self.outcome == "ok"
    }
}

#[derive(Debug, Clone)]
struct Principal {
    key: TokenInfo,
    kind: &'static str,
}

#[derive(Debug)]
struct AccessGrant {
    principal: Principal,
    session: String,
    expires: Instant,
}

#[derive(Debug)]
struct RefreshGrant {
    principal: Principal,
    session: String,
    client_id: String,
    scope: String,
    expires: Instant,
    used: bool,
}

#[derive(Debug)]
enum DeviceState {
    Pending,
    Approved(TokenInfo),
    Denied,
}

#[derive(Debug)]
struct DeviceRequest {
    user_code: String,
    client_id: String,
    scope: String,
    challenge: Option<String>,
    state: DeviceState,
    expires: Instant,
    interval: Duration,
    last_poll: Instant,
}

/// The realm's state: issued tokens, pending device codes, and its event log.
#[derive(Debug, Default)]
pub struct Realm {
    config: RealmConfig,
    state: Mutex<RealmState>,
}

#[derive(Debug, Default)]
struct RealmState {
    access: HashMap<String, AccessGrant>,
    refresh: HashMap<String, RefreshGrant>,
    devices: HashMap<String, DeviceRequest>,
    events: Vec<RealmEvent>,
}

/// An OAuth error answer.
struct OAuthError {
    status: StatusCode,
    error: &'static str,
    description: String,
}

fn oauth_error(status: u16, error: &'static str, description: impl Into<String>) -> OAuthError {
    OAuthError {
        status: StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        error,
        description: description.into(),
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        let body = json!({"error": self.error, "error_description": self.description});
        let mut response = (self.status, Json(body)).into_response();
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, "no-store".parse().unwrap());
        response
    }
}

fn random_token(prefix: &str) -> String {
    let bytes: [u8; 24] = rand::random();
    format!("{prefix}{}", hex::encode(bytes))
}

/// A stable subject for a key that does not reveal it.
fn subject_of(key: &TokenInfo, kind: &str) -> String {
    let digest = Sha256::digest(key.token.as_bytes());
    let prefix = if kind == "api_key" { "key" } else { "user" };
    format!("{prefix}_{}", &hex::encode(digest)[..12])
}

impl Realm {
    /// A realm with `config`.
    pub fn new(config: RealmConfig) -> Self {
        Realm {
            config,
            state: Mutex::default(),
        }
    }

    /// The realm's events, oldest first.
    pub fn events(&self) -> Vec<RealmEvent> {
        self.state.lock().unwrap().events.clone()
    }

    fn record(&self, endpoint: &str, grant: Option<&str>, client: Option<&str>, outcome: &str) {
        self.state.lock().unwrap().events.push(RealmEvent {
            endpoint: endpoint.into(),
            grant_type: grant.map(str::to_owned),
            client_id: client.map(str::to_owned),
            outcome: outcome.into(),
            timestamp: rfc3339_ms(now_ms()),
        });
    }

    /// Approves (or denies) a pending device code on behalf of `key`.
    pub fn decide_device(&self, user_code: &str, key: Option<TokenInfo>) -> bool {
        let mut state = self.state.lock().unwrap();
        let wanted = user_code.trim().to_ascii_uppercase();
        match state
            .devices
            .values_mut()
            .find(|d| d.user_code == wanted && matches!(d.state, DeviceState::Pending))
        {
            Some(device) => {
                device.state = match key {
                    Some(key) => DeviceState::Approved(key),
                    None => DeviceState::Denied,
                };
                true
            }
            None => false,
        }
    }

    /// Issues an access token (and a refresh token unless `with_refresh` is false).
    fn issue(
        &self,
        state: &mut RealmState,
        principal: Principal,
        client_id: &str,
        scope: &str,
        with_refresh: bool,
        session: Option<String>,
    ) -> Value {
        let now = Instant::now();
        let session = session.unwrap_or_else(|| random_token("ses_"));
        let access = random_token("mock_at_");
        state.access.insert(
            access.clone(),
            AccessGrant {
                principal: principal.clone(),
                session: session.clone(),
                expires: now + self.config.session_ttl,
            },
        );
        let mut body = json!({
            "access_token": access,
            "expires_in": self.config.session_ttl.as_secs_f64().ceil() as u64,
            "token_type": "Bearer",
            "scope": scope,
            "session_state": session,
        });
        if with_refresh {
            let refresh = random_token("mock_rt_");
            state.refresh.insert(
                refresh.clone(),
                RefreshGrant {
                    principal,
                    session,
                    client_id: client_id.into(),
                    scope: scope.into(),
                    expires: now + self.config.refresh_ttl,
                    used: false,
                },
            );
            body["refresh_token"] = json!(refresh);
            body["refresh_expires_in"] = json!(self.config.refresh_ttl.as_secs());
        }
        body
    }

    fn end_session(state: &mut RealmState, session: &str) {
        state.access.retain(|_, a| a.session != session);
        state.refresh.retain(|_, r| r.session != session);
    }
}

/// Who a request's token acts for: an API key as configured, or a live session of one.
pub fn authenticate(app: &AppState, token: &str) -> Result<TokenInfo, &'static str> {
    if let Some(key) = app.tokens.get(token) {
        return Ok(key.clone());
    }
    let state = app.realm.state.lock().unwrap();
    match state.access.get(token) {
        Some(grant) if grant.expires > Instant::now() => Ok(grant.principal.key.clone()),
        Some(_) => Err("access token expired; refresh it or log in again"),
        None => Err("invalid or expired token"),
    }
}

/// The realm's routes and its inspection routes.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route(&format!("{REALM_PATH}/token"), post(token))
        .route(
            &format!("{REALM_PATH}/auth/device"),
            post(device_authorization),
        )
        .route(
            &format!("{REALM_PATH}/userinfo"),
            get(userinfo).post(userinfo),
        )
        .route(&format!("{REALM_PATH}/logout"), post(logout))
        .route(&format!("{REALM_PATH}/revoke"), post(revoke))
        .route("/_mock/device/approve", post(approve))
        .route("/_mock/realm/events", get(events))
}

type Form = HashMap<String, String>;

async fn read_form(req: Request) -> Result<Form, OAuthError> {
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let bytes = axum::body::to_bytes(req.into_body(), 64 * 1024)
        .await
        .map_err(|_| oauth_error(400, "invalid_request", "the body could not be read"))?;
    if !is_form {
        return Err(oauth_error(
            400,
            "invalid_request",
            "send the parameters form-encoded (application/x-www-form-urlencoded)",
        ));
    }
    serde_urlencoded::from_bytes(&bytes)
        .map_err(|_| oauth_error(400, "invalid_request", "the form could not be parsed"))
}

fn field<'a>(form: &'a Form, name: &str) -> Result<&'a str, OAuthError> {
    form.get(name)
        .map(String::as_str)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| oauth_error(400, "invalid_request", format!("missing parameter: {name}")))
}

async fn token(State(app): State<Arc<AppState>>, req: Request) -> Response {
    let form = match read_form(req).await {
        Ok(form) => form,
        Err(err) => return err.into_response(),
    };
    let outcome = grant_token(&app, &form).map(|body| {
        let mut response = Json(body).into_response();
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, "no-store".parse().unwrap());
        response
    });
    answer(&app, "token", Some(&form), outcome)
}

/// Records a realm request in the event log and turns its outcome into the response.
fn answer(
    app: &AppState,
    endpoint: &str,
    form: Option<&Form>,
    outcome: Result<Response, OAuthError>,
) -> Response {
    let param = |name: &str| form.and_then(|f| f.get(name)).map(String::as_str);
    let label = outcome.as_ref().map_or_else(|e| e.error, |_| "ok");
    app.realm
        .record(endpoint, param("grant_type"), param("client_id"), label);
    outcome.unwrap_or_else(IntoResponse::into_response)
}

fn grant_token(app: &AppState, form: &Form) -> Result<Value, OAuthError> {
    let realm = &app.realm;
    let grant = field(form, "grant_type")?;
    let client_id = field(form, "client_id")?;
    let scope = form
        .get("scope")
        .cloned()
        .unwrap_or_else(|| "openid profile".into());
    let key_of = |secret: &str| {
        app.tokens
            .get(secret)
            .cloned()
            .ok_or_else(|| oauth_error(401, "invalid_client", "invalid client credentials"))
    };
    let mut state = realm.state.lock().unwrap();
    match grant {
        "client_credentials" => {
            if client_id != "geopera" {
                return Err(oauth_error(
                    400,
                    "unauthorized_client",
                    "API keys are exchanged as client 'geopera'",
                ));
            }
            let key = key_of(field(form, "client_secret")?)?;
            let principal = Principal {
                key,
                kind: "service_account",
            };
            Ok(realm.issue(&mut state, principal, client_id, &scope, false, None))
        }
        "password" => {
            field(form, "username")?;
            let key = app
                .tokens
                .get(field(form, "password")?)
                .cloned()
                .ok_or_else(|| oauth_error(401, "invalid_grant", "Invalid user credentials"))?;
            let principal = Principal { key, kind: "user" };
            Ok(realm.issue(&mut state, principal, client_id, &scope, true, None))
        }
        "refresh_token" => {
            let presented = field(form, "refresh_token")?;
            let Some(grant) = state.refresh.get_mut(presented) else {
                return Err(oauth_error(400, "invalid_grant", "Invalid refresh token"));
            };
            if grant.used {
                return Err(oauth_error(
                    400,
                    "invalid_grant",
                    "Refresh token already used (tokens rotate; use the latest one)",
                ));
            }
            if grant.expires <= Instant::now() {
                return Err(oauth_error(400, "invalid_grant", "Token is not active"));
            }
            if grant.client_id != client_id {
                return Err(oauth_error(
                    400,
                    "invalid_grant",
                    "Token was not issued to this client",
                ));
            }
            grant.used = true;
            let principal = grant.principal.clone();
            let session = grant.session.clone();
            let scope = grant.scope.clone();
            Ok(realm.issue(
                &mut state,
                principal,
                client_id,
                &scope,
                true,
                Some(session),
            ))
        }
        "urn:ietf:params:oauth:grant-type:device_code" => {
            let code = field(form, "device_code")?.to_owned();
            let now = Instant::now();
            let Some(device) = state.devices.get_mut(&code) else {
                return Err(oauth_error(400, "invalid_grant", "Invalid device code"));
            };
            if device.client_id != client_id {
                return Err(oauth_error(
                    400,
                    "invalid_grant",
                    "Device code was not issued to this client",
                ));
            }
            if device.expires <= now {
                state.devices.remove(&code);
                return Err(oauth_error(
                    400,
                    "expired_token",
                    "The device code has expired",
                ));
            }
            if let Some(challenge) = &device.challenge {
                let verifier = form.get("code_verifier").map(String::as_str).unwrap_or("");
                let computed = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
                if &computed != challenge {
                    return Err(oauth_error(
                        400,
                        "invalid_grant",
                        "PKCE verification failed: code_verifier does not match code_challenge",
                    ));
                }
            }
            let too_soon =
                now.duration_since(device.last_poll) + Duration::from_millis(100) < device.interval;
            device.last_poll = now;
            match &device.state {
                DeviceState::Pending if too_soon => {
                    device.interval += Duration::from_secs(5);
                    Err(oauth_error(400, "slow_down", "Polling too fast"))
                }
                DeviceState::Pending => Err(oauth_error(
                    400,
                    "authorization_pending",
                    "The authorization request is still pending",
                )),
                DeviceState::Denied => {
                    state.devices.remove(&code);
                    Err(oauth_error(
                        400,
                        "access_denied",
                        "The user denied the request",
                    ))
                }
                DeviceState::Approved(key) => {
                    let principal = Principal {
                        key: key.clone(),
                        kind: "user",
                    };
                    let scope = device.scope.clone();
                    state.devices.remove(&code);
                    Ok(realm.issue(&mut state, principal, client_id, &scope, true, None))
                }
            }
        }
        other => Err(oauth_error(
            400,
            "unsupported_grant_type",
            format!("unsupported grant type: {other}"),
        )),
    }
}

async fn device_authorization(State(app): State<Arc<AppState>>, req: Request) -> Response {
    let form = match read_form(req).await {
        Ok(form) => form,
        Err(err) => return err.into_response(),
    };
    let outcome = start_device(&app, &form).map(|body| Json(body).into_response());
    answer(&app, "auth/device", Some(&form), outcome)
}

fn start_device(app: &AppState, form: &Form) -> Result<Value, OAuthError> {
    let realm = &app.realm;
    let client_id = field(form, "client_id")?;
    let challenge = form
        .get("code_challenge")
        .filter(|c| !c.is_empty())
        .cloned();
    if challenge.is_some() && form.get("code_challenge_method").map(String::as_str) != Some("S256")
    {
        return Err(oauth_error(
            400,
            "invalid_request",
            "code_challenge_method must be S256",
        ));
    }
    let device_code = random_token("mock_dc_");
    let letters: String = (0..8)
        .map(|_| char::from(b'A' + rand::random::<u8>() % 26))
        .collect();
    let user_code = format!("{}-{}", &letters[..4], &letters[4..]);
    let now = Instant::now();
    let verification_uri = format!("{}/realms/public/device", app.base_url);
    let interval = realm.config.device_interval;
    realm.state.lock().unwrap().devices.insert(
        device_code.clone(),
        DeviceRequest {
            user_code: user_code.clone(),
            client_id: client_id.into(),
            scope: form
                .get("scope")
                .cloned()
                .unwrap_or_else(|| "openid profile".into()),
            challenge,
            state: DeviceState::Pending,
            expires: now + realm.config.device_ttl,
            interval: Duration::from_secs(interval),
            last_poll: now,
        },
    );
    Ok(json!({
        "device_code": device_code,
        "user_code": user_code,
        "verification_uri": verification_uri,
        "verification_uri_complete": format!("{verification_uri}?user_code={user_code}"),
        "expires_in": realm.config.device_ttl.as_secs(),
        "interval": interval,
    }))
}

async fn userinfo(State(app): State<Arc<AppState>>, req: Request) -> Response {
    let token = extract_token(req.headers());
    let principal = token.as_deref().map(|t| {
        if let Some(key) = app.tokens.get(t) {
            return Ok((key.clone(), "api_key"));
        }
        let state = app.realm.state.lock().unwrap();
        match state.access.get(t) {
            Some(grant) if grant.expires > Instant::now() => {
                Ok((grant.principal.key.clone(), grant.principal.kind))
            }
            Some(_) => Err("access token expired"),
            None => Err("invalid token"),
        }
    });
    let outcome = match principal {
        Some(Ok((key, kind))) => {
            let sub = subject_of(&key, kind);
            Ok(Json(json!({
                "sub": sub,
                "geopera_principal_type": kind,
                "geopera_principal_id": sub,
                "geopera_org_id": key.org,
                "scope": key.scopes.join(" "),
            }))
            .into_response())
        }
        Some(Err(why)) => Err(oauth_error(401, "invalid_token", why)),
        None => Err(oauth_error(401, "invalid_token", "missing bearer token")),
    };
    let mut response = answer(&app, "userinfo", None, outcome);
    if response.status() == StatusCode::UNAUTHORIZED {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, "Bearer".parse().unwrap());
    }
    response
}

async fn logout(State(app): State<Arc<AppState>>, req: Request) -> Response {
    let form = match read_form(req).await {
        Ok(form) => form,
        Err(err) => return err.into_response(),
    };
    let outcome = match field(&form, "refresh_token") {
        Err(err) => Err(err),
        Ok(refresh) => {
            let mut state = app.realm.state.lock().unwrap();
            match state.refresh.get(refresh).map(|r| r.session.clone()) {
                Some(session) => {
                    Realm::end_session(&mut state, &session);
                    Ok(())
                }
                None => Err(oauth_error(400, "invalid_grant", "Invalid refresh token")),
            }
        }
    };
    let outcome = outcome.map(|()| StatusCode::NO_CONTENT.into_response());
    answer(&app, "logout", Some(&form), outcome)
}

async fn revoke(State(app): State<Arc<AppState>>, req: Request) -> Response {
    let form = match read_form(req).await {
        Ok(form) => form,
        Err(err) => return err.into_response(),
    };
    let outcome = field(&form, "token").map(|token| {
        let mut state = app.realm.state.lock().unwrap();
        // RFC 7009: revoking a refresh token ends its session; an access token goes
        // alone; an unknown token is not an error.
        if let Some(session) = state.refresh.get(token).map(|r| r.session.clone()) {
            Realm::end_session(&mut state, &session);
        } else {
            state.access.remove(token);
        }
    });
    let outcome = outcome.map(|()| StatusCode::OK.into_response());
    answer(&app, "revoke", Some(&form), outcome)
}

#[derive(Deserialize)]
struct Approval {
    user_code: String,
    /// The API key the session acts for (default: the dev token).
    #[serde(default)]
    token: Option<String>,
    #[serde(default)]
    deny: bool,
}

async fn approve(State(app): State<Arc<AppState>>, Json(approval): Json<Approval>) -> Response {
    let key = if approval.deny {
        None
    } else {
        let name = approval.token.as_deref().unwrap_or(DEV_TOKEN);
        match app.tokens.get(name) {
            Some(key) => Some(key.clone()),
            None => {
                return crate::problem::Problem::bad_request("`token` names no configured API key")
                    .into_response()
            }
        }
    };
    if app.realm.decide_device(&approval.user_code, key) {
        Json(json!({"decided": true})).into_response()
    } else {
        crate::problem::Problem::not_found("no pending device login with that user_code")
            .into_response()
    }
}

async fn events(State(app): State<Arc<AppState>>) -> Response {
    Json(app.realm.events()).into_response()
}
