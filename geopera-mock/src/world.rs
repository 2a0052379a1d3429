//! The mock's in-memory world: quotas, the objects of every resource family, upload
//! sessions, stored bytes, the assets of items, clip mosaics and egress records.
//!
//! Everything lives behind one mutex: operations are short and synchronous, so a single
//! lock keeps every multi-step change (e.g. completing a session: check objects, create
//! items, move bytes from reserved to used) atomic without any ordering rules.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::inspect::{
    AssetInfo, EgressRecord, ItemInfo, ObjectInfo, Reservation, SessionInfo, SessionState,
};
use crate::resources::records::Records;

/// The family of items (created by `items.create` and by completed uploads).
pub const ITEMS: &str = "items";
/// The family of projects.
pub const PROJECTS: &str = "projects";
/// The family of clip jobs.
pub const CLIP_JOBS: &str = "clip.job";
/// The family of orders (jobs whose status changes raise `order.status_changed`).
pub const ORDERS: &str = "orders";

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
    /// Where the file of each object path stands in `files`: signing and storing a file of a session of
    /// N files then costs the same for any N.
    pub file_positions: HashMap<String, usize>,
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

/// The whole world.
#[derive(Debug, Default)]
pub struct Store {
    /// Storage quota per organisation (bytes).
    pub quota: BTreeMap<String, u64>,
    /// Committed storage per organisation (bytes).
    pub used: BTreeMap<String, u64>,
    /// The objects of every resource family (projects, items, clip jobs, …).
    pub records: Records,
    /// Upload sessions by id.
    pub sessions: BTreeMap<String, Session>,
    /// The session that signed each object path (an index over every session's files).
    pub object_sessions: HashMap<String, String>,
    /// Objects by path.
    pub objects: BTreeMap<String, StoredObject>,
    /// Assets of each item (by item id): where their bytes are. The item objects
    /// show them under `assets`, kept in step by [`Store::show_assets`].
    pub assets: BTreeMap<String, Vec<AssetInfo>>,
    /// Mosaics of each clip job (by job id).
    pub mosaics: BTreeMap<String, Vec<Mosaic>>,
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
        self.sessions.get(self.object_sessions.get(object_path)?)
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

    /// Writes the assets of `item_id` into the item object, as the API shows them.
    pub fn show_assets(&mut self, item_id: &str) {
        let assets: Map<String, Value> = self
            .assets
            .get(item_id)
            .into_iter()
            .flatten()
            .map(|a| (a.key.clone(), asset_json(a)))
            .collect();
        if let Some((_, rec)) = self.records.find_any_mut(item_id) {
            rec.value.insert("assets".into(), Value::Object(assets));
        }
    }

    /// Items with their assets (for inspection).
    pub fn item_infos(&self) -> Vec<ItemInfo> {
        self.records
            .all(ITEMS)
            .into_iter()
            .map(|r| ItemInfo {
                id: r.id.clone(),
                organization_id: r.org.clone().unwrap_or_default(),
                project_id: r
                    .value
                    .get("project_id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                assets: self.assets.get(&r.id).cloned().unwrap_or_default(),
            })
            .collect()
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

    /// The signed file stored at `object_path`.
    pub fn file_mut(&mut self, object_path: &str) -> Option<&mut SessionFile> {
        let position = *self.file_positions.get(object_path)?;
        self.files.get_mut(position)
    }

    /// The signed file stored at `object_path`.
    pub fn file_at(&self, object_path: &str) -> Option<&SessionFile> {
        self.files.get(*self.file_positions.get(object_path)?)
    }

    /// Records a newly signed file.
    pub fn push_file(&mut self, file: SessionFile) {
        self.file_positions
            .insert(file.object_path.clone(), self.files.len());
        self.files.push(file);
    }
}

/// An asset as item objects show it.
pub fn asset_json(a: &AssetInfo) -> Value {
    json!({
        "asset_id": a.key,
        "key": a.key,
        "filename": a.filename,
        "size": a.size,
        "content_type": a.content_type,
        "sha256": a.sha256,
        "roles": ["data"],
    })
}
