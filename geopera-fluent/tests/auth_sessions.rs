//! Credentials that change over time, against geopera-mock's realm: refreshing sessions,
//! single-flight renewal, 401 renew-and-replay, API keys exchanged for tokens, device login.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

mod transfer_common;

use geopera_api::auth::{AuthContext, AuthHeader, BoxFuture};
use geopera_fluent::{
    CredentialProvider, DeviceLogin, Error, Geopera, InvalidRequestKind, RetryPolicy, Session,
    SessionTokens,
};
use geopera_mock::{MockServer, MockServerBuilder};
use serde_json::{json, Value};
use transfer_common::password_session;

const REALM: &str = "/realms/public/protocol/openid-connect";

/// A server from `builder` and a session (password grant) for its dev token.
async fn server_with_session(builder: MockServerBuilder) -> (MockServer, SessionTokens) {
    let server = builder.start().await.expect("the mock starts");
    let tokens = password_session(&server).await;
    (server, tokens)
}

/// A server whose device grant asks clients to poll every `interval` seconds.
async fn device_server(interval: u64) -> MockServer {
    MockServer::builder()
        .device_interval(interval)
        .start()
        .await
        .expect("the mock starts")
}

/// A form posted to the realm's `endpoint`.
async fn realm_post(
    server: &MockServer,
    endpoint: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}{REALM}/{endpoint}", server.base_url()))
        .form(form)
        .send()
        .await
        .expect("the realm answers")
}

async fn realm_form(server: &MockServer, endpoint: &str, form: &[(&str, &str)]) -> u16 {
    realm_post(server, endpoint, form).await.status().as_u16()
}

async fn realm_json(server: &MockServer, endpoint: &str, form: &[(&str, &str)]) -> Value {
    realm_post(server, endpoint, form)
        .await
        .json()
        .await
        .expect("a JSON answer")
}

/// One poll of the device grant for the code in `device` (the `auth/device` answer), with a
/// PKCE verifier when given.
async fn poll_device(server: &MockServer, device: &Value, verifier: Option<&str>) -> Value {
    let mut form = vec![
        ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
        ("client_id", "geopera-cli"),
        ("device_code", device["device_code"].as_str().unwrap()),
    ];
    form.extend(verifier.map(|v| ("code_verifier", v)));
    realm_json(server, "token", &form).await
}

fn client_with(server: &MockServer, session: Session) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::disabled())
        .session(session)
        .build()
        .unwrap()
}

fn statuses_of(server: &MockServer, op: &str) -> Vec<u16> {
    server
        .requests()
        .iter()
        .filter(|r| r.operation_id.as_deref() == Some(op))
        .map(|r| r.status)
        .collect()
}

#[tokio::test]
async fn fifty_concurrent_calls_at_expiry_cause_one_refresh() {
    let (server, mut tokens) = server_with_session(MockServer::builder().no_rate_limits()).await;
    tokens.expires_at = Some(SystemTime::now()); // expiring right now
    let client = client_with(&server, Session::new(tokens));
    let calls = (0..50).map(|_| {
        let client = client.clone();
        tokio::spawn(async move {
            client
                .projects()
                .create(json!({"name": "single flight"}))
                .await
        })
    });
    for call in futures_util::future::join_all(calls).await {
        call.unwrap().expect("every call succeeds");
    }
    assert_eq!(server.refresh_count(), 1, "{:#?}", server.realm_events());
    assert_eq!(statuses_of(&server, "projects.create"), vec![200; 50]);
}

#[tokio::test]
async fn a_rejected_token_is_renewed_and_the_call_replayed_once() {
    let (server, tokens) = server_with_session(MockServer::builder()).await;
    let access = tokens.access_token.expose().to_owned();
    let stored = Arc::new(std::sync::Mutex::new(Vec::<SessionTokens>::new()));
    let sink = stored.clone();
    let session = Session::new(tokens)
        .proactive_refresh(false)
        .on_refresh(move |t| sink.lock().unwrap().push(t.clone()));
    let client = client_with(&server, session);
    client
        .projects()
        .create(json!({"name": "a"}))
        .await
        .unwrap();
    // The service forgets the access token: the next call is a 401, then a refresh.
    assert_eq!(
        realm_form(&server, "revoke", &[("token", &access)]).await,
        200
    );
    client
        .projects()
        .create(json!({"name": "b"}))
        .await
        .unwrap();
    assert_eq!(statuses_of(&server, "projects.create"), vec![200, 401, 200]);
    assert_eq!(server.refresh_count(), 1);
    let stored = stored.lock().unwrap();
    assert_eq!(
        stored.len(),
        1,
        "the rotated tokens reach the store callback"
    );
    assert_ne!(stored[0].access_token.expose(), access);
}

