//! Every operation of the spec is reachable through the resource tree.

use std::collections::BTreeMap;

use geopera_fluent::resources::REACHABILITY;
use geopera_fluent::Geopera;

#[test]
fn every_spec_operation_is_reachable_through_the_tree() {
    let spec_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/geopera.openapi.json");
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(spec_path).expect("spec")).expect("JSON");
    let ids: Vec<String> = spec["paths"]
        .as_object()
        .expect("paths")
        .values()
        .map(|item| {
            item["post"]["operationId"]
                .as_str()
                .expect("operationId")
                .to_string()
        })
        .collect();
    assert!(!ids.is_empty());

    let client = Geopera::builder()
        .base_url("http://127.0.0.1:9")
        .token("t")
        .build()
        .unwrap();
    let table: BTreeMap<&str, _> = REACHABILITY
        .iter()
        .map(|(id, reach)| (*id, reach))
        .collect();
    for id in &ids {
        let reach = table
            .get(id.as_str())
            .unwrap_or_else(|| panic!("`{id}` has no path in the tree"));
        // The function walks client.a().b().c(..) and reports which operation it reached.
        assert_eq!(
            reach(&client),
            id,
            "the tree path for `{id}` reaches another operation"
        );
    }
    assert_eq!(
        table.len(),
        ids.len(),
        "the tree has operations the spec does not"
    );
}

#[test]
fn the_reference_page_calls_have_their_dotted_paths() {
    let client = Geopera::builder()
        .base_url("http://127.0.0.1:9")
        .token("t")
        .build()
        .unwrap();
    let null = serde_json::Value::Null;
    assert_eq!(
        client.uploads().initiate(null.clone()).info().id,
        "uploads.initiate"
    );
    assert_eq!(
        client.uploads().signed_url(null.clone()).info().id,
        "uploads.signed_url"
    );
    assert_eq!(
        client.items().asset().download(null.clone()).info().id,
        "items.asset.download"
    );
    assert_eq!(
        client.clip().job().downloads(null.clone()).info().id,
        "clip.job.downloads"
    );
    assert_eq!(
        client.stac().collections().list(null).info().id,
        "stac.collections.list"
    );
}
