//! Every `paths` entry of the vendored spec has exactly one operation module, with the
//! metadata the spec gives it. The spec is read at test time: nothing here is a hard-coded
//! count.

use std::collections::{BTreeMap, BTreeSet};

use geopera_api::{operations, Operation, OperationInfo};
use geopera_tests::{read_spec, read_workspace_file, workspace_root};
use serde_json::Value;

/// What the spec says about one operation, in the shape of `OperationInfo`.
#[derive(Debug, PartialEq)]
struct Expected {
    id: String,
    path: String,
    scope: Option<String>,
    success_status: u16,
    body_required: bool,
    requires_auth: bool,
    header_params: Vec<String>,
    summary: String,
}

fn expected_from_spec() -> BTreeMap<String, Expected> {
    let spec = read_spec();
    let paths = spec["paths"].as_object().expect("paths is an object");
    assert!(!paths.is_empty(), "the spec has no paths");
    let mut expected = BTreeMap::new();
    for (path, item) in paths {
        let methods: Vec<&String> = item.as_object().unwrap().keys().collect();
        assert_eq!(methods, ["post"], "{path}: every operation is one POST");
        let op = &item["post"];
        let id = op["operationId"].as_str().expect("operationId").to_string();
        let successes: Vec<u16> = op["responses"]
            .as_object()
            .unwrap()
            .keys()
            .filter_map(|code| code.parse().ok())
            .filter(|code| (200..300).contains(code))
            .collect();
        assert_eq!(successes.len(), 1, "{id}: one success status");
        let header_params = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "header")
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect();
        let requires_auth = match &op["security"] {
            Value::Array(requirements) => !requirements.is_empty(),
            _ => true,
        };
        let entry = Expected {
            id: id.clone(),
            path: path.clone(),
            scope: op["x-required-scope"].as_str().map(str::to_owned),
            success_status: successes[0],
            body_required: op["requestBody"]["required"].as_bool().unwrap_or(false),
            requires_auth,
            header_params,
            summary: op["summary"].as_str().unwrap_or_default().to_string(),
        };
        assert!(
            expected.insert(id.clone(), entry).is_none(),
            "operation id `{id}` appears twice in the spec"
        );
    }
    expected
}

fn actual(info: &OperationInfo) -> Expected {
    Expected {
        id: info.id.to_string(),
        path: info.path.to_string(),
        scope: info.scope.map(str::to_owned),
        success_status: info.success_status,
        body_required: info.body_required,
        requires_auth: info.requires_auth,
        header_params: info.header_params.iter().map(|h| h.to_string()).collect(),
        summary: info.summary.to_string(),
    }
}

fn module_name(id: &str) -> String {
    id.replace('.', "_")
}

#[test]
fn every_spec_path_has_exactly_one_operation_in_all() {
    let expected = expected_from_spec();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for info in operations::ALL {
        *seen.entry(info.id).or_default() += 1;
    }
    let duplicated: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        duplicated.is_empty(),
        "ids listed twice in ALL: {duplicated:?}"
    );

    let spec_ids: BTreeSet<&str> = expected.keys().map(String::as_str).collect();
    let all_ids: BTreeSet<&str> = seen.keys().copied().collect();
    let missing: Vec<_> = spec_ids.difference(&all_ids).collect();
    let extra: Vec<_> = all_ids.difference(&spec_ids).collect();
    assert!(
        missing.is_empty(),
        "spec operations without a module: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "modules for operations not in the spec: {extra:?}"
    );
    assert_eq!(operations::ALL.len(), expected.len());
}

