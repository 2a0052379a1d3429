//! Upload sessions: initiate (reserve quota) → signed_url (per file) → PUT to storage →
//! progress (informational) → complete (items + assets, reservation becomes used
//! storage) or fail (reservation released, partial objects discarded).

use serde_json::{json, Value};

use super::{not_found, opt_str, str_field, Ctx, Outcome, Reject};
use crate::inspect::{AssetInfo, SessionInfo, SessionState};
use crate::problem::{Problem, ValidationIssue};
use crate::resources::{self, catalog::id_prefix};
use crate::server_state::{new_id, now_ms, rfc3339_ms};
use crate::webhooks::EventKind;
use crate::world::{Session, SessionFile, ITEMS, PROJECTS};

/// Asset key given to uploaded files when `uploads.initiate` names none: the key the
/// reference page downloads (`"visual"`), so its examples work end to end.
pub const DEFAULT_ASSET_KEY: &str = "visual";

/// Starts a session, reserving `total_bytes` against the organisation's quota.
pub fn initiate(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let project_id = str_field(body, "project_id");
    let total_bytes = body.get("total_bytes").and_then(Value::as_u64).unwrap_or(0);
    let file_count = body.get("file_count").and_then(Value::as_u64).unwrap_or(1);
    let target_item_id = opt_str(body, "target_item_id");
    let mut store = ctx.app.store.lock().unwrap();
    if store.records.get(PROJECTS, ctx.org(), project_id).is_none() {
        return Err(not_found("project", project_id));
    }
    if let Some(item_id) = &target_item_id {
        if store.records.get(ITEMS, ctx.org(), item_id).is_none() {
            return Err(not_found("item", item_id));
        }
    }
    let quota = ctx.app.quota(&store, ctx.org());
    let committed = store.used.get(ctx.org()).copied().unwrap_or(0) + store.reserved(ctx.org());
    let available = quota.saturating_sub(committed);
    if total_bytes > available {
        return Err(Problem::new(
            402,
            format!(
                "storage quota exceeded: the upload needs {total_bytes} bytes but only {available} of {quota} are available"
            ),
        )
        .into());
    }
    let id = new_id(&id_prefix("uploads"));
    let session = Session {
        info: SessionInfo {
            id: id.clone(),
            organization_id: ctx.org().to_owned(),
            project_id: project_id.to_owned(),
            state: SessionState::Pending,
            total_bytes,
            reserved_bytes: total_bytes,
            file_count,
            objects: Vec::new(),
            bytes_uploaded: None,
            progress_status: None,
            progress_calls: 0,
            error_message: None,
            error_step: None,
            item_ids: Vec::new(),
        },
        files: Vec::new(),
        file_positions: Default::default(),
        asset_key: opt_str(body, "asset_key"),
        target_item_id,
        target_collection_id: opt_str(body, "target_collection_id"),
        completion: None,
    };
    store.sessions.insert(id.clone(), session);
    Ok(json!({ "id": id }))
}

fn session_mut<'s>(
    store: &'s mut crate::world::Store,
    ctx: &Ctx<'_>,
    id: &str,
) -> Result<&'s mut Session, Reject> {
    store
        .sessions
        .get_mut(id)
        .filter(|s| s.info.organization_id == ctx.org())
        .ok_or_else(|| not_found("upload session", id))
}

