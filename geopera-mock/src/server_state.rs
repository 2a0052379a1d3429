//! The state shared by every request handler: configuration, the world, the request
//! log and the cross-cutting services (validators, signer, limiter, idempotency store).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::auth::TokenInfo;
use crate::faults::Faults;
use crate::idempotency::IdempotencyStore;
use crate::inspect::RequestRecord;
use crate::ratelimit::RateLimiter;
use crate::resources::jobs::JobTiming;
use crate::signing::Signer;
use crate::validate::Validators;
use crate::webhooks::Webhooks;
use crate::world::Store;

/// Everything a request handler may touch.
#[derive(Debug)]
pub struct AppState {
    /// Configured tokens by secret.
    pub tokens: HashMap<String, TokenInfo>,
    /// The world.
    pub store: Mutex<Store>,
    /// Fault rules and URL lifetime.
    pub faults: Faults,
    /// Request log.
    pub log: Mutex<Vec<RequestRecord>>,
    /// Next request sequence number.
    pub seq: AtomicU64,
    /// Request-body validators.
    pub validators: Validators,
    /// Storage URL signer.
    pub signer: Signer,
    /// Rate limiter.
    pub limiter: RateLimiter,
    /// Idempotency keys.
    pub idempotency: IdempotencyStore,
    /// Root of object bytes on disk.
    pub data_dir: PathBuf,
    /// `http://addr:port`, used when a request has no `Host` header.
    pub base_url: String,
    /// When jobs (clip, processing, orders) advance.
    pub jobs: JobTiming,
    /// Storage quota of organisations not configured explicitly.
    pub default_quota: u64,
    /// Event subscriptions and the delivery log.
    pub webhooks: Webhooks,
    /// The OAuth realm: sessions, refresh tokens, device codes.
    pub realm: crate::realm::Realm,
}

impl std::fmt::Debug for Validators {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Validators(..)")
    }
}

impl AppState {
    /// Storage quota of `org`.
    pub fn quota(&self, store: &Store, org: &str) -> u64 {
        store.quota.get(org).copied().unwrap_or(self.default_quota)
    }

    /// Appends a request record (assigning its sequence number).
    pub fn record(&self, mut rec: RequestRecord) {
        rec.seq = self.seq.fetch_add(1, Ordering::SeqCst) + 1;
        self.log.lock().unwrap().push(rec);
    }

    /// Where objects' bytes live.
    pub fn objects_dir(&self) -> PathBuf {
        self.data_dir.join("objects")
    }

    /// Where in-progress uploads are written before they become visible.
    pub fn tmp_dir(&self) -> PathBuf {
        self.data_dir.join("tmp")
    }
}

/// A fresh id with a Geopera-style prefix (`proj_`, `u_`, `it_`, `job_`, …).
pub fn new_id(prefix: &str) -> String {
    let n: u64 = rand::random();
    format!("{prefix}_{n:016x}")
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// RFC 3339 timestamp for `ms` since the epoch.
pub fn rfc3339_ms(ms: u64) -> String {
    chrono::DateTime::from_timestamp_millis(ms as i64)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
