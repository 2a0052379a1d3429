//! `client.download_items(..)`: every asset of many items into one directory, a few at a time.
//!
//! Built on [`Download`](super::Download): each file gets its resume, re-resolve, checksum
//! and atomic rename. On top of that:
//!
//! - **Before any byte moves** the assets of every item are listed (`items.list_assets`) and
//!   every destination is decided: `<dir>/<item_id>/<file name>`, the file name being the
//!   asset's `filename` (its last path component) or, without one, its key. A missing item,
//!   an asset asked for with [`ItemDownloads::assets`] that an item lacks, or two assets
//!   landing on one path fail the call here, with nothing written.
//! - **Stop on the first failure, lose nothing.** No new download starts once one failed;
//!   those already running finish (a cancelled download could still be creating its
//!   `.part` in the background), and the files they complete are kept: each is whole and
//!   verified. Then the `.part` of every download that did not finish is removed, so the
//!   directory holds complete files only. The error is the first failure, naming the item and
//!   the asset, and says how many files were kept.
//! - **Deterministic result.** The reports come in the order of the items, and of the assets
//!   within each item as the service lists them, whatever order the downloads finished in.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures_util::stream::{FuturesUnordered, StreamExt};
use serde_json::Value;

use super::download::{part_path, Download, DownloadReport};
use super::error::{Step, TransferError, TransferErrorKind};
use super::upload::DEFAULT_CONCURRENCY;
use crate::types::ItemAssetsInput;
use crate::Geopera;

impl Geopera {
    /// Downloads every asset of `item_ids` (or those named with [`ItemDownloads::assets`])
    /// into `<dir>/<item_id>/<asset file name>`, [`DEFAULT_CONCURRENCY`] files at a time.
    ///
    /// Every item's assets are listed and every destination decided before any byte moves.
    /// After a failure no new download starts, those running finish, finished files are
    /// kept (each whole and verified), every `.part` is removed, and the error names the
    /// item and the asset.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let done = client
    ///     .download_items(["it_3a9c", "it_77b1"])
    ///     .assets(["visual"])
    ///     .concurrency(8)
    ///     .to_dir("./scenes")
    ///     .await?;
    /// for file in &done {
    ///     println!("{} {}: {:?}", file.item_id, file.asset_id, file.report.path);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn download_items<I>(&self, item_ids: I) -> ItemDownloads
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        ItemDownloads {
            client: self.clone(),
            item_ids: item_ids.into_iter().map(Into::into).collect(),
            assets: None,
            concurrency: DEFAULT_CONCURRENCY,
            configure: Configure(Arc::new(|d| d)),
        }
    }
}

/// The options applied to every single download (see [`ItemDownloads::configure`]).
#[derive(Clone)]
struct Configure(Arc<dyn Fn(Download) -> Download + Send + Sync>);

impl std::fmt::Debug for Configure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Configure(<fn>)")
    }
}

/// Many asset downloads being configured; see [`Geopera::download_items`]. Run them with
/// [`ItemDownloads::to_dir`].
#[must_use = "nothing is downloaded until to_dir is awaited"]
#[derive(Debug)]
pub struct ItemDownloads {
    client: Geopera,
    item_ids: Vec<String>,
    assets: Option<Vec<String>>,
    concurrency: usize,
    configure: Configure,
}

/// One finished download of [`ItemDownloads::to_dir`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AssetDownload {
    /// The item.
    pub item_id: String,
    /// The asset's key.
    pub asset_id: String,
    /// What the download did; [`DownloadReport::path`] is where the file is.
    pub report: DownloadReport,
}

impl ItemDownloads {
    /// Downloads only the assets with these keys; every item must have each of them.
    pub fn assets<I>(mut self, keys: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.assets = Some(keys.into_iter().map(Into::into).collect());
        self
    }

    /// How many files move at once (default [`DEFAULT_CONCURRENCY`], at least 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Applies options to every single download, e.g. `.configure(|d| d.verify(false))`.
    pub fn configure(mut self, f: impl Fn(Download) -> Download + Send + Sync + 'static) -> Self {
        self.configure = Configure(Arc::new(f));
        self
    }

