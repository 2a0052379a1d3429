//! `Idempotency-Key` handling: replay the stored response byte-for-byte for the same key
//! and body, 409 for the same key with a different body.
//!
//! Keys are scoped by (organisation, path, key) and kept 24 hours, as documented. A key
//! whose first request is still being handled is "in flight"; a concurrent reuse is a
//! 409 too, so two racing retries can never both take effect.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use bytes::Bytes;
use serde_json::Value;

const KEEP_FOR: Duration = Duration::from_secs(24 * 60 * 60);

/// A response captured for replay. Its `Debug` shows the body's length only: a stored body
/// may hold a secret shown once (e.g. a webhook signing secret).
#[derive(Clone)]
pub struct StoredResponse {
    /// Status code.
    pub status: u16,
    /// `Content-Type` header.
    pub content_type: String,
    /// Exact body bytes.
    pub body: Bytes,
}

impl std::fmt::Debug for StoredResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredResponse")
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

#[derive(Debug)]
enum Entry {
    InFlight {
        body: Value,
    },
    Done {
        body: Value,
        response: StoredResponse,
        at: Instant,
    },
}

/// What to do with a request carrying a key.
#[derive(Debug)]
pub enum Claim {
    /// First use: handle it, then [`IdempotencyStore::finish`].
    Proceed,
    /// Same key and body seen before: send this.
    Replay(StoredResponse),
    /// Same key, different body (or still in flight).
    Conflict(&'static str),
}

type Key = (String, String, String);

/// The store.
#[derive(Debug, Default)]
pub struct IdempotencyStore {
    entries: Mutex<HashMap<Key, Entry>>,
}

impl IdempotencyStore {
    /// Claims `key` for a request with `body`.
    pub fn claim(&self, org: &str, path: &str, key: &str, body: &Value) -> Claim {
        let mut map = self.entries.lock().unwrap();
        let k = (org.to_owned(), path.to_owned(), key.to_owned());
        match map.get(&k) {
            Some(Entry::Done { at, .. }) if at.elapsed() > KEEP_FOR => {}
            Some(Entry::Done {
                body: stored,
                response,
                ..
            }) => {
                return if stored == body {
                    Claim::Replay(response.clone())
                } else {
                    Claim::Conflict(
                        "Idempotency-Key was already used with a different request body",
                    )
                };
            }
            Some(Entry::InFlight { body: stored }) => {
                return if stored == body {
                    Claim::Conflict("a request with this Idempotency-Key is still being processed")
                } else {
                    Claim::Conflict(
                        "Idempotency-Key was already used with a different request body",
                    )
                };
            }
            None => {}
        }
        map.insert(k, Entry::InFlight { body: body.clone() });
        Claim::Proceed
    }

    /// Stores the response for a claimed key (or forgets the key when `response` is
    /// `None`, e.g. a server-side failure the client should be able to retry).
    pub fn finish(&self, org: &str, path: &str, key: &str, response: Option<StoredResponse>) {
        let mut map = self.entries.lock().unwrap();
        let k = (org.to_owned(), path.to_owned(), key.to_owned());
        match response {
            Some(response) => {
                if let Some(Entry::InFlight { body }) = map.remove(&k) {
                    map.insert(
                        k,
                        Entry::Done {
                            body,
                            response,
                            at: Instant::now(),
                        },
                    );
                }
            }
            None => {
                map.remove(&k);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn replay_and_conflict() {
        let s = IdempotencyStore::default();
        let body = json!({"amount": 10});
        assert!(matches!(s.claim("o", "/p", "k", &body), Claim::Proceed));
        assert!(matches!(s.claim("o", "/p", "k", &body), Claim::Conflict(_)));
        let resp = StoredResponse {
            status: 201,
            content_type: "application/json".into(),
            body: Bytes::from_static(b"{\"id\":1}"),
        };
        s.finish("o", "/p", "k", Some(resp));
        match s.claim("o", "/p", "k", &body) {
            Claim::Replay(r) => assert_eq!(&r.body[..], b"{\"id\":1}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            s.claim("o", "/p", "k", &json!({"amount": 11})),
            Claim::Conflict(_)
        ));
        assert!(matches!(s.claim("o2", "/p", "k", &body), Claim::Proceed));
    }
}
