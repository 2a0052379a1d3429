//! `client.upload(project_id)`: one call that runs a whole upload session.
//!
//! Three steps, one module each: this builder collects the files and options; [`run`]
//! drives the session (measure, `uploads.initiate`, the files, `uploads.complete` or
//! `uploads.fail`); [`attempt`] moves one file (sign, `PUT`, classify the answer) under the
//! storage retry loop of [`super::retry`].

mod attempt;
mod run;

use std::future::{Future, IntoFuture};
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Mutex;
use std::time::Duration;

use tokio::io::AsyncRead;

use super::error::{Step, TransferError};
use super::progress::ProgressSink;
use super::retry::StorageOptions;
use crate::{Geopera, UploadCompleted};

/// Default number of files transferred at once.
pub const DEFAULT_CONCURRENCY: usize = 4;

/// Minimum time between two `uploads.progress` reports of one session.
pub const PROGRESS_REPORT_INTERVAL: Duration = Duration::from_secs(1);

/// How long a dropped upload keeps trying to release its session in the background.
pub const DEFAULT_RELEASE_BUDGET: Duration = Duration::from_secs(10);

impl Geopera {
    /// Uploads files into `project_id`: one upload session, streamed, concurrent,
    /// retried, and released with `uploads.fail` if anything goes wrong.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let done = client
    ///     .upload("proj_1")
    ///     .file("./harbour_2024.tif")             // image/tiff, from the extension
    ///     .file_with("./b08.dat", "image/tiff")
    ///     .concurrency(4)
    ///     .on_progress(|p| eprintln!("{} / {:?} bytes", p.bytes, p.total))
    ///     .send()
    ///     .await?;
    /// println!("items {:?}", done.item_ids);
    /// # Ok(()) }
    /// ```
    pub fn upload(&self, project_id: impl Into<String>) -> Upload {
        Upload {
            client: self.clone(),
            project_id: project_id.into(),
            sources: Vec::new(),
            target_item: None,
            target_collection: None,
            categorical: false,
            concurrency: DEFAULT_CONCURRENCY,
            storage: StorageOptions::new(self),
            release_budget: DEFAULT_RELEASE_BUDGET,
            progress: ProgressSink::default(),
        }
    }
}

enum Source {
    Path {
        path: PathBuf,
        /// The upload name, when not the file name.
        name: Option<String>,
        content_type: Option<String>,
    },
    Reader {
        name: String,
        len: u64,
        content_type: String,
        reader: Mutex<Option<Box<dyn AsyncRead + Send + Unpin>>>,
    },
}

/// An upload being configured; see [`Geopera::upload`]. Send it with [`Upload::send`] (or
/// `.await` it), or [`Upload::send_blocking`] without an async runtime.
#[must_use = "an upload does nothing until it is sent"]
pub struct Upload {
    client: Geopera,
    project_id: String,
    sources: Vec<Source>,
    target_item: Option<(String, String)>,
    target_collection: Option<String>,
    categorical: bool,
    concurrency: usize,
    storage: StorageOptions,
    release_budget: Duration,
    progress: ProgressSink,
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upload")
            .field("project_id", &self.project_id)
            .field("files", &self.sources.len())
            .field("concurrency", &self.concurrency)
            .finish_non_exhaustive()
    }
}

impl Upload {
    /// Adds a file; its media type is guessed from the extension (see
    /// [`guess_content_type`](super::guess_content_type)) and its upload name is the file name.
    pub fn file(mut self, path: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::Path {
            path: path.into(),
            name: None,
            content_type: None,
        });
        self
    }

    /// Adds a file uploaded as `name` instead of its file name (a directory upload names
    /// files by their relative path); its media type is guessed from the extension.
    pub fn file_as(mut self, path: impl Into<PathBuf>, name: impl Into<String>) -> Self {
        self.sources.push(Source::Path {
            path: path.into(),
            name: Some(name.into()),
            content_type: None,
        });
        self
    }

    /// Adds a file with an explicit media type.
    pub fn file_with(mut self, path: impl Into<PathBuf>, content_type: impl Into<String>) -> Self {
        self.sources.push(Source::Path {
            path: path.into(),
            name: None,
            content_type: Some(content_type.into()),
        });
        self
    }

    /// Adds `len` bytes read from `reader`, uploaded as `name`.
    ///
    /// A reader cannot be rewound, so it gets one attempt: a failure that a file would
    /// survive (a broken connection, an expired URL) fails the upload. The reader must
    /// yield exactly `len` bytes.
    pub fn reader(
        mut self,
        name: impl Into<String>,
        len: u64,
        content_type: impl Into<String>,
        reader: impl AsyncRead + Send + Unpin + 'static,
    ) -> Self {
        self.sources.push(Source::Reader {
            name: name.into(),
            len,
            content_type: content_type.into(),
            reader: Mutex::new(Some(Box::new(reader))),
        });
        self
    }

    /// Adds the files to the existing item `item_id`, under `asset_key`, instead of
    /// creating new items.
    pub fn target_item(mut self, item_id: impl Into<String>, asset_key: impl Into<String>) -> Self {
        self.target_item = Some((item_id.into(), asset_key.into()));
        self
    }

    /// Puts the new items into collection `collection_id`.
    pub fn target_collection(mut self, collection_id: impl Into<String>) -> Self {
        self.target_collection = Some(collection_id.into());
        self
    }

    /// Marks the files as categorical (class) rasters.
    pub fn categorical(mut self, categorical: bool) -> Self {
        self.categorical = categorical;
        self
    }

    /// How many files move at once (default 4, at least 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    super::retry::storage_options!(storage);

    /// How long a dropped upload keeps trying, in the background, to release its session
    /// with `uploads.fail` (default [`DEFAULT_RELEASE_BUDGET`], 10 s).
    pub fn release_budget(mut self, budget: Duration) -> Self {
        self.release_budget = budget;
        self
    }

    super::progress::progress_options!();

    /// Runs the upload session and returns what `uploads.complete` returned.
    pub async fn send(self) -> Result<UploadCompleted, TransferError> {
        run::run(self).await
    }

    /// [`Self::send`] for code without an async runtime.
    pub fn send_blocking(self) -> Result<UploadCompleted, TransferError> {
        geopera_api::blocking::block_on(Some("uploads.initiate"), self.send())
            .map_err(|e| TransferError::api(Step::Initiate, e))?
    }
}

impl IntoFuture for Upload {
    type Output = Result<UploadCompleted, TransferError>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
