//! Setup shared by the examples: a client for geopera-mock (started in-process) or for the
//! server named by the environment, sample GeoTIFFs, and a progress bar.
//!
//! With `GEOPERA_API_URL` unset, [`connect`] starts geopera-mock on a loopback port and
//! authenticates with its dev token. With `GEOPERA_API_URL` and `GEOPERA_API_TOKEN` set, it
//! talks to that server instead; `GEOPERA_PROJECT_ID` then names the project to upload into
//! (otherwise one is created), `GEOPERA_ORG_ID` the organisation (for clip jobs).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use geopera_fluent::{Geopera, Progress};
use geopera_mock::{MockServer, MockServerBuilder};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

/// Where the examples run: a client, its server, and a scratch directory.
pub struct Env {
    /// The fluent client.
    pub client: Geopera,
    /// The service URL.
    pub base_url: String,
    /// The token the client uses (for the generated client in `upload_generated`).
    pub token: String,
    /// The in-process mock, when no server was named (dropped last: it stops the server).
    pub mock: Option<MockServer>,
    /// A scratch directory for sample files and downloads, removed at the end.
    pub dir: tempfile::TempDir,
}

/// Connects to `GEOPERA_API_URL` when set, else starts geopera-mock in-process.
pub fn connect() -> Result<Env> {
    connect_with(MockServer::builder())
}

/// [`connect`], starting the mock (if one is started) from `builder`.
pub fn connect_with(builder: MockServerBuilder) -> Result<Env> {
    let dir = tempfile::Builder::new()
        .prefix("geopera-example-")
        .tempdir()?;
    if let Ok(base_url) = std::env::var("GEOPERA_API_URL") {
        let token = std::env::var("GEOPERA_API_TOKEN")
            .context("GEOPERA_API_URL is set, so GEOPERA_API_TOKEN must be set too")?;
        let client = Geopera::from_env()?;
        eprintln!("using {base_url}");
        return Ok(Env {
            client,
            base_url,
            token,
            mock: None,
            dir,
        });
    }
    let mock = builder.start_blocking()?;
    let base_url = mock.base_url();
    let token = mock.dev_token().to_string();
    let client = Geopera::builder()
        .base_url(&base_url)
        .token(&token)
        .build()?;
    eprintln!("using geopera-mock at {base_url} (set GEOPERA_API_URL to use another server)");
    Ok(Env {
        client,
        base_url,
        token,
        mock: Some(mock),
        dir,
    })
}

impl Env {
    /// Whether the examples run against the in-process mock.
    pub fn is_mock(&self) -> bool {
        self.mock.is_some()
    }

    /// A path in the scratch directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a sample GeoTIFF of `side`×`side` pixels into the scratch directory.
    pub fn sample_tiff(&self, name: &str, side: u16, seed: u8) -> Result<PathBuf> {
        let path = self.path(name);
        write_geotiff(&path, side, side, seed)?;
        Ok(path)
    }

    /// The project to upload into: `GEOPERA_PROJECT_ID` on a real server, or the mock's
    /// default project.
    pub async fn project_id(&self) -> Result<String> {
        match (&self.mock, std::env::var("GEOPERA_PROJECT_ID")) {
            (Some(mock), _) => Ok(mock.project_id().to_string()),
            (None, Ok(id)) => Ok(id),
            (None, Err(_)) => self.create_project("geopera-rs example").await,
        }
    }

    /// Creates a project with `projects.create` and returns its id.
    pub async fn create_project(&self, name: &str) -> Result<String> {
        let project = self
            .client
            .projects()
            .create(json!({ "name": name, "description": "created by a geopera-rs example" }))
            .await?;
        Ok(project.id)
    }

    /// The organisation for clip jobs: the mock's, or `GEOPERA_ORG_ID`.
    pub fn org_id(&self) -> Result<String> {
        match &self.mock {
            Some(mock) => Ok(mock.org_id().to_string()),
            None => std::env::var("GEOPERA_ORG_ID")
                .context("set GEOPERA_ORG_ID to run this example against a server"),
        }
    }

    /// An item with a `visual` asset to download: `GEOPERA_ITEM_ID` on a real server when
    /// set, else one uploaded now with the upload helper.
    pub async fn sample_item(&self) -> Result<(String, PathBuf)> {
        let path = self.sample_tiff("sample.tif", 64, 7)?;
        if self.mock.is_none() {
            if let Ok(item) = std::env::var("GEOPERA_ITEM_ID") {
                return Ok((item, path));
            }
        }
        let project = self.project_id().await?;
        let done = self.client.upload(project).file(&path).send().await?;
        let item = done
            .item_ids
            .first()
            .cloned()
            .context("uploads.complete returned no item")?;
        Ok((item, path))
    }
}

/// An `indicatif` bar on stderr fed by the transfer helpers' `.on_progress(..)`.
pub fn progress_bar(label: &str) -> impl FnMut(&Progress) + Send + 'static {
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg:>10} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {elapsed}",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    bar.set_message(label.to_string());
    bar.enable_steady_tick(Duration::from_millis(100));
    move |p: &Progress| {
        if let Some(total) = p.total {
            bar.set_length(total);
        }
        bar.set_position(p.bytes);
        if p.finished {
            bar.finish();
        }
    }
}

