//! Each fluent call of the reference page, with a JSON body and with a typed body, against
//! geopera-mock in-process.

use std::num::NonZeroU64;

use geopera_fluent::types::{
    AssetDownloadInput, ClipCreateFromAreaInput, ClipDownloadInput, ClipJobInput, SignedUrlInput,
    UploadFailInput, UploadInitiate, UploadProgressInput,
};
use geopera_fluent::{DownloadDescriptor, Error, Geopera, InvalidRequestKind, UploadCompleted};
use geopera_mock::MockServer;
use serde_json::json;

fn client(server: &MockServer) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .build()
        .expect("client")
}

fn typed_initiate(project_id: &str, total_bytes: u64) -> UploadInitiate {
    UploadInitiate {
        project_id: project_id.to_string(),
        transfer_method: "cli".parse().expect("an allowed transfer method"),
        file_count: NonZeroU64::MIN,
        total_bytes,
        target_collection_id: None,
        target_item_id: None,
        asset_key: None,
        is_categorical: false,
    }
}

/// PUTs `bytes` to a signed URL, as the user's own HTTP client would.
async fn put(url: &str, bytes: &'static [u8]) {
    let response = reqwest::Client::new()
        .put(url)
        .header("content-type", "image/tiff")
        .body(bytes)
        .send()
        .await
        .expect("storage PUT");
    assert!(
        response.status().is_success(),
        "PUT answered {}",
        response.status()
    );
}

async fn get(url: &str) -> Vec<u8> {
    let response = reqwest::get(url).await.expect("storage GET");
    assert!(
        response.status().is_success(),
        "GET answered {}",
        response.status()
    );
    response.bytes().await.expect("body").to_vec()
}

const TIFF: &[u8] = b"II*\0fake-but-distinct-bytes-of-a-geotiff";

#[tokio::test]
async fn upload_session_with_json_bodies() {
    let server = MockServer::start().await;
    let client = client(&server);
    let session = client
        .uploads()
        .initiate(json!({
            "project_id": server.project_id(),
            "transfer_method": "cli",
            "file_count": 1,
            "total_bytes": TIFF.len(),
        }))
        .await
        .expect("initiate");
    assert!(session.id.starts_with("u_"), "{}", session.id);
    assert_eq!(server.reserved_bytes(), TIFF.len() as u64);

    let signed = client
        .uploads()
        .signed_url(json!({"upload_id": session.id, "file_name": "harbour.tif", "content_type": "image/tiff"}))
        .await
        .expect("signed_url");
    put(&signed.upload_url, TIFF).await;

    let progress = client
        .uploads()
        .progress(
            json!({"upload_id": session.id, "status": "uploading", "bytes_uploaded": TIFF.len()}),
        )
        .await
        .expect("progress");
    assert_eq!(progress.id, session.id);

    let completed: UploadCompleted = client
        .uploads()
        .complete(json!({"upload_id": session.id}))
        .await
        .expect("complete");
    assert_eq!(completed.id, session.id);
    assert_eq!(completed.item_ids.len(), 1);
    assert_eq!(
        server.reserved_bytes(),
        0,
        "complete turns the reservation into used storage"
    );

    let descriptor: DownloadDescriptor = client
        .items()
        .asset()
        .download(json!({"item_id": completed.item_ids[0], "asset_id": "visual"}))
        .await
        .expect("items.asset.download");
    assert_eq!(descriptor.size, Some(TIFF.len() as u64));
    assert_eq!(get(&descriptor.url).await, TIFF);
}

#[tokio::test]
async fn upload_session_with_typed_bodies() {
    let server = MockServer::start().await;
    let client = client(&server);
    let session = client
        .uploads()
        .initiate(typed_initiate(server.project_id(), TIFF.len() as u64))
        .await
        .expect("initiate");
    let signed = client
        .uploads()
        .signed_url(SignedUrlInput {
            upload_id: session.id.clone(),
            file_name: "harbour.tif".parse().expect("a file name"),
            content_type: "image/tiff".into(),
        })
        .await
        .expect("signed_url");
    put(&signed.upload_url, TIFF).await;
    client
        .uploads()
        .progress(UploadProgressInput {
            upload_id: session.id.clone(),
            status: Some("uploading".into()),
            bytes_uploaded: Some(TIFF.len() as i64),
        })
        .await
        .expect("progress");
    let mut body = geopera_fluent::JsonObject::new();
    body.insert("upload_id".into(), json!(session.id));
    let completed = client.uploads().complete(body).await.expect("complete");

    let descriptor = client
        .items()
        .asset()
        .download(AssetDownloadInput {
            item_id: completed.item_ids[0].clone(),
            asset_id: "visual".into(),
        })
        .await
        .expect("download descriptor");
    assert_eq!(get(&descriptor.url).await, TIFF);
}