#[tokio::test]
async fn a_revoked_session_says_to_log_in_again_without_leaking_tokens() {
    let (server, mut tokens) = server_with_session(MockServer::builder()).await;
    let refresh = tokens.refresh_token.clone().unwrap();
    assert_eq!(
        realm_form(
            &server,
            "logout",
            &[
                ("client_id", "geopera-cli"),
                ("refresh_token", refresh.expose())
            ]
        )
        .await,
        204
    );
    tokens.expires_at = Some(SystemTime::now());
    let access = tokens.access_token.expose().to_owned();
    let client = client_with(&server, Session::new(tokens));
    let err = client
        .projects()
        .create(json!({"name": "x"}))
        .await
        .expect_err("the session is gone");
    let Error::InvalidRequest(details) = &err else {
        panic!("expected a credentials error, got {err:?}");
    };
    assert_eq!(details.kind, InvalidRequestKind::Credentials);
    let shown = format!("{err} {err:?} {client:?}");
    assert!(shown.contains("log in again"), "{shown}");
    assert!(shown.contains("invalid_grant"), "{shown}");
    assert!(!shown.contains(refresh.expose()), "{shown}");
    assert!(!shown.contains(&access), "{shown}");
    assert!(
        statuses_of(&server, "projects.create").is_empty(),
        "nothing was sent"
    );
}

#[tokio::test]
async fn a_used_refresh_token_is_rejected() {
    let (server, tokens) = server_with_session(MockServer::builder()).await;
    let refresh = tokens.refresh_token.unwrap();
    let form = [
        ("grant_type", "refresh_token"),
        ("client_id", "geopera-cli"),
        ("refresh_token", refresh.expose()),
    ];
    assert_eq!(realm_form(&server, "token", &form).await, 200);
    assert_eq!(realm_form(&server, "token", &form).await, 400);
    let events = server.realm_events();
    assert_eq!(events.last().unwrap().outcome, "invalid_grant");
}

/// A provider whose credential the service never accepts, but which claims to renew it.
#[derive(Debug, Default)]
struct AlwaysRejected {
    renewals: AtomicUsize,
}

impl CredentialProvider for AlwaysRejected {
    fn auth_header<'a>(&'a self, _: AuthContext<'a>) -> BoxFuture<'a, Result<AuthHeader, Error>> {
        let token = geopera_api::Secret::new("gpra_never_valid_SECRET");
        Box::pin(async move { Ok(AuthHeader::bearer(&token)) })
    }

    fn renew<'a>(
        &'a self,
        _: AuthContext<'a>,
        _: &'a AuthHeader,
    ) -> BoxFuture<'a, Result<bool, Error>> {
        self.renewals.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { Ok(true) })
    }
}

#[tokio::test]
async fn a_second_401_is_the_error() {
    let server = MockServer::start().await;
    let provider = Arc::new(AlwaysRejected::default());
    #[derive(Debug)]
    struct Shared(Arc<AlwaysRejected>);
    impl CredentialProvider for Shared {
        fn auth_header<'a>(
            &'a self,
            cx: AuthContext<'a>,
        ) -> BoxFuture<'a, Result<AuthHeader, Error>> {
            self.0.auth_header(cx)
        }
        fn renew<'a>(
            &'a self,
            cx: AuthContext<'a>,
            rejected: &'a AuthHeader,
        ) -> BoxFuture<'a, Result<bool, Error>> {
            self.0.renew(cx, rejected)
        }
    }
    let client = Geopera::builder()
        .base_url(server.base_url())
        .credentials(Shared(provider.clone()))
        .build()
        .unwrap();
    let err = client
        .projects()
        .create(json!({"name": "x"}))
        .await
        .expect_err("401 twice");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert!(!format!("{err} {err:?}").contains("gpra_never_valid_SECRET"));
    assert_eq!(provider.renewals.load(Ordering::SeqCst), 1);
    assert_eq!(statuses_of(&server, "projects.create"), vec![401, 401]);
}

#[tokio::test]
async fn an_api_key_is_exchanged_for_access_tokens() {
    let server = MockServer::builder()
        .session_ttl(Duration::from_secs(300))
        .start()
        .await
        .unwrap();
    let client = Geopera::builder()
        .base_url(server.base_url())
        .client_credentials(server.dev_token())
        .build()
        .unwrap();
    assert!(!format!("{client:?}").contains(server.dev_token()));
    client
        .projects()
        .create(json!({"name": "a"}))
        .await
        .unwrap();
    client
        .projects()
        .create(json!({"name": "b"}))
        .await
        .unwrap();
    let grants: Vec<_> = server
        .realm_events()
        .into_iter()
        .filter(|e| e.grant_type.as_deref() == Some("client_credentials"))
        .collect();
    assert_eq!(grants.len(), 1, "one exchange, reused: {grants:?}");
    assert_eq!(grants[0].client_id.as_deref(), Some("geopera"));
    assert_eq!(grants[0].outcome, "ok");

    let bad = Geopera::builder()
        .base_url(server.base_url())
        .client_credentials("gpra_not_a_key_SECRET")
        .build()
        .unwrap();
    let err = bad
        .projects()
        .create(json!({"name": "c"}))
        .await
        .unwrap_err();
    let shown = format!("{err} {err:?}");
    assert!(shown.contains("invalid_client"), "{shown}");
    assert!(!shown.contains("gpra_not_a_key_SECRET"), "{shown}");
}

