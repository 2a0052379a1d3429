//! Starting and stopping the server, and the library-side inspection API.
//!
//! The server runs on its own thread with its own Tokio runtime. That makes it
//! independent of the caller's runtime flavour (a `current_thread` test runtime, or none
//! at all for blocking clients), and lets `Drop` stop it deterministically: the accept
//! loop ends, open connections are dropped, then the temporary data directory goes.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{oneshot, Notify};
use tower::ServiceExt;

use crate::auth::{TokenInfo, DEV_ORG};
use crate::faults::Faults;
use crate::idempotency::IdempotencyStore;
use crate::inspect::{EgressRecord, ItemInfo, ObjectInfo, RequestRecord, Reservation, SessionInfo};
use crate::ops::PeerAddr;
use crate::ratelimit::{RateLimiter, RateLimits};
use crate::realm::{Realm, RealmConfig, RealmEvent};
use crate::resources::{self, jobs::JobTiming};
use crate::router::{router, ConnKill};
use crate::server_state::AppState;
use crate::signing::Signer;
use crate::validate::Validators;
use crate::webhooks::{DeliveryRecord, Webhooks, DEFAULT_RETRY_DELAYS};
use crate::world::{Store, PROJECTS};

/// The default token: every scope, in [`DEV_ORG`].
pub const DEV_TOKEN: &str = "gpra_dev";
/// A project that exists from the start in [`DEV_ORG`], so uploads can begin at once.
pub const DEV_PROJECT: &str = "proj_dev";
/// Default storage quota per organisation: 100 GiB.
pub const DEFAULT_QUOTA_BYTES: u64 = 100 * 1024 * 1024 * 1024;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Binding, creating the data directory, or starting the runtime failed.
    #[error("geopera-mock could not start: {0}")]
    Io(#[from] std::io::Error),
}

/// Configures a [`MockServer`].
#[derive(Debug, Clone)]
pub struct MockServerBuilder {
    addr: SocketAddr,
    quota_bytes: u64,
    org_quotas: Vec<(String, u64)>,
    tokens: Vec<TokenInfo>,
    data_dir: Option<PathBuf>,
    url_ttl: Duration,
    jobs: JobTiming,
    rate_limits: RateLimits,
    delivery_retry_delays: Vec<Duration>,
    realm: RealmConfig,
}

impl Default for MockServerBuilder {
    fn default() -> Self {
        MockServerBuilder {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            quota_bytes: DEFAULT_QUOTA_BYTES,
            org_quotas: Vec::new(),
            tokens: Vec::new(),
            data_dir: None,
            url_ttl: Duration::from_secs(900),
            jobs: JobTiming::default(),
            rate_limits: RateLimits::default(),
            delivery_retry_delays: DEFAULT_RETRY_DELAYS.to_vec(),
            realm: RealmConfig::default(),
        }
    }
}

impl MockServerBuilder {
    /// Address to bind (default `127.0.0.1:0`, an ephemeral loopback port).
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Storage quota of every organisation (default 100 GiB).
    pub fn quota_bytes(mut self, bytes: u64) -> Self {
        self.quota_bytes = bytes;
        self
    }

    /// Storage quota of one organisation, overriding [`MockServerBuilder::quota_bytes`].
    pub fn org_quota_bytes(mut self, org: &str, bytes: u64) -> Self {
        self.org_quotas.push((org.to_owned(), bytes));
        self
    }

    /// Adds a token (the string clients send) in [`DEV_ORG`] with `scopes`
    /// (`"*"`, `"items:*"`, `"*:read"`, `"uploads:write"`, …). The dev token stays
    /// unless this call redefines `gpra_dev`.
    pub fn token(self, token: &str, scopes: &[&str]) -> Self {
        self.token_in_org(token, DEV_ORG, scopes)
    }

    /// Adds a token acting for another organisation (to test that other
    /// organisations' resources are 404).
    pub fn token_in_org(mut self, token: &str, org: &str, scopes: &[&str]) -> Self {
        self.tokens.retain(|t| t.token != token);
        self.tokens.push(TokenInfo {
            token: token.to_owned(),
            org: org.to_owned(),
            scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
        });
        self
    }

