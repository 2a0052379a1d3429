//! The resource engine: every operation that creates, reads, updates, deletes,
//! archives or lists objects of a family does so here, from what the spec says about it
//! ([`catalog`]), unless a hand-written handler in [`crate::ops`] takes it first.
//!
//! * **create** stores the body's declared fields (an untyped body: all of them), the
//!   request schema's defaults for fields not sent, an id with the family's prefix
//!   ([`catalog::id_prefix`]), `organization_id` (the caller's), `created_at` and
//!   `updated_at`. Job families also get `status: "pending"` ([`jobs`]). Every
//!   `…_id` field that names a family (`project_id` → `projects`) must name an
//!   object the caller sees, and `organization_id` must be the caller's: else 404.
//! * **get** answers the object or 404 (another organisation's object is 404 too).
//!   Other `…_id` fields of the request must match the object's (a collection is read
//!   within its project).
//! * **update** merges the body's non-null fields (not the id) into the object and
//!   sets `updated_at`. **archive** does the same and sets `is_archived: true`.
//! * **delete** removes the object; later reads are 404.
//! * **list** checks references like create, keeps the objects whose fields equal the
//!   request's non-null filter fields (a field the object does not carry does not
//!   filter; an array value matches any of its members, an empty one filters nothing; `ids`
//!   matches ids; spatial,
//!   temporal and query expressions such as `bbox`, `datetime`, `query` are not
//!   evaluated), leaves
//!   archived objects out unless the request sends `include_archived: true` or an
//!   `is_archived` filter, orders by `sort` when the request has one (`field,asc|desc`;
//!   `createdAt`/`created` is creation order) or else by creation, and answers one
//!   page in the list's paging family ([`paging`]).
//!
//! Answers are fitted to the response schema ([`shape`]).

pub mod catalog;
pub mod jobs;
pub mod paging;
pub mod records;
pub mod shape;
pub mod table;

use serde_json::{json, Map, Value};

use self::catalog::{id_prefix, is_job_family, request_properties, Binding, Catalog, Verb};
use self::jobs::{JobProgress, PENDING};
use self::paging::PagingFamily;
use self::records::Record;
use crate::ops::{not_found, Ctx, Outcome, Reject};
use crate::problem::{Problem, ValidationIssue};
use crate::server_state::{new_id, AppState};
use crate::spec::OperationSpec;
use crate::webhooks::EventKind;
use crate::world::{Store, CLIP_JOBS, ORDERS};

/// Serves `op` if it acts on a family; `None` leaves it to the synthesizer.
pub fn handle(ctx: &Ctx<'_>, op: &OperationSpec, body: &Value) -> Option<Outcome> {
    let binding = Catalog::get().binding(&op.id)?;
    let empty = Map::new();
    let body_map = body.as_object().unwrap_or(&empty);
    let mut store = ctx.app.store.lock().unwrap();
    Some(match binding.verb {
        Verb::Create => {
            create(ctx, &mut store, op, binding, body_map).map(|obj| shape::object(op, &obj))
        }
        Verb::Get => with_object(ctx, &mut store, binding, body_map, |obj, _| {
            Ok(shape::object(op, obj))
        }),
        Verb::Update | Verb::Archive => {
            with_object(ctx, &mut store, binding, body_map, |rec, ctx| {
                merge(rec, body_map, binding.id_field.as_deref(), ctx);
                if binding.verb == Verb::Archive {
                    rec.insert("is_archived".into(), json!(true));
                }
                Ok(shape::object(op, rec))
            })
        }
        Verb::Delete => delete(ctx, &mut store, binding, body_map)
            .map(|id| shape::deleted(op, &id, binding.id_field.as_deref())),
        Verb::List => list(ctx, &mut store, op, binding, body_map),
    })
}

