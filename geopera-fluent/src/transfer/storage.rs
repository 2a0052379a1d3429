//! Requests to the storage host behind signed URLs: streamed request bodies, and what a
//! storage answer means for the next attempt (an [`Outcome`]).
//!
//! Storage requests go through the client's shared `reqwest::Client` but never carry the
//! Geopera credential: the signed URL is the credential. URLs appear in messages only through
//! [`geopera_api::redact_url`], without their signature.

use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::task::JoinHandle;

use super::progress::Tracker;
use super::retry::{Outcome, Transient};
use super::stall::Activity;

/// Bytes read from a source per body chunk: memory per file in flight stays near this,
/// whatever the file's size.
pub(crate) const CHUNK: usize = 1024 * 1024;

/// Why a body stream stopped on purpose (the source changed); set before the stream fails.
pub(crate) type BodyFault = Arc<OnceLock<String>>;

/// Where a body's bytes come from.
pub(crate) enum BodySource {
    /// A local file, re-opened for every attempt.
    File(PathBuf),
    /// A caller's reader: one attempt only.
    Reader(Box<dyn AsyncRead + Send + Unpin>),
}

/// A chunk being read on the blocking pool; the file comes back with it.
type ChunkRead = JoinHandle<(std::fs::File, io::Result<Vec<u8>>)>;

/// Reads a file in [`CHUNK`]s on the blocking pool, straight into the buffers handed to the
/// HTTP body, one chunk ahead of the one being sent, so reading the disk overlaps sending.
struct FileChunks {
    /// The file, while no read is in flight.
    file: Option<std::fs::File>,
    /// The read ahead, and the length it asked for.
    ahead: Option<(usize, ChunkRead)>,
}

impl FileChunks {
    fn new(file: std::fs::File) -> Self {
        FileChunks {
            file: Some(file),
            ahead: None,
        }
    }

    /// Starts reading the next `want` bytes (fewer at the end of the file).
    fn read_ahead(&mut self, want: usize) {
        let Some(mut file) = self.file.take() else {
            return;
        };
        let task = tokio::task::spawn_blocking(move || {
            let result = read_up_to(&mut file, want);
            (file, result)
        });
        self.ahead = Some((want, task));
    }

    /// The next `want` bytes, and the read of the `then` bytes after them started.
    async fn next(&mut self, want: usize, then: usize) -> io::Result<Bytes> {
        if self.ahead.as_ref().is_some_and(|(asked, _)| *asked != want) {
            return Err(io::Error::other("a read ahead asked for the wrong length"));
        }
        if self.ahead.is_none() {
            self.read_ahead(want);
        }
        let (_, task) = self.ahead.take().expect("a read is in flight");
        let (file, result) = task.await.map_err(io::Error::other)?;
        self.file = Some(file);
        let buf = result?;
        if then > 0 && buf.len() == want {
            self.read_ahead(then);
        }
        Ok(Bytes::from(buf))
    }
}

/// The next `want` bytes of `file`, fewer if it ends first. They are read into a buffer
/// that is not zeroed beforehand (`read_to_end` fills its spare capacity): zeroing each
/// buffer before the read was about a tenth of an upload's client CPU.
fn read_up_to(file: &mut std::fs::File, want: usize) -> io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(want);
    file.take(want as u64).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Fills `buf` from `reader` until it is full or the reader ends; returns the bytes read.
/// (`read_exact` would fail at the end instead of saying how much there was.)
pub(crate) fn fill_from(reader: &mut impl std::io::Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(filled)
}

/// Where a body stream reads from.
enum Reader {
    File(FileChunks),
    Stream(Box<dyn AsyncRead + Send + Unpin>),
}

struct BodyState {
    reader: Reader,
    /// A second handle on the file, to check its size when the last byte is read.
    check: Option<std::fs::File>,
    expected: u64,
    remaining: u64,
    tracker: Arc<Tracker>,
    index: usize,
    activity: Activity,
    fault: BodyFault,
    done: bool,
}

