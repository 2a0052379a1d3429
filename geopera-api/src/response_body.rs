//! Reading a response body with a ceiling, so a hostile or broken answer cannot take the
//! process's memory.
//!
//! Success bodies are read up to the client's `max_response_bytes` (default
//! [`DEFAULT_MAX_RESPONSE_BYTES`]); a body that declares more in `Content-Length` is refused
//! before any of it is read, and one that streams past the limit is refused as soon as it
//! does, the rest left unread (the connection is closed). Error bodies only ever feed a
//! problem document or a 4 KiB excerpt, so at most [`ERROR_BODY_LIMIT`] of them is read and
//! the error keeps its status whatever the body's size.

use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;

/// The default ceiling on an API response body: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// Bytes of an error body read at most (problem documents are a few hundred bytes).
pub(crate) const ERROR_BODY_LIMIT: u64 = 64 * 1024;

/// A body read up to a limit.
pub(crate) struct Capped {
    /// The bytes read (at most the limit).
    pub(crate) bytes: Bytes,
    /// Whether the body had more than the limit (declared or streamed).
    pub(crate) over: bool,
}

/// Reads `response`'s body, stopping once `limit` bytes are exceeded.
pub(crate) async fn read_capped(
    response: reqwest::Response,
    limit: u64,
) -> Result<Capped, reqwest::Error> {
    if response.content_length().is_some_and(|len| len > limit) {
        return Ok(Capped {
            bytes: Bytes::new(),
            over: true,
        });
    }
    let hint = response.content_length().unwrap_or(0).min(limit) as usize;
    let mut out = BytesMut::with_capacity(hint);
    let mut stream = response.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        let room = limit.saturating_sub(out.len() as u64) as usize;
        if chunk.len() > room {
            out.extend_from_slice(&chunk[..room]);
            return Ok(Capped {
                bytes: out.freeze(),
                over: true,
            });
        }
        out.extend_from_slice(&chunk);
    }
    Ok(Capped {
        bytes: out.freeze(),
        over: false,
    })
}
