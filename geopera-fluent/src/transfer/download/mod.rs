//! `client.download_asset(..)`, `client.download_clip(..)`, `client.clip_downloads(..)`.
//!
//! Three steps, one module each: this builder says what to fetch and how; [`run`] checks
//! the destination, resolves the descriptor, verifies and puts the file in place;
//! [`attempt`] makes one `GET` (from the bytes already kept) under the storage retry loop
//! of [`super::retry`]. [`out`] is where the bytes go.

mod attempt;
mod out;
mod run;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use geopera_api::types::ClipJobInput;
use tokio::io::AsyncWrite;

use super::error::{Step, TransferError};
use super::progress::{FileState, ProgressSink, Tracker};
use super::retry::StorageOptions;
use crate::{ClipFile, Geopera};
pub(crate) use out::part_path;
use out::Sink;
use run::Job;

impl Geopera {
    /// Downloads asset `asset` (its key, e.g. `visual`) of item `item` (through
    /// `items.asset.download`).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let report = client.download_asset("it_3a9c", "visual").to_path("visual.tif").await?;
    /// println!("{} bytes in {:?} (resumed: {})", report.bytes, report.elapsed, report.resumed);
    /// # Ok(()) }
    /// ```
    pub fn download_asset(&self, item: impl Into<String>, asset: impl Into<String>) -> Download {
        Download::new(self, Subject::asset(item.into(), asset.into()))
    }

    /// Downloads mosaic `mosaic` (its type, e.g. `visual`) of clip job `job` (through
    /// `clip.job.download`).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let report = client
    ///     .download_clip("job_7f2a", "visual")
    ///     .egress("my-app/1.0", "203.0.113.7")
    ///     .to_path("clip_visual.tif")
    ///     .await?;
    /// # let _ = report;
    /// # Ok(()) }
    /// ```
    pub fn download_clip(&self, job: impl Into<String>, mosaic: impl Into<String>) -> Download {
        Download::new(self, Subject::clip(job.into(), mosaic.into()))
    }

    /// The files a completed clip job offers (through `clip.job.downloads`).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// for file in client.clip_downloads("job_7f2a").await? {
    ///     let dest = file.filename.clone().unwrap_or_else(|| format!("{}.tif", file.mosaic_type));
    ///     client.download_clip("job_7f2a", &file.mosaic_type).to_path(dest).await?;
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn clip_downloads(
        &self,
        job_id: impl Into<String>,
    ) -> Result<Vec<ClipFile>, TransferError> {
        let job_id = job_id.into();
        self.clip()
            .job()
            .downloads(ClipJobInput { job_id })
            .await
            .map(|list| list.downloads)
            .map_err(|err| TransferError::api(Step::Resolve, err))
    }
}

#[derive(Debug, Clone)]
enum Subject {
    Asset {
        item_id: String,
        asset_id: String,
    },
    Clip {
        job_id: String,
        mosaic_type: String,
        user_agent: Option<String>,
        requester_ip: Option<String>,
    },
}

impl Subject {
    fn asset(item_id: String, asset_id: String) -> Self {
        Subject::Asset { item_id, asset_id }
    }

    fn clip(job_id: String, mosaic_type: String) -> Self {
        Subject::Clip {
            job_id,
            mosaic_type,
            user_agent: None,
            requester_ip: None,
        }
    }

    fn describe(&self) -> String {
        match self {
            Subject::Asset { item_id, asset_id } => format!("asset {asset_id} of item {item_id}"),
            Subject::Clip {
                job_id,
                mosaic_type,
                ..
            } => format!("mosaic {mosaic_type} of clip job {job_id}"),
        }
    }
}

/// What a finished download did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DownloadReport {
    /// Bytes of the file.
    pub bytes: u64,
    /// Where it was written ([`Download::to_path`]); `None` for [`Download::to_writer`].
    pub path: Option<PathBuf>,
    /// Time the whole download took, descriptor included.
    pub elapsed: Duration,
    /// Whether any part of the file came from a `Range` request (an interrupted transfer
    /// resumed, or a `.part` file left by an earlier attempt).
    pub resumed: bool,
    /// SHA-256 of the bytes (lower-case hex), computed while they were written; `None` with
    /// [`Download::verify`]`(false)`.
    pub sha256: Option<String>,
}

