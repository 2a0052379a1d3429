//! Fault injection: make the next requests slow, fail, or break mid-body.
//!
//! Rules are consumed in the order they were added; a rule with a count is used up after
//! that many matching requests, so tests state exactly how many failures a client sees
//! and never depend on timing.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Which requests a fault applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Every request (operations and storage).
    Any,
    /// One operation, by dotted id, e.g. `Operation("items.get".into())`.
    Operation(String),
    /// Storage `PUT`s (uploads).
    StoragePut,
    /// Storage `GET`s and `HEAD`s (downloads).
    StorageGet,
    /// All storage requests.
    Storage,
}

impl Target {
    /// Shorthand for [`Target::Operation`].
    pub fn op(id: &str) -> Self {
        Target::Operation(id.to_owned())
    }

    /// Whether a request of `kind` is selected by this target.
    pub fn matches(&self, kind: &RequestKind) -> bool {
        match (self, kind) {
            (
                Target::Any,
                RequestKind::Operation(_) | RequestKind::StoragePut | RequestKind::StorageGet,
            ) => true,
            (Target::Operation(a), RequestKind::Operation(b)) => a == b,
            (Target::StoragePut | Target::Storage, RequestKind::StoragePut) => true,
            (Target::StorageGet | Target::Storage, RequestKind::StorageGet) => true,
            _ => false,
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Any => f.write_str("any"),
            Target::Operation(id) => f.write_str(id),
            Target::StoragePut => f.write_str("storage_put"),
            Target::StorageGet => f.write_str("storage_get"),
            Target::Storage => f.write_str("storage"),
        }
    }
}

impl FromStr for Target {
    type Err = std::convert::Infallible;
    /// `any`, `storage`, `storage_put`, `storage_get`; anything else is an operation id.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "any" | "*" => Target::Any,
            "storage" => Target::Storage,
            "storage_put" => Target::StoragePut,
            "storage_get" => Target::StorageGet,
            other => Target::Operation(other.strip_prefix("op:").unwrap_or(other).to_owned()),
        })
    }
}

impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(s.parse().unwrap_or(Target::Any))
    }
}

/// What kind of request is being served, for matching faults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestKind {
    /// An operation call.
    Operation(String),
    /// A storage upload.
    StoragePut,
    /// A storage download or `HEAD`.
    StorageGet,
    /// Anything else (never faulted).
    Other,
}

/// One fault rule, as added through the library or `POST /_mock/faults`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultRule {
    /// Answer the next `times` matching requests with `status` (and `Retry-After`).
    FailNext {
        /// Which requests.
        target: Target,
        /// How many.
        times: u32,
        /// Status to answer with.
        status: u16,
        /// `Retry-After` seconds, if any.
        #[serde(default)]
        retry_after: Option<u64>,
    },
    /// Delay every matching request by `ms` before handling it.
    Latency {
        /// Which requests.
        target: Target,
        /// Delay in milliseconds.
        ms: u64,
    },
    /// Send only the first `after_bytes` of the next `times` matching responses, then
    /// drop the connection.
    CutResponse {
        /// Which requests.
        target: Target,
        /// Bytes of body sent before the cut.
        after_bytes: u64,
        /// How many responses.
        times: u32,
    },
    /// Read only the first `after_bytes` of the next `times` matching request bodies,
    /// then drop the connection without answering.
    CutRequest {
        /// Which requests.
        target: Target,
        /// Bytes of body read before the cut.
        after_bytes: u64,
        /// How many requests.
        times: u32,
    },
    /// Override the lifetime of newly signed URLs.
    UrlTtl {
        /// Lifetime in seconds (0 = already expired when issued).
        secs: u64,
    },
}

/// The faults that apply to one request, decided when it arrives.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Decision {
    /// Total injected delay.
    pub latency: Duration,
    /// Answer with this status instead of handling.
    pub fail: Option<(u16, Option<u64>)>,
    /// Cut the response body after this many bytes.
    pub cut_response: Option<u64>,
    /// Cut the request body after this many bytes.
    pub cut_request: Option<u64>,
}

#[derive(Debug, Default)]
struct Rules {
    rules: Vec<FaultRule>,
}

/// Handle to the server's fault rules; cheap to clone, shared with the server.
#[derive(Debug, Clone)]
pub struct Faults {
    rules: Arc<Mutex<Rules>>,
    url_ttl_ms: Arc<AtomicU64>,
    default_ttl_ms: u64,
}

impl Faults {
    pub(crate) fn new(default_ttl: Duration) -> Self {
        let ms = default_ttl.as_millis() as u64;
        Faults {
            rules: Arc::default(),
            url_ttl_ms: Arc::new(AtomicU64::new(ms)),
            default_ttl_ms: ms,
        }
    }