impl BodyState {
    fn fail(&mut self, message: String) -> io::Error {
        self.done = true;
        let _ = self.fault.set(message.clone());
        io::Error::other(message)
    }

    async fn next_chunk(&mut self) -> Option<io::Result<Bytes>> {
        if self.done || self.remaining == 0 {
            return None;
        }
        let want = (CHUNK as u64).min(self.remaining) as usize;
        let read = match &mut self.reader {
            Reader::File(chunks) => {
                let then = (CHUNK as u64).min(self.remaining - want as u64) as usize;
                chunks.next(want, then).await
            }
            Reader::Stream(reader) => read_stream(reader, want).await.map(BytesMut::freeze),
        };
        let buf = match read {
            Ok(buf) => buf,
            Err(err) => {
                self.done = true;
                return Some(Err(err));
            }
        };
        let n = buf.len() as u64;
        if n == 0 {
            let sent = self.expected - self.remaining;
            let what = if self.check.is_some() {
                "the file shrank while it was being uploaded"
            } else {
                "the reader ended early"
            };
            return Some(Err(self.fail(format!(
                "{what}: {sent} of {} bytes were read",
                self.expected
            ))));
        }
        self.remaining -= n;
        if self.remaining == 0 {
            // The last chunk: make sure the source still is what was measured, before the
            // storage host can accept it.
            if let Some(file) = &self.check {
                match file.metadata() {
                    Ok(meta) if meta.len() != self.expected => {
                        let now = meta.len();
                        return Some(Err(self.fail(format!(
                            "the file changed size while it was being uploaded ({} bytes when measured, {now} now)",
                            self.expected
                        ))));
                    }
                    Ok(_) => {}
                    Err(err) => {
                        self.done = true;
                        return Some(Err(err));
                    }
                }
            } else if let Reader::Stream(reader) = &mut self.reader {
                let mut probe = [0u8; 1];
                match reader.read(&mut probe).await {
                    Ok(0) => {}
                    Ok(_) => {
                        return Some(Err(self.fail(format!(
                            "the reader has more than the {} bytes declared",
                            self.expected
                        ))))
                    }
                    Err(err) => {
                        self.done = true;
                        return Some(Err(err));
                    }
                }
            }
        }
        self.tracker.add(self.index, n);
        self.activity.moved(n);
        Some(Ok(buf))
    }
}

/// Reads from a caller's reader until `want` bytes arrived or it ended.
async fn read_stream(
    reader: &mut Box<dyn AsyncRead + Send + Unpin>,
    want: usize,
) -> io::Result<BytesMut> {
    let mut buf = BytesMut::with_capacity(want);
    while buf.len() < want {
        if reader.read_buf(&mut buf).await? == 0 {
            break;
        }
    }
    Ok(buf)
}

/// A streamed request body of exactly `len` bytes from `source`, counting bytes into
/// `tracker` for file `index` and into `activity` (which a stall watchdog reads). A file is
/// opened here and its size checked against `len`
/// now and again when its last byte is read; a mismatch fails the body and records why in
/// the returned [`BodyFault`].
pub(crate) async fn request_body(
    source: BodySource,
    len: u64,
    tracker: Arc<Tracker>,
    index: usize,
    activity: Activity,
) -> Result<(reqwest::Body, BodyFault), BodyError> {
    let fault: BodyFault = Arc::default();
    let (reader, check) = match source {
        BodySource::File(path) => {
            let file = std::fs::File::open(&path).map_err(BodyError::Io)?;
            let meta = file.metadata().map_err(BodyError::Io)?;
            if meta.len() != len {
                return Err(BodyError::Changed(format!(
                    "the file changed size before it was uploaded ({len} bytes when measured, {} now)",
                    meta.len()
                )));
            }
            let check = file.try_clone().map_err(BodyError::Io)?;
            (Reader::File(FileChunks::new(file)), Some(check))
        }
        BodySource::Reader(reader) => (Reader::Stream(reader), None),
    };
    let state = BodyState {
        reader,
        check,
        expected: len,
        remaining: len,
        tracker,
        index,
        activity,
        fault: fault.clone(),
        done: false,
    };
    let stream = futures_util::stream::unfold(state, |mut state| async move {
        let item = state.next_chunk().await?;
        Some((item, state))
    });
    Ok((reqwest::Body::wrap_stream(stream.boxed()), fault))
}

