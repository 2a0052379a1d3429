//! Benchmark driver for `cargo xtask bench`: one Geopera client operation per process, so
//! the harness can measure wall time, CPU time and peak RSS of exactly that work.
//!
//! ```text
//! bench_client upload FILE                 one file through the upload helper
//! bench_client download ITEM DEST [--no-verify]
//!                                          asset `visual` of ITEM through `.to_path(DEST)`
//!                                          (with `.verify(false)`: no SHA-256)
//! bench_client many-upload DIR CONCURRENCY every file of DIR in one session
//! bench_client progress-calls N            N sequential `uploads.progress` calls
//! bench_client reqwest-calls N             the same calls as plain `reqwest` requests
//! bench_client hyper-calls N               the same calls over one `hyper` connection that
//!                                          the caller's future drives itself
//! bench_client sign FILE_NAME SIZE         a session and a signed PUT URL (for curl)
//! bench_client resolve ITEM                the signed GET URL of asset `visual` (for curl)
//! ```
//!
//! The work runs the way `#[tokio::main]` runs it: `block_on` of a multi-threaded runtime.
//! With `--current-thread` first, it runs on a current-thread runtime instead (the choice
//! for a program that makes its calls one after another).
//!
//! Reads `GEOPERA_API_URL` and `GEOPERA_API_TOKEN` (and `GEOPERA_PROJECT_ID`, default
//! `proj_dev`); prints one JSON object on stdout.

use std::path::PathBuf;
use std::pin::Pin;
use std::process::ExitCode;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HOST};
use hyper_util::rt::TokioIo;

use geopera_fluent::types::UploadOutput;
use geopera_fluent::{DownloadDescriptor, Geopera};
use serde_json::{json, Value};

