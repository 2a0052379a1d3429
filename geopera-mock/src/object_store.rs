//! The object store behind signed URLs: `PUT` streams to disk, `GET`/`HEAD` serve with
//! `Range`, `ETag` and `Accept-Ranges`, errors are XML bodies as GCS and S3 send them.
//!
//! Uploads are written to a temporary file while hashing, then renamed into place, so a
//! reader never sees a half-written object and memory use does not grow with file size.

use std::io::{self, SeekFrom};
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use futures_util::StreamExt;
use http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};
use tokio_util::io::ReaderStream;

use crate::auth::has_credentials;
use crate::inspect::ObjectInfo;
use crate::server_state::{new_id, now_ms, AppState};
use crate::signing::{decode_path, SignatureError, STORAGE_PREFIX};
use crate::world::{Store, StoredObject};

/// An XML error response (`<Error><Code>…</Code><Message>…</Message></Error>`).
pub fn xml_error(status: u16, code: &str, message: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{}</Message></Error>",
        escape(message)
    );
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    resp
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The on-disk file for an object path (hashed, so any path is a safe file name).
fn disk_path(app: &AppState, object_path: &str) -> PathBuf {
    app.objects_dir()
        .join(hex::encode(Sha256::digest(object_path.as_bytes())))
}

fn etag_for(sha256: &str) -> String {
    format!("\"{}\"", &sha256[..32.min(sha256.len())])
}

/// Stores a small object synchronously (generated content such as clip mosaics).
pub fn put_small(
    app: &AppState,
    store: &mut Store,
    object_path: &str,
    bytes: &[u8],
    content_type: &str,
) -> io::Result<ObjectInfo> {
    let path = disk_path(app, object_path);
    std::fs::write(&path, bytes)?;
    let sha = hex::encode(ring::digest::digest(&ring::digest::SHA256, bytes));
    let info = ObjectInfo {
        path: object_path.to_owned(),
        size: bytes.len() as u64,
        etag: etag_for(&sha),
        sha256: sha,
        content_type: content_type.to_owned(),
    };
    store.objects.insert(
        object_path.to_owned(),
        StoredObject {
            info: info.clone(),
            disk_path: path,
        },
    );
    Ok(info)
}

/// Serves `PUT`, `GET` and `HEAD` under the storage prefix.
pub async fn handle(app: Arc<AppState>, req: Request) -> Response {
    let raw = req.uri().path().strip_prefix(STORAGE_PREFIX).unwrap_or("");
    let Some(object_path) = decode_path(raw).filter(|p| !p.is_empty()) else {
        return xml_error(400, "InvalidURI", "Couldn't parse the specified URI.");
    };
    let method = req.method().clone();
    if method == Method::PUT && has_credentials(req.headers()) {
        return xml_error(
            400,
            "InvalidArgument",
            "Storage requests must not carry Geopera credentials (Authorization or X-API-Key); the signed URL is the credential.",
        );
    }
    let sign_method = match method {
        Method::PUT => "PUT",
        Method::GET | Method::HEAD => "GET",
        _ => {
            return xml_error(
                405,
                "MethodNotAllowed",
                "The specified method is not allowed against this resource.",
            )
        }
    };
    if let Err(e) = app
        .signer
        .verify(sign_method, &object_path, req.uri().query(), now_ms())
    {
        return match e {
            SignatureError::Expired => xml_error(
                403,
                "ExpiredToken",
                "The provided token has expired. Request signature expired.",
            ),
            SignatureError::Missing => xml_error(
                403,
                "AccessDenied",
                "Anonymous caller does not have access: the URL is not signed.",
            ),
            SignatureError::Mismatch => xml_error(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            ),
        };
    }
    if method == Method::PUT {
        put(app, object_path, req).await
    } else {
        get(app, object_path, method == Method::HEAD, req.headers()).await
    }
}

async fn put(app: Arc<AppState>, object_path: String, req: Request) -> Response {
    {
        let store = app.store.lock().unwrap();
        if !store
            .session_for_object(&object_path)
            .is_some_and(|s| s.info.state.is_open())
        {
            return xml_error(
                403,
                "AccessDenied",
                "The upload session for this object is closed.",
            );
        }
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let declared_len = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let tmp = app.tmp_dir().join(format!("{}.part", new_id("put")));
    let written = stream_to_file(req.into_body(), &tmp).await;
    let (size, sha) = match written {
        Ok(v) => v,
        Err(e) => {
            let _ = tokio::fs::remove_file(&tmp).await;
            return xml_error(
                400,
                "IncompleteBody",
                &format!("The request body could not be read: {e}"),
            );
        }
    };
    if declared_len.is_some_and(|n| n != size) {
        let _ = tokio::fs::remove_file(&tmp).await;
        return xml_error(
            400,
            "IncompleteBody",
            "You did not provide the number of bytes specified by the Content-Length HTTP header.",
        );
    }
    let target = disk_path(&app, &object_path);
    let mut store = app.store.lock().unwrap();
    let Some(session) = store
        .session_for_object(&object_path)
        .filter(|s| s.info.state.is_open())
    else {
        let _ = std::fs::remove_file(&tmp);
        return xml_error(
            403,
            "AccessDenied",
            "The upload session for this object is closed.",
        );
    };
    let signed_type = session
        .file_at(&object_path)
        .map(|f| f.content_type.clone());
    if let Err(e) = std::fs::rename(&tmp, &target) {
        let _ = std::fs::remove_file(&tmp);
        return xml_error(
            500,
            "InternalError",
            &format!("could not store object: {e}"),
        );
    }
    let info = ObjectInfo {
        path: object_path.clone(),
        size,
        etag: etag_for(&sha),
        sha256: sha,
        content_type: content_type
            .or(signed_type)
            .unwrap_or_else(|| "application/octet-stream".into()),
    };
    let etag = info.etag.clone();
    store.objects.insert(
        object_path,
        StoredObject {
            info,
            disk_path: target,
        },
    );
    drop(store);
    let mut resp = Response::new(Body::empty());
    if let Ok(v) = HeaderValue::from_str(&etag) {
        resp.headers_mut().insert(header::ETAG, v);
    }
    resp
}

/// Bytes per file read or write of object bodies.
const IO_CHUNK: usize = 256 * 1024;

/// Writes a body to `path` chunk by chunk, hashing as it goes.
async fn stream_to_file(body: Body, path: &PathBuf) -> io::Result<(u64, String)> {
    // Buffered: every write is a hop to tokio's blocking pool, and received chunks are small.
    let mut file =
        tokio::io::BufWriter::with_capacity(IO_CHUNK, tokio::fs::File::create(path).await?);
    // ring's assembly SHA-256 keeps multi-GiB uploads fast even in unoptimised builds.
    let mut hasher = ring::digest::Context::new(&ring::digest::SHA256);
    let mut size = 0u64;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(io::Error::other)?;
        hasher.update(&chunk);
        size += chunk.len() as u64;
        file.write_all(&chunk).await?;
    }
    file.flush().await?;
    Ok((size, hex::encode(hasher.finish())))
}