    /// Lists the assets, then downloads them into `dir/<item_id>/` (directories are
    /// created as needed).
    pub async fn to_dir(self, dir: impl AsRef<Path>) -> Result<Vec<AssetDownload>, TransferError> {
        let planned = plan(&self, dir.as_ref()).await?;
        run(&self, planned).await
    }
}

/// One download decided before any byte moves.
struct Planned {
    item_id: String,
    asset_id: String,
    dest: PathBuf,
}

impl Planned {
    fn describe(&self) -> String {
        format!("asset `{}` of item `{}`", self.asset_id, self.item_id)
    }
}

/// An asset as `items.list_assets` describes it.
struct Listed {
    key: String,
    filename: Option<String>,
}

/// Lists every item's assets (a few items at a time) and decides every destination.
async fn plan(batch: &ItemDownloads, dir: &Path) -> Result<Vec<Planned>, TransferError> {
    let invalid =
        |message: String| TransferError::new(TransferErrorKind::Invalid, Step::Resolve, message);
    if batch.item_ids.is_empty() {
        return Err(invalid(
            "no items to download; pass their ids to download_items(..)".into(),
        ));
    }
    let listings: Vec<Result<Vec<Listed>, TransferError>> =
        futures_util::stream::iter(batch.item_ids.clone())
            .map(|item_id| {
                let client = batch.client.clone();
                async move { list_assets(&client, &item_id).await }
            })
            .buffered(batch.concurrency)
            .collect()
            .await;
    let mut planned = Vec::new();
    let mut dests = HashSet::new();
    for (item_id, listing) in batch.item_ids.iter().zip(listings) {
        let listed = listing?;
        let item_dir = dir.join(
            path_component(item_id)
                .ok_or_else(|| invalid(format!("item id `{item_id}` cannot name a directory")))?,
        );
        let chosen: Vec<&Listed> = match &batch.assets {
            None => listed.iter().collect(),
            Some(keys) => keys
                .iter()
                .map(|key| {
                    listed.iter().find(|a| &a.key == key).ok_or_else(|| {
                        let have: Vec<&str> = listed.iter().map(|a| a.key.as_str()).collect();
                        invalid(format!(
                            "item `{item_id}` has no asset `{key}` (it has: {})",
                            have.join(", ")
                        ))
                        .with_hint("nothing was downloaded")
                    })
                })
                .collect::<Result<_, _>>()?,
        };
        for asset in chosen {
            let file_name = asset
                .filename
                .as_deref()
                .and_then(|f| Path::new(f).file_name())
                .and_then(|f| f.to_str())
                .and_then(path_component)
                .or_else(|| path_component(&asset.key))
                .ok_or_else(|| {
                    invalid(format!(
                        "asset `{}` of item `{item_id}` has no usable file name",
                        asset.key
                    ))
                })?;
            let dest = item_dir.join(file_name);
            if !dests.insert(dest.clone()) {
                return Err(invalid(format!(
                    "two assets of item `{item_id}` would both be written to this path"
                ))
                .with_file(dest.display().to_string())
                .with_hint("choose assets with .assets(..); nothing was downloaded"));
            }
            planned.push(Planned {
                item_id: item_id.clone(),
                asset_id: asset.key.clone(),
                dest,
            });
        }
    }
    Ok(planned)
}

/// `name` when it is one plain path component (no separator, not `.`/`..`, not empty).
fn path_component(name: &str) -> Option<&str> {
    let plain = !name.is_empty()
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\'])
        && !name.contains('\0');
    plain.then_some(name)
}

