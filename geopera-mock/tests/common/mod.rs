//! Helpers shared by the integration tests: a thin JSON client for operations and the
//! upload steps most tests need.

#![allow(dead_code)]

use geopera_mock::MockServer;
use reqwest::header::HeaderMap;
use serde_json::{json, Value};

/// A response reduced to what the tests assert on.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub text: String,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// A mock with a second organisation: its server, a client of the dev token's organisation
/// and one of `org_other` (token `gpra_other`, every scope), for the tests that check what
/// one organisation can see of another's resources.
pub async fn two_organisations() -> (MockServer, Api, Api) {
    let server = MockServer::builder()
        .token_in_org("gpra_other", "org_other", &["*"])
        .start()
        .await
        .unwrap();
    let mine = Api::new(&server);
    let theirs = Api::with_token(&server, Some("gpra_other"));
    (server, mine, theirs)
}

pub struct Api {
    pub base: String,
    pub token: Option<String>,
    pub http: reqwest::Client,
}

impl Api {
    pub fn new(server: &MockServer) -> Self {
        Self::with_token(server, Some(server.dev_token()))
    }

    pub fn with_token(server: &MockServer, token: Option<&str>) -> Self {
        Api {
            base: server.base_url(),
            token: token.map(str::to_owned),
            http: reqwest::Client::new(),
        }
    }

    pub async fn raw(&self, op: &str, body: Vec<u8>, headers: &[(&str, &str)]) -> Resp {
        let mut req = self
            .http
            .post(format!("{}/v1/op/{op}", self.base))
            .header("content-type", "application/json")
            .body(body);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let r = req.send().await.expect("request failed");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let text = r.text().await.unwrap();
        Resp {
            status,
            headers,
            text,
        }
    }

    pub async fn call(&self, op: &str, body: Value) -> Resp {
        self.raw(op, serde_json::to_vec(&body).unwrap(), &[]).await
    }

    /// Calls and asserts success, returning the JSON body.
    pub async fn ok(&self, op: &str, body: Value) -> Value {
        let r = self.call(op, body).await;
        assert!(
            (200..300).contains(&r.status),
            "{op} -> {} {}",
            r.status,
            r.text
        );
        r.json()
    }

    pub async fn initiate(&self, project: &str, files: u64, total: u64) -> String {
        let v = self
            .ok(
                "uploads.initiate",
                json!({"project_id": project, "transfer_method": "cli", "file_count": files, "total_bytes": total}),
            )
            .await;
        v["id"].as_str().unwrap().to_owned()
    }

    pub async fn sign(&self, upload_id: &str, file_name: &str) -> (String, String) {
        let v = self
            .ok(
                "uploads.signed_url",
                json!({"upload_id": upload_id, "file_name": file_name, "content_type": "image/tiff"}),
            )
            .await;
        (
            v["upload_url"].as_str().unwrap().to_owned(),
            v["object_path"].as_str().unwrap().to_owned(),
        )
    }

    /// Signs and PUTs one file, asserting the store accepted it.
    pub async fn put_file(&self, upload_id: &str, file_name: &str, bytes: &[u8]) -> String {
        let (url, path) = self.sign(upload_id, file_name).await;
        let r = self
            .http
            .put(&url)
            .header("content-type", "image/tiff")
            .body(bytes.to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
        path
    }

    /// initiate → sign → PUT → complete; returns (upload_id, complete response).
    pub async fn upload(&self, project: &str, file_name: &str, bytes: &[u8]) -> (String, Value) {
        let id = self.initiate(project, 1, bytes.len() as u64).await;
        self.put_file(&id, file_name, bytes).await;
        let done = self.ok("uploads.complete", json!({"upload_id": id})).await;
        (id, done)
    }

    /// GETs a signed URL (no credentials) and returns the body; the status must be 200.
    pub async fn fetch(&self, url: &str) -> Vec<u8> {
        let r = self.http.get(url).send().await.unwrap();
        assert_eq!(r.status(), 200, "GET {url}");
        r.bytes().await.unwrap().to_vec()
    }
}

/// Asserts that a download descriptor carries every field clients rely on.
pub fn assert_descriptor(d: &Value) {
    for field in [
        "url",
        "expires_at",
        "size",
        "content_type",
        "filename",
        "sha256",
    ] {
        assert!(!d[field].is_null(), "descriptor lacks {field}: {d}");
    }
}

/// Deterministic test content.
pub fn content(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}
