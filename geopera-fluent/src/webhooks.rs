//! Verifying webhook deliveries: one call turns a request Geopera sent into a typed [`Event`],
//! or says which check failed.
//!
//! Geopera signs each delivery with the subscription's secret (`whsec_…`, returned once by
//! `event_subscriptions.create`): `X-Geopera-Signature: sha256=<HMAC-SHA256 of the raw body>`.
//! The body is the event, `{event_id, event_type, timestamp, organization_id, entity_type,
//! entity_id, data}`. Hand [`verify`] the headers and the body bytes exactly as received —
//! before any JSON parsing, which would change the bytes the signature covers.
//!
//! ```
//! use geopera_fluent::webhooks::{verify, WebhookSecret};
//!
//! # fn handle(headers: &http::HeaderMap, body: &[u8]) -> Result<(), geopera_fluent::webhooks::WebhookError> {
//! let secret = WebhookSecret::new(std::env::var("GEOPERA_WEBHOOK_SECRET").unwrap_or_default());
//! let event = verify(&secret, headers, body)?; // 2xx if Ok, 4xx otherwise
//! if event.event_type == "upload.completed" {
//!     println!("upload {:?} done: {}", event.entity_id, event.data);
//! }
//! # Ok(()) }
//! ```
//!
//! # Decisions
//! - **The digest** after `sha256=` is accepted as lower- or upper-case hex (the `sha256=`
//!   convention) or standard base64 with or without padding (Geopera's docs do not show the
//!   encoding). It is compared in constant time ([`hmac::Mac::verify_slice`]). The HMAC key is
//!   the secret string as given, `whsec_` prefix included.
//! - **Only the signature header is required.** `X-Geopera-Event`, `X-Geopera-Event-ID` and
//!   `X-Geopera-Delivery-ID` are not signed; take ids from the returned [`Event`], which is.
//!   De-duplicate on [`Event::event_id`]: retries of one event carry the same id.
//! - **No replay window by default.** The body's `timestamp` is when the event happened, and a
//!   retried delivery re-sends the same signed body, so a fixed window would reject late but
//!   honest retries. [`Verifier::tolerance`] turns the check on; choose a window longer than
//!   the retry schedule you expect.
//! - **Tampered body and wrong secret are one error**, [`WebhookError::SignatureMismatch`]:
//!   an HMAC cannot tell them apart.
//! - **Headers** are any `(name, value)` pairs, matched case-insensitively, so any framework's
//!   headers fit; `&http::HeaderMap` is accepted as is ([`verify_header_map`] names it for
//!   readers). A signature header sent twice is malformed, not "pick one".
//! - **No axum extractor.** A receiver in axum, hyper or anything else takes the headers and
//!   the raw body and calls [`verify`]: three lines (see `examples/webhook_receiver.rs`). An
//!   extractor would tie this crate's public API to one web framework's major version behind a
//!   feature, for no line saved worth that; the default dependency tree gains only `hmac`
//!   and `base64`, which the rest of the SDK's tree already builds.
//! - **The secret never prints**: [`WebhookSecret`]'s `Debug` is redacted, it has no
//!   `Display`, and no [`WebhookError`] carries it.

use std::fmt;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::Sha256;

use geopera_api::JsonObject;

/// `X-Geopera-Signature`: `sha256=<digest of the raw body>`.
pub const SIGNATURE_HEADER: &str = "x-geopera-signature";
/// `X-Geopera-Event`: the event type (unsigned; the body's `event_type` is signed).
pub const EVENT_HEADER: &str = "x-geopera-event";
/// `X-Geopera-Event-ID`: the event id, the same on every retry (unsigned).
pub const EVENT_ID_HEADER: &str = "x-geopera-event-id";
/// `X-Geopera-Delivery-ID`: names one delivery attempt (unsigned).
pub const DELIVERY_ID_HEADER: &str = "x-geopera-delivery-id";

const SIGNATURE_SCHEME: &str = "sha256=";

/// A subscription's signing secret (`whsec_…`). Its `Debug` is redacted and it has no
/// `Display`, so it cannot end up in a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookSecret(String);

