//! Webhooks: the organisation's event subscriptions, the events the mock raises, and the log
//! of every delivery attempt.
//!
//! An event is raised with [`Webhooks::emit`] (one line at each place the mock changes
//! state: `uploads.complete`, a clip job completing or failing, an order changing status).
//! Every active subscription of the event's organisation whose `event_type` matches gets its
//! own delivery, sent by [`delivery`] in the background: a signed `POST`, retried on the
//! configured schedule until a 2xx. `event_subscriptions.test` sends one event to one
//! subscription and waits for the first attempt, as the real operation does.
//!
//! Subscription matching: `event_type` is an exact type (`upload.completed`), a family
//! (`clip.job.*`) or `*`.

mod delivery;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tokio::sync::oneshot;

use crate::server_state::{new_id, now_ms, rfc3339_ms, AppState};

/// Delays between delivery attempts by default: six attempts over about 13 minutes.
pub const DEFAULT_RETRY_DELAYS: [Duration; 5] = [
    Duration::from_secs(1),
    Duration::from_secs(5),
    Duration::from_secs(30),
    Duration::from_secs(120),
    Duration::from_secs(600),
];

/// How long one attempt may take (connect, send, status line) before it counts as failed.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// The events the mock raises, with the entity each one is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// `uploads.complete` succeeded (entity: the upload session).
    UploadCompleted,
    /// A clip job reached `completed`.
    ClipJobCompleted,
    /// A clip job reached `failed` (no mock clip job fails yet).
    #[allow(dead_code)]
    ClipJobFailed,
    /// An order moved to another status (orders have no state in the mock yet).
    #[allow(dead_code)]
    OrderStatusChanged,
    /// `event_subscriptions.test` (entity: the subscription).
    SubscriptionTest,
}

impl EventKind {
    /// The `event_type` of the body and of `X-Geopera-Event`.
    pub fn event_type(self) -> &'static str {
        match self {
            EventKind::UploadCompleted => "upload.completed",
            EventKind::ClipJobCompleted => "clip.job.completed",
            EventKind::ClipJobFailed => "clip.job.failed",
            EventKind::OrderStatusChanged => "order.status_changed",
            EventKind::SubscriptionTest => "event_subscription.test",
        }
    }

    /// The `entity_type` of the body.
    pub fn entity_type(self) -> &'static str {
        match self {
            EventKind::UploadCompleted => "upload",
            EventKind::ClipJobCompleted | EventKind::ClipJobFailed => "clip_job",
            EventKind::OrderStatusChanged => "order",
            EventKind::SubscriptionTest => "event_subscription",
        }
    }
}

/// A subscription as the mock keeps it.
#[derive(Clone)]
pub struct Subscription {
    /// `sub_…`.
    pub id: String,
    /// Owning organisation.
    pub org: String,
    /// Exact type, `family.*` or `*`.
    pub event_type: String,
    /// Where deliveries go.
    pub endpoint_url: String,
    /// The signing key (`whsec_…`); shown once, by `create`.
    pub secret: String,
    /// Extra headers sent with each delivery.
    pub headers: BTreeMap<String, String>,
    /// Stored and echoed; the mock does not filter on it.
    pub filter_config: Value,
    /// Free text.
    pub description: Option<String>,
    /// Inactive subscriptions get no events (but `test` still reaches them).
    pub active: bool,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

impl fmt::Debug for Subscription {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Subscription")
            .field("id", &self.id)
            .field("org", &self.org)
            .field("event_type", &self.event_type)
            .field("endpoint_url", &without_query(&self.endpoint_url))
            .field("secret", &"<redacted>")
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("active", &self.active)
            .finish_non_exhaustive()
    }
}

impl Subscription {
    /// Whether events of `event_type` go to this subscription.
    pub fn matches(&self, event_type: &str) -> bool {
        let pattern = self.event_type.as_str();
        pattern == "*"
            || pattern == event_type
            || pattern.strip_suffix(".*").is_some_and(|family| {
                event_type
                    .strip_prefix(family)
                    .is_some_and(|rest| rest.starts_with('.'))
            })
    }