/// Writes a small, valid single-band 8-bit GeoTIFF (WGS 84, 0.001° pixels, uncompressed).
/// Returns its size in bytes.
pub fn write_geotiff(path: &Path, width: u16, height: u16, seed: u8) -> std::io::Result<u64> {
    let bytes = geotiff(width, height, seed);
    std::fs::write(path, &bytes)?;
    Ok(bytes.len() as u64)
}

/// The bytes of a little-endian baseline TIFF with the three GeoTIFF tags that place it
/// on the map: ModelPixelScale, ModelTiepoint and GeoKeyDirectory.
pub fn geotiff(width: u16, height: u16, seed: u8) -> Vec<u8> {
    const SHORT: u16 = 3;
    const LONG: u16 = 4;
    const DOUBLE: u16 = 12;
    let (w, h) = (u32::from(width), u32::from(height));
    let pixels: Vec<u8> = (0..h)
        .flat_map(|y| (0..w).map(move |x| (x * 3 + y * 5) as u8 ^ seed))
        .collect();

    let scale: [f64; 3] = [0.001, 0.001, 0.0];
    let tiepoint: [f64; 6] = [0.0, 0.0, 0.0, 151.2, -33.85, 0.0];
    // Version 1.1.0; model type geographic, raster type pixel-is-area, GCS WGS 84.
    let geokeys: [u16; 16] = [1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326];

    let entries = 13u32;
    let ifd_len = 2 + 12 * entries + 4;
    let scale_at = 8 + ifd_len;
    let tie_at = scale_at + 8 * 3;
    let keys_at = tie_at + 8 * 6;
    let pixels_at = keys_at + 2 * 16;

    // (tag, type, count, value or offset), in ascending tag order as TIFF requires.
    let tags: [(u16, u16, u32, u32); 13] = [
        (256, LONG, 1, w),            // ImageWidth
        (257, LONG, 1, h),            // ImageLength
        (258, SHORT, 1, 8),           // BitsPerSample
        (259, SHORT, 1, 1),           // Compression: none
        (262, SHORT, 1, 1),           // PhotometricInterpretation: black is zero
        (273, LONG, 1, pixels_at),    // StripOffsets
        (277, SHORT, 1, 1),           // SamplesPerPixel
        (278, LONG, 1, h),            // RowsPerStrip: one strip
        (279, LONG, 1, w * h),        // StripByteCounts
        (284, SHORT, 1, 1),           // PlanarConfiguration: chunky
        (33550, DOUBLE, 3, scale_at), // ModelPixelScaleTag
        (33922, DOUBLE, 6, tie_at),   // ModelTiepointTag
        (34735, SHORT, 16, keys_at),  // GeoKeyDirectoryTag
    ];

    let mut out = Vec::with_capacity(pixels_at as usize + pixels.len());
    out.extend_from_slice(b"II");
    out.extend_from_slice(&42u16.to_le_bytes());
    out.extend_from_slice(&8u32.to_le_bytes());
    out.extend_from_slice(&(entries as u16).to_le_bytes());
    for (tag, kind, count, value) in tags {
        out.extend_from_slice(&tag.to_le_bytes());
        out.extend_from_slice(&kind.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        if kind == SHORT && count == 1 {
            // A single SHORT sits left-justified in the 4-byte value field.
            out.extend_from_slice(&(value as u16).to_le_bytes());
            out.extend_from_slice(&[0, 0]);
        } else {
            out.extend_from_slice(&value.to_le_bytes());
        }
    }
    out.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    for v in scale.iter().chain(&tiepoint) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for v in geokeys {
        out.extend_from_slice(&v.to_le_bytes());
    }
    debug_assert_eq!(out.len(), pixels_at as usize);
    out.extend_from_slice(&pixels);
    out
}

/// Whether `bytes` start like a little- or big-endian TIFF.
pub fn is_tiff(bytes: &[u8]) -> bool {
    bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*")
}

/// A file's size, for `total_bytes`.
pub fn file_size(path: &Path) -> Result<u64> {
    Ok(std::fs::metadata(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .len())
}

/// `PUT`s a file to a signed URL as a stream (memory stays bounded whatever the file size).
/// Storage requests carry no Geopera credential.
pub async fn put_file(url: &str, path: &Path, content_type: &str) -> Result<()> {
    let file = tokio::fs::File::open(path).await?;
    let len = file.metadata().await?.len();
    let body = reqwest::Body::wrap_stream(tokio_util::io::ReaderStream::new(file));
    reqwest::Client::new()
        .put(url)
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .header(reqwest::header::CONTENT_LENGTH, len)
        .body(body)
        .send()
        .await?
        .error_for_status()
        .map_err(|e| anyhow::anyhow!("storage PUT failed: {}", e.without_url()))?;
    Ok(())
}

/// `GET`s a signed URL into `dest` as a stream; returns the number of bytes written.
pub async fn get_to_file(url: &str, dest: &Path) -> Result<u64> {
    use futures_util::StreamExt;
    use tokio::io::AsyncWriteExt;

    let resp = reqwest::get(url)
        .await?
        .error_for_status()
        .map_err(|e| anyhow::anyhow!("storage GET failed: {}", e.without_url()))?;
    let mut out = tokio::fs::File::create(dest).await?;
    let mut stream = resp.bytes_stream();
    let mut written = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        out.write_all(&chunk).await?;
        written += chunk.len() as u64;
    }
    out.flush().await?;
    Ok(written)
}
