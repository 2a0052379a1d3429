//! Upload sessions end to end: quota reservations, completion rules, items and assets,
//! asset downloads.

mod common;

use common::{content, Api};
use geopera_mock::{MockServer, SessionState};
use serde_json::json;
use sha2::{Digest, Sha256};

#[tokio::test]
async fn single_file_upload_creates_an_item_and_commits_the_reservation() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let project = api.ok("projects.create", json!({"name": "harbour"})).await;
    let project_id = project["id"].as_str().unwrap();
    assert!(project_id.starts_with("proj_"));
    assert_eq!(project["organization_id"], server.org_id());

    let bytes = content(10_000, 1);
    let upload_id = api.initiate(project_id, 1, bytes.len() as u64).await;
    assert!(upload_id.starts_with("u_"));
    assert_eq!(server.reserved_bytes(), 10_000);

    let path = api.put_file(&upload_id, "harbour_2024.tif", &bytes).await;
    assert_eq!(path, format!("uploads/{upload_id}/harbour_2024.tif"));
    let progress = api
        .ok(
            "uploads.progress",
            json!({"upload_id": upload_id, "status": "uploading", "bytes_uploaded": 10_000}),
        )
        .await;
    assert_eq!(progress["id"], upload_id.as_str());

    let done = api
        .ok("uploads.complete", json!({"upload_id": upload_id}))
        .await;
    assert_eq!(done["id"], upload_id.as_str());
    let item_ids = done["item_ids"].as_array().unwrap();
    assert_eq!(item_ids.len(), 1);
    let item_id = item_ids[0].as_str().unwrap();
    assert!(item_id.starts_with("it_"));

    // The reservation is released by complete and became used storage.
    assert_eq!(server.reserved_bytes(), 0);
    assert_eq!(server.used_bytes(server.org_id()), 10_000);
    let session = server.session(&upload_id).unwrap();
    assert_eq!(session.state, SessionState::Completed);
    assert_eq!(session.bytes_uploaded, Some(10_000));
    assert_eq!(session.progress_calls, 1);

    // Completing twice is a no-op returning the same.
    let again = api
        .ok("uploads.complete", json!({"upload_id": upload_id}))
        .await;
    assert_eq!(again, done);
    assert_eq!(server.items().len(), 1);

    // The stored object is what was sent.
    let obj = server
        .objects()
        .into_iter()
        .find(|o| o.path == path)
        .unwrap();
    assert_eq!(obj.size, 10_000);
    assert_eq!(obj.sha256, hex::encode(Sha256::digest(&bytes)));
    assert_eq!(obj.content_type, "image/tiff");

    let item = api.ok("items.get", json!({"item_id": item_id})).await;
    assert_eq!(item["item"]["id"], item_id);
    assert_eq!(item["item"]["assets"]["visual"]["size"], 10_000);
    let assets = api
        .ok("items.list_assets", json!({"item_id": item_id}))
        .await;
    assert_eq!(assets["assets"][0]["asset_id"], "visual");
    let stac = api.ok("items.get_stac", json!({"item_id": item_id})).await;
    assert_eq!(stac["type"], "Feature");
    assert_eq!(stac["id"], item_id);
    assert!(stac["assets"]["visual"]["href"].is_string());
    let listed = api
        .ok("items.list", json!({"project_id": project_id}))
        .await;
    assert_eq!(listed["items"][0]["id"], item_id);

    // Download descriptor → signed GET → the same bytes.
    let d = api
        .ok(
            "items.asset.download",
            json!({"item_id": item_id, "asset_id": "visual"}),
        )
        .await;
    common::assert_descriptor(&d);
    assert_eq!(d["size"], 10_000);
    assert_eq!(d["filename"], "harbour_2024.tif");
    let got = api
        .http
        .get(d["url"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), 200);
    assert_eq!(got.bytes().await.unwrap().as_ref(), &bytes[..]);
    let egress = server.egress();
    assert_eq!(egress.len(), 1);
    assert_eq!(
        (egress[0].kind.as_str(), egress[0].bytes),
        ("asset", 10_000)
    );

    // assets.delete removes the asset and frees the storage.
    let del = api
        .ok(
            "assets.delete",
            json!({"item_id": item_id, "asset_id": "visual"}),
        )
        .await;
    assert_eq!(del["id"], "visual");
    assert_eq!(server.used_bytes(server.org_id()), 0);
    assert_eq!(
        api.call(
            "items.asset.download",
            json!({"item_id": item_id, "asset_id": "visual"})
        )
        .await
        .status,
        404
    );
}

