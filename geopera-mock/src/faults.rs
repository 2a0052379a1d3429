//! Fault injection: make the next requests slow, fail, break mid-body, stall, redirect
//! elsewhere, lose their answer, or answer with more than any client should read.
//!
//! Rules are consumed in the order they were added; a rule with a count is used up after
//! that many matching requests, so tests state exactly how many failures a client sees
//! and never depend on timing. A stall holds its connection without a deadline: the only
//! way past it is a client-side timeout, which is what tests of timeouts need.
//!
//! The answers a fault sends instead of the handler's are built here; the request layer in
//! `router.rs` only decides where in a request's life each one applies.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use futures_util::StreamExt;
use http::{header, HeaderValue, StatusCode};
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
    /// Answer the next `times` matching requests with a redirect (`status`, default 307)
    /// to `location`, without handling them: a service pointing clients at another origin.
    Redirect {
        /// Which requests.
        target: Target,
        /// The `Location` header (absolute, e.g. another server's URL).
        location: String,
        /// A 3xx status.
        #[serde(default = "default_redirect_status")]
        status: u16,
        /// How many.
        times: u32,
    },
    /// Read only the first `after_bytes` of the next `times` matching request bodies (the
    /// whole body when absent), then neither read nor answer: the connection is held open
    /// until the client goes away or the server stops. Without `after_bytes` it is a host
    /// that never answers once the body is sent.
    StallRequest {
        /// Which requests.
        target: Target,
        /// Body bytes read before going silent; absent = the whole body.
        #[serde(default)]
        after_bytes: Option<u64>,
        /// How many requests.
        times: u32,
    },
    /// Send the head and the first `after_bytes` of the next `times` matching responses,
    /// then nothing more, holding the connection open.
    StallResponse {
        /// Which requests.
        target: Target,
        /// Body bytes sent before going silent.
        after_bytes: u64,
        /// How many responses.
        times: u32,
    },
    /// Handle the next `times` matching requests (the operation takes effect, and an
    /// `Idempotency-Key` stores its response for replay), then close the connection without
    /// sending the answer: a response lost on the way back.
    DropAnswer {
        /// Which requests.
        target: Target,
        /// How many.
        times: u32,
    },
    /// Answer the next `times` matching requests with a JSON document of `bytes` bytes,
    /// generated while it is sent (never held in memory), with `status` (default 200).
    /// `Content-Length` is sent only when `declare_length` is true; otherwise the body is
    /// chunked and its size is only learnt by reading it.
    OversizedBody {
        /// Which requests.
        target: Target,
        /// Body size in bytes.
        bytes: u64,
        /// The status to answer with.
        #[serde(default = "default_oversized_status")]
        status: u16,
        /// Whether to announce the size in `Content-Length`.
        #[serde(default)]
        declare_length: bool,
        /// How many.
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
    /// Answer with this redirect (status, location) instead of handling.
    pub redirect: Option<(u16, String)>,
    /// Stop reading the request body after this many bytes and never answer.
    pub stall_request: Option<u64>,
    /// Stop sending the response body after this many bytes, holding the connection.
    pub stall_response: Option<u64>,
    /// Handle, then close the connection instead of answering.
    pub drop_answer: bool,
    /// Answer with a generated body of (bytes, status, declare_length) instead of handling.
    pub oversized: Option<(u64, u16, bool)>,
}

fn default_redirect_status() -> u16 {
    307
}

fn default_oversized_status() -> u16 {
    200
}

