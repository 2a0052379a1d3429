//! Bad input never crashes the server or corrupts its state: 1,000 random or malformed
//! requests (fixed seed, so failures reproduce), then a normal upload still works.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{content, Api};
use geopera_mock::MockServer;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{json, Map, Value};

const ROUNDS: usize = 1_000;

const FIELDS: &[&str] = &[
    "project_id",
    "upload_id",
    "item_id",
    "asset_id",
    "job_id",
    "mosaic_type",
    "file_name",
    "total_bytes",
    "file_count",
    "transfer_method",
    "limit",
    "offset",
    "organization_id",
    "area",
    "mosaic_types",
    "aoi_geometry",
    "name",
    "status",
    "bytes_uploaded",
    "error_message",
    "target_item_id",
    "asset_key",
    "content_type",
];

fn random_string(rng: &mut StdRng) -> String {
    const POOL: &[&str] = &[
        "",
        "proj_dev",
        "u_0",
        "it_0",
        "job_0",
        "visual",
        "../../etc/passwd",
        "a/b/c",
        "%00",
        "\u{0}",
        "ü🌍",
        "'; drop table",
        "cli",
        "signed_url",
        "org_dev",
        "🦀🦀🦀",
    ];
    if rng.gen_bool(0.5) {
        POOL[rng.gen_range(0..POOL.len())].to_owned()
    } else {
        let len = rng.gen_range(0..40);
        (0..len)
            .map(|_| char::from_u32(rng.gen_range(1..0x2FFF)).unwrap_or('x'))
            .collect()
    }
}