/// `now` as the API writes times.
fn timestamp(ctx: &Ctx<'_>) -> String {
    ctx.now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Stores a new object of `family` for the caller and returns it. Used by the engine's
/// create and by hand-written creators (clip jobs, upload-created items), so every
/// object of a family looks alike.
pub fn insert_new(
    ctx: &Ctx<'_>,
    store: &mut Store,
    family: &str,
    mut value: Map<String, Value>,
) -> Map<String, Value> {
    let id = new_id(&id_prefix(family));
    let now = timestamp(ctx);
    value.insert("id".into(), json!(id));
    value.insert("organization_id".into(), json!(ctx.org()));
    value.insert("created_at".into(), json!(now));
    value.insert("updated_at".into(), json!(now));
    let job = is_job_family(family).then(|| {
        value.insert("status".into(), json!(PENDING));
        JobProgress::start()
    });
    store
        .records
        .insert(family, Some(ctx.org()), value, job)
        .value
        .clone()
}

fn create(
    ctx: &Ctx<'_>,
    store: &mut Store,
    op: &OperationSpec,
    binding: &Binding,
    body: &Map<String, Value>,
) -> Result<Map<String, Value>, Reject> {
    let props = request_properties(op);
    let mut value = Map::new();
    if props.is_empty() {
        value.extend(body.clone());
    } else {
        for (name, schema) in &props {
            match body.get(name) {
                Some(v) => {
                    value.insert(name.clone(), v.clone());
                }
                None => {
                    if let Some(d) = schema.get("default") {
                        value.insert(name.clone(), d.clone());
                    }
                }
            }
        }
    }
    check_references(ctx, store, &binding.family, &value)?;
    Ok(insert_new(ctx, store, &binding.family, value))
}

/// 404 unless every `…_id` field naming another family names an object the caller
/// sees, and `organization_id` (when sent) is the caller's.
pub fn check_references(
    ctx: &Ctx<'_>,
    store: &Store,
    family: &str,
    fields: &Map<String, Value>,
) -> Result<(), Reject> {
    for (field, value) in fields {
        let Some(id) = value.as_str() else { continue };
        if field == "organization_id" {
            if id != ctx.org() {
                return Err(not_found("organization", id));
            }
            continue;
        }
        let Some(target) = Catalog::get().family_of_reference(field) else {
            continue;
        };
        if target != family && store.records.get(target, ctx.org(), id).is_none() {
            let noun = field.trim_end_matches("_id");
            return Err(not_found(noun, id));
        }
    }
    Ok(())
}

/// The object the request names: by its id field (the object's id, or the value of
/// that field), visible to the caller, agreeing with the request's other references.
fn locate<'s>(
    ctx: &Ctx<'_>,
    store: &'s mut Store,
    binding: &Binding,
    body: &Map<String, Value>,
) -> Result<&'s mut Record, Reject> {
    let field = binding.id_field.as_deref().unwrap_or("id");
    let key = body.get(field).and_then(Value::as_str).unwrap_or_default();
    let noun = field.trim_end_matches("_id").trim_end_matches("_name");
    store
        .records
        .find_mut(&binding.family, ctx.org(), field, key)
        .filter(|r| scoped(&r.value, body, field))
        .ok_or_else(|| not_found(noun, key))
}