impl WebhookSecret {
    /// Wraps the secret `event_subscriptions.create` returned.
    pub fn new(secret: impl Into<String>) -> Self {
        WebhookSecret(secret.into())
    }

    fn key(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret(<redacted>)")
    }
}

impl From<String> for WebhookSecret {
    fn from(secret: String) -> Self {
        WebhookSecret(secret)
    }
}

impl From<&str> for WebhookSecret {
    fn from(secret: &str) -> Self {
        WebhookSecret(secret.to_owned())
    }
}

/// A verified event. Fields Geopera adds later are kept in [`Event::extra`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// Unique per event and stable across retries: de-duplicate on it.
    pub event_id: String,
    /// e.g. `upload.completed`, `clip.job.completed`, `order.status_changed`.
    pub event_type: String,
    /// When the event happened (RFC 3339 in the body).
    pub timestamp: DateTime<Utc>,
    /// The organisation the event belongs to.
    pub organization_id: String,
    /// What kind of thing the event is about (`upload`, `clip_job`, `order`, …), if any.
    #[serde(default)]
    pub entity_type: Option<String>,
    /// The id of that thing, if any.
    #[serde(default)]
    pub entity_id: Option<String>,
    /// Event-specific details (`null` when absent).
    #[serde(default)]
    pub data: Value,
    /// Every other field, as sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// Why a delivery was rejected. Never contains the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A required header was not sent.
    MissingHeader {
        /// The header's name, e.g. `X-Geopera-Signature`.
        name: &'static str,
    },
    /// A header was sent but cannot be read.
    MalformedHeader {
        /// The header's name.
        name: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The digest does not match the body under this secret: the body was changed, or the
    /// secret is not this subscription's.
    SignatureMismatch,
    /// The signed `timestamp` is further from now than the configured tolerance.
    StaleTimestamp {
        /// The event's timestamp.
        timestamp: DateTime<Utc>,
        /// The tolerance it exceeded.
        tolerance: Duration,
    },
    /// The signature holds but the body is not an event (not JSON, or a required field is
    /// missing or mistyped).
    NotAnEvent {
        /// What the JSON reader said.
        reason: String,
    },
}

impl WebhookError {
    /// Whether the failure says the request was not sent by Geopera with this secret
    /// (missing/malformed signature or mismatch), as opposed to a late or odd delivery.
    pub fn is_authentication_failure(&self) -> bool {
        matches!(
            self,
            WebhookError::MissingHeader { .. }
                | WebhookError::MalformedHeader { .. }
                | WebhookError::SignatureMismatch
        )
    }
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingHeader { name } => {
                write!(f, "webhook delivery rejected: header {name} is missing")
            }
            WebhookError::MalformedHeader { name, reason } => {
                write!(f, "webhook delivery rejected: header {name} {reason}")
            }
            WebhookError::SignatureMismatch => f.write_str(
                "webhook delivery rejected: signature does not match the body \
                 (body altered in transit, or not this subscription's secret)",
            ),
            WebhookError::StaleTimestamp {
                timestamp,
                tolerance,
            } => write!(
                f,
                "webhook delivery rejected: event timestamp {} is more than {} s from now",
                timestamp.to_rfc3339(),
                tolerance.as_secs()
            ),
            WebhookError::NotAnEvent { reason } => write!(
                f,
                "webhook delivery rejected: signed body is not a Geopera event: {reason}"
            ),
        }
    }
}

impl std::error::Error for WebhookError {}

/// Checks a delivery's signature and reads its event; no timestamp window (see the module
/// docs). `headers` are `(name, value)` pairs, e.g. `&http::HeaderMap`.
pub fn verify<I, N, V>(
    secret: &WebhookSecret,
    headers: I,
    body: &[u8],
) -> Result<Event, WebhookError>
where
    I: IntoIterator<Item = (N, V)>,
    N: AsRef<str>,
    V: AsRef<[u8]>,
{
    check(
        secret,
        None,
        SystemTime::now(),
        signature_digest(headers)?,
        body,
    )
}