    /// Keep object bytes in `dir` (kept after the server stops) instead of a temporary
    /// directory (removed when the server is dropped).
    pub fn data_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.data_dir = Some(dir.into());
        self
    }

    /// Lifetime of signed URLs (default 15 minutes).
    pub fn url_ttl(mut self, ttl: Duration) -> Self {
        self.url_ttl = ttl;
        self
    }

    /// How long a job (clip, processing, order) runs before it is done (default
    /// 200 ms): `pending` for the first half, `running` for the second.
    pub fn job_delay(mut self, delay: Duration) -> Self {
        self.jobs.delay = delay;
        self
    }

    /// A job is also done on its `n`-th poll (`clip.job.get`, `processing.job.get`,
    /// `orders.get`; default 2, the first makes it `running`), so polling clients finish
    /// without depending on the clock; `None` leaves only the delay.
    pub fn jobs_complete_after_polls(mut self, n: Option<u32>) -> Self {
        self.jobs.polls = n;
        self
    }

    /// [`MockServerBuilder::job_delay`], by its older name (it applies to every job kind).
    pub fn clip_delay(self, delay: Duration) -> Self {
        self.job_delay(delay)
    }

    /// [`MockServerBuilder::jobs_complete_after_polls`], by its older name (it applies to
    /// every job kind).
    pub fn clip_completes_after_polls(self, n: Option<u32>) -> Self {
        self.jobs_complete_after_polls(n)
    }

    /// Rate limits (default: Geopera's documented limits).
    pub fn rate_limits(mut self, limits: RateLimits) -> Self {
        self.rate_limits = limits;
        self
    }

    /// Turns rate limiting off.
    pub fn no_rate_limits(mut self) -> Self {
        self.rate_limits = RateLimits::disabled();
        self
    }

    /// The waits between webhook delivery attempts: after a non-2xx answer or no answer, the
    /// next attempt follows the next delay, until a 2xx or the delays run out (default
    /// [`DEFAULT_RETRY_DELAYS`]: 1 s, 5 s, 30 s, 2 min, 10 min, so six attempts). Tests pass
    /// short delays; an empty list means one attempt only.
    pub fn delivery_retry_delays(mut self, delays: impl IntoIterator<Item = Duration>) -> Self {
        self.delivery_retry_delays = delays.into_iter().collect();
        self
    }

    /// Lifetime of OAuth access tokens (default 300 s, as Geopera issues them).
    pub fn session_ttl(mut self, ttl: Duration) -> Self {
        self.realm.session_ttl = ttl;
        self
    }

    /// Lifetime of OAuth refresh tokens (default 1800 s).
    pub fn refresh_ttl(mut self, ttl: Duration) -> Self {
        self.realm.refresh_ttl = ttl;
        self
    }

    /// Seconds a device-login client must wait between polls (default 5).
    pub fn device_interval(mut self, secs: u64) -> Self {
        self.realm.device_interval = secs;
        self
    }

    /// Starts the server; it serves until the returned [`MockServer`] is dropped.
    pub async fn start(self) -> Result<MockServer, StartError> {
        self.start_blocking()
    }

    /// [`MockServerBuilder::start`] for code without an async runtime.
    pub fn start_blocking(self) -> Result<MockServer, StartError> {
        let (data_dir, tempdir) = match &self.data_dir {
            Some(d) => (d.clone(), None),
            None => {
                let t = tempfile::Builder::new().prefix("geopera-mock-").tempdir()?;
                (t.path().to_path_buf(), Some(t))
            }
        };
        std::fs::create_dir_all(data_dir.join("objects"))?;
        std::fs::create_dir_all(data_dir.join("tmp"))?;

        let listener = std::net::TcpListener::bind(self.addr)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}");

        let mut tokens: HashMap<String, TokenInfo> = HashMap::new();
        tokens.insert(
            DEV_TOKEN.into(),
            TokenInfo {
                token: DEV_TOKEN.into(),
                org: DEV_ORG.into(),
                scopes: vec!["*".into()],
            },
        );
        for t in &self.tokens {
            tokens.insert(t.token.clone(), t.clone());
        }
        let mut store = Store::default();
        for (org, q) in &self.org_quotas {
            store.quota.insert(org.clone(), *q);
        }
        seed_dev_project(&mut store);
        let state = Arc::new(AppState {
            tokens,
            store: Mutex::new(store),
            faults: Faults::new(self.url_ttl),
            log: Mutex::default(),
            seq: AtomicU64::new(0),
            validators: Validators::new(),
            signer: Signer::random(),
            limiter: RateLimiter::new(self.rate_limits.clone()),
            idempotency: IdempotencyStore::default(),
            data_dir,
            base_url: base_url.clone(),
            jobs: self.jobs,
            default_quota: self.quota_bytes,
            webhooks: Webhooks::new(self.delivery_retry_delays.clone()),
            realm: Realm::new(self.realm.clone()),
        });

        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("geopera-mock")
            .enable_all()
            .build()?;
        let (stop_tx, stop_rx) = oneshot::channel();
        let app = router(state.clone());
        let thread = std::thread::Builder::new()
            .name("geopera-mock".into())
            .spawn(move || {
                runtime.block_on(serve(listener, app, stop_rx));
                runtime.shutdown_timeout(Duration::from_millis(250));
            })?;
        Ok(MockServer {
            addr,
            base_url,
            dev_token: DEV_TOKEN.into(),
            state,
            stop: Some(stop_tx),
            thread: Some(thread),
            _tempdir: tempdir,
        })
    }
}