fn random_value(rng: &mut StdRng, depth: u32) -> Value {
    match rng.gen_range(0..10) {
        0 => Value::Null,
        1 => json!(rng.gen_bool(0.5)),
        2 => json!(rng.gen::<i64>()),
        3 => json!(rng.gen::<u64>()),
        4 => json!(rng.gen::<f64>() * 1e300 * if rng.gen_bool(0.5) { -1.0 } else { 1.0 }),
        5 | 6 => json!(random_string(rng)),
        7 if depth < 4 => Value::Array(
            (0..rng.gen_range(0..4))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        8 if depth < 4 => random_object(rng, depth + 1),
        _ => json!(rng.gen_range(-5i64..5)),
    }
}

fn random_object(rng: &mut StdRng, depth: u32) -> Value {
    let mut m = Map::new();
    for _ in 0..rng.gen_range(0..6) {
        let key = if rng.gen_bool(0.8) {
            FIELDS[rng.gen_range(0..FIELDS.len())].to_owned()
        } else {
            random_string(rng)
        };
        m.insert(key, random_value(rng, depth));
    }
    Value::Object(m)
}

fn random_body(rng: &mut StdRng) -> Vec<u8> {
    match rng.gen_range(0..8) {
        0 => Vec::new(),
        1 => (0..rng.gen_range(1..200)).map(|_| rng.gen()).collect(),
        2 => {
            let mut s = serde_json::to_vec(&random_object(rng, 0)).unwrap();
            let cut = rng.gen_range(0..s.len().max(1));
            s.truncate(cut);
            s
        }
        3 => {
            let depth = rng.gen_range(100..400);
            format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes()
        }
        4 => serde_json::to_vec(&random_value(rng, 0)).unwrap(),
        _ => serde_json::to_vec(&random_object(rng, 0)).unwrap(),
    }
}

fn random_header(rng: &mut StdRng) -> (&'static str, String) {
    const NAMES: &[&str] = &[
        "authorization",
        "x-api-key",
        "idempotency-key",
        "content-type",
        "range",
        "user-agent",
        "content-encoding",
        "accept",
    ];
    let name = NAMES[rng.gen_range(0..NAMES.len())];
    let value = match rng.gen_range(0..6) {
        0 => "Bearer gpra_dev".to_owned(),
        1 => "Bearer".to_owned(),
        2 => "Basic Z3ByYV9kZXY6".to_owned(),
        3 => "bytes=-0,5-".to_owned(),
        4 => "application/json; charset=latin-1".to_owned(),
        _ => (0..rng.gen_range(0..30))
            .map(|_| rng.gen_range(0x20u8..0x7f) as char)
            .collect(),
    };
    (name, value)
}

/// Raw bytes on a socket: malformed request lines, headers and framing.
fn raw_garbage(addr: std::net::SocketAddr, rng: &mut StdRng) {
    let samples: [&[u8]; 6] = [
        b"POST /v1/op/items.get HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n{\"a\"",
        b"GARBAGE\r\n\r\n",
        b"POST /v1/op/uploads.initiate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nAuthorization: Bearer gpra_dev\r\n\r\nzz\r\n",
        b"PUT /storage/%ZZ%?X-Geopera-Expires=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
        b"POST /v1/op/uploads.initiate HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer gpra_dev\r\nContent-Length: 99999999999999999999\r\n\r\n{}",
        b"\x00\x01\x02\xff\xfe",
    ];
    let mut bytes = samples[rng.gen_range(0..samples.len())].to_vec();
    if rng.gen_bool(0.3) {
        let i = rng.gen_range(0..bytes.len());
        bytes[i] = rng.gen();
    }
    let Ok(mut s) = TcpStream::connect(addr) else {
        return;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = s.write_all(&bytes);
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    if let Some(status) = out.get(9..12) {
        assert!(
            status[0] != b'5',
            "5xx on raw input {:?}: {}",
            String::from_utf8_lossy(&bytes),
            String::from_utf8_lossy(&out)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_bad_requests_then_a_normal_upload() {
    let server = MockServer::builder()
        .no_rate_limits()
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    let spec: Value = serde_json::from_str(geopera_mock::spec_json()).unwrap();
    let mut ops: Vec<String> = spec["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(|p| p.trim_start_matches("/v1/op/").to_owned())
        .collect();
    ops.extend(["no.such", "", "uploads.", "../x"].map(str::to_owned));
    let hot = [
        "uploads.initiate",
        "uploads.signed_url",
        "uploads.complete",
        "uploads.fail",
        "uploads.progress",
        "items.asset.download",
        "clip.create_from_area",
        "clip.jobs.list",
    ];

    let mut rng = StdRng::seed_from_u64(0x6e0_9e7a);
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for round in 0..ROUNDS {
        if round % 10 == 9 {
            let addr = server.addr();
            let seed = rng.gen();
            tokio::task::spawn_blocking(move || {
                raw_garbage(addr, &mut StdRng::seed_from_u64(seed))
            })
            .await
            .unwrap();
            continue;
        }
        let op = if rng.gen_bool(0.4) {
            hot[rng.gen_range(0..hot.len())].to_owned()
        } else {
            ops[rng.gen_range(0..ops.len())].clone()
        };
        let url = match rng.gen_range(0..10) {
            0 => format!(
                "{}/storage/uploads/{}?X-Geopera-Expires={}&X-Geopera-Signature=00",
                api.base,
                random_string(&mut rng).replace(['?', '#'], ""),
                rng.gen::<u64>()
            ),
            1 => format!("{}/v1/{}", api.base, op.replace('.', "/")),
            _ => format!("{}/v1/op/{op}", api.base),
        };
        let method = match rng.gen_range(0..12) {
            0 => reqwest::Method::PUT,
            1 => reqwest::Method::GET,
            2 => reqwest::Method::DELETE,
            _ => reqwest::Method::POST,
        };
        let mut req = api.http.request(method, &url).body(random_body(&mut rng));
        if rng.gen_bool(0.7) {
            req = req.bearer_auth("gpra_dev");
        }
        for _ in 0..rng.gen_range(0..4) {
            let (name, value) = random_header(&mut rng);
            req = req.header(name, value);
        }
        let resp = req
            .send()
            .await
            .unwrap_or_else(|e| panic!("round {round}: transport error for {url}: {e}"));
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        assert!(status < 500, "round {round}: {status} for {url}: {text}");
        *statuses.entry(status).or_default() += 1;
    }
    eprintln!("statuses over {ROUNDS} fuzz rounds: {statuses:?}");
    assert!(
        statuses.len() >= 5,
        "the fuzz should reach many code paths: {statuses:?}"
    );

    // State is consistent: every reservation belongs to an open session.
    for r in server.reservations() {
        assert!(server.session(&r.upload_id).unwrap().state.is_open());
    }
    // And a normal upload + download still works.
    let bytes = content(50_000, 42);
    let (upload_id, done) = api
        .upload(server.project_id(), "after-fuzz.tif", &bytes)
        .await;
    assert_eq!(done["id"], upload_id.as_str());
    let item_id = done["item_ids"][0].as_str().unwrap();
    let d = api
        .ok(
            "items.asset.download",
            json!({"item_id": item_id, "asset_id": "visual"}),
        )
        .await;
    let got = api.fetch(d["url"].as_str().unwrap()).await;
    assert_eq!(got, bytes);
}
