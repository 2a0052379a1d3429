//! The run step of a download: check the destination, resolve the descriptor, resume what
//! an earlier attempt left, move the bytes (through [`super::attempt`]), verify them, and
//! put the file in place.

use std::time::Instant;

use geopera_api::types::{AssetDownloadInput, ClipDownloadInput};

use super::super::error::{Step, TransferError, TransferErrorKind};
use super::super::progress::{FileState, Tracker};
use super::super::retry::{self, StorageOptions};
use super::attempt::RangedGet;
use super::out::{Out, Sink};
use super::{DownloadReport, Subject};
use crate::{DownloadDescriptor, Geopera};

/// What to fetch and how: the part of a [`super::Download`] borrowed while it runs. The
/// progress sink stays out of it, so that the running future is `Send` whatever the
/// listener is.
pub(super) struct Job {
    pub(super) client: Geopera,
    pub(super) subject: Subject,
    pub(super) storage: StorageOptions,
    pub(super) verify: bool,
    pub(super) durable: bool,
}

/// What a completed fetch brought: the file's size, whether a `Range` request contributed,
/// and the SHA-256 when computed.
struct Fetched {
    bytes: u64,
    resumed: bool,
    sha256: Option<String>,
}

impl Job {
    /// Fetches a fresh descriptor (each one is an egress record).
    pub(super) async fn resolve(&self) -> Result<DownloadDescriptor, TransferError> {
        match &self.subject {
            Subject::Asset { item_id, asset_id } => {
                let body = AssetDownloadInput {
                    item_id: item_id.clone(),
                    asset_id: asset_id.clone(),
                };
                self.client.items().asset().download(body).await
            }
            Subject::Clip {
                job_id,
                mosaic_type,
                user_agent,
                requester_ip,
            } => {
                let body = ClipDownloadInput {
                    job_id: job_id.clone(),
                    mosaic_type: mosaic_type.clone(),
                    user_agent: user_agent.clone(),
                    requester_ip: requester_ip.clone(),
                };
                self.client.clip().job().download(body).await
            }
        }
        .map_err(|err| TransferError::api(Step::Resolve, err))
    }

    /// Runs the download into `sink`.
    pub(super) async fn transfer(
        &self,
        sink: Sink<'_>,
        tracker: &Tracker,
        started: Instant,
    ) -> Result<DownloadReport, TransferError> {
        // Check the destination before spending egress on a descriptor.
        let mut out = match sink {
            Sink::Path(dest) => Out::open(dest, self.verify).await?,
            Sink::Writer(w) => Out::writer(w, self.verify),
        };
        match self.fetch(&mut out, tracker).await {
            Ok(Fetched {
                bytes,
                resumed,
                sha256,
            }) => {
                let path = out.finish(self.durable).await?;
                tracker.state(0, FileState::Done);
                Ok(DownloadReport {
                    bytes,
                    path,
                    elapsed: started.elapsed(),
                    resumed,
                    sha256,
                })
            }
            Err(err) => Err(match out.keep_for_resume().await {
                Some((part, bytes)) => err.add_hint(format!(
                    "the {bytes} bytes received are kept in `{}` for the next download to this path",
                    part.display()
                )),
                None => err,
            }),
        }
    }

    /// Resolves, streams and verifies into `out`.
    async fn fetch(&self, out: &mut Out<'_>, tracker: &Tracker) -> Result<Fetched, TransferError> {
        tracker.state(0, FileState::Signing);
        let descriptor = self.resolve().await?;
        tracker.set_total(0, descriptor.size);
        let offset = out.resume_from(&descriptor).await?;
        tracker.set_sent(0, offset);
        let mut get = RangedGet::new(self, out, tracker, descriptor, offset);
        retry::run(&mut get, &self.storage.retry).await?;
        let RangedGet {
            out,
            descriptor,
            offset,
            total,
            announced,
            resumed,
            ..
        } = get;

        let sha256 = out.sha256().await?;
        let size = descriptor.size.or(total);
        let checksum = descriptor.sha256.as_ref().or(announced.as_ref());
        let mismatch = match (size, checksum, &sha256) {
            (Some(size), _, _) if offset != size => {
                Some(format!("received {offset} bytes but the file has {size}"))
            }
            (_, Some(expected), Some(sha256)) if !expected.eq_ignore_ascii_case(sha256) => Some(
                format!("the SHA-256 of the received bytes is {sha256}, the service announced {expected}"),
            ),
            _ => None,
        };
        if let Some(message) = mismatch {
            out.discard().await;
            return Err(
                TransferError::new(TransferErrorKind::Integrity, Step::Verify, message)
                    .with_hint("try again; the partial file was removed"),
            );
        }
        Ok(Fetched {
            bytes: offset,
            resumed,
            sha256,
        })
    }
}
