//! Hostile answers, against geopera-mock's faults: a redirect to another origin never takes
//! the credential there, and an answer larger than `max_response_bytes` is refused without
//! being read. A stub server plays the other origin and records exactly what reaches it.

use std::time::Duration;

use geopera_api::operations::{items_get, uploads_initiate};
use geopera_api::types::{ItemGetInput, UploadInitiate};
use geopera_api::{redirect_policy, Client, Error, RefusalReason, RetryPolicy};
use geopera_mock::{FaultRule, MockServer, Target, DEV_TOKEN};
use geopera_tests::{Canned, StubServer};
use serde_json::json;

const GIB: u64 = 1024 * 1024 * 1024;
/// Only a guard against a hang: a passing call takes a fraction of it.
const HANG_GUARD: Duration = Duration::from_secs(60);

fn item_get_body() -> ItemGetInput {
    serde_json::from_value(json!({"item_id": "it_1"})).unwrap()
}

/// The origin a redirect points at: it answers anything, and records what it received.
fn other_origin() -> StubServer {
    StubServer::always(Canned::json(200, &json!({"id": "it_1", "stolen": true})))
}

fn client(
    server: &MockServer,
    configure: fn(geopera_api::ClientBuilder) -> geopera_api::ClientBuilder,
) -> Client {
    configure(
        Client::builder()
            .base_url(server.base_url())
            .retry_policy(RetryPolicy::disabled()),
    )
    .build()
    .unwrap()
}

/// Sends `items.get` through `client` while the mock redirects it (307) to `other`, with a
/// signature in the query string; returns the error.
async fn redirected(client: &Client, server: &MockServer, other: &StubServer) -> Error {
    let location = format!("{}/collect/it_1?X-Signature=abc123", other.base_url());
    server
        .faults()
        .redirect(Target::op("items.get"), &location, 1);
    items_get::send(client, &item_get_body())
        .await
        .expect_err("a cross-origin redirect fails the call")
}

fn assert_refused_redirect(err: &Error, server: &MockServer, other: &StubServer, followed: bool) {
    let Error::Refused(refused) = err else {
        panic!("expected Error::Refused, got {err:?}");
    };
    assert_eq!(refused.operation, "items.get");
    assert_eq!(refused.status.as_u16(), if followed { 200 } else { 307 });
    assert_eq!(
        refused.reason,
        RefusalReason::CrossOriginRedirect {
            from: server.base_url(),
            to: other.base_url().to_string(),
            followed,
        }
    );
    let text = err.to_string();
    assert!(text.starts_with("items.get: "), "{text}");
    assert!(text.contains(other.base_url()), "{text}");
    assert!(!text.contains("collect"), "no path: {text}");
    assert!(!text.contains("abc123"), "no query string: {text}");
    assert!(!text.contains(DEV_TOKEN), "no credential: {text}");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn an_api_key_never_follows_a_redirect_to_another_origin() {
    let server = MockServer::start().await;
    let other = other_origin();
    let client = client(&server, |b| b.api_key(DEV_TOKEN));

    let err = redirected(&client, &server, &other).await;

    assert_refused_redirect(&err, &server, &other, false);
    assert!(
        other.requests().is_empty(),
        "the other origin received nothing"
    );
    let log = server.requests();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].status, 307);
    assert!(log[0].has_authorization, "the API itself got the key");
}

#[tokio::test]
async fn a_bearer_token_never_follows_a_redirect_to_another_origin() {
    let server = MockServer::start().await;
    let other = other_origin();
    let client = client(&server, |b| {
        b.token(DEV_TOKEN)
            .default_header("x-tenant-secret", "also-not-for-others")
    });

    let err = redirected(&client, &server, &other).await;

    assert_refused_redirect(&err, &server, &other, false);
    assert!(
        other.requests().is_empty(),
        "the other origin received nothing"
    );
}

#[tokio::test]
async fn a_client_built_with_the_sdk_redirect_policy_is_just_as_safe() {
    let server = MockServer::start().await;
    let other = other_origin();
    let http = reqwest::Client::builder()
        .redirect(redirect_policy())
        .build()
        .unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .api_key(DEV_TOKEN)
        .retry_policy(RetryPolicy::disabled())
        .http_client(http)
        .build()
        .unwrap();

    let err = redirected(&client, &server, &other).await;

    assert_refused_redirect(&err, &server, &other, false);
    assert!(other.requests().is_empty());
}

