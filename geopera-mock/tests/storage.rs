//! The object store: signed-URL expiry and tampering, Range semantics, and fault
//! injection through the library and over HTTP.

mod common;

use std::time::Duration;

use common::{content, Api};
use geopera_mock::{MockServer, Target};
use serde_json::json;

/// Uploads `bytes` and returns a signed GET URL for them (via the asset download).
async fn stored(api: &Api, server: &MockServer, bytes: &[u8]) -> String {
    let (_, done) = api.upload(server.project_id(), "obj.tif", bytes).await;
    let item_id = done["item_ids"][0].as_str().unwrap();
    let d = api
        .ok(
            "items.asset.download",
            json!({"item_id": item_id, "asset_id": "visual"}),
        )
        .await;
    d["url"].as_str().unwrap().to_owned()
}

async fn xml_403(r: reqwest::Response, code: &str) {
    assert_eq!(r.status(), 403);
    assert_eq!(r.headers()["content-type"], "application/xml");
    let body = r.text().await.unwrap();
    assert!(body.starts_with("<?xml"), "{body}");
    assert!(body.contains(&format!("<Code>{code}</Code>")), "{body}");
}

#[tokio::test]
async fn expired_urls_are_403() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let id = api.initiate(server.project_id(), 1, 3).await;
    server.faults().set_url_ttl(Duration::ZERO);
    let (url, _) = api.sign(&id, "late.tif").await;
    let r = api.http.put(&url).body("abc").send().await.unwrap();
    xml_403(r, "ExpiredToken").await;
    assert!(server.objects().is_empty());

    // Re-signing with a normal lifetime works (what clients do after a 403).
    server.faults().clear();
    let (url, _) = api.sign(&id, "late.tif").await;
    assert_eq!(
        api.http
            .put(&url)
            .body("abc")
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // The binary-level --url-ttl maps to the builder option.
    let short = MockServer::builder()
        .url_ttl(Duration::ZERO)
        .start()
        .await
        .unwrap();
    let api = Api::new(&short);
    let id = api.initiate(short.project_id(), 1, 1).await;
    let (url, _) = api.sign(&id, "x").await;
    xml_403(
        api.http.put(&url).body("a").send().await.unwrap(),
        "ExpiredToken",
    )
    .await;
}

#[tokio::test]
async fn tampered_or_unsigned_urls_are_403() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let url = stored(&api, &server, b"secret bytes").await;

    let (path, query) = url.split_once('?').unwrap();
    // A different object with the same signature.
    let other = format!("{}x?{query}", path);
    xml_403(
        api.http.get(&other).send().await.unwrap(),
        "SignatureDoesNotMatch",
    )
    .await;
    // A longer expiry with the same signature.
    let bumped = url.replace("X-Geopera-Expires=", "X-Geopera-Expires=9");
    xml_403(
        api.http.get(&bumped).send().await.unwrap(),
        "SignatureDoesNotMatch",
    )
    .await;
    // A flipped signature character.
    let mut chars: Vec<char> = url.chars().collect();
    let last = chars.len() - 1;
    chars[last] = if chars[last] == '0' { '1' } else { '0' };
    let flipped: String = chars.into_iter().collect();
    xml_403(
        api.http.get(&flipped).send().await.unwrap(),
        "SignatureDoesNotMatch",
    )
    .await;
    // No signature at all.
    xml_403(api.http.get(path).send().await.unwrap(), "AccessDenied").await;
    // A GET signature does not allow a PUT.
    xml_403(
        api.http.put(&url).body("x").send().await.unwrap(),
        "SignatureDoesNotMatch",
    )
    .await;
    // The genuine URL still works, and HEAD is allowed with it.
    assert_eq!(api.http.get(&url).send().await.unwrap().status(), 200);
    let head = api.http.head(&url).send().await.unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["content-length"], "12");
}

#[tokio::test]
async fn range_requests() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let bytes = content(1000, 9);
    let url = stored(&api, &server, &bytes).await;
    let get = |range: &'static str| {
        let req = api.http.get(&url).header("range", range);
        async move { req.send().await.unwrap() }
    };

    let full = api.http.get(&url).send().await.unwrap();
    assert_eq!(full.status(), 200);
    assert_eq!(full.headers()["accept-ranges"], "bytes");
    let etag = full.headers()["etag"].to_str().unwrap().to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'));
    assert_eq!(full.bytes().await.unwrap().as_ref(), &bytes[..]);

    let r = get("bytes=0-99").await;
    assert_eq!(r.status(), 206);
    assert_eq!(r.headers()["content-range"], "bytes 0-99/1000");
    assert_eq!(r.headers()["content-length"], "100");
    assert_eq!(r.headers()["etag"].to_str().unwrap(), etag);
    assert_eq!(r.bytes().await.unwrap().as_ref(), &bytes[..100]);

    let r = get("bytes=900-").await;
    assert_eq!(r.status(), 206);
    assert_eq!(r.headers()["content-range"], "bytes 900-999/1000");
    assert_eq!(r.bytes().await.unwrap().as_ref(), &bytes[900..]);

    let r = get("bytes=-10").await;
    assert_eq!(r.headers()["content-range"], "bytes 990-999/1000");
    assert_eq!(r.bytes().await.unwrap().as_ref(), &bytes[990..]);

    let r = get("bytes=990-5000").await;
    assert_eq!(r.headers()["content-range"], "bytes 990-999/1000");

    let r = get("bytes=1000-").await;
    assert_eq!(r.status(), 416);
    assert_eq!(r.headers()["content-range"], "bytes */1000");

    // Unparseable or multi-range: the whole object.
    assert_eq!(get("bytes=a-b").await.status(), 200);
    assert_eq!(get("bytes=0-1,5-6").await.status(), 200);

    let head = api
        .http
        .head(&url)
        .header("range", "bytes=10-19")
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), 206);
    assert_eq!(head.headers()["content-length"], "10");

    let logged = server.requests();
    assert!(logged
        .iter()
        .any(|r| r.range.as_deref() == Some("bytes=-10")));
}