/// Whether a counted rule with `times` uses left applies to `kind`, given whether the
/// decision already has a fault of its sort (the first rule added wins).
fn applies(target: &Target, times: u32, kind: &RequestKind, already: bool) -> bool {
    !already && times > 0 && target.matches(kind)
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

    /// Redirects the next `times` requests matching `target` to `location` with a 307.
    pub fn redirect(&self, target: Target, location: &str, times: u32) {
        self.add(FaultRule::Redirect {
            target,
            location: location.to_owned(),
            status: default_redirect_status(),
            times,
        });
    }

    /// The next `times` requests matching `target` stop being read after `bytes` of their
    /// body and are never answered.
    pub fn stall_request_after(&self, target: Target, bytes: u64, times: u32) {
        self.add(FaultRule::StallRequest {
            target,
            after_bytes: Some(bytes),
            times,
        });
    }

    /// The next `times` requests matching `target` are read to their end and never answered.
    pub fn no_answer(&self, target: Target, times: u32) {
        self.add(FaultRule::StallRequest {
            target,
            after_bytes: None,
            times,
        });
    }

    /// The next `times` responses matching `target` stop after `bytes` body bytes, the
    /// connection held open.
    pub fn stall_response_after(&self, target: Target, bytes: u64, times: u32) {
        self.add(FaultRule::StallResponse {
            target,
            after_bytes: bytes,
            times,
        });
    }

    /// The next `times` requests matching `target` take effect, but their answer is lost.
    pub fn drop_answer(&self, target: Target, times: u32) {
        self.add(FaultRule::DropAnswer { target, times });
    }

    /// The next `times` requests matching `target` are answered 200 with a generated,
    /// chunked JSON body of `bytes` bytes.
    pub fn oversized_body(&self, target: Target, bytes: u64, times: u32) {
        self.add(FaultRule::OversizedBody {
            target,
            bytes,
            status: default_oversized_status(),
            declare_length: false,
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
                } if applies(target, *times, kind, d.fail.is_some()) => {
                    *times -= 1;
                    d.fail = Some((*status, *retry_after));
                }
                FaultRule::CutResponse {
                    target,
                    after_bytes,
                    times,
                } if applies(target, *times, kind, d.cut_response.is_some()) => {
                    *times -= 1;
                    d.cut_response = Some(*after_bytes);
                }
                FaultRule::CutRequest {
                    target,
                    after_bytes,
                    times,
                } if applies(target, *times, kind, d.cut_request.is_some()) => {
                    *times -= 1;
                    d.cut_request = Some(*after_bytes);
                }
                FaultRule::Redirect {
                    target,
                    location,
                    status,
                    times,
                } if applies(target, *times, kind, d.redirect.is_some()) => {
                    *times -= 1;
                    d.redirect = Some((*status, location.clone()));
                }
                FaultRule::StallRequest {
                    target,
                    after_bytes,
                    times,
                } if applies(target, *times, kind, d.stall_request.is_some()) => {
                    *times -= 1;
                    d.stall_request = Some(after_bytes.unwrap_or(u64::MAX));
                }
                FaultRule::StallResponse {
                    target,
                    after_bytes,
                    times,
                } if applies(target, *times, kind, d.stall_response.is_some()) => {
                    *times -= 1;
                    d.stall_response = Some(*after_bytes);
                }
                FaultRule::DropAnswer { target, times }
                    if applies(target, *times, kind, d.drop_answer) =>
                {
                    *times -= 1;
                    d.drop_answer = true;
                }
                FaultRule::OversizedBody {
                    target,
                    bytes,
                    status,
                    declare_length,
                    times,
                } if applies(target, *times, kind, d.oversized.is_some()) => {
                    *times -= 1;
                    d.oversized = Some((*bytes, *status, *declare_length));
                }
                _ => {}
            }
        }
        guard.rules.retain(|r| match r {
            FaultRule::FailNext { times, .. }
            | FaultRule::CutResponse { times, .. }
            | FaultRule::CutRequest { times, .. }
            | FaultRule::Redirect { times, .. }
            | FaultRule::StallRequest { times, .. }
            | FaultRule::StallResponse { times, .. }
            | FaultRule::DropAnswer { times, .. }
            | FaultRule::OversizedBody { times, .. } => *times > 0,
            FaultRule::Latency { .. } | FaultRule::UrlTtl { .. } => true,
        });
        d
    }
}

/// The answer of a [`FaultRule::Redirect`].
pub(crate) fn redirect_response(status: u16, location: &str) -> Response {
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::TEMPORARY_REDIRECT);
    if let Ok(value) = HeaderValue::from_str(location) {
        resp.headers_mut().insert(header::LOCATION, value);
    }
    resp
}

/// Reads at most `limit` bytes of `body`, then waits forever without reading the rest or
/// answering ([`FaultRule::StallRequest`]).
pub(crate) async fn stall_reading(body: Body, limit: u64) -> Response {
    let mut body = body.into_data_stream();
    let mut read = 0u64;
    while read < limit {
        match body.next().await {
            Some(Ok(chunk)) => read += chunk.len() as u64,
            _ => break,
        }
    }
    std::future::pending().await
}

/// What a response body does once its first bytes are sent.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AfterLimit {
    /// Fail, which makes the server drop the connection ([`FaultRule::CutResponse`]).
    Fail,
    /// Neither end nor fail, holding the connection ([`FaultRule::StallResponse`]).
    Hold,
}