    /// The subscription as operations answer it; the secret only when `reveal_secret`
    /// (`create`), `null` otherwise.
    pub fn to_json(&self, reveal_secret: bool) -> Value {
        let ts = |t: DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        json!({
            "id": self.id,
            "organization_id": self.org,
            "event_type": self.event_type,
            "endpoint_url": self.endpoint_url,
            "filter_config": self.filter_config,
            "headers": self.headers,
            "description": self.description,
            "active": self.active,
            "secret": reveal_secret.then_some(self.secret.as_str()),
            "created_at": ts(self.created_at),
            "updated_at": ts(self.updated_at),
        })
    }
}

/// How one delivery attempt ended.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryOutcome {
    /// The endpoint answered 2xx.
    Delivered,
    /// The endpoint answered something else (retried).
    Failed,
    /// No answer: connection refused, reset or timed out (retried).
    Unreachable,
    /// Not sent: the endpoint is not `http://` on a loopback address. Never retried.
    Refused,
}

impl DeliveryOutcome {
    fn is_retried(self) -> bool {
        matches!(self, DeliveryOutcome::Failed | DeliveryOutcome::Unreachable)
    }

    fn as_str(self) -> &'static str {
        match self {
            DeliveryOutcome::Delivered => "delivered",
            DeliveryOutcome::Failed => "failed",
            DeliveryOutcome::Unreachable => "unreachable",
            DeliveryOutcome::Refused => "refused",
        }
    }
}

/// One delivery attempt, as `GET /_mock/deliveries` and `MockServer::deliveries` show it.
/// Holds the signed body and its signature, never the secret.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DeliveryRecord {
    /// Sequence number, starting at 1.
    pub seq: u64,
    /// `X-Geopera-Delivery-ID` of this attempt (`dlv_…`, new on each attempt).
    pub delivery_id: String,
    /// `X-Geopera-Event-ID`, the same on every attempt and every subscription.
    pub event_id: String,
    /// `X-Geopera-Event`.
    pub event_type: String,
    /// The subscription delivered to.
    pub subscription_id: String,
    /// Its organisation.
    pub organization_id: String,
    /// The endpoint, without its query string.
    pub endpoint_url: String,
    /// 1 for the first attempt.
    pub attempt: u32,
    /// How it ended.
    pub outcome: DeliveryOutcome,
    /// The endpoint's status, when it answered.
    pub http_status: Option<u16>,
    /// Why it was not delivered, when it was not.
    pub error: Option<String>,
    /// The wait before the next attempt, when one follows.
    pub next_attempt_in_ms: Option<u64>,
    /// `X-Geopera-Signature` as sent.
    pub signature: String,
    /// The signed body as sent.
    pub body: String,
    /// When the attempt ended (RFC 3339).
    pub timestamp: String,
}

/// Subscriptions and the delivery log; cheap to clone (shared), so delivery tasks own one.
#[derive(Clone)]
pub struct Webhooks {
    inner: Arc<Inner>,
}

struct Inner {
    subscriptions: Mutex<BTreeMap<String, Subscription>>,
    log: Mutex<Vec<DeliveryRecord>>,
    retry_delays: Vec<Duration>,
}

impl fmt::Debug for Webhooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhooks")
            .field("subscriptions", &*self.inner.subscriptions.lock().unwrap())
            .field("deliveries", &self.inner.log.lock().unwrap().len())
            .field("retry_delays", &self.inner.retry_delays)
            .finish()
    }
}

impl Webhooks {
    /// No subscriptions; failed attempts are retried after each of `retry_delays` in turn.
    pub fn new(retry_delays: Vec<Duration>) -> Self {
        Webhooks {
            inner: Arc::new(Inner {
                subscriptions: Mutex::default(),
                log: Mutex::default(),
                retry_delays,
            }),
        }
    }

    /// Runs `f` on the subscription table.
    pub fn with_subscriptions<T>(
        &self,
        f: impl FnOnce(&mut BTreeMap<String, Subscription>) -> T,
    ) -> T {
        f(&mut self.inner.subscriptions.lock().unwrap())
    }