#[tokio::test]
async fn fail_next_and_latency_faults() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let faults = server.faults();
    faults.fail_next(Target::op("projects.create"), 2, 503, Some(2));
    for _ in 0..2 {
        let r = api.call("projects.create", json!({"name": "x"})).await;
        assert_eq!(r.status, 503);
        assert_eq!(r.content_type(), "application/problem+json");
        assert_eq!(r.header("retry-after"), Some("2"));
    }
    assert_eq!(
        api.call("projects.create", json!({"name": "x"}))
            .await
            .status,
        200
    );

    // Storage faults answer in XML.
    let id = api.initiate(server.project_id(), 1, 2).await;
    let (url, _) = api.sign(&id, "f").await;
    faults.fail_next(Target::StoragePut, 1, 500, None);
    let r = api.http.put(&url).body("ab").send().await.unwrap();
    assert_eq!(r.status(), 500);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("<Code>InternalError</Code>"));
    assert_eq!(
        api.http.put(&url).body("ab").send().await.unwrap().status(),
        200
    );

    // Latency is applied (and is a lower bound, so this cannot flake).
    faults.latency(Target::op("projects.create"), Duration::from_millis(150));
    let t = std::time::Instant::now();
    assert_eq!(
        api.call("projects.create", json!({"name": "x"}))
            .await
            .status,
        200
    );
    assert!(t.elapsed() >= Duration::from_millis(150));
    faults.clear();
    assert!(faults.rules().is_empty());
}

#[tokio::test]
async fn cut_responses_and_requests_break_the_connection() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let bytes = content(200_000, 4);
    let url = stored(&api, &server, &bytes).await;

    server
        .faults()
        .cut_response_after(Target::StorageGet, 1000, 1);
    let r = api.http.get(&url).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.bytes().await.is_err(),
        "a cut body must not look complete"
    );
    // Only the next request was cut.
    assert_eq!(
        api.http
            .get(&url)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
            .len(),
        200_000
    );

    // A PUT cut after 1 KiB: the client sees a transport error, nothing is stored.
    let id = api.initiate(server.project_id(), 1, 200_000).await;
    let (put_url, path) = api.sign(&id, "cut.tif").await;
    server
        .faults()
        .cut_request_after(Target::StoragePut, 1024, 1);
    let r = api.http.put(&put_url).body(bytes.clone()).send().await;
    assert!(r.is_err(), "expected a dropped connection, got {r:?}");
    assert!(server.objects().iter().all(|o| o.path != path));
    assert_eq!(
        api.http
            .put(&put_url)
            .body(bytes)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    api.ok("uploads.complete", json!({"upload_id": id})).await;

    // Operations can be cut too.
    server
        .faults()
        .cut_response_after(Target::op("items.list"), 5, 1);
    let r = api
        .http
        .post(format!("{}/v1/op/items.list", api.base))
        .bearer_auth("gpra_dev")
        .json(&json!({"project_id": server.project_id()}))
        .send()
        .await
        .unwrap();
    assert!(r.bytes().await.is_err());
}

#[tokio::test]
async fn faults_and_inspection_over_http() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let base = server.base_url();
    let rule = json!({"kind": "fail_next", "target": "uploads.initiate", "times": 1, "status": 429, "retry_after": 3});
    let r = api
        .http
        .post(format!("{base}/_mock/faults"))
        .json(&rule)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let listed: serde_json::Value = r.json().await.unwrap();
    assert_eq!(listed["rules"][0]["target"], "uploads.initiate");
    let r = api
        .call(
            "uploads.initiate",
            json!({"project_id": server.project_id(), "total_bytes": 2}),
        )
        .await;
    assert_eq!((r.status, r.header("retry-after")), (429, Some("3")));

    let ttl = json!({"kind": "url_ttl", "secs": 0});
    api.http
        .post(format!("{base}/_mock/faults"))
        .json(&ttl)
        .send()
        .await
        .unwrap();
    assert_eq!(server.faults().url_ttl(), Duration::ZERO);
    api.http
        .delete(format!("{base}/_mock/faults"))
        .send()
        .await
        .unwrap();
    assert_eq!(server.faults().url_ttl(), Duration::from_secs(900));
    let bad = api
        .http
        .post(format!("{base}/_mock/faults"))
        .body("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);

    api.upload(server.project_id(), "h.tif", b"hello").await;
    let get = |what: &'static str| {
        let req = api.http.get(format!("{base}/_mock/{what}"));
        async move {
            req.send()
                .await
                .unwrap()
                .json::<serde_json::Value>()
                .await
                .unwrap()
        }
    };
    let sessions = get("sessions").await;
    assert_eq!(sessions.as_array().unwrap().len(), 1);
    assert_eq!(sessions[0]["state"], "completed");
    assert_eq!(sessions[0]["reserved_bytes"], 0);
    let objects = get("objects").await;
    assert_eq!(objects[0]["size"], 5);
    assert_eq!(
        objects[0]["sha256"],
        "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    );
    assert_eq!(get("reservations").await, json!([]));
    assert_eq!(get("items").await.as_array().unwrap().len(), 1);
    assert_eq!(get("egress").await, json!([]));
    let requests = get("requests").await;
    let ops: Vec<&str> = requests
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["operation_id"].as_str())
        .collect();
    assert!(ops.contains(&"uploads.complete"));
    assert!(requests
        .as_array()
        .unwrap()
        .iter()
        .all(|r| !r["path"].as_str().unwrap().starts_with("/_mock")));
}
