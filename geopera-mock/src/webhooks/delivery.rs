//! Sending one delivery: sign the body, `POST` it to a loopback endpoint, retry on the
//! schedule until a 2xx, and log every attempt.
//!
//! The mock never reaches outside the machine: an endpoint that is not `http://` on a
//! loopback address (`127.0.0.0/8`, `::1`, `localhost`) is logged as refused and not
//! contacted. Names other than `localhost` are not resolved, so DNS cannot point a delivery
//! elsewhere. Redirects are not followed (any non-2xx is a failed attempt).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::body::Body;
use bytes::Bytes;
use hmac::{Hmac, Mac};
use http::{header, HeaderName, HeaderValue, Request, Uri};
use hyper_util::rt::TokioIo;
use sha2::Sha256;
use tokio::sync::oneshot;

use super::{
    without_query, DeliveryOutcome, DeliveryRecord, Subscription, Webhooks, ATTEMPT_TIMEOUT,
};
use crate::server_state::{new_id, now_ms, rfc3339_ms};

/// One event on its way to one subscription.
pub struct Delivery {
    /// `evt_…`, the same on every attempt.
    pub event_id: String,
    /// `X-Geopera-Event`.
    pub event_type: &'static str,
    /// The event's organisation.
    pub org: String,
    /// Target subscription (looked up again before each attempt).
    pub subscription_id: String,
    /// The signed bytes.
    pub body: Bytes,
}

/// Attempts until delivered, refused, out of retries, or the subscription is gone or
/// deactivated; reports the first attempt on `first` if given.
pub async fn run(
    webhooks: Webhooks,
    delivery: Delivery,
    mut first: Option<oneshot::Sender<DeliveryRecord>>,
) {
    for attempt in 1u32.. {
        let subscription = webhooks.with_subscriptions(|subs| {
            subs.get(&delivery.subscription_id)
                .filter(|s| attempt == 1 || s.active)
                .cloned()
        });
        let Some(subscription) = subscription else {
            return;
        };
        let mut record = attempt_once(&subscription, &delivery, attempt).await;
        let retry_in = record
            .outcome
            .is_retried()
            .then(|| webhooks.retry_delay(attempt))
            .flatten();
        record.next_attempt_in_ms = retry_in.map(|d| d.as_millis() as u64);
        let record = webhooks.record(record);
        if let Some(tx) = first.take() {
            let _ = tx.send(record);
        }
        match retry_in {
            Some(delay) => tokio::time::sleep(delay).await,
            None => return,
        }
    }
}

async fn attempt_once(sub: &Subscription, delivery: &Delivery, attempt: u32) -> DeliveryRecord {
    let signature = format!("sha256={}", sign(&sub.secret, &delivery.body));
    let delivery_id = new_id("dlv");
    let (outcome, http_status, error) = match loopback_target(&sub.endpoint_url) {
        Err(reason) => (DeliveryOutcome::Refused, None, Some(reason)),
        Ok(target) => {
            let request = build_request(&target, sub, delivery, &delivery_id, &signature);
            match tokio::time::timeout(ATTEMPT_TIMEOUT, post(target.addr, request)).await {
                Ok(Ok(status)) if (200..300).contains(&status) => {
                    (DeliveryOutcome::Delivered, Some(status), None)
                }
                Ok(Ok(status)) => (
                    DeliveryOutcome::Failed,
                    Some(status),
                    Some(format!("endpoint answered {status}")),
                ),
                Ok(Err(e)) => (DeliveryOutcome::Unreachable, None, Some(e)),
                Err(_) => (
                    DeliveryOutcome::Unreachable,
                    None,
                    Some(format!("no answer within {} s", ATTEMPT_TIMEOUT.as_secs())),
                ),
            }
        }
    };
    DeliveryRecord {
        seq: 0,
        delivery_id,
        event_id: delivery.event_id.clone(),
        event_type: delivery.event_type.to_owned(),
        subscription_id: sub.id.clone(),
        organization_id: delivery.org.clone(),
        endpoint_url: without_query(&sub.endpoint_url).to_owned(),
        attempt,
        outcome,
        http_status,
        error,
        next_attempt_in_ms: None,
        signature,
        body: String::from_utf8_lossy(&delivery.body).into_owned(),
        timestamp: rfc3339_ms(now_ms()),
    }
}