    /// Adds a rule (the form `POST /_mock/faults` takes).
    pub fn add(&self, rule: FaultRule) {
        if let FaultRule::UrlTtl { secs } = rule {
            self.set_url_ttl(Duration::from_secs(secs));
            return;
        }
        self.rules.lock().unwrap().rules.push(rule);
    }

    /// Fails the next `times` requests matching `target` with `status`, adding
    /// `Retry-After: retry_after` when given.
    pub fn fail_next(&self, target: Target, times: u32, status: u16, retry_after: Option<u64>) {
        self.add(FaultRule::FailNext {
            target,
            times,
            status,
            retry_after,
        });
    }

    /// Delays every request matching `target` (until [`Faults::clear`]).
    pub fn latency(&self, target: Target, delay: Duration) {
        self.add(FaultRule::Latency {
            target,
            ms: delay.as_millis() as u64,
        });
    }

    /// Cuts the next `times` responses matching `target` after `bytes` body bytes.
    pub fn cut_response_after(&self, target: Target, bytes: u64, times: u32) {
        self.add(FaultRule::CutResponse {
            target,
            after_bytes: bytes,
            times,
        });
    }

    /// Drops the connection of the next `times` requests matching `target` after
    /// reading `bytes` of their body.
    pub fn cut_request_after(&self, target: Target, bytes: u64, times: u32) {
        self.add(FaultRule::CutRequest {
            target,
            after_bytes: bytes,
            times,
        });
    }

    /// Sets the lifetime of URLs signed from now on.
    pub fn set_url_ttl(&self, ttl: Duration) {
        self.url_ttl_ms
            .store(ttl.as_millis() as u64, Ordering::SeqCst);
    }

    /// The current signed-URL lifetime.
    pub fn url_ttl(&self) -> Duration {
        Duration::from_millis(self.url_ttl_ms.load(Ordering::SeqCst))
    }

    /// Removes every rule and restores the configured URL lifetime.
    pub fn clear(&self) {
        self.rules.lock().unwrap().rules.clear();
        self.url_ttl_ms.store(self.default_ttl_ms, Ordering::SeqCst);
    }

    /// The rules still active.
    pub fn rules(&self) -> Vec<FaultRule> {
        self.rules.lock().unwrap().rules.clone()
    }

    /// Decides (and consumes counted rules for) one arriving request.
    pub(crate) fn decide(&self, kind: &RequestKind) -> Decision {
        let mut d = Decision::default();
        if *kind == RequestKind::Other {
            return d;
        }
        let mut guard = self.rules.lock().unwrap();
        for rule in guard.rules.iter_mut() {
            match rule {
                FaultRule::Latency { target, ms } if target.matches(kind) => {
                    d.latency += Duration::from_millis(*ms);
                }
                FaultRule::FailNext {
                    target,
                    times,
                    status,
                    retry_after,
                } if d.fail.is_none() && *times > 0 && target.matches(kind) => {
                    *times -= 1;
                    d.fail = Some((*status, *retry_after));
                }
                FaultRule::CutResponse {
                    target,
                    after_bytes,
                    times,
                } if d.cut_response.is_none() && *times > 0 && target.matches(kind) => {
                    *times -= 1;
                    d.cut_response = Some(*after_bytes);
                }
                FaultRule::CutRequest {
                    target,
                    after_bytes,
                    times,
                } if d.cut_request.is_none() && *times > 0 && target.matches(kind) => {
                    *times -= 1;
                    d.cut_request = Some(*after_bytes);
                }
                _ => {}
            }
        }
        guard.rules.retain(|r| match r {
            FaultRule::FailNext { times, .. }
            | FaultRule::CutResponse { times, .. }
            | FaultRule::CutRequest { times, .. } => *times > 0,
            _ => true,
        });
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_rules_are_consumed() {
        let f = Faults::new(Duration::from_secs(60));
        f.fail_next(Target::op("items.get"), 2, 503, Some(1));
        let get = RequestKind::Operation("items.get".into());
        let other = RequestKind::Operation("items.list".into());
        assert_eq!(f.decide(&other).fail, None);
        assert_eq!(f.decide(&get).fail, Some((503, Some(1))));
        assert_eq!(f.decide(&get).fail, Some((503, Some(1))));
        assert_eq!(f.decide(&get).fail, None);
        assert!(f.rules().is_empty());
    }

    #[test]
    fn targets_parse_and_match() {
        let t: Target = "storage".parse().unwrap();
        assert!(t.matches(&RequestKind::StoragePut) && t.matches(&RequestKind::StorageGet));
        assert_eq!(
            "items.get".parse::<Target>().unwrap(),
            Target::op("items.get")
        );
        let json =
            serde_json::json!({"kind":"fail_next","target":"storage_put","times":1,"status":500});
        let rule: FaultRule = serde_json::from_value(json).unwrap();
        assert!(matches!(
            rule,
            FaultRule::FailNext {
                target: Target::StoragePut,
                ..
            }
        ));
    }
}