    /// Every attempt so far, oldest first.
    pub fn deliveries(&self) -> Vec<DeliveryRecord> {
        self.inner.log.lock().unwrap().clone()
    }

    /// Raises an event in `org`: one delivery per matching active subscription, sent in the
    /// background. Call it from inside the server (it needs the server's runtime).
    pub fn emit(&self, org: &str, kind: EventKind, entity_id: &str, data: Value) {
        let event = PendingEvent::new(org, kind, entity_id, data);
        let targets: Vec<String> = self.with_subscriptions(|subs| {
            subs.values()
                .filter(|s| s.org == org && s.active && s.matches(kind.event_type()))
                .map(|s| s.id.clone())
                .collect()
        });
        // Handlers always run on the server's runtime; outside it there is nothing to send on.
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        for subscription_id in targets {
            let delivery = event.to(&subscription_id);
            runtime.spawn(delivery::run(self.clone(), delivery, None));
        }
    }

    /// Sends a test event to one subscription and waits for the first attempt; later
    /// attempts (if it failed) continue in the background.
    pub fn send_test(&self, subscription: &Subscription) -> DeliveryRecord {
        let data = json!({
            "subscription_id": subscription.id,
            "subscribed_event_type": subscription.event_type,
        });
        let event = PendingEvent::new(
            &subscription.org,
            EventKind::SubscriptionTest,
            &subscription.id,
            data,
        );
        let delivery = event.to(&subscription.id);
        let (tx, rx) = oneshot::channel();
        let runtime = tokio::runtime::Handle::current();
        runtime.spawn(delivery::run(self.clone(), delivery, Some(tx)));
        // The operation handler is synchronous; the server's runtime is multi-threaded, so
        // this worker may block while another one sends.
        tokio::task::block_in_place(|| rx.blocking_recv())
            .expect("a delivery task always reports its first attempt")
    }

    fn record(&self, mut record: DeliveryRecord) -> DeliveryRecord {
        let mut log = self.inner.log.lock().unwrap();
        record.seq = log.len() as u64 + 1;
        log.push(record.clone());
        record
    }

    fn retry_delay(&self, attempt: u32) -> Option<Duration> {
        self.inner
            .retry_delays
            .get(attempt.saturating_sub(1) as usize)
            .copied()
    }
}

/// An event's signed body, ready to be delivered to any number of subscriptions.
struct PendingEvent {
    event_id: String,
    kind: EventKind,
    org: String,
    body: Bytes,
}

impl PendingEvent {
    fn new(org: &str, kind: EventKind, entity_id: &str, data: Value) -> Self {
        let event_id = new_id("evt");
        let body = json!({
            "event_id": event_id,
            "event_type": kind.event_type(),
            "timestamp": rfc3339_ms(now_ms()),
            "organization_id": org,
            "entity_type": kind.entity_type(),
            "entity_id": entity_id,
            "data": data,
        });
        PendingEvent {
            event_id,
            kind,
            org: org.to_owned(),
            body: serde_json::to_vec(&body).unwrap_or_default().into(),
        }
    }

    fn to(&self, subscription_id: &str) -> delivery::Delivery {
        delivery::Delivery {
            event_id: self.event_id.clone(),
            event_type: self.kind.event_type(),
            org: self.org.clone(),
            subscription_id: subscription_id.to_owned(),
            body: self.body.clone(),
        }
    }
}

/// `TestSubscriptionOutput` for the first attempt of a test delivery.
pub fn test_result(record: &DeliveryRecord) -> Value {
    json!({
        "status": record.outcome.as_str(),
        "delivered": record.outcome == DeliveryOutcome::Delivered,
        "http_status": record.http_status,
        "error": record.error,
        "event_id": record.event_id,
        "event_type": record.event_type,
        "delivery_id": record.delivery_id,
        "will_retry": record.next_attempt_in_ms.is_some(),
    })
}

/// `GET /_mock/deliveries`.
pub async fn list_deliveries(State(app): State<Arc<AppState>>) -> Response {
    Json(app.webhooks.deliveries()).into_response()
}

/// A URL with its query string dropped (it may carry a receiver's token).
fn without_query(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}