/// [`verify`] for an [`http::HeaderMap`] (axum, hyper, reqwest, lambda_http, …).
pub fn verify_header_map(
    secret: &WebhookSecret,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<Event, WebhookError> {
    verify(secret, headers, body)
}

/// A reusable check with options: a secret and, optionally, a window around the event's
/// timestamp.
///
/// ```
/// use std::time::Duration;
/// use geopera_fluent::webhooks::Verifier;
///
/// let verifier = Verifier::new("whsec_…").tolerance(Duration::from_secs(3600));
/// # let _ = verifier;
/// ```
#[derive(Debug, Clone)]
pub struct Verifier {
    secret: WebhookSecret,
    tolerance: Option<Duration>,
}

impl Verifier {
    /// A verifier for one subscription's secret, with no timestamp window.
    pub fn new(secret: impl Into<WebhookSecret>) -> Self {
        Verifier {
            secret: secret.into(),
            tolerance: None,
        }
    }

    /// Rejects events whose signed `timestamp` is more than `tolerance` before or after now.
    /// Retries re-send the original timestamp, so leave room for the retry schedule.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = Some(tolerance);
        self
    }

    /// Checks one delivery against the clock.
    pub fn verify<I, N, V>(&self, headers: I, body: &[u8]) -> Result<Event, WebhookError>
    where
        I: IntoIterator<Item = (N, V)>,
        N: AsRef<str>,
        V: AsRef<[u8]>,
    {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// Checks one delivery as if the time were `now` (for stored deliveries, and tests).
    pub fn verify_at<I, N, V>(
        &self,
        headers: I,
        body: &[u8],
        now: SystemTime,
    ) -> Result<Event, WebhookError>
    where
        I: IntoIterator<Item = (N, V)>,
        N: AsRef<str>,
        V: AsRef<[u8]>,
    {
        check(
            &self.secret,
            self.tolerance,
            now,
            signature_digest(headers)?,
            body,
        )
    }
}

/// Signature, then body, then timestamp: nothing unsigned is parsed or judged.
fn check(
    secret: &WebhookSecret,
    tolerance: Option<Duration>,
    now: SystemTime,
    digest: Vec<u8>,
    body: &[u8],
) -> Result<Event, WebhookError> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.key()).expect("HMAC takes any key length");
    mac.update(body);
    mac.verify_slice(&digest)
        .map_err(|_| WebhookError::SignatureMismatch)?;
    let event: Event = serde_json::from_slice(body).map_err(|e| WebhookError::NotAnEvent {
        reason: e.to_string(),
    })?;
    if let Some(tolerance) = tolerance {
        let at = SystemTime::from(event.timestamp);
        let skew = match now.duration_since(at) {
            Ok(age) => age,
            Err(ahead) => ahead.duration(),
        };
        if skew > tolerance {
            return Err(WebhookError::StaleTimestamp {
                timestamp: event.timestamp,
                tolerance,
            });
        }
    }
    Ok(event)
}

/// The 32-byte digest of the one `X-Geopera-Signature` header.
fn signature_digest<I, N, V>(headers: I) -> Result<Vec<u8>, WebhookError>
where
    I: IntoIterator<Item = (N, V)>,
    N: AsRef<str>,
    V: AsRef<[u8]>,
{
    const NAME: &str = "X-Geopera-Signature";
    let malformed = |reason| WebhookError::MalformedHeader { name: NAME, reason };
    let mut found: Option<Vec<u8>> = None;
    for (name, value) in headers {
        if name.as_ref().eq_ignore_ascii_case(SIGNATURE_HEADER) {
            if found.is_some() {
                return Err(malformed("was sent more than once"));
            }
            found = Some(value.as_ref().to_vec());
        }
    }
    let raw = found.ok_or(WebhookError::MissingHeader { name: NAME })?;
    let value = std::str::from_utf8(&raw).map_err(|_| malformed("is not text"))?;
    let encoded = value
        .trim()
        .strip_prefix(SIGNATURE_SCHEME)
        .ok_or(malformed("does not start with 'sha256='"))?;
    let digest = decode_digest(encoded).ok_or(malformed(
        "does not hold a 32-byte digest in hex or base64 after 'sha256='",
    ))?;
    Ok(digest)
}