#[tokio::test]
async fn fail_releases_the_reservation_with_json_and_typed_bodies() {
    let server = MockServer::start().await;
    let client = client(&server);
    for typed in [false, true] {
        let session = client
            .uploads()
            .initiate(typed_initiate(server.project_id(), 4096))
            .await
            .expect("initiate");
        assert_eq!(server.reserved_bytes(), 4096);
        let failed = if typed {
            client
                .uploads()
                .fail(UploadFailInput {
                    upload_id: session.id.clone(),
                    error_message: "disk on fire".into(),
                    error_step: Some("transfer".into()),
                })
                .await
        } else {
            client
                .uploads()
                .fail(json!({"upload_id": session.id, "error_message": "disk on fire", "error_step": "transfer"}))
                .await
        }
        .expect("fail");
        assert_eq!(failed.id, session.id);
        assert_eq!(server.reserved_bytes(), 0, "fail releases the reservation");
    }
}

#[tokio::test]
async fn complete_can_be_called_with_no_body_at_all() {
    let server = MockServer::start().await;
    let client = client(&server);
    let err = client
        .uploads()
        .complete(())
        .await
        .expect_err("no session to complete");
    // The call went out without a body, and the service said why it cannot complete it.
    assert!(err.status().is_some(), "{err}");
    let last = server.requests().pop().expect("a request was logged");
    assert_eq!(last.operation_id.as_deref(), Some("uploads.complete"));
    assert!(
        matches!(last.content_length, None | Some(0)),
        "no body: {last:?}"
    );
}

#[tokio::test]
async fn clip_downloads_with_json_and_typed_bodies() {
    let server = MockServer::start().await;
    let client = client(&server);
    let job = client
        .clip()
        .create_from_area(ClipCreateFromAreaInput {
            area: "harbour".into(),
            mosaic_types: vec!["visual".into()],
            aoi_geometry: json!({"type": "Point", "coordinates": [4.4, 51.9]})
                .as_object()
                .cloned()
                .expect("an object"),
            aoi_name: None,
            organization_id: server.org_id().to_string(),
            project_id: Some(server.project_id().to_string()),
        })
        .await
        .expect("clip.create_from_area");
    let job_id = job["id"]
        .as_str()
        .or_else(|| job["job_id"].as_str())
        .expect("a job id")
        .to_string();

    // Poll (bounded) until the job completes.
    let mut status = String::new();
    for _ in 0..50 {
        let state = client
            .clip()
            .job()
            .get(json!({"job_id": job_id}))
            .await
            .expect("clip.job.get");
        status = state["status"].as_str().unwrap_or_default().to_string();
        if status == "completed" {
            break;
        }
    }
    assert_eq!(status, "completed");

    let listed_json = client
        .clip()
        .job()
        .downloads(json!({"job_id": job_id}))
        .await
        .expect("downloads");
    let listed_typed = client
        .clip()
        .job()
        .downloads(ClipJobInput {
            job_id: job_id.clone(),
        })
        .await
        .expect("downloads");
    assert_eq!(listed_json, listed_typed);
    let offered: Vec<&str> = listed_json
        .downloads
        .iter()
        .map(|file| file.mosaic_type.as_str())
        .collect();
    assert!(offered.contains(&"visual"), "{listed_json:?}");

    let by_json = client
        .clip()
        .job()
        .download(json!({"job_id": job_id, "mosaic_type": "visual", "user_agent": "tests/1.0"}))
        .await
        .expect("clip.job.download");
    let by_type = client
        .clip()
        .job()
        .download(ClipDownloadInput {
            job_id: job_id.clone(),
            mosaic_type: "visual".into(),
            user_agent: None,
            requester_ip: Some("127.0.0.1".into()),
        })
        .await
        .expect("clip.job.download");
    for descriptor in [by_json, by_type] {
        let bytes = get(&descriptor.url).await;
        assert!(
            bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*"),
            "a TIFF"
        );
        assert_eq!(Some(bytes.len() as u64), descriptor.size);
    }
    assert_eq!(
        server.egress().len(),
        2,
        "each descriptor fetch records egress"
    );
}

#[tokio::test]
async fn detailed_exposes_the_402_status_and_its_problem() {
    let server = MockServer::builder()
        .quota_bytes(1000)
        .start()
        .await
        .expect("mock");
    let client = client(&server);
    let ok = client
        .uploads()
        .initiate(typed_initiate(server.project_id(), 10))
        .detailed()
        .await
        .expect("within quota");
    assert_eq!(ok.status.as_u16(), 200);
    assert!(ok.body.id.starts_with("u_"));

    let err = client
        .uploads()
        .initiate(json!({"project_id": server.project_id(), "transfer_method": "cli", "total_bytes": 5000}))
        .detailed()
        .await
        .expect_err("over quota");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(402));
    let problem = err.problem().expect("a problem body");
    assert_eq!(problem.status, Some(402));
    assert!(!problem.title.is_empty());
    assert!(err.to_string().contains("uploads.initiate"), "{err}");
    assert!(err.to_string().contains("402"), "{err}");
    assert_eq!(
        server.reserved_bytes(),
        10,
        "the refused session reserved nothing"
    );
}