const USAGE: &str =
    "usage: bench_client [--current-thread] upload FILE | download ITEM DEST [--no-verify] | \
many-upload DIR CONCURRENCY | progress-calls N | reqwest-calls N | hyper-calls N | \
sign FILE_NAME SIZE | resolve ITEM";

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut builder = if args.first().map(String::as_str) == Some("--current-thread") {
        args.remove(0);
        tokio::runtime::Builder::new_current_thread()
    } else {
        tokio::runtime::Builder::new_multi_thread()
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("bench_client: runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(&args)) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("bench_client: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The token the plain reqwest and hyper callers send (the SDK reads it itself).
fn api_token() -> String {
    std::env::var("GEOPERA_API_TOKEN").unwrap_or_default()
}

fn project_id() -> String {
    std::env::var("GEOPERA_PROJECT_ID").unwrap_or_else(|_| "proj_dev".to_owned())
}

fn arg(args: &[String], i: usize) -> Result<&str, BoxError> {
    args.get(i)
        .map(String::as_str)
        .ok_or_else(|| USAGE.to_owned().into())
}

/// Who makes the `uploads.progress` calls of [`progress_calls`].
enum Caller {
    /// `client.uploads().progress(..)`.
    Sdk,
    /// The same `POST` through the SDK's `reqwest::Client`, with none of the SDK's own work:
    /// what a hand-written reqwest loop costs on the same runtime.
    PlainReqwest,
    /// The same `POST` over a connection the caller drives itself: below any HTTP client's
    /// pool, the least one exchange costs on the same runtime.
    InPlaceHyper(InPlaceConnection),
}

/// One HTTP/1 connection to the mock whose connection future is polled by the caller's own
/// future, not spawned: the whole exchange runs on the calling thread, which the runtime's
/// I/O driver wakes when the answer arrives. Plain `http://` only, one call at a time.
struct InPlaceConnection {
    sender: http1::SendRequest<Full<Bytes>>,
    connection: Pin<Box<http1::Connection<TokioIo<tokio::net::TcpStream>, Full<Bytes>>>>,
    host: String,
    authorization: String,
}

impl InPlaceConnection {
    async fn open(base_url: &str, token: &str) -> Result<Self, BoxError> {
        let uri: hyper::Uri = base_url.parse()?;
        let host = uri
            .authority()
            .ok_or_else(|| format!("{base_url}: no host"))?
            .to_string();
        let stream = tokio::net::TcpStream::connect(&host).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
        Ok(InPlaceConnection {
            sender,
            connection: Box::pin(connection),
            host,
            authorization: format!("Bearer {token}"),
        })
    }

    /// `POST path` with a JSON body; the answer's body, which must be a success.
    async fn post(&mut self, path: &str, body: &Value) -> Result<Bytes, BoxError> {
        let request = hyper::Request::post(path)
            .header(HOST, &self.host)
            .header(AUTHORIZATION, &self.authorization)
            .header(CONTENT_TYPE, "application/json")
            .body(Full::new(Bytes::from(serde_json::to_vec(body)?)))?;
        let sender = &mut self.sender;
        let exchange = async move {
            let answer = sender.send_request(request).await?;
            if !answer.status().is_success() {
                return Err(format!("{path}: {}", answer.status()).into());
            }
            Ok::<_, BoxError>(answer.into_body().collect().await?.to_bytes())
        };
        tokio::select! {
            biased;
            answer = exchange => answer,
            ended = self.connection.as_mut() => {
                Err(format!("{path}: the connection ended ({ended:?})").into())
            }
        }
    }
}

/// `n` sequential `uploads.progress` calls in one session, then `uploads.fail`.
async fn progress_calls(client: &Geopera, n: u64, mut caller: Caller) -> Result<Value, BoxError> {
    let session = initiate(client, 1).await?;
    let url = format!("{}/v1/op/uploads.progress", client.api().base_url());
    let token = api_token();
    for i in 0..n {
        let body = json!({
            "upload_id": session.id,
            "status": "uploading",
            "bytes_uploaded": i,
        });
        match &mut caller {
            Caller::Sdk => {
                client.uploads().progress(body).await?;
            }
            Caller::PlainReqwest => {
                let answer = client
                    .api()
                    .http()
                    .post(&url)
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await?
                    .error_for_status()?;
                answer.bytes().await?;
            }
            Caller::InPlaceHyper(connection) => {
                connection.post("/v1/op/uploads.progress", &body).await?;
            }
        }
    }
    client
        .uploads()
        .fail(json!({
            "upload_id": session.id,
            "error_message": "benchmark session",
            "error_step": "transfer",
        }))
        .await?;
    Ok(json!({"upload_id": session.id, "calls": n}))
}

/// Opens a one-file upload session of `total_bytes` in the benchmark project.
async fn initiate(client: &Geopera, total_bytes: u64) -> Result<UploadOutput, BoxError> {
    Ok(client
        .uploads()
        .initiate(json!({
            "project_id": project_id(),
            "transfer_method": "cli",
            "file_count": 1,
            "total_bytes": total_bytes,
        }))
        .await?)
}

async fn run(args: &[String]) -> Result<Value, BoxError> {
    let client = Geopera::from_env()?;
    match arg(args, 0)? {
        "upload" => {
            let file = PathBuf::from(arg(args, 1)?);
            let bytes = std::fs::metadata(&file)?.len();
            let done = client.upload(project_id()).file(file).send().await?;
            Ok(json!({"upload_id": done.id, "item_ids": done.item_ids, "bytes": bytes}))
        }
        "download" => {
            let item = arg(args, 1)?;
            let dest = arg(args, 2)?;
            let verify = args.get(3).map(String::as_str) != Some("--no-verify");
            let report = client
                .download_asset(item, "visual")
                .verify(verify)
                .to_path(dest)
                .await?;
            Ok(json!({"bytes": report.bytes, "sha256": report.sha256}))
        }
        "many-upload" => {
            let dir = PathBuf::from(arg(args, 1)?);
            let concurrency: usize = arg(args, 2)?.parse()?;
            let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
                .map(|e| e.map(|e| e.path()))
                .collect::<Result<_, _>>()?;
            files.sort();
            let mut bytes = 0u64;
            let mut upload = client.upload(project_id()).concurrency(concurrency);
            for f in &files {
                bytes += std::fs::metadata(f)?.len();
                upload = upload.file(f);
            }
            let done = upload.send().await?;
            Ok(json!({
                "upload_id": done.id,
                "files": files.len(),
                "items": done.item_ids.len(),
                "bytes": bytes,
            }))
        }
        "progress-calls" => progress_calls(&client, arg(args, 1)?.parse()?, Caller::Sdk).await,
        "reqwest-calls" => {
            progress_calls(&client, arg(args, 1)?.parse()?, Caller::PlainReqwest).await
        }
        "hyper-calls" => {
            let token = api_token();
            let connection = InPlaceConnection::open(client.api().base_url(), &token).await?;
            progress_calls(
                &client,
                arg(args, 1)?.parse()?,
                Caller::InPlaceHyper(connection),
            )
            .await
        }
        "sign" => {
            let name = arg(args, 1)?;
            let size: u64 = arg(args, 2)?.parse()?;
            let session = initiate(&client, size).await?;
            let signed = client
                .uploads()
                .signed_url(json!({
                    "upload_id": session.id,
                    "file_name": name,
                    "content_type": "application/octet-stream",
                }))
                .await?;
            Ok(json!({"upload_id": session.id, "upload_url": signed.upload_url}))
        }
        "resolve" => {
            let item = arg(args, 1)?;
            let d: DownloadDescriptor = client
                .items()
                .asset()
                .download(json!({"item_id": item, "asset_id": "visual"}))
                .await?;
            Ok(json!({"url": d.url, "size": d.size}))
        }
        _ => Err(USAGE.to_owned().into()),
    }
}