#[tokio::test]
async fn multi_file_session_creates_one_item_per_file() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let (a, b) = (content(300, 2), content(500, 3));
    let id = api.initiate(server.project_id(), 2, 800).await;
    api.put_file(&id, "scene_b04.tif", &a).await;
    api.put_file(&id, "scene_b08.tif", &b).await;
    // A third file is more than the session declared.
    assert_eq!(
        api.call(
            "uploads.signed_url",
            json!({"upload_id": id, "file_name": "extra.tif"})
        )
        .await
        .status,
        409
    );
    let done = api.ok("uploads.complete", json!({"upload_id": id})).await;
    assert_eq!(done["item_ids"].as_array().unwrap().len(), 2);
    assert_eq!(server.reserved_bytes(), 0);
    assert_eq!(server.used_bytes(server.org_id()), 800);
}

#[tokio::test]
async fn target_item_gets_a_new_asset() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let (_, done) = api.upload(server.project_id(), "base.tif", b"base").await;
    let item_id = done["item_ids"][0].as_str().unwrap().to_owned();
    let r = api
        .ok(
            "uploads.initiate",
            json!({"project_id": server.project_id(), "total_bytes": 3, "target_item_id": item_id, "asset_key": "nir"}),
        )
        .await;
    let id = r["id"].as_str().unwrap();
    api.put_file(id, "nir.tif", b"nir").await;
    let done = api.ok("uploads.complete", json!({"upload_id": id})).await;
    assert_eq!(done["item_ids"], json!([item_id]));
    let assets = api
        .ok("items.list_assets", json!({"item_id": item_id}))
        .await;
    let keys: Vec<&str> = assets["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["asset_id"].as_str().unwrap())
        .collect();
    assert_eq!(keys, vec!["visual", "nir"]);
    assert_eq!(
        api.call(
            "uploads.initiate",
            json!({"project_id": server.project_id(), "target_item_id": "it_nope"})
        )
        .await
        .status,
        404
    );
}

#[tokio::test]
async fn quota_exceeded_is_402_problem_and_counts_reservations() {
    let server = MockServer::builder()
        .quota_bytes(1_000)
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    let r = api
        .call(
            "uploads.initiate",
            json!({"project_id": server.project_id(), "total_bytes": 1_001}),
        )
        .await;
    assert_eq!(r.status, 402, "{}", r.text);
    assert_eq!(r.content_type(), "application/problem+json");
    let v = r.json();
    assert_eq!(v["title"], "Payment Required");
    assert!(v["detail"].as_str().unwrap().contains("quota"));
    assert_eq!(server.reserved_bytes(), 0);

    let first = api.initiate(server.project_id(), 1, 600).await;
    // 600 reserved: 500 more would exceed the quota.
    let r = api
        .call(
            "uploads.initiate",
            json!({"project_id": server.project_id(), "total_bytes": 500}),
        )
        .await;
    assert_eq!(r.status, 402);
    // Failing the first session releases its reservation.
    let failed = api
        .ok(
            "uploads.fail",
            json!({"upload_id": first, "error_message": "boom", "error_step": "transfer"}),
        )
        .await;
    assert_eq!(failed["id"], first.as_str());
    assert_eq!(server.reserved_bytes(), 0);
    let s = server.session(&first).unwrap();
    assert_eq!(s.state, SessionState::Failed);
    assert_eq!(s.error_step.as_deref(), Some("transfer"));
    api.initiate(server.project_id(), 1, 1_000).await;
}

#[tokio::test]
async fn used_storage_counts_against_the_quota() {
    let server = MockServer::builder().quota_bytes(10).start().await.unwrap();
    let api = Api::new(&server);
    api.upload(server.project_id(), "a.tif", b"0123456789")
        .await;
    let r = api
        .call(
            "uploads.initiate",
            json!({"project_id": server.project_id(), "total_bytes": 1}),
        )
        .await;
    assert_eq!(r.status, 402);
    server.set_quota(server.org_id(), 11);
    api.initiate(server.project_id(), 1, 1).await;
}

