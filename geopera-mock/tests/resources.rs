//! The resource engine: every family remembers what was done to it, lists page in
//! their own family without gaps or repeats, jobs complete or fail, and every answer
//! validates against the operation's response schema.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use common::{two_organisations, Api};
use geopera_mock::{operations, sample_request, AnsweredBy, MockServer, RateLimits};
use serde_json::{json, Value};

/// Validates `value` against the success response schema of `op`.
fn assert_valid(op: &str, value: &Value) {
    let spec: Value = serde_json::from_str(geopera_mock::spec_json()).unwrap();
    let path = format!("/v1/op/{op}");
    let responses = &spec["paths"][&path]["post"]["responses"];
    let (_, ok) = responses
        .as_object()
        .unwrap()
        .iter()
        .find(|(code, _)| code.starts_with('2'))
        .unwrap();
    let mut root = ok["content"]["application/json"]["schema"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    root.insert("components".into(), spec["components"].clone());
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&Value::Object(root))
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{op} answered {value}: {errors:?}");
}

/// Calls `op`, expects a 2xx and a schema-valid body.
async fn valid(api: &Api, op: &str, body: Value) -> Value {
    let r = api.call(op, body.clone()).await;
    assert!(
        (200..300).contains(&r.status),
        "{op} {body} -> {} {}",
        r.status,
        r.text
    );
    let v = r.json();
    assert_valid(op, &v);
    v
}

/// The families the engine serves, with their operations by verb.
fn families() -> BTreeMap<String, BTreeMap<&'static str, String>> {
    let mut out: BTreeMap<String, BTreeMap<&'static str, String>> = BTreeMap::new();
    for op in operations() {
        if op.answered_by == AnsweredBy::Synthesized(String::new())
            || matches!(op.answered_by, AnsweredBy::Synthesized(_))
        {
            continue;
        }
        if let (Some(f), Some(v)) = (op.family, op.verb) {
            // The first operation by id per verb (`processing.create` before
            // `processing.create_and_dispatch`).
            out.entry(f).or_default().entry(v).or_insert(op.id);
        }
    }
    out
}

/// The object inside an answer (`{item: {...}}`, `{alert_rule: {...}}` or the object).
fn object(v: &Value) -> &Value {
    match v.as_object() {
        Some(m) if m.len() == 1 && m.values().all(Value::is_object) => m.values().next().unwrap(),
        _ => v,
    }
}

/// A body for `op` that validates, with references to real objects.
fn body_for(op: &str, refs: &BTreeMap<&str, String>) -> Value {
    let mut body = sample_request(op).unwrap_or(json!({}));
    if let Some(m) = body.as_object_mut() {
        for (field, id) in refs {
            if m.contains_key(*field) {
                m.insert((*field).to_owned(), json!(id));
            }
        }
    }
    body
}

/// A body for `op` naming the object `id` of `family`: its only `…_id` field, or those
/// that are no reference to a parent or are named after the family (`item_id` of
/// `items`), carry `id`.
fn id_body(op: &str, refs: &BTreeMap<&str, String>, family: &str, id: &str) -> Value {
    let noun = family.rsplit('.').next().unwrap().trim_end_matches('s');
    let mut body = body_for(op, refs);
    if let Some(m) = body.as_object_mut() {
        let idish = |k: &String| k.ends_with("_id") || k.ends_with("_name");
        let only_one = m.keys().filter(|k| idish(k)).count() == 1;
        for (k, v) in m.iter_mut() {
            let own = only_one
                || !refs.contains_key(k.as_str())
                || noun.ends_with(k.trim_end_matches("_id"));
            if (k.ends_with("_id") || k.ends_with("_name")) && own {
                *v = json!(id);
            }
        }
    }
    body
}

/// The string field an update can change visibly.
fn changeable_field(op: &str) -> Option<&'static str> {
    let body = sample_request(op).unwrap_or_default();
    let spec: Value = serde_json::from_str(geopera_mock::spec_json()).unwrap();
    let schema = &spec["paths"][format!("/v1/op/{op}")]["post"]["requestBody"]["content"]
        ["application/json"]["schema"];
    let name = schema["$ref"].as_str()?.rsplit('/').next()?;
    let props = &spec["components"]["schemas"][name]["properties"];
    ["description", "name", "endpoint_url", "display_name"]
        .into_iter()
        .find(|f| props.get(*f).is_some() && body.get(*f).is_none_or(|v| !v.is_object()))
}

