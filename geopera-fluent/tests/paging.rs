//! Lists as streams against geopera-mock, one list per paging family: every object once, the
//! expected page count, `max_items` fetching no page past the one that held the last item (the
//! mock's request log), and the blocking iterator giving the same objects.
//!
//! Each test seeds 250 objects into the mock, so the mock's own store is the truth.

use std::collections::HashSet;

use futures_util::TryStreamExt;
use geopera_fluent::paging::{self, Page};
use geopera_fluent::{dynamic, Geopera};
use geopera_mock::MockServer;
use serde_json::{json, Value};

const OBJECTS: usize = 250;
const PAGE_SIZE: u64 = 25;

/// One list of the spec and how to fill and call it.
struct Family {
    operation: &'static str,
    /// The mock's resource family the list reads.
    resources: &'static str,
    /// The list's request body.
    body: fn(&MockServer) -> Value,
    /// Extra fields of a seeded object (a reference the list filters on).
    seed: fn(&MockServer) -> Value,
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

/// A mock holding `OBJECTS` objects of the family (their ids, in creation order), and a client.
fn seeded(family: &Family) -> (MockServer, Geopera, Vec<String>) {
    let server = MockServer::builder()
        .no_rate_limits()
        .start_blocking()
        .unwrap();
    let ids = (0..OBJECTS)
        .map(|n| {
            let mut object = (family.seed)(&server);
            object["n"] = json!(n);
            server
                .insert_resource(family.resources, Some(server.org_id()), object)
                .unwrap()
        })
        .collect();
    let client = client_of(&server);
    (server, client, ids)
}

fn client_of(server: &MockServer) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .build()
        .unwrap()
}

fn id_of(object: &Value) -> String {
    object["id"]
        .as_str()
        .expect("every object has an id")
        .to_owned()
}

/// How many requests of `operation` the mock answered since its log was last cleared.
fn fetched(server: &MockServer, operation: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.operation_id.as_deref() == Some(operation))
        .count()
}

fn check_family(family: Family) {
    let (server, client, seeded_ids) = seeded(&family);
    let info = dynamic::operation(family.operation).unwrap();
    let rt = runtime();
    let body = (family.body)(&server);

    // Every object once: no duplicate, no gap, as many as the mock holds.
    let walked: Vec<Value> = rt
        .block_on(
            paging::items_json(client.api(), info, body.clone())
                .page_size(PAGE_SIZE)
                .try_collect(),
        )
        .unwrap();
    let ids: Vec<String> = walked.iter().map(id_of).collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{}: a duplicate", family.operation);
    assert_eq!(
        unique,
        seeded_ids.iter().collect::<HashSet<_>>(),
        "{}: not every object",
        family.operation
    );
    assert_eq!(ids.len(), server.resources(family.resources).len());
    println!(
        "{}: {} items walked, {} distinct, mock holds {}",
        family.operation,
        ids.len(),
        unique.len(),
        server.resources(family.resources).len()
    );

    // The expected number of pages, each fetched once.
    server.clear_requests();
    let pages: Vec<Page<Value>> = rt
        .block_on(
            paging::pages_json(client.api(), info, body.clone())
                .page_size(PAGE_SIZE)
                .try_collect(),
        )
        .unwrap();
    let expected_pages = OBJECTS.div_ceil(PAGE_SIZE as usize);
    assert_eq!(pages.len(), expected_pages, "{}", family.operation);
    assert!(pages.iter().all(|p| p.items.len() == PAGE_SIZE as usize));
    assert_eq!(fetched(&server, family.operation), expected_pages);
    println!(
        "{}: {} pages, {} requests",
        family.operation,
        pages.len(),
        fetched(&server, family.operation)
    );

    // max_items(30) with pages of 25: item 30 is on page 2, and page 3 is never asked for.
    server.clear_requests();
    let first: Vec<Value> = rt
        .block_on(
            paging::items_json(client.api(), info, body.clone())
                .page_size(PAGE_SIZE)
                .max_items(30)
                .try_collect(),
        )
        .unwrap();
    assert_eq!(
        first.iter().map(id_of).collect::<Vec<_>>(),
        ids[..30],
        "{}",
        family.operation
    );
    assert_eq!(
        fetched(&server, family.operation),
        2,
        "{}",
        family.operation
    );
    println!(
        "{}: max_items(30) gave {} items in {} requests",
        family.operation,
        first.len(),
        fetched(&server, family.operation)
    );

    // The blocking iterator walks the same objects in the same order (job objects change
    // status between walks, so compare ids).
    drop(rt);
    let blocking: Vec<String> = paging::items_json(client.api(), info, body)
        .page_size(PAGE_SIZE)
        .blocking()
        .map(|item| item.map(|item| id_of(&item)))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(blocking, ids, "{}", family.operation);
    println!(
        "{}: blocking iterator gave the same {} ids in order: {}",
        family.operation,
        blocking.len(),
        blocking == ids
    );
}