/// Why a body could not be prepared.
pub(crate) enum BodyError {
    /// The file could not be opened or measured.
    Io(io::Error),
    /// The file is no longer the size it was.
    Changed(String),
}

/// Reads what a storage host meant by `result` (a request to `url`).
pub(crate) async fn classify(
    result: Result<reqwest::Response, reqwest::Error>,
    url: &str,
) -> Outcome<reqwest::Response> {
    let shown = geopera_api::redact_url(url);
    let response = match result {
        Ok(response) => response,
        Err(err) => {
            let err = err.without_url();
            return Outcome::Transient(Transient {
                resign: true,
                ..Transient::interrupted(format!(
                    "the connection to {shown} broke: {}",
                    error_chain(&err)
                ))
            });
        }
    };
    let status = response.status();
    if status.is_success() {
        return Outcome::Success(response);
    }
    let retry_after = response
        .headers()
        .get(http::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let body = error_text(response).await;
    let (code, detail) = storage_error_code(&body);
    let mut message = format!("the storage host answered {status} for {shown}");
    if let Some(code) = &code {
        message.push_str(&format!(" ({code}"));
        if let Some(detail) = &detail {
            message.push_str(&format!(": {detail}"));
        }
        message.push(')');
    }
    let refused = matches!(
        code.as_deref(),
        Some(
            "ExpiredToken"
                | "AccessDenied"
                | "SignatureDoesNotMatch"
                | "AuthenticationRequired"
                | "RequestExpired"
        )
    );
    match status.as_u16() {
        401 | 403 => Outcome::Resign(message),
        400 if refused => Outcome::Resign(message),
        408 | 429 | 500..=599 => Outcome::Transient(Transient {
            status: Some(status),
            retry_after,
            ..Transient::interrupted(message)
        }),
        _ => Outcome::Fatal { message, status },
    }
}

/// At most 4 KiB of an error body.
async fn error_text(response: reqwest::Response) -> String {
    let mut out = Vec::new();
    let mut stream = response.bytes_stream();
    while let Some(Ok(chunk)) = stream.next().await {
        out.extend_from_slice(&chunk);
        if out.len() >= 4096 {
            out.truncate(4096);
            break;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `<Code>` and `<Message>` of an S3/GCS-style XML error body.
fn storage_error_code(body: &str) -> (Option<String>, Option<String>) {
    let tag = |name: &str| {
        let open = format!("<{name}>");
        let close = format!("</{name}>");
        let start = body.find(&open)? + open.len();
        let end = body[start..].find(&close)? + start;
        Some(
            body[start..end]
                .trim()
                .chars()
                .take(300)
                .collect::<String>(),
        )
    };
    (tag("Code"), tag("Message"))
}

/// An error and its causes on one line (reqwest's own message hides the cause).
pub(crate) fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = err.to_string();
    let mut cause = err.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        cause = c.source();
    }
    // reqwest puts the full URL in its messages.
    geopera_api::redact_url(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_errors_are_read() {
        let body = "<?xml version=\"1.0\"?><Error><Code>ExpiredToken</Code><Message>The token expired.</Message></Error>";
        assert_eq!(
            storage_error_code(body),
            (
                Some("ExpiredToken".into()),
                Some("The token expired.".into())
            )
        );
        assert_eq!(storage_error_code("oops"), (None, None));
    }
}
