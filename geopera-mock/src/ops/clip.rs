//! What clip jobs do beyond the resource engine (which reads, lists and advances them
//! like every job): `clip.create_from_area` writes one small deterministic GeoTIFF per
//! requested mosaic type, offered by `clip.job.downloads` / `clip.job.download` once
//! the job has completed; `clip.job.delete` removes them with the job.

use serde_json::{json, Map, Value};

use super::download::{descriptor, Subject};
use super::{not_found, opt_str, str_field, Ctx, Outcome, Reject};
use crate::object_store::put_small;
use crate::problem::Problem;
use crate::resources;
use crate::tiff;
use crate::world::{Mosaic, Store, CLIP_JOBS};

/// `clip.create_from_area`: a `pending` job in the caller's organisation, with its
/// mosaics (default `visual`) written at once and offered when it completes.
pub fn create(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let area = str_field(body, "area").to_owned();
    let mut types: Vec<String> = body
        .get("mosaic_types")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    types.dedup();
    if types.is_empty() {
        types.push("visual".into());
    }
    let (lon, lat) = first_coordinate(body.get("aoi_geometry")).unwrap_or((0.0, 0.0));
    let mut fields = Map::new();
    for name in ["area", "aoi_name", "project_id", "organization_id"] {
        fields.insert(name.into(), body.get(name).cloned().unwrap_or(Value::Null));
    }
    fields.insert("mosaic_types".into(), json!(types));
    let mut store = ctx.app.store.lock().unwrap();
    resources::check_references(ctx, &store, CLIP_JOBS, &fields)?;
    let mut job = resources::insert_new(ctx, &mut store, CLIP_JOBS, fields);
    let id = job["id"].as_str().unwrap_or_default().to_owned();
    job.insert("job_id".into(), json!(id));
    if let Some(rec) = store.records.get_mut(CLIP_JOBS, ctx.org(), &id) {
        rec.value.insert("job_id".into(), json!(id));
    }
    let mut mosaics = Vec::new();
    for t in &types {
        let path = format!("clips/{id}/{}.tif", sanitize(t));
        // Seeded by the request, not the job id, so equal requests give equal bytes.
        let bytes = tiff::mosaic(&area, t, lon, lat);
        put_small(
            ctx.app,
            &mut store,
            &path,
            &bytes,
            "image/tiff; application=geotiff",
        )
        .map_err(|e| Problem::new(500, format!("could not write mosaic: {e}")))?;
        mosaics.push(Mosaic {
            mosaic_type: t.clone(),
            object_path: path,
            filename: format!("{area}_{}.tif", sanitize(t)),
        });
    }
    store.mosaics.insert(id, mosaics);
    Ok(Value::Object(job))
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn first_coordinate(geom: Option<&Value>) -> Option<(f64, f64)> {
    let mut cur = geom?.get("coordinates")?;
    for _ in 0..8 {
        match cur.as_array()?.as_slice() {
            [Value::Number(x), Value::Number(y), ..] => return Some((x.as_f64()?, y.as_f64()?)),
            [first, ..] => cur = first,
            [] => return None,
        }
    }
    None
}

/// The mosaics of job `id`, once it has completed (409 while it runs or when it failed).
fn completed_job(store: &mut Store, ctx: &Ctx<'_>, id: &str) -> Result<Vec<Mosaic>, Reject> {
    let now = ctx.now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let rec = store
        .records
        .get_mut(CLIP_JOBS, ctx.org(), id)
        .ok_or_else(|| not_found("clip job", id))?;
    resources::advance(ctx, CLIP_JOBS, rec, false, &now);
    match rec.value.get("status").and_then(Value::as_str) {
        Some("completed") => Ok(store.mosaics.get(id).cloned().unwrap_or_default()),
        Some(status) => Err(Problem::conflict(format!("clip job '{id}' is {status}")).into()),
        None => Err(Problem::conflict(format!("clip job '{id}' has no status")).into()),
    }
}

/// `clip.job.downloads`: the mosaics of a completed job.
pub fn downloads(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let mut store = ctx.app.store.lock().unwrap();
    let job_id = str_field(body, "job_id");
    let mosaics = completed_job(&mut store, ctx, job_id)?;
    let list: Vec<Value> = mosaics
        .iter()
        .filter_map(|m| {
            let o = &store.objects.get(&m.object_path)?.info;
            Some(json!({
                "mosaic_type": m.mosaic_type,
                "filename": m.filename,
                "size": o.size,
                "content_type": o.content_type,
                "sha256": o.sha256,
            }))
        })
        .collect();
    Ok(json!({ "job_id": job_id, "status": "completed", "downloads": list }))
}

/// `clip.job.download` → a descriptor for one mosaic, with egress attribution.
pub fn download(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let job_id = str_field(body, "job_id");
    let mosaic_type = str_field(body, "mosaic_type");
    let mut store = ctx.app.store.lock().unwrap();
    let mosaics = completed_job(&mut store, ctx, job_id)?;
    let mosaic = mosaics
        .iter()
        .find(|m| m.mosaic_type == mosaic_type)
        .ok_or_else(|| not_found("mosaic", mosaic_type))?;
    let Some(object) = store
        .objects
        .get(&mosaic.object_path)
        .map(|o| o.info.clone())
    else {
        return Err(
            Problem::new(410, format!("mosaic '{mosaic_type}' is no longer stored")).into(),
        );
    };
    let mut d = descriptor(
        ctx,
        &mut store,
        &object,
        Subject {
            kind: "clip",
            resource_id: job_id,
            name: mosaic_type,
            filename: &mosaic.filename,
            user_agent: opt_str(body, "user_agent"),
            requester_ip: opt_str(body, "requester_ip"),
        },
    );
    d["job_id"] = json!(job_id);
    d["mosaic_type"] = json!(mosaic_type);
    Ok(d)
}

/// `clip.job.delete`: removes the job and its mosaics.
pub fn delete(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let job_id = str_field(body, "job_id");
    let mut store = ctx.app.store.lock().unwrap();
    if store.records.get(CLIP_JOBS, ctx.org(), job_id).is_none() {
        return Err(not_found("clip job", job_id));
    }
    for m in store.mosaics.remove(job_id).unwrap_or_default() {
        store.delete_object(&m.object_path);
    }
    store.records.remove(CLIP_JOBS, job_id);
    Ok(json!({ "id": job_id, "deleted": true }))
}
