//! Snapshots of representative generated code, so a change of generator or spec shows up as a
//! reviewable diff. Accept intended changes with `INSTA_UPDATE=always cargo test -p
//! geopera-tests --test generated_snapshots` (or `cargo insta review`).

use geopera_api::{operations, Operation};
use geopera_tests::{read_spec, read_workspace_file};

fn operation_file(id: &str) -> String {
    read_workspace_file(&format!(
        "geopera-api/src/generated/operations/{}.rs",
        id.replace('.', "_")
    ))
}

/// The text of type `name` in the generated models: the struct (with its doc comments and
/// attributes) followed by every top-level `impl` block for it.
fn model_text(name: &str) -> String {
    let source = read_workspace_file("geopera-api/src/generated/types.rs");
    let lines: Vec<&str> = source.lines().collect();
    let header = format!("pub struct {name} ");
    let header_tuple = format!("pub struct {name}(");
    let start = lines
        .iter()
        .position(|line| line.starts_with(&header) || line.starts_with(&header_tuple))
        .unwrap_or_else(|| panic!("types.rs has no `pub struct {name}`"));
    let mut out = Vec::new();
    // Doc comments and attributes above the struct.
    let mut first = start;
    while first > 0 && (lines[first - 1].starts_with("///") || lines[first - 1].starts_with("#[")) {
        first -= 1;
    }
    out.extend(item_at(&lines, first));
    // Its impl blocks, wherever they are.
    for (index, line) in lines.iter().enumerate() {
        let is_impl = line.starts_with("impl")
            && (line.contains(&format!(" for {name} "))
                || line.contains(&format!(" for {name}<"))
                || line.starts_with(&format!("impl {name} ")));
        if is_impl {
            out.extend(item_at(&lines, index));
        }
    }
    out.join("\n")
}

/// The lines of the top-level item starting at `first`, up to its closing line at column 0.
fn item_at<'a>(lines: &[&'a str], first: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    for line in &lines[first..] {
        out.push(*line);
        let single_line_item = line.starts_with("pub struct") && line.ends_with(';');
        if *line == "}" || *line == ");" || single_line_item {
            return out;
        }
    }
    panic!("unterminated item at line {}", first + 1)
}

#[test]
fn uploads_initiate_module() {
    insta::assert_snapshot!("uploads_initiate", operation_file("uploads.initiate"));
}

#[test]
fn uploads_complete_module() {
    // An optional body (`object | null`), and an untyped (`{}`) result that codegen decodes
    // into its typed view.
    let source = operation_file("uploads.complete");
    assert!(source.contains("pub type Body = ::std::option::Option<crate::JsonObject>;"));
    assert!(source.contains("pub type Output = crate::views::UploadCompleted;"));
    insta::assert_snapshot!("uploads_complete", source);
}

#[test]
fn items_asset_download_module() {
    insta::assert_snapshot!(
        "items_asset_download",
        operation_file("items.asset.download")
    );
}

#[test]
fn items_search_module_pages_with_its_typed_item_array() {
    // A pageable operation: paging metadata read from its request schema, and the item array
    // its typed answer declares.
    let source = operation_file("items.search");
    assert!(source.contains("impl crate::paging::Pageable for ItemsSearch"));
    assert!(source.contains("items_field: ::std::option::Option::Some(\"features\")"));
    insta::assert_snapshot!("items_search", source);
}

#[test]
fn billing_topup_module_declares_idempotency_key() {
    let info = operations::billing_topup::BillingTopup::INFO;
    assert!(info.header_params.contains(&"Idempotency-Key"));
    assert!(info.declares_idempotency_key());
    insta::assert_snapshot!("billing_topup", operation_file("billing.topup"));
    insta::assert_snapshot!("billing_topup_info", format!("{info:#?}"));
}

#[test]
fn model_with_additional_properties_keeps_extra_fields() {
    let spec = read_spec();
    assert_eq!(
        spec.pointer("/components/schemas/UploadOutput/additionalProperties"),
        Some(&serde_json::Value::Bool(true)),
        "UploadOutput is the spec's `additionalProperties: true` example"
    );
    let text = model_text("UploadOutput");
    assert!(text.contains("#[serde(flatten)]"));
    insta::assert_snapshot!("model_upload_output", text);
}

#[test]
fn renamed_src_models_are_readable_and_distinct() {
    let spec = read_spec();
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    for published in [
        "src__operations__stac__reads__CollectionsListInput",
        "src__operations__glossary__reads__CollectionsListInput",
    ] {
        assert!(
            schemas.contains_key(published),
            "{published} is in the spec"
        );
    }
    let types = read_workspace_file("geopera-api/src/generated/types.rs");
    assert!(
        !types.contains("pub struct Src"),
        "a `src__…` schema kept its unreadable name"
    );
    insta::assert_snapshot!(
        "model_stac_collections_list_input",
        model_text("StacCollectionsListInput")
    );
    insta::assert_snapshot!(
        "model_glossary_collections_list_input",
        model_text("GlossaryCollectionsListInput")
    );
}