/// Lower-case hex HMAC-SHA256 of `body`, keyed by the secret string as is.
fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Where a permitted endpoint is.
struct Target {
    addr: SocketAddr,
    authority: String,
    path_and_query: String,
}

/// The endpoint's socket address, or why the mock will not send there.
fn loopback_target(url: &str) -> Result<Target, String> {
    let shown = without_query(url);
    let uri: Uri = url
        .parse()
        .map_err(|_| format!("refused: '{shown}' is not a URL"))?;
    if uri.scheme_str() != Some("http") {
        return Err(format!(
            "refused: '{shown}' is not http:// (the mock delivers only to plain-HTTP loopback endpoints)"
        ));
    }
    let (Some(host), Some(authority)) = (uri.host(), uri.authority()) else {
        return Err(format!("refused: '{shown}' names no host"));
    };
    let ip = if host.eq_ignore_ascii_case("localhost") {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    } else {
        host.trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .map_err(|_| {
                format!("refused: '{host}' is not a loopback address (the mock never sends outside this machine)")
            })?
    };
    if !ip.is_loopback() {
        return Err(format!(
            "refused: {ip} is not a loopback address (the mock never sends outside this machine)"
        ));
    }
    Ok(Target {
        addr: SocketAddr::new(ip, uri.port_u16().unwrap_or(80)),
        authority: authority.to_string(),
        path_and_query: uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), ToString::to_string),
    })
}

/// The signed `POST`: the subscription's own headers first, then the four `X-Geopera-*`
/// headers (which they cannot override).
fn build_request(
    target: &Target,
    sub: &Subscription,
    delivery: &Delivery,
    delivery_id: &str,
    signature: &str,
) -> Request<Body> {
    let mut request = Request::new(Body::from(delivery.body.clone()));
    *request.method_mut() = http::Method::POST;
    *request.uri_mut() = target.path_and_query.parse().unwrap_or_default();
    let headers = request.headers_mut();
    for (name, value) in &sub.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.insert(name, value);
        }
    }
    let fixed = [
        ("host", target.authority.as_str()),
        ("content-type", "application/json"),
        ("user-agent", "geopera-mock-webhooks"),
        ("x-geopera-signature", signature),
        ("x-geopera-event", delivery.event_type),
        ("x-geopera-event-id", &delivery.event_id),
        ("x-geopera-delivery-id", delivery_id),
    ];
    for (name, value) in fixed {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(HeaderName::from_static(name), value);
        }
    }
    headers.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(delivery.body.len()),
    );
    request
}

/// Sends one request on a fresh connection and returns the status.
async fn post(addr: SocketAddr, request: Request<Body>) -> Result<u16, String> {
    let stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| format!("cannot connect to {addr}: {e}"))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("HTTP handshake with {addr} failed: {e}"))?;
    tokio::spawn(connection);
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| format!("no response from {addr}: {e}"))?;
    Ok(response.status().as_u16())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_http_on_loopback_is_sent_to() {
        for ok in [
            "http://127.0.0.1:8080/hook?token=x",
            "http://localhost:1/",
            "http://[::1]:9/h",
            "http://127.1.2.3:5",
        ] {
            let t = loopback_target(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert!(t.addr.ip().is_loopback(), "{ok}");
        }
        let t = loopback_target("http://127.0.0.1:8080/hook?token=x").unwrap();
        assert_eq!(t.path_and_query, "/hook?token=x");
        assert_eq!(t.authority, "127.0.0.1:8080");
        for refused in [
            "https://127.0.0.1:8443/",
            "http://example.com/hook",
            "http://10.0.0.1/hook",
            "http://169.254.169.254/latest",
            "http://localhost.example.com/",
            "ftp://127.0.0.1/",
            "not a url",
        ] {
            let e = loopback_target(refused)
                .err()
                .unwrap_or_else(|| panic!("{refused} was allowed"));
            assert!(e.starts_with("refused: "), "{e}");
        }
    }

    #[test]
    fn signature_is_hex_hmac_of_the_body() {
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"whsec_k", b"{}", hashlib.sha256).hexdigest())'
        assert_eq!(
            sign("whsec_k", b"{}"),
            "ea77bed4b66e5f1f09afb0327b461047a63e4e8e668b0025b9a36657c310c3d9"
        );
    }
}