/// `resp` with a body that passes its first `limit` bytes, then does `after`.
pub(crate) fn after_bytes(resp: Response, limit: u64, after: AfterLimit) -> Response {
    let (parts, body) = resp.into_parts();
    let stream = futures_util::stream::unfold(
        (body.into_data_stream(), 0u64, false),
        move |(mut inner, sent, done)| async move {
            if done {
                return None;
            }
            if sent >= limit {
                return match after {
                    AfterLimit::Hold => std::future::pending().await,
                    AfterLimit::Fail => {
                        // Let the server flush what was sent before the connection is
                        // dropped, so the client really receives the first `limit` bytes.
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        let err = std::io::Error::other("response cut by fault injection");
                        Some((Err(err), (inner, sent, true)))
                    }
                };
            }
            match inner.next().await {
                None => None,
                Some(Ok(chunk)) => {
                    let room = (limit - sent) as usize;
                    let part = if chunk.len() > room {
                        chunk.slice(..room)
                    } else {
                        chunk
                    };
                    let n = part.len() as u64;
                    Some((Ok(part), (inner, sent + n, false)))
                }
                Some(Err(e)) => Some((Err(std::io::Error::other(e)), (inner, sent, true))),
            }
        },
    );
    Response::from_parts(parts, Body::from_stream(stream))
}

/// Bytes per chunk of a generated oversized body.
const FILLER_CHUNK: usize = 64 * 1024;

/// A JSON document `{"filler":"aaa…"}` of exactly `bytes` bytes (at least its frame),
/// produced chunk by chunk as it is sent ([`FaultRule::OversizedBody`]).
pub(crate) fn oversized_response(bytes: u64, status: u16, declare_length: bool) -> Response {
    const OPEN: &[u8] = b"{\"filler\":\"";
    const CLOSE: &[u8] = b"\"}";
    let frame = (OPEN.len() + CLOSE.len()) as u64;
    let filler = Bytes::from(vec![b'a'; FILLER_CHUNK]);
    let chunks = std::iter::once(Bytes::from_static(OPEN))
        .chain({
            let mut left = bytes.saturating_sub(frame);
            std::iter::from_fn(move || {
                (left > 0).then(|| {
                    let n = left.min(FILLER_CHUNK as u64) as usize;
                    left -= n as u64;
                    filler.slice(..n)
                })
            })
        })
        .chain(std::iter::once(Bytes::from_static(CLOSE)))
        .map(Ok::<_, std::io::Error>);
    let mut resp = Response::new(Body::from_stream(futures_util::stream::iter(chunks)));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    let headers = resp.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if declare_length {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.max(frame)));
    }
    resp
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
    fn new_rules_parse_from_json_and_are_consumed() {
        let f = Faults::new(Duration::from_secs(60));
        for rule in [
            serde_json::json!({"kind":"redirect","target":"items.get","location":"http://127.0.0.1:1/x","times":1}),
            serde_json::json!({"kind":"stall_request","target":"storage_put","after_bytes":10,"times":1}),
            serde_json::json!({"kind":"stall_response","target":"storage_get","after_bytes":5,"times":1}),
            serde_json::json!({"kind":"drop_answer","target":"items.get","times":1}),
            serde_json::json!({"kind":"oversized_body","target":"items.get","bytes":100,"times":1}),
        ] {
            f.add(serde_json::from_value(rule).unwrap());
        }
        let get = RequestKind::Operation("items.get".into());
        let d = f.decide(&get);
        assert_eq!(d.redirect, Some((307, "http://127.0.0.1:1/x".into())));
        assert!(d.drop_answer);
        assert_eq!(d.oversized, Some((100, 200, false)));
        assert_eq!(f.decide(&get), Decision::default());
        assert_eq!(f.decide(&RequestKind::StoragePut).stall_request, Some(10));
        assert_eq!(f.decide(&RequestKind::StorageGet).stall_response, Some(5));
        assert!(f.rules().is_empty());
        f.no_answer(Target::StoragePut, 1);
        assert_eq!(
            f.decide(&RequestKind::StoragePut).stall_request,
            Some(u64::MAX)
        );
    }

    #[tokio::test]
    async fn oversized_bodies_are_valid_json_of_the_asked_size() {
        let resp = oversized_response(200_003, 200, true);
        assert_eq!(resp.headers()[header::CONTENT_LENGTH], "200003");
        let body = axum::body::to_bytes(resp.into_body(), usize::MAX)
            .await
            .unwrap();
        assert_eq!(body.len(), 200_003);
        let value: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(value["filler"].as_str().unwrap().len(), 200_003 - 13);
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
