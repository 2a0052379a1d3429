//! The attempt step of a download: one `GET` of the signed URL, from the bytes already kept
//! (`Range`), streamed into the destination; retried by the storage retry loop.

use futures_util::StreamExt;

use super::super::checksum::announced_sha256;
use super::super::error::TransferError;
use super::super::progress::{FileState, Tracker};
use super::super::retry::{Outcome, Retry, StorageTransfer, Transient};
use super::super::stall;
use super::super::storage;
use super::out::Out;
use super::run::Job;
use crate::DownloadDescriptor;

/// The `GET`s of one download and what they brought so far.
pub(super) struct RangedGet<'a, 'w> {
    job: &'a Job,
    pub(super) out: &'a mut Out<'w>,
    tracker: &'a Tracker,
    /// The current descriptor (replaced when its URL is refused).
    pub(super) descriptor: DownloadDescriptor,
    /// Bytes kept so far: where the next request starts.
    pub(super) offset: u64,
    /// The file's size, from the descriptor or the storage host.
    pub(super) total: Option<u64>,
    /// The SHA-256 the storage host announced in its headers.
    pub(super) announced: Option<String>,
    /// Whether a `Range` request (or a `.part` from an earlier attempt) contributed.
    pub(super) resumed: bool,
}

impl<'a, 'w> RangedGet<'a, 'w> {
    /// Starts at `offset`, the bytes an earlier attempt left in `out`.
    pub(super) fn new(
        job: &'a Job,
        out: &'a mut Out<'w>,
        tracker: &'a Tracker,
        descriptor: DownloadDescriptor,
        offset: u64,
    ) -> Self {
        RangedGet {
            job,
            out,
            tracker,
            total: descriptor.size,
            descriptor,
            offset,
            announced: None,
            resumed: offset > 0,
        }
    }

    /// Drops the bytes kept, to take the whole object from the next answer.
    async fn start_over(&mut self) -> Result<(), TransferError> {
        self.offset = 0;
        self.out.restart().await?;
        self.tracker.set_sent(0, 0);
        Ok(())
    }

    /// Reads where `response` starts; `false` when it is another part than the one asked
    /// for (everything kept was dropped: ask again).
    async fn accept(&mut self, response: &reqwest::Response) -> Result<bool, TransferError> {
        if self.offset > 0 && response.status() == http::StatusCode::PARTIAL_CONTENT {
            match content_range(response) {
                Some((start, size)) if start == self.offset => {
                    self.resumed = true;
                    self.total = self.total.or(size);
                }
                _ => {
                    self.start_over().await?;
                    return Ok(false);
                }
            }
        } else {
            if self.offset > 0 {
                // The host ignored the range: start over from this full answer.
                self.start_over().await?;
            }
            self.total = self.total.or(response.content_length());
            self.announced = announced_sha256(response);
        }
        self.tracker.set_total(0, self.total);
        Ok(true)
    }

    /// Streams `response`'s body into the destination until it ends, breaks or stalls.
    async fn receive(&mut self, response: reqwest::Response) -> Result<Outcome<()>, TransferError> {
        let limit = self.job.storage.stall_timeout;
        let before = self.offset;
        let mut body = response.bytes_stream();
        let broken = loop {
            let Ok(next) = tokio::time::timeout(limit, body.next()).await else {
                break Some(format!("no byte arrived for {limit:?} (stall_timeout)"));
            };
            match next {
                None => break None,
                Some(Ok(chunk)) => {
                    let len = chunk.len() as u64;
                    self.out.write(chunk).await?;
                    self.offset += len;
                    self.tracker.add(0, len);
                }
                Some(Err(err)) => break Some(storage::error_chain(&err.without_url())),
            }
        };
        let offset = self.offset;
        let message = match broken {
            None if self.total.is_none_or(|t| offset >= t) => return Ok(Outcome::Success(())),
            None => format!(
                "the storage host ended the body after {offset} of {} bytes",
                self.total.unwrap_or(0)
            ),
            Some(message) => format!("the download broke after {offset} bytes: {message}"),
        };
        Ok(Outcome::Transient(Transient {
            progressed: before < offset,
            ..Transient::interrupted(message)
        }))
    }
}

impl StorageTransfer for RangedGet<'_, '_> {
    type Output = ();
    const FRESH_URLS: &'static str = "fresh descriptors";

    async fn attempt(&mut self) -> Result<Outcome<()>, TransferError> {
        loop {
            if self.total.is_some_and(|t| self.offset >= t) && self.offset > 0 {
                // A `.part` from an earlier attempt already holds everything.
                return Ok(Outcome::Success(()));
            }
            self.tracker.state(0, FileState::Transferring);
            let url = &self.descriptor.url;
            let mut request = self.job.client.api().http().get(url);
            if self.offset > 0 {
                request = request.header(http::header::RANGE, format!("bytes={}-", self.offset));
            }
            let limit = self.job.storage.stall_timeout;
            let outcome = match tokio::time::timeout(limit, request.send()).await {
                Ok(result) => stall::classify_within(result, url, limit).await,
                Err(_) => stall::stalled(format!(
                    "the storage host did not answer within {limit:?} (stall_timeout) after {} bytes",
                    self.offset
                )),
            };
            let response = match outcome {
                Outcome::Success(response) => response,
                // A broken connection keeps the descriptor: each new one is an egress record,
                // and a refused URL answers 403, which gets a new one.
                Outcome::Transient(t) => {
                    return Ok(Outcome::Transient(Transient { resign: false, ..t }))
                }
                other => return Ok(other.map(drop)),
            };
            if self.accept(&response).await? {
                return self.receive(response).await;
            }
        }
    }

    async fn refresh(&mut self) -> Result<(), TransferError> {
        self.tracker.state(0, FileState::Signing);
        self.descriptor = self.job.resolve().await?;
        Ok(())
    }

    fn before_retry(&mut self, _retry: Retry) -> Result<(), TransferError> {
        self.tracker.state(0, FileState::Retrying);
        Ok(())
    }
}

/// `(start, total size)` of a `Content-Range: bytes a-b/n` header.
fn content_range(response: &reqwest::Response) -> Option<(u64, Option<u64>)> {
    let value = response
        .headers()
        .get(http::header::CONTENT_RANGE)?
        .to_str()
        .ok()?;
    let rest = value.trim().strip_prefix("bytes ")?;
    let (range, size) = rest.split_once('/')?;
    let (start, _) = range.split_once('-')?;
    Some((start.trim().parse().ok()?, size.trim().parse().ok()))
}