/// [`DEV_PROJECT`], in [`DEV_ORG`], as `projects.create` would have made it.
fn seed_dev_project(store: &mut Store) {
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let value = serde_json::json!({
        "id": DEV_PROJECT,
        "organization_id": DEV_ORG,
        "name": "Development",
        "description": "Created by geopera-mock at start-up",
        "gcs_region": "australia-southeast1",
        "is_archived": false,
        "created_at": now,
        "updated_at": now,
    });
    if let serde_json::Value::Object(value) = value {
        store.records.insert(PROJECTS, Some(DEV_ORG), value, None);
    }
}

/// Accepts connections until told to stop, then drops every open connection.
async fn serve(
    listener: std::net::TcpListener,
    app: axum::Router,
    mut stop: oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let mut conns = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let app = app.clone();
                conns.spawn(serve_connection(stream, peer, app));
                while conns.try_join_next().is_some() {}
            }
        }
    }
    conns.abort_all();
    while conns.join_next().await.is_some() {}
}

async fn serve_connection(stream: tokio::net::TcpStream, peer: SocketAddr, app: axum::Router) {
    let kill = Arc::new(Notify::new());
    let conn_kill = ConnKill(kill.clone());
    let service =
        hyper::service::service_fn(move |mut req: http::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(PeerAddr(peer));
            req.extensions_mut().insert(conn_kill.clone());
            app.clone().oneshot(req)
        });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        _ = conn => {}
        _ = kill.notified() => {}
    }
}

/// A running mock server. Serves until dropped. `Debug` shows its address, never a token
/// (its state holds every configured and issued one).
pub struct MockServer {
    addr: SocketAddr,
    base_url: String,
    dev_token: String,
    state: Arc<AppState>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    _tempdir: Option<tempfile::TempDir>,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("base_url", &self.base_url)
            .field("data_dir", &self.state.data_dir)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a server with the defaults (loopback, ephemeral port, dev token, temporary
    /// data directory). Panics if it cannot start, which in a test is what you want.
    pub async fn start() -> MockServer {
        Self::builder()
            .start()
            .await
            .expect("geopera-mock failed to start")
    }

    /// A builder for anything but the defaults.
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::default()
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The token with every scope (`gpra_dev`).
    pub fn dev_token(&self) -> &str {
        &self.dev_token
    }

    /// The organisation of the dev token (and of tokens added with
    /// [`MockServerBuilder::token`]).
    pub fn org_id(&self) -> &str {
        DEV_ORG
    }

    /// A project that exists from the start ([`DEV_PROJECT`]).
    pub fn project_id(&self) -> &str {
        DEV_PROJECT
    }

    /// Fault injection (shared with the server; changes apply to the next request).
    pub fn faults(&self) -> Faults {
        self.state.faults.clone()
    }

    /// Every request answered so far, oldest first.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.state.log.lock().unwrap().clone()
    }

    /// Forgets the request log.
    pub fn clear_requests(&self) {
        self.state.log.lock().unwrap().clear();
    }

    /// Upload sessions, by id.
    pub fn sessions(&self) -> Vec<SessionInfo> {
        let store = self.state.store.lock().unwrap();
        store.sessions.values().map(|s| s.info.clone()).collect()
    }

    /// One upload session.
    pub fn session(&self, upload_id: &str) -> Option<SessionInfo> {
        let store = self.state.store.lock().unwrap();
        store.sessions.get(upload_id).map(|s| s.info.clone())
    }

    /// Live quota reservations (sessions neither completed nor failed).
    pub fn reservations(&self) -> Vec<Reservation> {
        self.state.store.lock().unwrap().reservations()
    }

    /// Total bytes reserved across organisations.
    pub fn reserved_bytes(&self) -> u64 {
        self.reservations().iter().map(|r| r.bytes).sum()
    }

    /// Committed (completed-upload) storage of `org`.
    pub fn used_bytes(&self, org: &str) -> u64 {
        let store = self.state.store.lock().unwrap();
        store.used.get(org).copied().unwrap_or(0)
    }

    /// Changes the storage quota of `org` while running.
    pub fn set_quota(&self, org: &str, bytes: u64) {
        let mut store = self.state.store.lock().unwrap();
        store.quota.insert(org.to_owned(), bytes);
    }

