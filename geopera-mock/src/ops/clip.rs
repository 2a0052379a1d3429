//! Clip jobs: created `running`, `completed` after the configured delay (or enough
//! polls), with one small deterministic GeoTIFF per requested mosaic type.

use serde_json::{json, Value};

use super::download::{descriptor, Subject};
use super::{not_found, opt_str, str_field, Ctx, Outcome, Reject};
use crate::app::new_id;
use crate::problem::Problem;
use crate::state::{ClipJob, Mosaic, Store};
use crate::storage::put_small;
use crate::tiff;
use crate::webhooks::EventKind;

/// `clip.create_from_area`: the caller's organisation only; mosaics default to `visual`.
pub fn create(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let org_id = str_field(body, "organization_id");
    if org_id != ctx.org() {
        return Err(not_found("organization", org_id));
    }
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
    let project_id = opt_str(body, "project_id");
    let (lon, lat) = first_coordinate(body.get("aoi_geometry")).unwrap_or((0.0, 0.0));
    let id = new_id("job");
    let mut store = ctx.app.store.lock().unwrap();
    if let Some(p) = &project_id {
        if store.projects.get(p).is_none_or(|p| p.org != ctx.org()) {
            return Err(not_found("project", p));
        }
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
    let job = ClipJob {
        id: id.clone(),
        org: ctx.org().to_owned(),
        area,
        aoi_name: opt_str(body, "aoi_name"),
        project_id,
        mosaics,
        created_at: ctx.now,
        started: std::time::Instant::now(),
        polls: 0,
        completed_at: None,
    };
    let out = job_json(&job, false);
    store.clip_jobs.insert(id, job);
    Ok(out)
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

fn status(job: &mut ClipJob, ctx: &Ctx<'_>) -> bool {
    let done = job.is_completed(ctx.app.clip_delay, ctx.app.clip_polls);
    if done && job.completed_at.is_none() {
        job.completed_at = Some(chrono::Utc::now());
        let event = job_json(job, true);
        ctx.app
            .webhooks
            .emit(&job.org, EventKind::ClipJobCompleted, &job.id, event);
    }
    done
}

fn job_json(job: &ClipJob, completed: bool) -> Value {
    let ts =
        |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    json!({
        "id": job.id,
        "job_id": job.id,
        "status": if completed { "completed" } else { "running" },
        "organization_id": job.org,
        "area": job.area,
        "aoi_name": job.aoi_name,
        "project_id": job.project_id,
        "mosaic_types": job.mosaics.iter().map(|m| m.mosaic_type.clone()).collect::<Vec<_>>(),
        "created_at": ts(job.created_at),
        "completed_at": job.completed_at.map(ts),
    })
}

fn job_mut<'s>(store: &'s mut Store, ctx: &Ctx<'_>, id: &str) -> Result<&'s mut ClipJob, Reject> {
    store
        .clip_jobs
        .get_mut(id)
        .filter(|j| j.org == ctx.org())
        .ok_or_else(|| not_found("clip job", id))
}

/// `clip.job.get`: each call counts as a poll.
pub fn get(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let mut store = ctx.app.store.lock().unwrap();
    let job = job_mut(&mut store, ctx, str_field(body, "job_id"))?;
    job.polls += 1;
    let done = status(job, ctx);
    Ok(job_json(job, done))
}

/// `clip.jobs.list`: the organisation's jobs, newest first, paged by `limit`/`offset`.
pub fn list(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let org_id = str_field(body, "organization_id");
    if org_id != ctx.org() {
        return Err(not_found("organization", org_id));
    }
    let limit = body
        .get("limit")
        .and_then(Value::as_i64)
        .unwrap_or(50)
        .max(0) as usize;
    let offset = body
        .get("offset")
        .and_then(Value::as_i64)
        .unwrap_or(0)
        .max(0) as usize;
    let wanted = opt_str(body, "status");
    let mut store = ctx.app.store.lock().unwrap();
    let mut jobs: Vec<Value> = Vec::new();
    for job in store.clip_jobs.values_mut().filter(|j| j.org == org_id) {
        let done = status(job, ctx);
        jobs.push(job_json(job, done));
    }
    jobs.sort_by(|a, b| b["created_at"].as_str().cmp(&a["created_at"].as_str()));
    if let Some(w) = wanted {
        jobs.retain(|j| j["status"] == w.as_str());
    }
    let total = jobs.len();
    let page: Vec<Value> = jobs.into_iter().skip(offset).take(limit).collect();
    Ok(json!({ "jobs": page, "total": total, "limit": limit, "offset": offset }))
}

fn completed_job(store: &mut Store, ctx: &Ctx<'_>, id: &str) -> Result<ClipJob, Reject> {
    let job = job_mut(store, ctx, id)?;
    if !status(job, ctx) {
        return Err(Problem::conflict(format!("clip job '{id}' is still running")).into());
    }
    Ok(job.clone())
}

/// `clip.job.downloads`: the mosaics of a completed job.
pub fn downloads(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let mut store = ctx.app.store.lock().unwrap();
    let job = completed_job(&mut store, ctx, str_field(body, "job_id"))?;
    let list: Vec<Value> = job
        .mosaics
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
    Ok(json!({ "job_id": job.id, "status": "completed", "downloads": list }))
}

/// `clip.job.download` → a descriptor for one mosaic, with egress attribution.
pub fn download(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let job_id = str_field(body, "job_id");
    let mosaic_type = str_field(body, "mosaic_type");
    let mut store = ctx.app.store.lock().unwrap();
    let job = completed_job(&mut store, ctx, job_id)?;
    let mosaic = job
        .mosaics
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
    let job = job_mut(&mut store, ctx, job_id)?.clone();
    for m in &job.mosaics {
        store.delete_object(&m.object_path);
    }
    store.clip_jobs.remove(job_id);
    Ok(json!({ "id": job_id, "deleted": true }))
}
