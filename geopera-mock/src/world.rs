//! The mock's in-memory world: organisations, projects, upload sessions, objects,
//! items, clip jobs and egress records.
//!
//! Everything lives behind one mutex: operations are short and synchronous, so a single
//! lock keeps every multi-step change (e.g. completing a session: check objects, create
//! items, move bytes from reserved to used) atomic without any ordering rules.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::inspect::{
    AssetInfo, EgressRecord, ItemInfo, ObjectInfo, Reservation, SessionInfo, SessionState,
};

/// A project.
#[derive(Debug, Clone)]
pub struct Project {
    /// `proj_…`.
    pub id: String,
    /// Owner.
    pub org: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Region.
    pub gcs_region: String,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

/// One file signed within a session.
#[derive(Debug, Clone)]
pub struct SessionFile {
    /// Name given to `uploads.signed_url`.
    pub file_name: String,
    /// Content type given to `uploads.signed_url`.
    pub content_type: String,
    /// Where the bytes land.
    pub object_path: String,
}

/// An upload session.
#[derive(Debug, Clone)]
pub struct Session {
    /// Snapshot-able facts (also what inspection returns).
    pub info: SessionInfo,
    /// Signed files, in signing order.
    pub files: Vec<SessionFile>,
    /// Asset key requested at initiate.
    pub asset_key: Option<String>,
    /// Existing item to add assets to.
    pub target_item_id: Option<String>,
    /// Collection for new items.
    pub target_collection_id: Option<String>,
    /// The response of the first successful `uploads.complete` (replayed afterwards).
    pub completion: Option<serde_json::Value>,
}

/// A stored object and where its bytes are on disk.
#[derive(Debug, Clone)]
pub struct StoredObject {
    /// Public facts.
    pub info: ObjectInfo,
    /// File holding the bytes.
    pub disk_path: PathBuf,
}

/// An item.
#[derive(Debug, Clone)]
pub struct Item {
    /// Public facts (assets included).
    pub info: ItemInfo,
    /// Collection, if any.
    pub collection_id: Option<String>,
    /// Session that created it.
    pub upload_id: Option<String>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

impl Item {
    /// The asset with `key`.
    pub fn asset(&self, key: &str) -> Option<&AssetInfo> {
        self.info.assets.iter().find(|a| a.key == key)
    }
}

/// A generated clip mosaic.
#[derive(Debug, Clone)]
pub struct Mosaic {
    /// e.g. `visual`.
    pub mosaic_type: String,
    /// Object path of the GeoTIFF.
    pub object_path: String,
    /// File name offered to downloaders.
    pub filename: String,
}

/// A clip job.
#[derive(Debug, Clone)]
pub struct ClipJob {
    /// `job_…`.
    pub id: String,
    /// Owner.
    pub org: String,
    /// Area bucket.
    pub area: String,
    /// AOI name.
    pub aoi_name: Option<String>,
    /// Project, if any.
    pub project_id: Option<String>,
    /// Mosaics (generated at creation, visible once completed).
    pub mosaics: Vec<Mosaic>,
    /// Creation time (wall clock, for output).
    pub created_at: DateTime<Utc>,
    /// Creation time (monotonic, for the running → completed transition).
    pub started: Instant,
    /// `clip.job.get` calls so far.
    pub polls: u32,
    /// Set once completion has been observed.
    pub completed_at: Option<DateTime<Utc>>,
}

impl ClipJob {
    /// Whether the job is complete now: after `delay`, or after `polls_to_complete`
    /// `clip.job.get` calls, whichever comes first.
    pub fn is_completed(&self, delay: Duration, polls_to_complete: Option<u32>) -> bool {
        self.completed_at.is_some()
            || self.started.elapsed() >= delay
            || polls_to_complete.is_some_and(|n| self.polls >= n)
    }
}

/// The whole world.
#[derive(Debug, Default)]
pub struct Store {
    /// Storage quota per organisation (bytes).
    pub quota: BTreeMap<String, u64>,
    /// Committed storage per organisation (bytes).
    pub used: BTreeMap<String, u64>,
    /// Projects by id.
    pub projects: BTreeMap<String, Project>,
    /// Upload sessions by id.
    pub sessions: BTreeMap<String, Session>,
    /// Objects by path.
    pub objects: BTreeMap<String, StoredObject>,
    /// Items by id.
    pub items: BTreeMap<String, Item>,
    /// Clip jobs by id.
    pub clip_jobs: BTreeMap<String, ClipJob>,
    /// Egress records, oldest first.
    pub egress: Vec<EgressRecord>,
}

impl Store {
    /// Bytes currently reserved by open sessions of `org`.
    pub fn reserved(&self, org: &str) -> u64 {
        self.sessions
            .values()
            .filter(|s| s.info.organization_id == org)
            .map(|s| s.info.reserved_bytes)
            .sum()
    }

    /// Every live reservation.
    pub fn reservations(&self) -> Vec<Reservation> {
        self.sessions
            .values()
            .filter(|s| s.info.reserved_bytes > 0)
            .map(|s| Reservation {
                upload_id: s.info.id.clone(),
                organization_id: s.info.organization_id.clone(),
                bytes: s.info.reserved_bytes,
            })
            .collect()
    }

    /// The session that signed `object_path`, if any.
    pub fn session_for_object(&self, object_path: &str) -> Option<&Session> {
        self.sessions
            .values()
            .find(|s| s.files.iter().any(|f| f.object_path == object_path))
    }

    /// Adds `bytes` to the committed storage of `org`.
    pub fn add_used(&mut self, org: &str, bytes: u64) {
        *self.used.entry(org.to_owned()).or_default() += bytes;
    }

    /// Removes `bytes` from the committed storage of `org`.
    pub fn remove_used(&mut self, org: &str, bytes: u64) {
        let e = self.used.entry(org.to_owned()).or_default();
        *e = e.saturating_sub(bytes);
    }

    /// Removes an object and its bytes on disk.
    pub fn delete_object(&mut self, path: &str) {
        if let Some(obj) = self.objects.remove(path) {
            let _ = std::fs::remove_file(&obj.disk_path);
        }
    }
}

/// Session state helpers kept next to the data they change.
impl Session {
    /// Marks the session finished (completed or failed), releasing its reservation.
    pub fn close(&mut self, state: SessionState) {
        self.info.state = state;
        self.info.reserved_bytes = 0;
    }
}
