//! The operation protocol: auth, scopes, error shapes, idempotency, rate limits,
//! routing, and synthesized responses.

mod common;

use common::{two_organisations, Api};
use geopera_mock::{MockServer, RateLimits};
use serde_json::json;

fn assert_problem(r: &common::Resp, status: u16) -> serde_json::Value {
    assert_eq!(r.status, status, "{}", r.text);
    assert_eq!(r.content_type(), "application/problem+json");
    let v = r.json();
    assert_eq!(v["type"], "about:blank");
    assert_eq!(v["status"], status);
    assert!(v["title"].is_string() && v["detail"].is_string(), "{v}");
    v
}

#[tokio::test]
async fn missing_or_unknown_token_is_401() {
    let server = MockServer::start().await;
    let anon = Api::with_token(&server, None);
    let r = anon.call("items.get", json!({"item_id": "it_x"})).await;
    let v = assert_problem(&r, 401);
    assert_eq!(v["title"], "Unauthorized");

    let bad = Api::with_token(&server, Some("gpra_nope"));
    assert_problem(
        &bad.call("items.get", json!({"item_id": "it_x"})).await,
        401,
    );

    // X-API-Key works as well as Bearer.
    let r = anon
        .raw(
            "projects.create",
            br#"{"name":"k"}"#.to_vec(),
            &[("x-api-key", "gpra_dev")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(server
        .requests()
        .iter()
        .any(|q| q.has_authorization && q.status == 200));
}

#[tokio::test]
async fn scopes_and_wildcards() {
    let server = MockServer::builder()
        .token("gpra_items", &["items:*"])
        .token("gpra_reader", &["*:read"])
        .token("gpra_exact", &["uploads:write"])
        .start()
        .await
        .unwrap();
    let items = Api::with_token(&server, Some("gpra_items"));
    let reader = Api::with_token(&server, Some("gpra_reader"));
    let exact = Api::with_token(&server, Some("gpra_exact"));
    let body = json!({"item_id": "it_missing"});

    // Allowed by the wildcard: gets past the scope check to a 404 for the unknown item.
    assert_eq!(items.call("items.get", body.clone()).await.status, 404);
    assert_eq!(reader.call("items.get", body.clone()).await.status, 404);
    assert_eq!(
        items
            .call(
                "assets.delete",
                json!({"item_id": "it_missing", "asset_id": "a"})
            )
            .await
            .status,
        404
    );

    let r = reader.call("orders.archive.place", json!({})).await;
    let v = assert_problem(&r, 403);
    assert_eq!(
        v["detail"],
        "missing scope 'orders:write' for 'orders.archive.place'"
    );
    assert_eq!(v["title"], "Forbidden");

    let r = items.call("projects.create", json!({"name": "x"})).await;
    assert_eq!(
        assert_problem(&r, 403)["detail"],
        "missing scope 'projects:write' for 'projects.create'"
    );
    assert_problem(&exact.call("items.get", body.clone()).await, 403);
    let r = exact
        .call(
            "uploads.initiate",
            json!({"project_id": server.project_id(), "total_bytes": 1}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    // Scope is checked before the body: a forbidden call with a bad body is still 403.
    assert_problem(
        &exact.raw("items.get", b"{not json".to_vec(), &[]).await,
        403,
    );
}

#[tokio::test]
async fn unknown_operation_and_routes_are_404_problems() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let v = assert_problem(&api.call("no.such.op", json!({})).await, 404);
    assert!(v["detail"].as_str().unwrap().contains("no.such.op"));
    // The resource/action alias reaches the same operation.
    let r = api
        .http
        .post(format!("{}/v1/projects/create", api.base))
        .bearer_auth("gpra_dev")
        .json(&json!({"name": "alias"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = api
        .http
        .get(format!("{}/v1/op/items.get", api.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    let r = api
        .http
        .get(format!("{}/nothing", api.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn the_spec_it_runs_on_is_served_at_openapi_json() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let r = api
        .http
        .get(format!("{}/openapi.json", api.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/json");
    let served = r.bytes().await.unwrap();
    let vendored = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/geopera.openapi.json"
    ))
    .unwrap();
    assert!(served == vendored, "the served document differs from spec/");
}

#[tokio::test]
async fn non_json_body_is_400_problem() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    for body in [&b"{not json"[..], b"\xff\xfe", b"[1,", b"nul"] {
        let r = api.raw("uploads.initiate", body.to_vec(), &[]).await;
        assert_problem(&r, 400);
    }
}

#[tokio::test]
async fn schema_violations_are_422_in_fastapi_shape() {
    let server = MockServer::start().await;
    let api = Api::new(&server);

    let r = api
        .call("uploads.initiate", json!({"total_bytes": 5}))
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.content_type(), "application/json");
    let v = r.json();
    assert_eq!(v["detail"][0]["loc"], json!(["body", "project_id"]));
    assert_eq!(v["detail"][0]["type"], "missing");
    assert_eq!(v["detail"][0]["msg"], "Field required");

    let r = api
        .call(
            "uploads.initiate",
            json!({"project_id": 7, "file_count": 0, "transfer_method": "signed_url", "total_bytes": -1}),
        )
        .await;
    assert_eq!(r.status, 422);
    let detail = r.json()["detail"].as_array().unwrap().clone();
    let by_field = |f: &str| {
        detail
            .iter()
            .find(|d| d["loc"] == json!(["body", f]))
            .unwrap_or_else(|| panic!("no issue for {f}: {detail:?}"))
            .clone()
    };
    assert_eq!(by_field("project_id")["type"], "string_type");
    assert_eq!(by_field("file_count")["type"], "greater_than_equal");
    assert_eq!(
        by_field("file_count")["msg"],
        "Input should be greater than or equal to 1"
    );
    assert_eq!(
        by_field("transfer_method")["type"],
        "string_pattern_mismatch"
    );
    assert_eq!(by_field("total_bytes")["type"], "greater_than_equal");

    // A required body that is missing or not an object.
    let r = api.raw("uploads.initiate", Vec::new(), &[]).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["detail"][0]["loc"], json!(["body"]));
    let r = api.call("uploads.initiate", json!([1, 2])).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["detail"][0]["type"], "model_attributes_type");

    // Nested locations use integer indices.
    let r = api
        .call(
            "clip.create_from_area",
            json!({"area": "a", "mosaic_types": ["visual", 3], "aoi_geometry": {}, "organization_id": "org_dev"}),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert_eq!(
        r.json()["detail"][0]["loc"],
        json!(["body", "mosaic_types", 1])
    );

    // Optional bodies accept nothing at all.
    let r = api.raw("billing.topup", Vec::new(), &[]).await;
    assert_eq!(r.status, 201, "{}", r.text);
}

#[tokio::test]
async fn idempotent_replay_is_byte_for_byte_and_conflicts_are_409() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let body = br#"{"name": "replayed"}"#.to_vec();
    let first = api
        .raw(
            "projects.create",
            body.clone(),
            &[("idempotency-key", "k-1")],
        )
        .await;
    assert_eq!(first.status, 200);
    let again = api
        .raw(
            "projects.create",
            body.clone(),
            &[("idempotency-key", "k-1")],
        )
        .await;
    assert_eq!(again.status, 200);
    assert_eq!(again.text, first.text, "replay must be byte-for-byte");
    assert_eq!(again.header("idempotent-replayed"), Some("true"));

    // Same JSON, different formatting: still the same request.
    let again = api
        .raw(
            "projects.create",
            br#"{"name":"replayed"}"#.to_vec(),
            &[("idempotency-key", "k-1")],
        )
        .await;
    assert_eq!(again.text, first.text);

    let other = api
        .raw(
            "projects.create",
            br#"{"name": "different"}"#.to_vec(),
            &[("idempotency-key", "k-1")],
        )
        .await;
    let v = assert_problem(&other, 409);
    assert!(v["detail"].as_str().unwrap().contains("Idempotency-Key"));

    // Only one project was created by the three accepted calls.
    let created = server
        .requests()
        .iter()
        .filter(|r| r.idempotency_key.as_deref() == Some("k-1"))
        .count();
    assert_eq!(created, 4);
    let fresh = api
        .raw("projects.create", body, &[("idempotency-key", "k-2")])
        .await;
    assert_ne!(fresh.json()["id"], first.json()["id"]);

    // Spend operation with the header the spec declares.
    let a = api
        .raw(
            "billing.topup",
            br#"{"amount": 10}"#.to_vec(),
            &[("Idempotency-Key", "t-1")],
        )
        .await;
    let b = api
        .raw(
            "billing.topup",
            br#"{"amount": 10}"#.to_vec(),
            &[("Idempotency-Key", "t-1")],
        )
        .await;
    assert_eq!((a.status, b.status), (201, 201));
    assert_eq!(a.text, b.text);
}

#[tokio::test]
async fn rate_limits_answer_429_with_retry_after() {
    let server = MockServer::builder()
        .rate_limits(RateLimits {
            default_limit: 5,
            spend: 2,
            ..RateLimits::default()
        })
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    for _ in 0..2 {
        assert_eq!(api.call("billing.topup", json!({})).await.status, 201);
    }
    let r = api.call("billing.topup", json!({})).await;
    let v = assert_problem(&r, 429);
    assert!(v["detail"].as_str().unwrap().contains("rate limit"));
    let retry: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");

    // The default class still has room for 3 - 1 more; then it is exhausted too.
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(api.call("billing.plans.list", json!({})).await.status);
    }
    assert_eq!(statuses, vec![200, 200, 200, 429]);

    // Other tokens have their own window; and limits can be switched off.
    let unlimited = MockServer::builder()
        .no_rate_limits()
        .start()
        .await
        .unwrap();
    let api = Api::new(&unlimited);
    for _ in 0..40 {
        assert_eq!(api.call("billing.topup", json!({})).await.status, 201);
    }
}

#[tokio::test]
async fn default_limits_match_the_documentation() {
    let l = RateLimits::default();
    assert_eq!(
        (
            l.default_limit,
            l.order_placement,
            l.spend,
            l.unauthenticated
        ),
        (600, 60, 30, 60)
    );
    assert_eq!(l.window.as_secs(), 60);
}

#[tokio::test]
async fn every_operation_answers_with_its_declared_success_status() {
    let server = MockServer::builder()
        .no_rate_limits()
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    let spec: serde_json::Value = serde_json::from_str(geopera_mock::spec_json()).unwrap();
    let mut checked = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        let op = &item["post"];
        let id = op["operationId"].as_str().unwrap();
        // Only operations whose schema accepts an empty object reach a handler here.
        let schema = &op["requestBody"]["content"]["application/json"]["schema"];
        let required_fields = schema["$ref"]
            .as_str()
            .and_then(|r| spec.pointer(&r[1..]))
            .and_then(|s| s["required"].as_array())
            .map_or(0, |r| r.len());
        // uploads.complete is modelled: without an upload_id it is a 422 by design.
        if required_fields > 0 || id == "uploads.complete" {
            continue;
        }
        let expected: u16 = op["responses"]
            .as_object()
            .unwrap()
            .keys()
            .find(|k| k.starts_with('2'))
            .unwrap()
            .parse()
            .unwrap();
        let r = api.call(id, json!({})).await;
        assert_eq!(r.status, expected, "{path}: {}", r.text);
        r.json();
        checked += 1;
    }
    assert!(checked > 40, "{checked}");
}

#[tokio::test]
async fn other_organisations_resources_are_404() {
    let (server, mine, theirs) = two_organisations().await;
    let (upload_id, done) = mine.upload(server.project_id(), "a.tif", b"abc").await;
    let item_id = done["item_ids"][0].as_str().unwrap();

    assert_problem(
        &theirs.call("items.get", json!({"item_id": item_id})).await,
        404,
    );
    assert_problem(
        &theirs
            .call(
                "items.asset.download",
                json!({"item_id": item_id, "asset_id": "visual"}),
            )
            .await,
        404,
    );
    assert_problem(
        &theirs
            .call("uploads.complete", json!({"upload_id": upload_id}))
            .await,
        404,
    );
    assert_problem(
        &theirs
            .call(
                "uploads.initiate",
                json!({"project_id": server.project_id(), "total_bytes": 1}),
            )
            .await,
        404,
    );
    assert_eq!(
        mine.call("items.get", json!({"item_id": item_id}))
            .await
            .status,
        200
    );
}