fn nothing(_: &MockServer) -> Value {
    json!({})
}

#[test]
fn offset_lists_walk_every_object_once() {
    check_family(Family {
        operation: "items.list",
        resources: "items",
        body: |server| json!({"project_id": server.project_id()}),
        seed: |server| json!({"project_id": server.project_id()}),
    });
}

#[test]
fn page_size_lists_walk_every_object_once() {
    check_family(Family {
        operation: "orders.list",
        resources: "orders",
        body: nothing,
        seed: nothing,
    });
}

#[test]
fn limit_page_lists_walk_every_object_once() {
    check_family(Family {
        operation: "processing.jobs.list",
        resources: "processing.job",
        body: nothing,
        seed: nothing,
    });
}

#[test]
fn cursor_lists_walk_every_object_once() {
    check_family(Family {
        operation: "catalog.search",
        resources: "catalog",
        body: |_| json!({"host_name": "earth-search"}),
        seed: nothing,
    });
}

/// The typed surface: the generated request of a pageable operation has `.pages()` and
/// `.items()`, and a typed answer names its own item array (`items.search` → `features`).
#[tokio::test]
async fn typed_requests_page_with_their_answer_type() {
    let server = MockServer::builder()
        .no_rate_limits()
        .start()
        .await
        .unwrap();
    for n in 0..60 {
        let item = json!({"project_id": server.project_id(), "n": n});
        server
            .insert_resource("items", Some(server.org_id()), item)
            .unwrap();
    }
    let client = client_of(&server);
    let body = json!({"project_id": server.project_id()});
    let pages: Vec<_> = client
        .items()
        .search(body.clone())
        .pages()
        .page_size(25)
        .try_collect()
        .await
        .unwrap();
    // `FeatureCollectionOutput` pages: 25, 25, 10 features, numberMatched 60.
    let sizes: Vec<usize> = pages.iter().map(|p| p.items.len()).collect();
    assert_eq!(sizes, [25, 25, 10]);
    assert!(pages.iter().all(|p| p.body.number_matched == 60));
    assert_eq!(pages[0].items, pages[0].body.features[..]);

    let items: Vec<Value> = client
        .items()
        .list(body)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        items.len(),
        60,
        "the schema's default page size, 100, in one page"
    );
}

/// Lazy: building the stream sends nothing; dropping it unpolled never sends anything.
#[tokio::test]
async fn nothing_is_sent_until_the_stream_is_polled() {
    let server = MockServer::start().await;
    let client = client_of(&server);
    let stream = client
        .items()
        .list(json!({"project_id": server.project_id()}))
        .items()
        .page_size(10);
    assert_eq!(fetched(&server, "items.list"), 0);
    drop(stream);
    assert_eq!(fetched(&server, "items.list"), 0);
}

/// Bad paging input is refused before sending, naming the operation and the limit.
#[tokio::test]
async fn a_page_size_over_the_schema_maximum_is_refused_before_sending() {
    let server = MockServer::start().await;
    let client = client_of(&server);
    let err = client
        .stac()
        .search(json!({}))
        .pages()
        .page_size(20_000)
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("stac.search") && message.contains("at most 10000"),
        "{message}"
    );
    assert_eq!(fetched(&server, "stac.search"), 0);

    let info = dynamic::operation("billing.invoices.list").unwrap();
    let err = paging::pages_json(client.api(), info, json!({}))
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("billing.invoices.list does not page"),
        "{err}"
    );
}