/// Signs a PUT URL for one file of an open session.
pub fn signed_url(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let upload_id = str_field(body, "upload_id");
    let file_name = str_field(body, "file_name");
    let content_type =
        opt_str(body, "content_type").unwrap_or_else(|| "application/octet-stream".into());
    let mut store = ctx.app.store.lock().unwrap();
    let session = session_mut(&mut store, ctx, upload_id)?;
    if !session.info.state.is_open() {
        return Err(Problem::conflict(format!(
            "upload session '{upload_id}' is {}",
            state_name(session.info.state)
        ))
        .into());
    }
    let object_path = format!("uploads/{upload_id}/{file_name}");
    let newly_signed = match session.file_mut(&object_path) {
        Some(f) => {
            f.content_type = content_type;
            false
        }
        None => {
            if session.files.len() as u64 >= session.info.file_count {
                return Err(Problem::conflict(format!(
                    "upload session '{upload_id}' declared {} file(s); cannot sign another",
                    session.info.file_count
                ))
                .into());
            }
            session.push_file(SessionFile {
                file_name: file_name.to_owned(),
                content_type,
                object_path: object_path.clone(),
            });
            session.info.objects.push(object_path.clone());
            true
        }
    };
    session.info.state = SessionState::Uploading;
    if newly_signed {
        store
            .object_sessions
            .insert(object_path.clone(), upload_id.to_owned());
    }
    let expires = now_ms() + ctx.app.faults.url_ttl().as_millis() as u64;
    let url = ctx
        .app
        .signer
        .url(&ctx.base_url, "PUT", &object_path, expires);
    Ok(json!({
        "upload_url": url,
        "object_path": object_path,
        "expires_at": rfc3339_ms(expires),
    }))
}

/// Records reported progress; never changes the session's lifecycle.
pub fn progress(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let upload_id = str_field(body, "upload_id");
    let mut store = ctx.app.store.lock().unwrap();
    let session = session_mut(&mut store, ctx, upload_id)?;
    session.info.progress_calls += 1;
    if let Some(status) = opt_str(body, "status") {
        session.info.progress_status = Some(status);
    }
    if let Some(n) = body.get("bytes_uploaded").and_then(Value::as_i64) {
        session.info.bytes_uploaded = Some(n);
    }
    Ok(json!({ "id": upload_id, "status": state_name(session.info.state) }))
}

/// Completes a session: every declared file must be stored and the bytes must match the
/// reservation; creates items/assets and turns the reservation into used storage.
/// Completing again returns the first result unchanged.
pub fn complete(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let Some(upload_id) = body.get("upload_id").and_then(Value::as_str) else {
        return Err(Reject::Invalid(vec![ValidationIssue {
            loc: vec![json!("body"), json!("upload_id")],
            msg: "Field required".into(),
            kind: "missing".into(),
            input: body.clone(),
        }]));
    };
    let mut store = ctx.app.store.lock().unwrap();
    let session = session_mut(&mut store, ctx, upload_id)?;
    match session.info.state {
        SessionState::Completed => {
            return Ok(session.completion.clone().unwrap_or(Value::Null));
        }
        SessionState::Failed => {
            return Err(
                Problem::conflict(format!("upload session '{upload_id}' has failed")).into(),
            )
        }
        _ => {}
    }
    let session = session.clone();
    let mut uploaded = Vec::new();
    for f in &session.files {
        if let Some(obj) = store.objects.get(&f.object_path) {
            uploaded.push((f.clone(), obj.info.clone()));
        }
    }
    let declared = session.info.file_count;
    if (uploaded.len() as u64) < declared {
        return Err(Problem::conflict(format!(
            "upload session '{upload_id}' declared {declared} file(s) but {} were uploaded",
            uploaded.len()
        ))
        .into());
    }
    let bytes: u64 = uploaded.iter().map(|(_, o)| o.size).sum();
    let reserved = session.info.total_bytes;
    if bytes > reserved {
        return Err(Problem::conflict(format!(
            "uploaded {bytes} bytes exceed the {reserved} bytes reserved by upload session '{upload_id}'"
        ))
        .into());
    }
    if bytes < reserved {
        return Err(Problem::conflict(format!(
            "bytes missing: upload session '{upload_id}' reserved {reserved} bytes but {bytes} were uploaded"
        ))
        .into());
    }

    let org = ctx.org().to_owned();
    let multi = uploaded.len() > 1;
    let assets: Vec<AssetInfo> = uploaded
        .iter()
        .map(|(f, o)| AssetInfo {
            key: asset_key(session.asset_key.as_deref(), &f.file_name, multi),
            object_path: o.path.clone(),
            filename: f.file_name.clone(),
            size: o.size,
            content_type: o.content_type.clone(),
            sha256: o.sha256.clone(),
        })
        .collect();
    let mut item_ids = Vec::new();
    match &session.target_item_id {
        Some(target) => {
            if store.records.get(ITEMS, &org, target).is_none() {
                return Err(not_found("item", target));
            }
            let item_assets = store.assets.entry(target.clone()).or_default();
            for a in assets {
                item_assets.retain(|x| x.key != a.key);
                item_assets.push(a);
            }
            store.show_assets(target);
            item_ids.push(target.clone());
        }
        None => {
            for a in assets {
                // One file per new item, so the requested key (or the default) fits all.
                let mut a = a;
                a.key = session
                    .asset_key
                    .clone()
                    .unwrap_or_else(|| DEFAULT_ASSET_KEY.into());
                let fields = json!({
                    "project_id": session.info.project_id,
                    "collection_id": session.target_collection_id,
                    "upload_id": upload_id,
                    "name": a.filename,
                    "type": "user_raster",
                    "properties": { "datetime": ctx.now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true) },
                });
                let Value::Object(fields) = fields else {
                    unreachable!("a JSON object literal")
                };
                let item = resources::insert_new(ctx, &mut store, ITEMS, fields);
                let id = item["id"].as_str().unwrap_or_default().to_owned();
                store.assets.insert(id.clone(), vec![a]);
                store.show_assets(&id);
                item_ids.push(id);
            }
        }
    }
    store.add_used(&org, bytes);
    let data = json!({
        "upload_id": upload_id, "project_id": session.info.project_id, "item_ids": item_ids,
    });
    ctx.app
        .webhooks
        .emit(&org, EventKind::UploadCompleted, upload_id, data);
    let result = json!({ "id": upload_id, "item_ids": item_ids });
    let s = store.sessions.get_mut(upload_id).expect("looked up above");
    s.close(SessionState::Completed);
    s.info.item_ids = item_ids;
    s.completion = Some(result.clone());
    Ok(result)
}