/// A server without rate limits, and the references every body may name: the caller's
/// organisation and the ready-made project.
async fn server_with_refs() -> (MockServer, BTreeMap<&'static str, String>) {
    let server = MockServer::builder()
        .no_rate_limits()
        .start()
        .await
        .unwrap();
    let mut refs: BTreeMap<&str, String> = BTreeMap::new();
    refs.insert("organization_id", server.org_id().to_owned());
    refs.insert("project_id", server.project_id().to_owned());
    (server, refs)
}

#[tokio::test]
async fn every_family_round_trips_and_answers_validate() {
    let (server, mut refs) = server_with_refs().await;
    let api = Api::new(&server);
    // Subscriptions need a real endpoint; nothing is delivered to it by this test.
    refs.insert(
        "endpoint_url",
        "http://127.0.0.1:9/geopera-events".to_owned(),
    );
    refs.insert("event_type", "upload.completed".to_owned());
    let item = valid(&api, "items.create", body_for("items.create", &refs)).await;
    refs.insert("item_id", item["id"].as_str().unwrap().to_owned());

    let mut full = Vec::new();
    for (family, verbs) in families() {
        let (Some(create), Some(get)) = (verbs.get("create"), verbs.get("get")) else {
            continue;
        };
        let created = valid(&api, create, body_for(create, &refs)).await;
        let created = object(&created).clone();
        let id = created["id"].as_str().unwrap().to_owned();
        assert!(!id.is_empty(), "{create} gave no id: {created}");
        assert_eq!(created["organization_id"], server.org_id(), "{create}");
        assert!(created["created_at"].is_string() && created["updated_at"].is_string());

        let id_body = |op: &str| id_body(op, &refs, &family, &id);
        let got = valid(&api, get, id_body(get)).await;
        assert_eq!(object(&got)["id"], id.as_str(), "{get}");

        if let Some(list) = verbs.get("list") {
            let listed = valid(&api, list, body_for(list, &refs)).await;
            assert!(
                listed.to_string().contains(&id),
                "{list} does not find {id}: {listed}"
            );
        }
        if let Some(update) = verbs.get("update") {
            let mut body = id_body(update);
            if let Some(field) = changeable_field(update) {
                let value = if field == "endpoint_url" {
                    json!("https://example.com/hook-changed")
                } else {
                    json!("changed by the round trip")
                };
                body[field] = value.clone();
                valid(&api, update, body).await;
                let again = valid(&api, get, id_body(get)).await;
                assert_eq!(object(&again)[field], value, "{update} then {get}");
            } else {
                valid(&api, update, body).await;
            }
        }
        if let Some(delete) = verbs.get("delete") {
            valid(&api, delete, id_body(delete)).await;
            let r = api.call(get, id_body(get)).await;
            assert_eq!(r.status, 404, "{get} after {delete}: {}", r.text);
        }
        eprintln!(
            "round trip {family}: {}",
            verbs.keys().copied().collect::<Vec<_>>().join(" ")
        );
        let all = ["list", "update", "delete"]
            .iter()
            .all(|v| verbs.contains_key(v));
        if all {
            full.push(family);
        }
    }
    // The families with every verb are all exercised, from both sides of the table.
    for f in [
        "alerts.rule",
        "band_formulas",
        "collections",
        "event_subscriptions",
        "items",
        "visualization.profile",
    ] {
        assert!(full.iter().any(|x| x == f), "{f} missing from {full:?}");
    }
}

#[tokio::test]
async fn another_organisation_sees_nothing_and_unknown_parents_are_404() {
    let (_server, api, other) = two_organisations().await;
    let rule = valid(
        &api,
        "band_formulas.create",
        json!({"name": "ndvi", "formula": "(b8-b4)/(b8+b4)"}),
    )
    .await;
    let id = rule["id"].as_str().unwrap();
    assert_eq!(
        other
            .call("band_formulas.get", json!({"formula_id": id}))
            .await
            .status,
        404
    );
    let theirs = other.ok("band_formulas.list", json!({})).await;
    assert_eq!(theirs["total"], 0);
    assert_eq!(
        api.call("items.list", json!({"project_id": "proj_missing"}))
            .await
            .status,
        404
    );
    // Archiving hides nothing from a get, and says so.
    let p = valid(&api, "projects.create", json!({"name": "old"})).await;
    let archived = valid(&api, "projects.archive", json!({"project_id": p["id"]})).await;
    assert_eq!(archived["is_archived"], true);
}