    /// Stored objects, by path.
    pub fn objects(&self) -> Vec<ObjectInfo> {
        let store = self.state.store.lock().unwrap();
        store.objects.values().map(|o| o.info.clone()).collect()
    }

    /// The bytes of a stored object (read from disk; for small test objects).
    pub fn object_bytes(&self, path: &str) -> Option<Vec<u8>> {
        let disk = {
            let store = self.state.store.lock().unwrap();
            store.objects.get(path)?.disk_path.clone()
        };
        std::fs::read(disk).ok()
    }

    /// Descriptor fetches, oldest first.
    pub fn egress(&self) -> Vec<EgressRecord> {
        self.state.store.lock().unwrap().egress.clone()
    }

    /// Items, by id.
    pub fn items(&self) -> Vec<ItemInfo> {
        self.state.store.lock().unwrap().item_infos()
    }

    /// The objects of a resource family (`"items"`, `"clip.job"`, `"orders"`, …), in
    /// creation order, as the API shows them; every organisation's.
    pub fn resources(&self, family: &str) -> Vec<serde_json::Value> {
        resources::snapshot(&self.state, family)
    }

    /// Stores `value` in `family` as reference data or fixtures that no operation
    /// creates (catalog scenes, glossary entries, EULAs): owned by `org`, or seen by
    /// every organisation when `None`. Gets an id with the family's prefix unless
    /// `value` has one, and timestamps; returns the id.
    pub fn insert_resource(
        &self,
        family: &str,
        org: Option<&str>,
        value: serde_json::Value,
    ) -> Result<String, String> {
        resources::seed(&self.state, family, org, value)
    }

    /// Makes the job `job_id` (clip job, processing job or order) end `failed` with
    /// `reason` instead of completing. `Err` when there is no such job or it is done.
    pub fn fail_job(&self, job_id: &str, reason: &str) -> Result<(), String> {
        let mut store = self.state.store.lock().unwrap();
        resources::fail_job(&mut store, job_id, reason).map_err(|r| r.to_string())
    }

    /// Webhook delivery attempts, oldest first (also `GET /_mock/deliveries`).
    pub fn deliveries(&self) -> Vec<DeliveryRecord> {
        self.state.webhooks.deliveries()
    }

    /// Approves the pending device login showing `user_code`, on behalf of the dev token;
    /// `false` when no such login is pending.
    pub fn approve_device(&self, user_code: &str) -> bool {
        self.approve_device_as(user_code, DEV_TOKEN)
    }

    /// Approves a pending device login on behalf of the API key `token` (its organisation
    /// and scopes); `false` when no such login is pending or the key is unknown.
    pub fn approve_device_as(&self, user_code: &str, token: &str) -> bool {
        match self.state.tokens.get(token) {
            Some(key) => self.state.realm.decide_device(user_code, Some(key.clone())),
            None => false,
        }
    }

    /// Denies a pending device login.
    pub fn deny_device(&self, user_code: &str) -> bool {
        self.state.realm.decide_device(user_code, None)
    }

    /// Requests to the OAuth realm, oldest first.
    pub fn realm_events(&self) -> Vec<RealmEvent> {
        self.state.realm.events()
    }

    /// Successful `refresh_token` grants so far.
    pub fn refresh_count(&self) -> usize {
        self.realm_events()
            .iter()
            .filter(|e| e.is_refresh())
            .count()
    }

    /// Where object bytes are kept.
    pub fn data_dir(&self) -> PathBuf {
        self.state.data_dir.clone()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn debug_shows_no_token() {
        const SECRET: &str = "gpra_secret_TOKEN_123";
        let builder = MockServer::builder().token(SECRET, &["items:read"]);
        let shown = format!("{builder:?}");
        assert!(!shown.contains(SECRET), "{shown}");
        assert!(shown.contains("items:read"), "scopes stay visible: {shown}");

        let server = builder.start().await.expect("the mock starts");
        // Issue a session too: the realm keeps its tokens in the server's state.
        let answer: serde_json::Value = reqwest::Client::new()
            .post(format!(
                "{}/realms/public/protocol/openid-connect/token",
                server.base_url()
            ))
            .form(&[
                ("grant_type", "client_credentials"),
                ("client_id", "geopera"),
                ("client_secret", SECRET),
            ])
            .send()
            .await
            .expect("the realm answers")
            .json()
            .await
            .expect("a token answer");
        let access = answer["access_token"].as_str().expect("an access token");
        let shown = format!("{server:?}");
        for secret in [SECRET, server.dev_token(), access] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(shown.contains(&server.base_url()), "{shown}");
    }
}