#[tokio::test]
async fn completing_with_bytes_missing_or_exceeding_the_reservation_is_a_problem() {
    let server = MockServer::start().await;
    let api = Api::new(&server);

    // Nothing uploaded.
    let id = api.initiate(server.project_id(), 1, 10).await;
    let r = api.call("uploads.complete", json!({"upload_id": id})).await;
    assert_eq!(r.status, 409, "{}", r.text);
    assert_eq!(r.content_type(), "application/problem+json");

    // Fewer bytes than reserved.
    api.put_file(&id, "short.tif", b"12345").await;
    let r = api.call("uploads.complete", json!({"upload_id": id})).await;
    assert_eq!(r.status, 409);
    assert!(r.json()["detail"].as_str().unwrap().contains("missing"));

    // More bytes than reserved.
    api.put_file(&id, "short.tif", b"0123456789abc").await;
    let r = api.call("uploads.complete", json!({"upload_id": id})).await;
    assert_eq!(r.status, 409);
    assert!(r.json()["detail"].as_str().unwrap().contains("exceed"));

    // The session is still open and its reservation intact; fixing the bytes completes it.
    assert_eq!(server.reserved_bytes(), 10);
    api.put_file(&id, "short.tif", b"0123456789").await;
    api.ok("uploads.complete", json!({"upload_id": id})).await;
    assert_eq!(server.reserved_bytes(), 0);

    // Missing upload_id: a 422 in validation shape; unknown id: 404.
    let r = api.raw("uploads.complete", Vec::new(), &[]).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["detail"][0]["loc"], json!(["body", "upload_id"]));
    assert_eq!(
        api.call("uploads.complete", json!({"upload_id": "u_nope"}))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn failed_sessions_discard_objects_and_refuse_further_steps() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let id = api.initiate(server.project_id(), 1, 4).await;
    let (url, _) = api.sign(&id, "f.tif").await;
    api.http.put(&url).body("abcd").send().await.unwrap();
    assert_eq!(server.objects().len(), 1);
    api.ok(
        "uploads.fail",
        json!({"upload_id": id, "error_message": "x"}),
    )
    .await;
    assert!(server.objects().is_empty());
    assert_eq!(server.reserved_bytes(), 0);
    // fail is idempotent; complete and sign are refused; PUT to the old URL too.
    api.ok(
        "uploads.fail",
        json!({"upload_id": id, "error_message": "x"}),
    )
    .await;
    assert_eq!(
        api.call("uploads.complete", json!({"upload_id": id}))
            .await
            .status,
        409
    );
    assert_eq!(
        api.call(
            "uploads.signed_url",
            json!({"upload_id": id, "file_name": "g"})
        )
        .await
        .status,
        409
    );
    let r = api.http.put(&url).body("abcd").send().await.unwrap();
    assert_eq!(r.status(), 403);
    // A completed session cannot be failed.
    let (done_id, _) = api.upload(server.project_id(), "ok.tif", b"ok").await;
    assert_eq!(
        api.call(
            "uploads.fail",
            json!({"upload_id": done_id, "error_message": "late"})
        )
        .await
        .status,
        409
    );
}

#[tokio::test]
async fn storage_put_carrying_the_geopera_token_is_rejected() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    let id = api.initiate(server.project_id(), 1, 3).await;
    let (url, _) = api.sign(&id, "leak.tif").await;
    for (name, value) in [
        ("authorization", "Bearer gpra_dev"),
        ("x-api-key", "gpra_dev"),
    ] {
        let r = api
            .http
            .put(&url)
            .header(name, value)
            .body("abc")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        assert_eq!(r.headers()["content-type"], "application/xml");
        assert!(r
            .text()
            .await
            .unwrap()
            .contains("<Code>InvalidArgument</Code>"));
    }
    assert!(server.objects().is_empty());
    let put = server
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT")
        .collect::<Vec<_>>();
    assert!(put.iter().all(|r| r.has_authorization && r.status == 400));
}