#[tokio::test]
async fn a_json_body_missing_a_field_fails_before_any_request() {
    let server = MockServer::start().await;
    let client = client(&server);
    let err = client
        .uploads()
        .initiate(json!({"transfer_method": "cli", "total_bytes": 10}))
        .await
        .expect_err("project_id is required");
    match &err {
        Error::InvalidRequest(details) => {
            assert_eq!(details.kind, InvalidRequestKind::Body);
            assert_eq!(details.field.as_deref(), Some("project_id"));
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.contains("uploads.initiate") && message.contains("project_id"),
        "{message}"
    );
    assert!(
        server.requests().is_empty(),
        "nothing was sent: {:?}",
        server.requests()
    );

    let err = client
        .uploads()
        .initiate(json!({"project_id": 42}))
        .await
        .expect_err("project_id must be a string");
    assert!(err.to_string().contains("project_id"), "{err}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_misspelled_json_field_is_refused_naming_it_and_the_closest_field() {
    let server = MockServer::start().await;
    let client = client(&server);
    let err = client
        .uploads()
        .initiate(json!({"project_id": server.project_id(), "total_byte": 4096}))
        .await
        .expect_err("total_byte is not a field of uploads.initiate");
    let Error::InvalidRequest(details) = &err else {
        panic!("expected InvalidRequest, got {err:?}");
    };
    assert_eq!(details.kind, InvalidRequestKind::Body);
    assert_eq!(details.field.as_deref(), Some("total_byte"));
    assert_eq!(
        err.to_string(),
        "unknown field `total_byte` in the uploads.initiate body; did you mean `total_bytes`?"
    );

    let err = client
        .uploads()
        .initiate(json!({"project_id": server.project_id(), "transfer_metod": "cli"}))
        .await
        .expect_err("transfer_metod is not a field either");
    assert!(
        err.to_string().contains("`transfer_metod`")
            && err.to_string().contains("did you mean `transfer_method`?"),
        "{err}"
    );
    assert!(server.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn a_builder_is_a_body_and_names_a_missing_required_field() {
    let server = MockServer::start().await;
    let client = client(&server);
    let session = client
        .uploads()
        .initiate(
            UploadInitiate::builder()
                .project_id(server.project_id())
                .total_bytes(4096)
                .transfer_method("cli"),
        )
        .await
        .expect("initiate from a builder");
    assert_eq!(server.reserved_bytes(), 4096);
    client
        .uploads()
        .fail(
            UploadFailInput::builder()
                .upload_id(session.id)
                .error_message("done"),
        )
        .await
        .expect("fail from a builder");

    let err = UploadInitiate::builder()
        .total_bytes(1)
        .build()
        .expect_err("project_id is required");
    assert_eq!(
        err.to_string(),
        "`UploadInitiate` is missing the required field `project_id`; set it with `.project_id(..)`"
    );
    let err = UploadInitiate::builder()
        .project_id("proj_1")
        .transfer_method("pigeon")
        .build()
        .expect_err("the pattern allows browser, cli or cloud_transfer");
    assert!(err.to_string().contains("`transfer_method`"), "{err}");
    let err = client
        .uploads()
        .initiate(UploadInitiate::builder().file_count(0).project_id("p"))
        .await
        .expect_err("file_count must be positive");
    assert!(
        err.to_string().contains("`file_count`") && err.to_string().contains("UploadInitiate"),
        "{err}"
    );
    assert_eq!(err.operation(), Some("uploads.initiate"));
    assert_eq!(
        server.requests().len(),
        2,
        "only the two valid calls were sent"
    );
}

#[test]
fn blocking_calls_work_without_a_runtime() {
    let server = MockServer::builder().start_blocking().expect("mock");
    let client = client(&server);
    let session = client
        .uploads()
        .initiate(typed_initiate(server.project_id(), 1))
        .send_blocking()
        .expect("blocking initiate");
    let detailed = client
        .uploads()
        .fail(json!({"upload_id": session.id, "error_message": "changed my mind"}))
        .detailed()
        .send_blocking()
        .expect("blocking fail");
    assert_eq!(detailed.status.as_u16(), 200);
    assert_eq!(server.reserved_bytes(), 0);
}

#[tokio::test]
async fn blocking_inside_a_runtime_is_an_error_not_a_hang() {
    let server = MockServer::start().await;
    let client = client(&server);
    let err = client
        .uploads()
        .initiate(typed_initiate(server.project_id(), 1))
        .send_blocking()
        .expect_err("must refuse");
    assert!(
        matches!(&err, Error::InvalidRequest(d) if d.kind == InvalidRequestKind::BlockingInAsync)
    );
    assert!(server.requests().is_empty());
}