/// A client that follows redirects by itself (reqwest's default policy) reaches the other
/// origin; reqwest drops `Authorization` on the way, and the SDK refuses the foreign answer
/// instead of reading it as the service's.
#[tokio::test]
async fn a_foreign_answer_behind_a_followed_redirect_is_refused() {
    let server = MockServer::start().await;
    let other = other_origin();
    let client = Client::builder()
        .base_url(server.base_url())
        .token(DEV_TOKEN)
        .retry_policy(RetryPolicy::disabled())
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();

    let err = redirected(&client, &server, &other).await;

    assert_refused_redirect(&err, &server, &other, true);
    let received = other.single_request();
    let mut names: Vec<&str> = received.headers.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "accept",
            "content-length",
            "content-type",
            "host",
            "referer",
            "user-agent"
        ],
        "{received:?}"
    );
    assert!(!received.headers_text().contains(DEV_TOKEN));
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed_with_the_credential() {
    let server = MockServer::start().await;
    let client = client(&server, |b| b.api_key(DEV_TOKEN));
    let location = format!("{}/v1/op/items.get", server.base_url());
    server
        .faults()
        .redirect(Target::op("items.get"), &location, 1);

    let err = items_get::send(&client, &item_get_body())
        .await
        .expect_err("it_1 does not exist");

    assert_eq!(err.status().map(|s| s.as_u16()), Some(404), "{err}");
    let log = server.requests();
    let statuses: Vec<u16> = log.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [307, 404]);
    assert!(log.iter().all(|r| r.has_authorization));
}

/// `items.get` through `client`, failing the test if it hangs.
async fn items_get_guarded(client: &Client) -> Result<items_get::Output, Error> {
    tokio::time::timeout(HANG_GUARD, items_get::send(client, &item_get_body()))
        .await
        .expect("answered long before the guard")
}

fn too_large(err: &Error) -> (u64, Option<u64>) {
    match err {
        Error::Refused(refused) => match refused.reason {
            RefusalReason::TooLarge { limit, declared } => (limit, declared),
            ref other => panic!("expected TooLarge, got {other:?}"),
        },
        other => panic!("expected Error::Refused, got {other:?}"),
    }
}

#[tokio::test]
async fn a_one_gib_answer_is_refused_at_the_limit() {
    let server = MockServer::start().await;
    let client = client(&server, |b| b.token(DEV_TOKEN));
    server
        .faults()
        .oversized_body(Target::op("items.get"), GIB, 1);

    let err = items_get_guarded(&client)
        .await
        .expect_err("the answer is too large");

    assert_eq!(too_large(&err), (16 * 1024 * 1024, None));
    let text = err.to_string();
    assert!(text.starts_with("items.get: "), "{text}");
    assert!(text.contains("16777216 bytes"), "{text}");
    assert!(text.contains("max_response_bytes"), "{text}");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_declared_length_over_the_limit_is_refused_before_reading() {
    let server = MockServer::start().await;
    let client = client(&server, |b| b.token(DEV_TOKEN).max_response_bytes(4096));
    server.faults().add(FaultRule::OversizedBody {
        target: Target::op("items.get"),
        bytes: GIB,
        status: 200,
        declare_length: true,
        times: 1,
    });

    let err = items_get_guarded(&client)
        .await
        .expect_err("the answer is too large");

    assert_eq!(too_large(&err), (4096, Some(GIB)));
    assert!(err.to_string().contains("declares 1073741824"), "{err}");
}

#[tokio::test]
async fn a_huge_error_body_keeps_its_status_and_a_short_excerpt() {
    let server = MockServer::start().await;
    let client = client(&server, |b| b.token(DEV_TOKEN));
    server.faults().add(FaultRule::OversizedBody {
        target: Target::op("items.get"),
        bytes: GIB,
        status: 503,
        declare_length: false,
        times: 1,
    });

    let err = items_get_guarded(&client).await.expect_err("a 503");

    let Error::UnexpectedStatus(status) = &err else {
        panic!("expected UnexpectedStatus, got {err:?}");
    };
    assert_eq!(status.status.as_u16(), 503);
    assert!(status.body.starts_with("{\"filler\":\"aaa"));
    assert!(status.body.chars().count() <= 4097, "a 4 KiB excerpt");
    assert!(
        err.is_retryable(),
        "a 503 stays retryable whatever its body"
    );
}

#[tokio::test]
async fn answers_under_a_small_limit_still_work() {
    let server = MockServer::start().await;
    let client = client(&server, |b| b.token(DEV_TOKEN).max_response_bytes(1024));
    let body: UploadInitiate = serde_json::from_value(json!({
        "project_id": server.project_id(),
        "total_bytes": 10,
        "transfer_method": "cli",
    }))
    .unwrap();
    let session = uploads_initiate::send(&client, &body)
        .await
        .expect("a small answer");
    assert!(session.id.starts_with("u_"));
    assert_eq!(client.max_response_bytes(), 1024);
}