/// Hex first (64 characters cannot be a 32-byte base64 value), then base64.
fn decode_digest(encoded: &str) -> Option<Vec<u8>> {
    let bytes = if encoded.len() == 64 {
        hex::decode(encoded).ok()?
    } else {
        let padded = base64::engine::general_purpose::STANDARD;
        let bare = base64::engine::general_purpose::STANDARD_NO_PAD;
        padded
            .decode(encoded)
            .or_else(|_| bare.decode(encoded))
            .ok()?
    };
    (bytes.len() == 32).then_some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test_vector_0123456789abcdef";
    const BODY: &str = r#"{"event_id":"evt_0001","event_type":"upload.completed","timestamp":"2026-01-02T03:04:05.678Z","organization_id":"org_dev","entity_type":"upload","entity_id":"u_42","data":{"item_ids":["it_1"]}}"#;
    // Computed outside this crate, by Python's standard library:
    // python3 -c 'import hmac, hashlib, base64; k=b"whsec_test_vector_0123456789abcdef"; b=b"{\"event_id\":\"evt_0001\",\"event_type\":\"upload.completed\",\"timestamp\":\"2026-01-02T03:04:05.678Z\",\"organization_id\":\"org_dev\",\"entity_type\":\"upload\",\"entity_id\":\"u_42\",\"data\":{\"item_ids\":[\"it_1\"]}}"; d=hmac.new(k, b, hashlib.sha256).digest(); print(d.hex()); print(base64.b64encode(d).decode())'
    const PY_HEX: &str = "7da964bba2ea16b4e3a63c9f43bd640bace5eb8a7658a464aa2a6643b18fd84b";
    const PY_BASE64: &str = "falku6LqFrTjpjyfQ71kC6zl64p2WKRkqipmQ7GP2Es=";

    fn signed(value: &str) -> [(&'static str, String); 1] {
        [("X-Geopera-Signature", value.to_owned())]
    }

    #[test]
    fn python_hmac_vector_is_accepted_in_hex_and_base64() {
        let secret = WebhookSecret::new(SECRET);
        for header in [
            format!("sha256={PY_HEX}"),
            format!("sha256={}", PY_HEX.to_uppercase()),
            format!("sha256={PY_BASE64}"),
            format!("sha256={}", PY_BASE64.trim_end_matches('=')),
        ] {
            let event = verify(&secret, signed(&header), BODY.as_bytes())
                .unwrap_or_else(|e| panic!("{header}: {e}"));
            assert_eq!(event.event_id, "evt_0001");
            assert_eq!(event.event_type, "upload.completed");
            assert_eq!(event.organization_id, "org_dev");
            assert_eq!(event.entity_type.as_deref(), Some("upload"));
            assert_eq!(event.entity_id.as_deref(), Some("u_42"));
            assert_eq!(event.data["item_ids"][0], "it_1");
            assert_eq!(
                event.timestamp.to_rfc3339(),
                "2026-01-02T03:04:05.678+00:00"
            );
        }
    }

    #[test]
    fn a_different_digest_is_a_mismatch() {
        let mut wrong = PY_HEX.to_owned();
        wrong.replace_range(0..1, "8");
        let err = verify(
            &SECRET.into(),
            signed(&format!("sha256={wrong}")),
            BODY.as_bytes(),
        )
        .unwrap_err();
        assert_eq!(err, WebhookError::SignatureMismatch);
    }

    #[test]
    fn malformed_signatures_name_what_is_wrong() {
        let secret = WebhookSecret::new(SECRET);
        let cases = [
            (PY_HEX.to_owned(), "does not start with 'sha256='"),
            ("sha256=not-a-digest".to_owned(), "does not hold"),
            (format!("sha256={}", &PY_HEX[..40]), "does not hold"),
            (format!("sha1={PY_HEX}"), "does not start with"),
        ];
        for (value, expected) in cases {
            let err = verify(&secret, signed(&value), BODY.as_bytes()).unwrap_err();
            match &err {
                WebhookError::MalformedHeader { name, reason } => {
                    assert_eq!(*name, "X-Geopera-Signature");
                    assert!(reason.contains(expected), "{value}: {reason}");
                }
                other => panic!("{value}: expected MalformedHeader, got {other:?}"),
            }
            assert!(err.is_authentication_failure());
        }
        let twice = [
            ("x-geopera-signature", format!("sha256={PY_HEX}")),
            ("X-GEOPERA-SIGNATURE", format!("sha256={PY_HEX}")),
        ];
        let err = verify(&secret, twice, BODY.as_bytes()).unwrap_err();
        assert!(
            matches!(err, WebhookError::MalformedHeader { reason, .. } if reason.contains("more than once"))
        );
    }

    #[test]
    fn tolerance_is_checked_both_ways_and_only_when_set() {
        let at =
            SystemTime::from(DateTime::parse_from_rfc3339("2026-01-02T03:04:05.678Z").unwrap());
        let header = signed(&format!("sha256={PY_HEX}"));
        let window = Verifier::new(SECRET).tolerance(Duration::from_secs(300));
        let hour = Duration::from_secs(3600);
        for now in [at + hour, at - hour] {
            let err = window
                .verify_at(header.clone(), BODY.as_bytes(), now)
                .unwrap_err();
            assert!(
                matches!(err, WebhookError::StaleTimestamp { tolerance, .. } if tolerance.as_secs() == 300)
            );
            assert!(!err.is_authentication_failure());
        }
        for now in [
            at,
            at + Duration::from_secs(299),
            at - Duration::from_secs(299),
        ] {
            window
                .verify_at(header.clone(), BODY.as_bytes(), now)
                .unwrap();
        }
        Verifier::new(SECRET)
            .verify_at(header, BODY.as_bytes(), at + hour * 24 * 365)
            .unwrap();
    }

    #[test]
    fn a_signed_body_that_is_not_an_event_says_so() {
        let body = br#"{"event_id":"evt_1"}"#;
        let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
        mac.update(body);
        let digest = hex::encode(mac.finalize().into_bytes());
        let err = verify(&SECRET.into(), signed(&format!("sha256={digest}")), body).unwrap_err();
        assert!(
            matches!(&err, WebhookError::NotAnEvent { reason } if reason.contains("event_type")),
            "{err}"
        );
    }

    #[test]
    fn unknown_fields_are_kept() {
        let body = br#"{"event_id":"e","event_type":"t","timestamp":"2026-01-02T03:04:05Z","organization_id":"o","entity_type":null,"data":{},"attempt":3}"#;
        let event: Event = serde_json::from_slice(body).unwrap();
        assert_eq!(event.extra["attempt"], 3);
        assert_eq!(event.entity_type, None);
        assert_eq!(serde_json::to_value(&event).unwrap()["attempt"], 3);
    }

    #[test]
    fn the_secret_never_prints() {
        let secret = WebhookSecret::new(SECRET);
        let verifier = Verifier::new(secret.clone()).tolerance(Duration::from_secs(1));
        let mut printed = vec![
            format!("{secret:?}"),
            format!("{verifier:?}"),
            format!("{verifier:#?}"),
        ];
        let at = SystemTime::UNIX_EPOCH;
        let headers = signed(&format!("sha256={PY_HEX}"));
        let errors = [
            verify(&secret, [("x", "y")], BODY.as_bytes()).unwrap_err(),
            verify(&secret, signed("sha256=zz"), BODY.as_bytes()).unwrap_err(),
            verify(&secret, headers.clone(), b"{}").unwrap_err(),
            verifier
                .verify_at(headers, BODY.as_bytes(), at)
                .unwrap_err(),
        ];
        for e in &errors {
            printed.push(e.to_string());
            printed.push(format!("{e:?}"));
        }
        for text in printed {
            assert!(!text.contains(SECRET), "secret printed: {text}");
            assert!(
                !text.contains("test_vector"),
                "part of the secret printed: {text}"
            );
        }
    }
}