/// A download being configured; see [`Geopera::download_asset`] and
/// [`Geopera::download_clip`]. Finish it with [`Download::to_path`] or
/// [`Download::to_writer`].
#[must_use = "a download does nothing until to_path or to_writer is awaited"]
pub struct Download {
    job: Job,
    progress: ProgressSink,
}

impl std::fmt::Debug for Download {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("subject", &self.job.subject)
            .finish_non_exhaustive()
    }
}

impl Download {
    fn new(client: &Geopera, subject: Subject) -> Self {
        Download {
            job: Job {
                storage: StorageOptions::new(client),
                client: client.clone(),
                subject,
                verify: true,
                durable: false,
            },
            progress: ProgressSink::default(),
        }
    }

    /// Attributes the egress of a clip download (`user_agent`, `requester_ip` of
    /// `clip.job.download`). Asset downloads have no attribution fields; there it does nothing.
    pub fn egress(
        mut self,
        user_agent: impl Into<String>,
        requester_ip: impl Into<String>,
    ) -> Self {
        if let Subject::Clip {
            user_agent: ua,
            requester_ip: ip,
            ..
        } = &mut self.job.subject
        {
            *ua = Some(user_agent.into());
            *ip = Some(requester_ip.into());
        }
        self
    }

    super::retry::storage_options!(job.storage);

    /// Whether to compute the SHA-256 of the bytes (default `true`). It is checked against
    /// the checksum the descriptor or the storage response announces, when there is one,
    /// and it is [`DownloadReport::sha256`]. The hash runs on another thread while the
    /// bytes arrive. With `false` only the size is checked, and a `.part` left by an earlier
    /// attempt is started over rather than resumed (its bytes could not be verified).
    pub fn verify(mut self, verify: bool) -> Self {
        self.job.verify = verify;
        self
    }

    /// Whether [`Self::to_path`] makes the file durable (`fsync`) before renaming it onto
    /// the destination (default `false`, as `curl`, `wget` and `aws s3 cp` do). Either way
    /// the destination only ever holds the complete, checked file, because it appears by a
    /// rename; `true` also keeps it complete across a power loss or an OS crash right after
    /// the download, at the cost of waiting for the disk.
    pub fn durable(mut self, durable: bool) -> Self {
        self.job.durable = durable;
        self
    }

    super::progress::progress_options!();

    /// Downloads into `dest`: bytes stream into `<dest>.part`, which is renamed onto `dest`
    /// only once size and checksum are verified, so `dest` never holds a truncated file.
    ///
    /// A `.part` left by an earlier failed attempt is resumed when the descriptor carries a
    /// checksum to verify the result against; otherwise it is started over. The `.part` is
    /// kept after a transfer failure (to resume later) and removed after a verification
    /// failure.
    pub async fn to_path(self, dest: impl AsRef<Path>) -> Result<DownloadReport, TransferError> {
        let dest = dest.as_ref().to_path_buf();
        let shown = dest.display().to_string();
        self.run(Sink::Path(dest))
            .await
            .map_err(|e| e.with_file(shown))
    }

    /// [`Self::to_path`] for code without an async runtime.
    pub fn to_path_blocking(self, dest: impl AsRef<Path>) -> Result<DownloadReport, TransferError> {
        let dest = dest.as_ref().to_path_buf();
        geopera_api::blocking::block_on(None, self.to_path(dest))
            .map_err(|e| TransferError::api(Step::Resolve, e))?
    }

    /// Streams the bytes into `writer`. An interrupted transfer resumes with a `Range`
    /// request; size and checksum are verified at the end, after the bytes were written, so
    /// on an error the writer may hold partial data.
    pub async fn to_writer<W>(self, mut writer: W) -> Result<DownloadReport, TransferError>
    where
        W: AsyncWrite + Unpin + Send,
    {
        self.run(Sink::Writer(&mut writer)).await
    }

    async fn run(self, sink: Sink<'_>) -> Result<DownloadReport, TransferError> {
        let started = Instant::now();
        let Download { job, progress } = self;
        let name = match &sink {
            Sink::Path(p) => p.display().to_string(),
            Sink::Writer(_) => job.subject.describe(),
        };
        let tracker = Tracker::new(progress, vec![(name, None)]);
        let result = tokio::select! {
            result = job.transfer(sink, &tracker, started) => result,
            _ = tracker.ticker() => unreachable!("the ticker never ends"),
        };
        if result.is_err() {
            tracker.state(0, FileState::Failed);
        }
        tracker.finish();
        result
    }
}