/// The assets of `item_id`: `{"assets": [{"key"|"asset_id", "filename"}, ..]}`, or `assets`
/// as an object keyed by asset key (STAC style).
async fn list_assets(client: &Geopera, item_id: &str) -> Result<Vec<Listed>, TransferError> {
    let value = client
        .items()
        .list_assets(ItemAssetsInput {
            item_id: item_id.to_owned(),
        })
        .await
        .map_err(|err| TransferError::api(Step::Resolve, err).about(format!("item `{item_id}`")))?;
    let unreadable = || {
        TransferError::new(
            TransferErrorKind::Api,
            Step::Resolve,
            format!("items.list_assets returned no `assets` for item `{item_id}`"),
        )
    };
    let Value::Object(mut top) = value else {
        return Err(unreadable());
    };
    match top.remove("assets") {
        Some(Value::Array(list)) => list
            .into_iter()
            .map(|entry| {
                let key = text_field(&entry, "key")
                    .or_else(|| text_field(&entry, "asset_id"))
                    .ok_or_else(unreadable)?;
                let filename = text_field(&entry, "filename");
                Ok(Listed { key, filename })
            })
            .collect(),
        Some(Value::Object(map)) => Ok(map
            .into_iter()
            .map(|(key, entry)| Listed {
                filename: text_field(&entry, "filename"),
                key,
            })
            .collect()),
        _ => Err(unreadable()),
    }
}

/// The string at `key` of a JSON object, if there is one.
fn text_field(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Runs the planned downloads, `concurrency` at a time; see the module docs.
async fn run(
    batch: &ItemDownloads,
    planned: Vec<Planned>,
) -> Result<Vec<AssetDownload>, TransferError> {
    let total = planned.len();
    let mut queue = planned.iter().enumerate();
    let mut running = FuturesUnordered::new();
    let mut done: Vec<(usize, DownloadReport)> = Vec::with_capacity(total);
    let mut failures: Vec<(usize, TransferError)> = Vec::new();
    loop {
        while failures.is_empty() && running.len() < batch.concurrency {
            let Some((index, p)) = queue.next() else {
                break;
            };
            running.push(fetch(batch, index, p));
        }
        match running.next().await {
            Some((index, Ok(report))) => done.push((index, report)),
            Some((index, Err(err))) => failures.push((index, err)),
            None => break,
        }
    }
    if failures.is_empty() {
        done.sort_by_key(|(index, _)| *index);
        return Ok(done
            .into_iter()
            .map(|(index, report)| AssetDownload {
                item_id: planned[index].item_id.clone(),
                asset_id: planned[index].asset_id.clone(),
                report,
            })
            .collect());
    }
    let finished: HashSet<usize> = done.iter().map(|(i, _)| *i).collect();
    for (index, p) in planned.iter().enumerate() {
        if !finished.contains(&index) {
            remove_part(&p.dest).await;
        }
    }
    let others = failures.len() - 1;
    let (index, first) = failures.swap_remove(0);
    let mut kept = format!(
        "{} of {total} files were downloaded and kept, and no partial file was left",
        done.len()
    );
    if others > 0 {
        kept.push_str(&format!("; {others} other downloads failed too"));
    }
    Err(first.about(planned[index].describe()).add_hint(kept))
}

async fn fetch(
    batch: &ItemDownloads,
    index: usize,
    p: &Planned,
) -> (usize, Result<DownloadReport, TransferError>) {
    let result = async {
        if let Some(parent) = p.dest.parent() {
            tokio::fs::create_dir_all(parent).await.map_err(|err| {
                TransferError::io(Step::Write, "cannot create the directory", err)
                    .with_file(parent.display().to_string())
            })?;
        }
        let download = batch.client.download_asset(&p.item_id, &p.asset_id);
        (batch.configure.0)(download).to_path(&p.dest).await
    };
    (index, result.await)
}

/// Removes what an unfinished download may have left; a file that is not there is fine.
async fn remove_part(dest: &Path) {
    let part = part_path(dest);
    match tokio::fs::remove_file(&part).await {
        Ok(()) => {
            tracing::debug!(part = %part.display(), "removed the partial file of a cancelled batch download")
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
        Err(err) => {
            tracing::warn!(part = %part.display(), error = %err, "could not remove a partial download")
        }
    }
}
