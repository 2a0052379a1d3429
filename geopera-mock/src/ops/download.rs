//! Download descriptors: a short-lived signed GET URL plus what a client needs to verify
//! the bytes (size, checksum), and the egress record every descriptor fetch leaves.

use serde_json::{json, Value};

use super::Ctx;
use crate::inspect::{EgressRecord, ObjectInfo};
use crate::server_state::{new_id, now_ms, rfc3339_ms};
use crate::world::Store;

/// What the descriptor is for.
pub struct Subject<'a> {
    /// `asset` or `clip`.
    pub kind: &'a str,
    /// Item id or job id.
    pub resource_id: &'a str,
    /// Asset key or mosaic type.
    pub name: &'a str,
    /// File name offered to the user.
    pub filename: &'a str,
    /// Egress attribution from the request body.
    pub user_agent: Option<String>,
    /// Egress attribution from the request body.
    pub requester_ip: Option<String>,
}

/// Builds the descriptor for `object` and records the egress.
pub fn descriptor(
    ctx: &Ctx<'_>,
    store: &mut Store,
    object: &ObjectInfo,
    subject: Subject<'_>,
) -> Value {
    let expires = now_ms() + ctx.app.faults.url_ttl().as_millis() as u64;
    let url = ctx
        .app
        .signer
        .url(&ctx.base_url, "GET", &object.path, expires);
    store.egress.push(EgressRecord {
        id: new_id("eg"),
        organization_id: ctx.org().to_owned(),
        kind: subject.kind.to_owned(),
        resource_id: subject.resource_id.to_owned(),
        name: subject.name.to_owned(),
        bytes: object.size,
        object_path: object.path.clone(),
        user_agent: subject.user_agent,
        requester_ip: subject.requester_ip,
        timestamp: rfc3339_ms(now_ms()),
    });
    json!({
        "url": url,
        "method": "GET",
        "expires_at": rfc3339_ms(expires),
        "size": object.size,
        "content_type": object.content_type,
        "filename": subject.filename,
        "sha256": object.sha256,
        "etag": object.etag,
    })
}
