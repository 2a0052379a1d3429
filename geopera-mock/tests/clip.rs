//! Clip jobs: pending → running → completed, listing, downloads with egress attribution, delete.

mod common;

use std::time::Duration;

use common::Api;
use geopera_mock::MockServer;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

fn create_body(server: &MockServer, area: &str) -> Value {
    json!({
        "area": area,
        "mosaic_types": ["visual", "ndvi"],
        "aoi_geometry": {"type": "Polygon", "coordinates": [[[151.2, -33.8], [151.3, -33.8], [151.3, -33.9], [151.2, -33.8]]]},
        "organization_id": server.org_id(),
    })
}

#[tokio::test]
async fn clip_job_lifecycle() {
    // A long delay: completion is driven by polls, so nothing here depends on time.
    let server = MockServer::builder()
        .clip_delay(Duration::from_secs(3600))
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    let job = api
        .ok("clip.create_from_area", create_body(&server, "sydney"))
        .await;
    let job_id = job["id"].as_str().unwrap().to_owned();
    assert!(job_id.starts_with("job_"));
    assert_eq!(job["status"], "pending");

    // Downloads of a job that has not completed are refused.
    let r = api
        .call("clip.job.downloads", json!({"job_id": job_id}))
        .await;
    assert_eq!(r.status, 409);

    let mut status = String::new();
    for _ in 0..10 {
        let j = api.ok("clip.job.get", json!({"job_id": job_id})).await;
        status = j["status"].as_str().unwrap().to_owned();
        if status == "completed" {
            break;
        }
    }
    assert_eq!(status, "completed");

    let list = api
        .ok(
            "clip.jobs.list",
            json!({"organization_id": server.org_id(), "limit": 10}),
        )
        .await;
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["id"], job_id.as_str());

    let available = api
        .ok("clip.job.downloads", json!({"job_id": job_id}))
        .await;
    let downloads = available["downloads"].as_array().unwrap();
    assert_eq!(downloads.len(), 2);
    assert_eq!(downloads[0]["mosaic_type"], "visual");

    let d = api
        .ok(
            "clip.job.download",
            json!({"job_id": job_id, "mosaic_type": "visual", "user_agent": "bench/1", "requester_ip": "10.0.0.1"}),
        )
        .await;
    common::assert_descriptor(&d);
    let bytes = api.fetch(d["url"].as_str().unwrap()).await;
    assert_eq!(&bytes[..4], b"II*\0", "a little-endian TIFF");
    assert_eq!(bytes.len() as u64, d["size"].as_u64().unwrap());
    assert_eq!(
        hex::encode(Sha256::digest(&bytes)),
        d["sha256"].as_str().unwrap()
    );

    let egress = server.egress();
    assert_eq!(egress.len(), 1);
    assert_eq!(egress[0].kind, "clip");
    assert_eq!(egress[0].resource_id, job_id);
    assert_eq!(egress[0].user_agent.as_deref(), Some("bench/1"));
    assert_eq!(egress[0].requester_ip.as_deref(), Some("10.0.0.1"));

    assert_eq!(
        api.call(
            "clip.job.download",
            json!({"job_id": job_id, "mosaic_type": "swir"})
        )
        .await
        .status,
        404
    );

    api.ok("clip.job.delete", json!({"job_id": job_id})).await;
    assert_eq!(
        api.call("clip.job.get", json!({"job_id": job_id}))
            .await
            .status,
        404
    );
    assert!(server.objects().iter().all(|o| !o.path.contains(&job_id)));
}

#[tokio::test]
async fn mosaics_are_deterministic_and_lists_page() {
    let server = MockServer::builder()
        .clip_delay(Duration::ZERO)
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    let mut shas = Vec::new();
    for _ in 0..3 {
        let job = api
            .ok("clip.create_from_area", create_body(&server, "perth"))
            .await;
        let d = api
            .ok(
                "clip.job.download",
                json!({"job_id": job["id"], "mosaic_type": "ndvi"}),
            )
            .await;
        shas.push(d["sha256"].as_str().unwrap().to_owned());
    }
    assert!(shas.windows(2).all(|w| w[0] == w[1]), "{shas:?}");

    let page = |offset: u64| {
        api.ok(
            "clip.jobs.list",
            json!({"organization_id": server.org_id(), "limit": 2, "offset": offset}),
        )
    };
    let first = page(0).await;
    let second = page(2).await;
    assert_eq!(first["items"].as_array().unwrap().len(), 2);
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_eq!(first["total"], 3);

    // Another organisation id is not visible.
    let r = api
        .call(
            "clip.jobs.list",
            json!({"organization_id": "org_elsewhere"}),
        )
        .await;
    assert_eq!(r.status, 404);
    let mut body = create_body(&server, "x");
    body["organization_id"] = json!("org_elsewhere");
    assert_eq!(api.call("clip.create_from_area", body).await.status, 404);
}