#[test]
fn operation_metadata_matches_the_spec() {
    let expected = expected_from_spec();
    let mut mismatches = Vec::new();
    for info in operations::ALL {
        let want = &expected[info.id];
        let got = actual(info);
        if &got != want {
            mismatches.push(format!("{}:\n  spec: {want:?}\n  code: {got:?}", info.id));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn one_generated_file_per_operation_and_no_other() {
    let expected = expected_from_spec();
    let dir = workspace_root().join("geopera-api/src/generated/operations");
    let files: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("listing {}: {err}", dir.display()))
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name != "mod.rs")
        .collect();
    let wanted: BTreeSet<String> = expected
        .keys()
        .map(|id| format!("{}.rs", module_name(id)))
        .collect();
    let missing: Vec<_> = wanted.difference(&files).collect();
    let extra: Vec<_> = files.difference(&wanted).collect();
    assert!(missing.is_empty(), "missing operation files: {missing:?}");
    assert!(
        extra.is_empty(),
        "operation files with no spec path: {extra:?}"
    );

    // Each file is declared once in mod.rs and carries its own operation id and path.
    let module_list = read_workspace_file("geopera-api/src/generated/operations/mod.rs");
    for (id, op) in &expected {
        let module = module_name(id);
        let declaration = format!("pub mod {module};");
        assert_eq!(
            module_list.matches(&declaration).count(),
            1,
            "mod.rs must declare `{module}` exactly once"
        );
        let source =
            read_workspace_file(&format!("geopera-api/src/generated/operations/{module}.rs"));
        assert!(
            source.contains(&format!("id: \"{id}\"")),
            "{module}.rs does not describe `{id}`"
        );
        assert!(
            source.contains(&format!("path: \"{}\"", op.path)),
            "{module}.rs does not use path {}",
            op.path
        );
    }
}

#[test]
fn the_two_operations_the_python_sdk_dropped_are_present() {
    let expected = expected_from_spec();
    let spec = read_spec();
    for id in ["stac.collections.list", "glossary.collections.list"] {
        assert!(expected.contains_key(id), "the spec should list `{id}`");
        let info = operations::ALL
            .iter()
            .find(|info| info.id == id)
            .unwrap_or_else(|| panic!("`{id}` is missing from operations::ALL"));
        assert_eq!(actual(info), expected[id]);
        let file = workspace_root().join(format!(
            "geopera-api/src/generated/operations/{}.rs",
            module_name(id)
        ));
        assert!(file.is_file(), "{} is missing", file.display());
        // Their bodies are the `src__operations__…` schemas that collide by last segment.
        let body_ref = spec
            .pointer(&format!(
                "/paths/~1v1~1op~1{id}/post/requestBody/content/application~1json/schema/$ref"
            ))
            .and_then(Value::as_str)
            .unwrap();
        assert!(
            body_ref.starts_with("#/components/schemas/src__operations__"),
            "{id}: {body_ref}"
        );
    }

    // Callable with readable, distinct body types.
    fn body_of<O: Operation>() -> &'static str {
        std::any::type_name::<O::Body>()
    }
    assert!(
        body_of::<operations::stac_collections_list::StacCollectionsList>()
            .ends_with("::StacCollectionsListInput")
    );
    assert!(
        body_of::<operations::glossary_collections_list::GlossaryCollectionsList>()
            .ends_with("::GlossaryCollectionsListInput")
    );
    let _: fn(
        geopera_api::types::StacCollectionsListInput,
    ) -> operations::stac_collections_list::Body = |body| body;
    let _: fn(
        geopera_api::types::GlossaryCollectionsListInput,
    ) -> operations::glossary_collections_list::Body = |body| body;
    assert_eq!(
        operations::stac_collections_list::StacCollectionsList::INFO.id,
        "stac.collections.list"
    );
    assert_eq!(
        operations::glossary_collections_list::GlossaryCollectionsList::INFO.id,
        "glossary.collections.list"
    );
}

#[test]
fn header_parameters_are_declared_as_in_the_spec() {
    // billing.topup is the one operation declaring Idempotency-Key; every one declares x-api-key.
    let expected = expected_from_spec();
    let with_key: Vec<&str> = expected
        .values()
        .filter(|op| op.header_params.iter().any(|h| h == "Idempotency-Key"))
        .map(|op| op.id.as_str())
        .collect();
    assert!(with_key.contains(&"billing.topup"));
    for info in operations::ALL {
        assert_eq!(
            info.declares_idempotency_key(),
            with_key.contains(&info.id),
            "{}",
            info.id
        );
    }
}
