//! Records the mock exposes to tests: what was asked of it and what it now holds.
//!
//! These are plain snapshots (cloned out of the server), so a test can hold them while
//! the server keeps serving. They serialize to the JSON served under `/_mock/…`.

use serde::{Deserialize, Serialize};

/// One request the server answered (inspection endpoints themselves are not logged).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RequestRecord {
    /// Sequence number, starting at 1.
    pub seq: u64,
    /// HTTP method.
    pub method: String,
    /// Path without the query string (signed-URL signatures are not logged).
    pub path: String,
    /// Dotted operation id for operation calls.
    pub operation_id: Option<String>,
    /// Status sent (0 when the connection was dropped on purpose).
    pub status: u16,
    /// The `Idempotency-Key` header, if any.
    pub idempotency_key: Option<String>,
    /// The `Range` header, if any.
    pub range: Option<String>,
    /// Whether `Authorization` or `X-API-Key` was present.
    pub has_authorization: bool,
    /// The `User-Agent` header, if any.
    pub user_agent: Option<String>,
    /// The `Content-Length` header, if any.
    pub content_length: Option<u64>,
    /// When the request arrived (RFC 3339).
    pub timestamp: String,
}

/// The lifecycle of an upload session.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SessionState {
    /// Initiated, nothing signed yet.
    Pending,
    /// At least one URL signed.
    Uploading,
    /// `uploads.complete` succeeded; the reservation became used storage.
    Completed,
    /// `uploads.fail` was called; the reservation was released.
    Failed,
}

impl SessionState {
    /// Whether the session still holds a quota reservation.
    pub fn is_open(self) -> bool {
        matches!(self, SessionState::Pending | SessionState::Uploading)
    }
}

/// A snapshot of one upload session.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SessionInfo {
    /// `u_…` id.
    pub id: String,
    /// Owning organisation.
    pub organization_id: String,
    /// Target project.
    pub project_id: String,
    /// Lifecycle state.
    pub state: SessionState,
    /// `total_bytes` declared at initiate.
    pub total_bytes: u64,
    /// Bytes currently reserved against the quota (0 once completed or failed).
    pub reserved_bytes: u64,
    /// `file_count` declared at initiate.
    pub file_count: u64,
    /// Object paths signed for this session.
    pub objects: Vec<String>,
    /// Last `bytes_uploaded` reported through `uploads.progress`.
    pub bytes_uploaded: Option<i64>,
    /// Last `status` reported through `uploads.progress`.
    pub progress_status: Option<String>,
    /// How many times `uploads.progress` was called.
    pub progress_calls: u64,
    /// `error_message` given to `uploads.fail`.
    pub error_message: Option<String>,
    /// `error_step` given to `uploads.fail`.
    pub error_step: Option<String>,
    /// Items created by `uploads.complete`.
    pub item_ids: Vec<String>,
}

/// A live quota reservation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Reservation {
    /// The session holding it.
    pub upload_id: String,
    /// Organisation charged.
    pub organization_id: String,
    /// Bytes reserved.
    pub bytes: u64,
}

/// A stored object.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ObjectInfo {
    /// Object path (the key in the store).
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// Lower-case hex SHA-256 of the content.
    pub sha256: String,
    /// Content type recorded at upload.
    pub content_type: String,
    /// The `ETag` served for it (quoted).
    pub etag: String,
}

/// One descriptor fetch (`items.asset.download` or `clip.job.download`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EgressRecord {
    /// `eg_…` id.
    pub id: String,
    /// Organisation charged.
    pub organization_id: String,
    /// `asset` or `clip`.
    pub kind: String,
    /// Item id or clip job id.
    pub resource_id: String,
    /// Asset key or mosaic type.
    pub name: String,
    /// Size of the object behind the URL.
    pub bytes: u64,
    /// Object path behind the URL.
    pub object_path: String,
    /// `user_agent` attribution from the request body, if given.
    pub user_agent: Option<String>,
    /// `requester_ip` attribution from the request body, if given.
    pub requester_ip: Option<String>,
    /// When the descriptor was issued (RFC 3339).
    pub timestamp: String,
}

/// A snapshot of one item and its assets.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ItemInfo {
    /// `it_…` id.
    pub id: String,
    /// Owning organisation.
    pub organization_id: String,
    /// Project the item belongs to.
    pub project_id: String,
    /// Asset keys with their object paths.
    pub assets: Vec<AssetInfo>,
}

/// One asset of an item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AssetInfo {
    /// Asset key, e.g. `visual`.
    pub key: String,
    /// Object path behind it.
    pub object_path: String,
    /// Original file name.
    pub filename: String,
    /// Size in bytes.
    pub size: u64,
    /// Content type.
    pub content_type: String,
    /// Hex SHA-256.
    pub sha256: String,
}