/// Walks a list page by page as its family says, returning the ids in order.
async fn walk(api: &Api, op: &str, base: Value, family: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut next: Option<String> = None;
    for page in 0..1000u64 {
        let mut body = base.clone();
        let per_page = 40u64;
        match family {
            "offset" => {
                body["limit"] = json!(per_page);
                body["offset"] = json!(ids.len());
            }
            "page/size" => {
                body["size"] = json!(per_page);
                body["page"] = json!(page);
            }
            "limit/page" => {
                body["limit"] = json!(per_page);
                body["page"] = json!(page);
            }
            "cursor" => {
                body["limit"] = json!(per_page);
                if let Some(n) = &next {
                    body["next"] = json!(n);
                }
            }
            other => panic!("{other}"),
        }
        let v = valid(api, op, body).await;
        let items = v
            .get("items")
            .or_else(|| v.get("content"))
            .or_else(|| v.get("features"))
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("{op}: no page in {v}"))
            .clone();
        ids.extend(items.iter().map(|i| i["id"].as_str().unwrap().to_owned()));
        let done = match family {
            "cursor" => {
                next = v["next"].as_str().map(str::to_owned);
                next.is_none()
            }
            "page/size" => v["last"] == true,
            _ => (items.len() as u64) < per_page,
        };
        if done {
            return ids;
        }
    }
    panic!("{op} never ended");
}

fn assert_complete_walk(op: &str, walked: &[String], created: &HashSet<String>) {
    let unique: HashSet<&String> = walked.iter().collect();
    assert_eq!(unique.len(), walked.len(), "{op} repeated an object");
    assert_eq!(walked.len(), 250, "{op} walked {}", walked.len());
    assert!(
        walked.iter().all(|id| created.contains(id)),
        "{op} listed an object it should not"
    );
}

/// Creates 250 objects with `op`; their ids.
async fn create_250(api: &Api, op: &str, body: impl Fn(usize) -> Value) -> HashSet<String> {
    let mut created = HashSet::new();
    for i in 0..250 {
        let v = api.ok(op, body(i)).await;
        created.insert(v["id"].as_str().unwrap().to_owned());
    }
    created
}

#[tokio::test]
async fn each_paging_family_walks_250_objects_without_gap_or_repeat() {
    let server = MockServer::builder()
        .no_rate_limits()
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    let lists: BTreeMap<&str, (String, &str)> = operations()
        .into_iter()
        .filter_map(|o| Some((o.paging?, (o.id, o.family.map(|_| "")?))))
        .collect();
    assert_eq!(
        lists.keys().copied().collect::<Vec<_>>(),
        ["cursor", "limit/page", "offset", "page/size"]
    );

    // offset: items.list
    let project = valid(&api, "projects.create", json!({"name": "walk"})).await;
    let pid = project["id"].as_str().unwrap().to_owned();
    let created = create_250(
        &api,
        "items.create",
        |i| json!({"type": "user_raster", "name": format!("scene {i}"), "project_id": pid}),
    )
    .await;
    let walked = walk(&api, "items.list", json!({"project_id": pid}), "offset").await;
    assert_complete_walk("items.list", &walked, &created);

    // page/size: orders.list (newest first, by its default sort)
    let created = create_250(
        &api,
        "orders.place",
        |i| json!({"workspaceId": "ws", "dataProduct": format!("dp{i}")}),
    )
    .await;
    let walked = walk(&api, "orders.list", json!({}), "page/size").await;
    assert_complete_walk("orders.list", &walked, &created);

    // limit/page: processing.jobs.list
    let created = create_250(
        &api,
        "processing.create",
        |i| json!({"process_id": format!("p{i}")}),
    )
    .await;
    let walked = walk(&api, "processing.jobs.list", json!({}), "limit/page").await;
    assert_complete_walk("processing.jobs.list", &walked, &created);

    // cursor: catalog.search, over scenes seeded as reference data
    let mut created = HashSet::new();
    for i in 0..250 {
        let id = server
            .insert_resource(
                "catalog",
                None,
                json!({"scene": i, "host_name": "sentinel"}),
            )
            .unwrap();
        created.insert(id);
    }
    let walked = walk(
        &api,
        "catalog.search",
        json!({"host_name": "sentinel"}),
        "cursor",
    )
    .await;
    assert_complete_walk("catalog.search", &walked, &created);
}

/// Starts one job of each kind.
async fn start_jobs(server: &MockServer, api: &Api) -> Vec<(&'static str, String)> {
    let clip = valid(
        api,
        "clip.create_from_area",
        json!({"area": "perth", "mosaic_types": ["visual"], "organization_id": server.org_id(), "aoi_geometry": {"type": "Point", "coordinates": [115.8, -31.9]}}),
    )
    .await;
    let processing = valid(api, "processing.create", json!({"process_id": "ndvi"})).await;
    let order = valid(api, "orders.archive.place", json!({"captures": ["c1"]})).await;
    vec![
        ("clip.job.get", clip["id"].as_str().unwrap().to_owned()),
        (
            "processing.job.get",
            processing["id"].as_str().unwrap().to_owned(),
        ),
        ("orders.get", order["id"].as_str().unwrap().to_owned()),
    ]
}