#[tokio::test]
async fn device_login_returns_a_working_session() {
    let server = Arc::new(device_server(1).await);
    let approver = server.clone();
    let shown = Arc::new(std::sync::Mutex::new(None));
    let seen = shown.clone();
    let tokens = DeviceLogin::new(server.base_url())
        .on_prompt(move |prompt| {
            *seen.lock().unwrap() = Some(prompt.clone());
            assert!(approver.approve_device(&prompt.user_code));
        })
        .run()
        .await
        .expect("approved");
    let prompt = shown.lock().unwrap().clone().expect("the prompt was shown");
    assert!(prompt.url().contains(&prompt.user_code), "{prompt:?}");
    assert!(tokens.refresh_token.is_some());
    assert!(!format!("{tokens:?}").contains(tokens.access_token.expose()));
    let client = client_with(&server, Session::new(tokens));
    client
        .projects()
        .create(json!({"name": "device"}))
        .await
        .unwrap();
    let device_grants: Vec<_> = server
        .realm_events()
        .into_iter()
        .filter(|e| e.grant_type.as_deref() == Some("urn:ietf:params:oauth:grant-type:device_code"))
        .collect();
    assert_eq!(device_grants.last().unwrap().outcome, "ok");
    assert!(
        device_grants.iter().all(|e| e.outcome != "slow_down"),
        "{device_grants:?}"
    );
    assert_eq!(device_grants[0].client_id.as_deref(), Some("geopera-cli"));
}

#[tokio::test]
async fn a_denied_device_login_is_an_error() {
    let server = Arc::new(device_server(1).await);
    let denier = server.clone();
    let err = DeviceLogin::new(server.base_url())
        .on_prompt(move |prompt| assert!(denier.deny_device(&prompt.user_code)))
        .run()
        .await
        .expect_err("denied");
    assert!(err.to_string().contains("denied"), "{err}");
}

#[tokio::test]
async fn the_device_grant_checks_the_pkce_verifier() {
    let server = device_server(0).await;
    let device = realm_json(
        &server,
        "auth/device",
        &[
            ("client_id", "geopera-cli"),
            ("scope", "openid profile"),
            // S256 of "right-verifier-right-verifier-right-verifier-12345"
            (
                "code_challenge",
                "7iiEwZjAgGsgmT68FoUQF1qn3KAktjpNamCe6xgYF8Y",
            ),
            ("code_challenge_method", "S256"),
        ],
    )
    .await;
    assert!(server.approve_device(device["user_code"].as_str().unwrap()));
    let answer = poll_device(&server, &device, Some("a-wrong-verifier")).await;
    assert_eq!(answer["error"], "invalid_grant");
    assert!(answer["error_description"]
        .as_str()
        .unwrap()
        .contains("PKCE"));
}

#[tokio::test]
async fn an_expired_access_token_is_a_401_problem() {
    let (server, tokens) =
        server_with_session(MockServer::builder().session_ttl(Duration::from_millis(1))).await;
    // 1 ms lifetime: expired by the time it is used (the bound is the only timing here).
    tokio::time::sleep(Duration::from_millis(5)).await;
    let response = reqwest::Client::new()
        .post(format!("{}/v1/op/projects.create", server.base_url()))
        .bearer_auth(tokens.access_token.expose())
        .json(&json!({"name": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: Value = response.json().await.unwrap();
    assert!(
        body["detail"].as_str().unwrap().contains("expired"),
        "{body}"
    );
}

#[tokio::test]
async fn userinfo_describes_keys_and_sessions() {
    let server = MockServer::builder()
        .token_in_org("gpra_reader", "org_other", &["*:read"])
        .start()
        .await
        .unwrap();
    let http = reqwest::Client::new();
    let url = format!("{}{REALM}/userinfo", server.base_url());
    let info: Value = http
        .get(&url)
        .header("x-api-key", "gpra_reader")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(info["geopera_principal_type"], "api_key");
    assert_eq!(info["geopera_org_id"], "org_other");
    assert_eq!(info["scope"], "*:read");
    assert!(!info["sub"].as_str().unwrap().contains("gpra_reader"));
    let unauthorized = http.get(&url).bearer_auth("nope").send().await.unwrap();
    assert_eq!(unauthorized.status(), 401);
    let body: Value = unauthorized.json().await.unwrap();
    assert_eq!(body["error"], "invalid_token");
}

#[tokio::test]
async fn polling_faster_than_the_interval_is_told_to_slow_down() {
    let server = device_server(5).await;
    let device = realm_json(
        &server,
        "auth/device",
        &[("client_id", "geopera-cli"), ("scope", "openid profile")],
    )
    .await;
    assert_eq!(device["interval"], 5);
    let answer = poll_device(&server, &device, None).await;
    assert_eq!(answer["error"], "slow_down", "{answer}");
}