/// Finds the object the request names (advancing it when it is a job) and runs `f`.
fn with_object(
    ctx: &Ctx<'_>,
    store: &mut Store,
    binding: &Binding,
    body: &Map<String, Value>,
    f: impl FnOnce(&mut Map<String, Value>, &Ctx<'_>) -> Outcome,
) -> Outcome {
    let now = timestamp(ctx);
    let rec = locate(ctx, store, binding, body)?;
    advance(ctx, &binding.family, rec, binding.verb == Verb::Get, &now);
    f(&mut rec.value, ctx)
}

/// Brings a job of `family` up to date (`poll`: this look counts as a poll) and raises
/// the webhook event its change means: a clip job that completed or failed, an order
/// whose status changed. Objects that are not jobs are left as they are.
pub(crate) fn advance(ctx: &Ctx<'_>, family: &str, rec: &mut Record, poll: bool, now: &str) {
    let Some(progress) = rec.job.as_mut() else {
        return;
    };
    if !jobs::observe(&mut rec.value, progress, ctx.app.jobs, poll, now) {
        return;
    }
    let status = rec.value.get("status").and_then(Value::as_str);
    let kind = match (family, status) {
        (CLIP_JOBS, Some("completed")) => EventKind::ClipJobCompleted,
        (CLIP_JOBS, Some("failed")) => EventKind::ClipJobFailed,
        (ORDERS, Some(_)) => EventKind::OrderStatusChanged,
        _ => return,
    };
    let org = rec.org.as_deref().unwrap_or(ctx.org());
    ctx.app
        .webhooks
        .emit(org, kind, &rec.id, Value::Object(rec.value.clone()));
}

/// Whether the request's other `…_id` fields agree with the object's.
fn scoped(obj: &Map<String, Value>, body: &Map<String, Value>, id_field: &str) -> bool {
    body.iter()
        .filter(|(k, v)| k.ends_with("_id") && k.as_str() != id_field && v.is_string())
        .all(|(k, v)| obj.get(k).is_none_or(|mine| mine == v))
}

fn merge(
    obj: &mut Map<String, Value>,
    body: &Map<String, Value>,
    id_field: Option<&str>,
    ctx: &Ctx<'_>,
) {
    for (k, v) in body {
        if Some(k.as_str()) != id_field && !v.is_null() {
            obj.insert(k.clone(), v.clone());
        }
    }
    obj.insert("updated_at".into(), json!(timestamp(ctx)));
}

/// Removes the object the request names; its id.
fn delete(
    ctx: &Ctx<'_>,
    store: &mut Store,
    binding: &Binding,
    body: &Map<String, Value>,
) -> Result<String, Reject> {
    let id = locate(ctx, store, binding, body)?.id.clone();
    store.records.remove(&binding.family, &id);
    Ok(id)
}

fn list(
    ctx: &Ctx<'_>,
    store: &mut Store,
    op: &OperationSpec,
    binding: &Binding,
    body: &Map<String, Value>,
) -> Outcome {
    let props = request_properties(op);
    let references: Map<String, Value> = body
        .iter()
        .filter(|(k, _)| k.ends_with("_id"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    check_references(ctx, store, &binding.family, &references)?;
    let with_archived = body.get("include_archived") == Some(&json!(true))
        || body.get("is_archived").is_some_and(|v| !v.is_null());
    let filters: Vec<(&String, &Value)> = body
        .iter()
        .filter(|(k, v)| {
            !v.is_null()
                && v.as_array().is_none_or(|a| !a.is_empty())
                && !PagingFamily::is_paging_field(k)
                && !UNEVALUATED.contains(&k.as_str())
        })
        .collect();
    let now = timestamp(ctx);
    let mut all: Vec<(u64, Value)> = Vec::new();
    for rec in store.records.visible_mut(&binding.family, ctx.org()) {
        advance(ctx, &binding.family, rec, false, &now);
        if rec.is_archived() && !with_archived {
            continue;
        }
        if filters
            .iter()
            .all(|(k, want)| matches(&rec.id, &rec.value, k, want))
        {
            all.push((rec.seq, Value::Object(rec.value.clone())));
        }
    }
    sort(&mut all, &props, body);
    let page =
        paging::cut(binding.paging, &props, &Value::Object(body.clone()), all).map_err(|_| {
            Reject::Invalid(vec![ValidationIssue {
                loc: vec![json!("body"), json!("next")],
                msg: "Value error, not a cursor returned by this list".into(),
                kind: "value_error".into(),
                input: body.get("next").cloned().unwrap_or(Value::Null),
            }])
        })?;
    Ok(shape::list(op, page))
}

/// Request fields that are expressions or presentation, not equality filters: the mock
/// does not evaluate spatial, temporal or query expressions.
const UNEVALUATED: &[&str] = &[
    "bbox",
    "intersects",
    "datetime",
    "query",
    "filter",
    "filter-lang",
    "sortby",
    "base_url",
    "format",
    "include_archived",
    "term",
];

/// Whether an object passes one filter field.
fn matches(id: &str, obj: &Map<String, Value>, field: &str, want: &Value) -> bool {
    if field == "ids" {
        return want
            .as_array()
            .is_none_or(|ids| ids.iter().any(|w| w.as_str() == Some(id)));
    }
    let Some(mine) = obj.get(field) else {
        return true;
    };
    match (want, mine) {
        (Value::Array(options), Value::Array(_)) => options
            .iter()
            .all(|o| mine.as_array().is_some_and(|m| m.contains(o))),
        (Value::Array(options), _) => options.contains(mine),
        _ => mine == want,
    }
}

/// Orders the list by the request's `sort` (or its default): `field,asc|desc`.
fn sort(all: &mut [(u64, Value)], props: &Map<String, Value>, body: &Map<String, Value>) {
    let spec = body
        .get("sort")
        .and_then(Value::as_str)
        .or_else(|| props.get("sort")?.get("default")?.as_str());
    let Some(spec) = spec else { return };
    let (field, dir) = spec.split_once(',').unwrap_or((spec, "asc"));
    let by_creation = matches!(field, "createdAt" | "created" | "created_at");
    all.sort_by(|(sa, a), (sb, b)| {
        let ord = if by_creation {
            sa.cmp(sb)
        } else {
            text(&a[field]).cmp(&text(&b[field])).then(sa.cmp(sb))
        };
        if dir.eq_ignore_ascii_case("desc") {
            ord.reverse()
        } else {
            ord
        }
    });
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Marks the job `id` (of any job family, visible to anyone) to end `failed`.
pub fn fail_job(store: &mut Store, id: &str, reason: &str) -> Result<(), Reject> {
    let Some((_, rec)) = store.records.find_any_mut(id) else {
        return Err(Problem::not_found(format!("job '{id}' not found")).into());
    };
    let Some(progress) = rec.job.as_mut() else {
        return Err(Problem::conflict(format!("'{id}' is not a job")).into());
    };
    jobs::inject_failure(&rec.value, progress, reason)
        .map_err(|e| Problem::conflict(format!("'{id}': {e}")).into())
}

/// Every object of `family`, in creation order (for inspection).
pub fn snapshot(app: &AppState, family: &str) -> Vec<Value> {
    let store = app.store.lock().unwrap();
    store
        .records
        .all(family)
        .into_iter()
        .map(|r| Value::Object(r.value.clone()))
        .collect()
}

/// Stores a fixture object in `family` (see [`crate::MockServer::insert_resource`]).
pub fn seed(
    app: &AppState,
    family: &str,
    org: Option<&str>,
    value: Value,
) -> Result<String, String> {
    let Value::Object(mut value) = value else {
        return Err(format!("a {family} object must be a JSON object"));
    };
    let id = match value.get("id").and_then(Value::as_str) {
        Some(id) => id.to_owned(),
        None => new_id(&id_prefix(family)),
    };
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    value.insert("id".into(), json!(id));
    if let Some(org) = org {
        value.insert("organization_id".into(), json!(org));
    }
    value.entry("created_at").or_insert_with(|| json!(now));
    value.entry("updated_at").or_insert_with(|| json!(now));
    let job = is_job_family(family).then(|| {
        value.entry("status").or_insert_with(|| json!(PENDING));
        JobProgress::start()
    });
    let mut store = app.store.lock().unwrap();
    store.records.insert(family, org, value, job);
    Ok(id)
}