/// A parsed single `Range` header.
#[derive(Debug, PartialEq, Eq)]
enum RangeReq {
    /// No (usable) range: serve everything.
    Full,
    /// Inclusive byte range.
    Part(u64, u64),
    /// Cannot be satisfied for this size.
    Unsatisfiable,
}

fn parse_range(header: Option<&str>, size: u64) -> RangeReq {
    let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return RangeReq::Full;
    };
    if spec.contains(',') {
        // Multiple ranges: serving the whole representation is allowed (RFC 9110).
        return RangeReq::Full;
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return RangeReq::Full;
    };
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() {
        // Suffix range: the last `b` bytes.
        let Ok(suffix) = b.parse::<u64>() else {
            return RangeReq::Full;
        };
        if suffix == 0 || size == 0 {
            return RangeReq::Unsatisfiable;
        }
        return RangeReq::Part(size - suffix.min(size), size - 1);
    }
    let Ok(start) = a.parse::<u64>() else {
        return RangeReq::Full;
    };
    let end = if b.is_empty() {
        u64::MAX
    } else {
        match b.parse::<u64>() {
            Ok(e) => e,
            Err(_) => return RangeReq::Full,
        }
    };
    if end < start {
        return RangeReq::Full;
    }
    if start >= size {
        return RangeReq::Unsatisfiable;
    }
    RangeReq::Part(start, end.min(size - 1))
}

async fn get(app: Arc<AppState>, object_path: String, head: bool, headers: &HeaderMap) -> Response {
    let object = app.store.lock().unwrap().objects.get(&object_path).cloned();
    let Some(object) = object else {
        return xml_error(404, "NoSuchKey", "The specified key does not exist.");
    };
    let size = object.info.size;
    let range = parse_range(
        headers.get(header::RANGE).and_then(|v| v.to_str().ok()),
        size,
    );
    let mut resp = Response::new(Body::empty());
    let h = resp.headers_mut();
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Ok(v) = HeaderValue::from_str(&object.info.etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&object.info.content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    let (start, len) = match range {
        RangeReq::Unsatisfiable => {
            let mut r = xml_error(
                416,
                "InvalidRange",
                "The requested range is not satisfiable",
            );
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
                r.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return r;
        }
        RangeReq::Full => (0, size),
        RangeReq::Part(a, b) => {
            *resp.status_mut() = StatusCode::PARTIAL_CONTENT;
            if let Ok(v) = HeaderValue::from_str(&format!("bytes {a}-{b}/{size}")) {
                resp.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            (a, b - a + 1)
        }
    };
    resp.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    if head {
        return resp;
    }
    let file = match tokio::fs::File::open(&object.disk_path).await {
        Ok(f) => f,
        Err(e) => {
            return xml_error(
                500,
                "InternalError",
                &format!("object bytes unavailable: {e}"),
            )
        }
    };
    let mut file = file;
    if start > 0 {
        if let Err(e) = file.seek(SeekFrom::Start(start)).await {
            return xml_error(500, "InternalError", &format!("seek failed: {e}"));
        }
    }
    // Large reads: each one is a hop to tokio's blocking pool.
    let stream = ReaderStream::with_capacity(file.take(len), IO_CHUNK);
    *resp.body_mut() = Body::from_stream(stream);
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range(None, 10), RangeReq::Full);
        assert_eq!(parse_range(Some("bytes=0-3"), 10), RangeReq::Part(0, 3));
        assert_eq!(parse_range(Some("bytes=5-"), 10), RangeReq::Part(5, 9));
        assert_eq!(parse_range(Some("bytes=-3"), 10), RangeReq::Part(7, 9));
        assert_eq!(parse_range(Some("bytes=-30"), 10), RangeReq::Part(0, 9));
        assert_eq!(parse_range(Some("bytes=8-100"), 10), RangeReq::Part(8, 9));
        assert_eq!(parse_range(Some("bytes=10-"), 10), RangeReq::Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=-0"), 10), RangeReq::Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=0-1,4-5"), 10), RangeReq::Full);
        assert_eq!(parse_range(Some("bytes=5-2"), 10), RangeReq::Full);
        assert_eq!(parse_range(Some("items=0-1"), 10), RangeReq::Full);
        assert_eq!(parse_range(Some("bytes=x-1"), 10), RangeReq::Full);
    }
}