/// The asset key for a file added to an existing item: the requested key, suffixed by
/// the file stem when several files land on the same item, or the stem alone.
fn asset_key(requested: Option<&str>, file_name: &str, multi: bool) -> String {
    match requested {
        Some(k) if !multi => k.to_owned(),
        Some(k) => format!("{k}_{}", file_stem(file_name)),
        None => file_stem(file_name),
    }
}

fn file_stem(name: &str) -> String {
    let base = name.rsplit('/').next().unwrap_or(name);
    base.split('.')
        .next()
        .filter(|s| !s.is_empty())
        .unwrap_or(base)
        .to_owned()
}

/// Abandons a session: releases the reservation and discards uploaded objects.
pub fn fail(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let upload_id = str_field(body, "upload_id");
    let mut store = ctx.app.store.lock().unwrap();
    let session = session_mut(&mut store, ctx, upload_id)?;
    match session.info.state {
        SessionState::Completed => {
            return Err(Problem::conflict(format!(
                "upload session '{upload_id}' is already completed"
            ))
            .into())
        }
        SessionState::Failed => return Ok(json!({ "id": upload_id, "status": "failed" })),
        _ => {}
    }
    session.close(SessionState::Failed);
    session.info.error_message = opt_str(body, "error_message");
    session.info.error_step = opt_str(body, "error_step");
    let paths: Vec<String> = session
        .files
        .iter()
        .map(|f| f.object_path.clone())
        .collect();
    for p in paths {
        store.delete_object(&p);
    }
    Ok(json!({ "id": upload_id, "status": "failed" }))
}

fn state_name(s: SessionState) -> &'static str {
    match s {
        SessionState::Pending => "pending",
        SessionState::Uploading => "uploading",
        SessionState::Completed => "completed",
        SessionState::Failed => "failed",
    }
}