fn poll_body(getter: &str, id: &str) -> Value {
    if getter == "orders.get" {
        json!({"order_id": id})
    } else {
        json!({"job_id": id})
    }
}

#[tokio::test]
async fn every_job_kind_completes_by_polls_or_fails_when_told() {
    // A run time of an hour: only polls move the jobs, so nothing depends on the clock.
    let server = MockServer::builder()
        .job_delay(Duration::from_secs(3600))
        .jobs_complete_after_polls(Some(2))
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);

    for (getter, id) in start_jobs(&server, &api).await {
        let statuses: Vec<Value> = {
            let mut s = Vec::new();
            for _ in 0..3 {
                s.push(valid(&api, getter, poll_body(getter, &id)).await["status"].clone());
            }
            s
        };
        assert_eq!(
            statuses,
            vec![json!("running"), json!("completed"), json!("completed")],
            "{getter}"
        );
    }

    let jobs = start_jobs(&server, &api).await;
    for (getter, id) in &jobs {
        let fresh = valid(&api, getter, poll_body(getter, id)).await;
        assert_eq!(fresh["status"], "running", "{getter}");
    }
    // One kind told through the library, the others over HTTP.
    server.fail_job(&jobs[0].1, "out of credits").unwrap();
    let http = reqwest::Client::new();
    for (_, id) in &jobs[1..] {
        let r = http
            .post(format!("{}/_mock/jobs/{id}/fail", server.base_url()))
            .json(&json!({"reason": "upstream refused"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    for (getter, id) in &jobs {
        let done = valid(&api, getter, poll_body(getter, id)).await;
        assert_eq!(done["status"], "failed", "{getter}");
        assert!(done["error"].is_string());
    }
    // A failed clip job offers no downloads; a done job cannot be told to fail.
    let r = api
        .call("clip.job.downloads", json!({"job_id": jobs[0].1}))
        .await;
    assert_eq!(r.status, 409);
    assert!(server.fail_job(&jobs[0].1, "again").is_err());
}

#[tokio::test]
async fn job_status_changes_raise_webhook_events() {
    // Only polls move the jobs; deliveries go to a closed loopback port, once each.
    let server = MockServer::builder()
        .job_delay(Duration::from_secs(3600))
        .jobs_complete_after_polls(Some(2))
        .delivery_retry_delays([])
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    valid(
        &api,
        "event_subscriptions.create",
        json!({"event_type": "*", "endpoint_url": "http://127.0.0.1:9/geopera-events"}),
    )
    .await;
    let completed = start_jobs(&server, &api).await;
    for (getter, id) in &completed {
        for _ in 0..2 {
            valid(&api, getter, poll_body(getter, id)).await;
        }
    }
    let failed = start_jobs(&server, &api).await;
    for (getter, id) in &failed {
        server.fail_job(id, "upstream refused").unwrap();
        for _ in 0..2 {
            valid(&api, getter, poll_body(getter, id)).await;
        }
    }
    let (clip_done, clip_failed) = (&completed[0].1, &failed[0].1);
    let (order_done, order_failed) = (&completed[2].1, &failed[2].1);
    let want: Vec<(String, &str)> = vec![
        (clip_done.clone(), "clip.job.completed"),
        (clip_failed.clone(), "clip.job.failed"),
        (order_done.clone(), "order.status_changed"),
        (order_failed.clone(), "order.status_changed"),
    ];
    // Deliveries are sent in the background: wait for them, 30 s at most.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let events = loop {
        let events: Vec<(String, String)> = server
            .deliveries()
            .into_iter()
            .map(|d| {
                let body: Value = serde_json::from_str(&d.body).unwrap();
                (body["entity_id"].as_str().unwrap().to_owned(), d.event_type)
            })
            .collect();
        let all_there = want
            .iter()
            .all(|(id, kind)| events.iter().any(|(i, k)| i == id && k == kind));
        if all_there {
            break events;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "missing events: {events:?}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    // An order raises one event per status it moves through (running, then its end);
    // processing jobs raise none, and no job raises its terminal event twice.
    for id in [order_done, order_failed] {
        assert_eq!(
            events.iter().filter(|(i, _)| i == id).count(),
            2,
            "{events:?}"
        );
    }
    assert!(!events
        .iter()
        .any(|(i, _)| *i == completed[1].1 || *i == failed[1].1));
    for (id, _) in &want[..2] {
        assert_eq!(
            events.iter().filter(|(i, _)| i == id).count(),
            1,
            "{events:?}"
        );
    }
}

#[tokio::test]
async fn jobs_also_advance_with_time() {
    let server = MockServer::builder()
        .job_delay(Duration::ZERO)
        .jobs_complete_after_polls(None)
        .start()
        .await
        .unwrap();
    let api = Api::new(&server);
    let job = valid(&api, "processing.create", json!({"process_id": "x"})).await;
    assert_eq!(job["status"], "pending");
    let listed = valid(&api, "processing.jobs.list", json!({})).await;
    assert_eq!(listed["items"][0]["status"], "completed");
}

#[tokio::test]
async fn starters_answer_with_the_spec_status() {
    let server = MockServer::start().await;
    let api = Api::new(&server);
    assert_eq!(api.call("processing.create", json!({})).await.status, 201);
    assert_eq!(
        api.call("orders.archive.place", json!({})).await.status,
        202
    );
    assert_eq!(
        api.call("orders.tasking.place", json!({})).await.status,
        202
    );
}

#[tokio::test]
async fn two_tokens_of_one_organisation_share_a_rate_window() {
    let server = MockServer::builder()
        .token("gpra_second", &["*"])
        .token_in_org("gpra_elsewhere", "org_elsewhere", &["*"])
        .rate_limits(RateLimits {
            default_limit: 3,
            ..RateLimits::default()
        })
        .start()
        .await
        .unwrap();
    let first = Api::new(&server);
    let second = Api::with_token(&server, Some("gpra_second"));
    let elsewhere = Api::with_token(&server, Some("gpra_elsewhere"));
    let body = json!({});
    assert_eq!(
        first.call("band_formulas.list", body.clone()).await.status,
        200
    );
    assert_eq!(
        first.call("band_formulas.list", body.clone()).await.status,
        200
    );
    assert_eq!(
        second.call("band_formulas.list", body.clone()).await.status,
        200
    );
    let limited = second.call("band_formulas.list", body.clone()).await;
    assert_eq!(limited.status, 429);
    assert!(limited.header("retry-after").is_some());
    assert_eq!(
        first.call("band_formulas.list", body.clone()).await.status,
        429
    );
    assert_eq!(elsewhere.call("band_formulas.list", body).await.status, 200);
}

#[tokio::test]
async fn every_family_with_a_seeded_object_answers_valid_gets_and_lists() {
    // Families no operation creates (catalog, glossary, EULAs, …) hold fixtures; their
    // reads must validate like the others'.
    let (server, mut refs) = server_with_refs().await;
    let api = Api::new(&server);
    for (field, op, body) in [
        (
            "item_id",
            "items.create",
            json!({"type": "user_raster", "name": "i", "project_id": server.project_id()}),
        ),
        (
            "collection_id",
            "collections.create",
            json!({"name": "c", "project_id": server.project_id()}),
        ),
        (
            "order_id",
            "orders.place",
            json!({"workspaceId": "ws", "dataProduct": "dp"}),
        ),
        (
            "rule_id",
            "alerts.create_rule",
            body_for("alerts.create_rule", &refs),
        ),
    ] {
        let v = valid(&api, op, body).await;
        refs.insert(field, object(&v)["id"].as_str().unwrap().to_owned());
    }
    let hand_written: HashSet<String> = operations()
        .into_iter()
        .filter(|o| o.answered_by == AnsweredBy::HandWritten)
        .map(|o| o.id)
        .collect();
    let mut checked = 0;
    for (family, mut verbs) in families() {
        verbs.retain(|_, op| !hand_written.contains(op));
        let id = server
            .insert_resource(&family, Some(server.org_id()), json!({"name": "seeded"}))
            .unwrap();
        if let Some(list) = verbs.get("list") {
            let mut body = body_for(list, &refs);
            // The fixture carries a name; the sample's would filter it out.
            if let Some(m) = body.as_object_mut() {
                m.remove("name");
            }
            let listed = valid(&api, list, body).await;
            assert!(
                listed.to_string().contains(&id) || listed.to_string().contains("\"total\":0"),
                "{list}: {listed}"
            );
            checked += 1;
        }
        if let Some(get) = verbs.get("get") {
            let body = id_body(get, &refs, &family, &id);
            let got = valid(&api, get, body).await;
            assert!(got.to_string().contains(&id), "{get}: {got}");
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
}
