//! The generated models read and write JSON the way the spec describes it.

use std::any::TypeId;

use geopera_api::operations::{self, billing_topup, uploads_complete};
use geopera_api::types::{
    AnalyticsExecuteOutput, BandFormulaCreateInput, GlossaryCollectionsListInput, ItemCreateInput,
    UploadInitiate, UploadOutput,
};
use geopera_api::{Client, DownloadDescriptor, Operation, RetryPolicy, UploadCompleted};
use geopera_tests::{read_spec, spec_schema, Canned, StubServer};
use serde_json::{json, Value};

fn property<'a>(spec: &'a Value, schema: &str, name: &str) -> &'a Value {
    spec_schema(spec, schema)
        .pointer(&format!("/properties/{name}"))
        .unwrap_or_else(|| panic!("{schema}.{name} is not in the spec"))
}

fn length_limit(spec: &Value, schema: &str, name: &str, keyword: &str) -> usize {
    property(spec, schema, name)[keyword]
        .as_u64()
        .unwrap_or_else(|| panic!("{schema}.{name} has no {keyword}")) as usize
}

fn is_nullable(schema: &Value) -> bool {
    schema["anyOf"]
        .as_array()
        .is_some_and(|options| options.contains(&json!({"type": "null"})))
}

#[test]
fn extra_fields_survive_a_round_trip() {
    let spec = read_spec();
    assert_eq!(
        spec_schema(&spec, "UploadOutput")["additionalProperties"],
        json!(true)
    );
    let sent = json!({
        "id": "u_123",
        "status": "pending",
        "reserved_bytes": 1048576,
        "expires_at": null,
        "limits": {"max_files": 100, "parts": [1, 2, 3]},
    });
    let output: UploadOutput = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(output.id, "u_123");
    assert_eq!(output.extra.len(), 4);
    assert_eq!(output.extra["status"], json!("pending"));
    assert_eq!(output.extra["limits"]["parts"], json!([1, 2, 3]));
    assert_eq!(serde_json::to_value(&output).unwrap(), sent);

    // Through text too, as a response body would travel.
    let text = serde_json::to_string(&output).unwrap();
    let again: UploadOutput = serde_json::from_str(&text).unwrap();
    assert_eq!(again, output);
}

#[test]
fn every_additional_properties_model_keeps_a_flattened_map() {
    let spec = read_spec();
    let types = geopera_tests::read_workspace_file("geopera-api/src/generated/types.rs");
    let open: Vec<&String> = spec["components"]["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, schema)| schema["additionalProperties"] == json!(true))
        .map(|(name, _)| name)
        .collect();
    assert!(!open.is_empty());
    for name in open {
        if let Some(start) = types.find(&format!("pub struct {name} {{")) {
            // Declared properties plus a flattened map of the others.
            let body = &types[start..start + types[start..].find("\n}").unwrap()];
            assert!(
                body.contains("#[serde(flatten)]"),
                "{name} has additionalProperties: true but no flattened map of extra fields"
            );
        } else {
            // No declared properties: the whole object is the map.
            let start = types
                .find(&format!("pub struct {name}("))
                .unwrap_or_else(|| panic!("no struct {name}"));
            let item = &types[..start + types[start..].find(';').unwrap()];
            let item = &item[item[..start].rfind("///").unwrap()..];
            assert!(
                item.contains("#[serde(transparent)]") && item.contains("::serde_json::Map<"),
                "{name} has additionalProperties: true but does not keep the object: {item}"
            );
        }
    }

    // A property-less open model keeps everything at runtime too.
    let sent = json!({"result": {"mean": 0.42}, "operation": "zonal_stats"});
    let output: AnalyticsExecuteOutput = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(serde_json::to_value(&output).unwrap(), sent);
}

#[test]
fn nullable_fields_without_default_are_omitted_when_none() {
    let spec = read_spec();
    let target = property(&spec, "UploadInitiate", "target_item_id");
    assert!(is_nullable(target));
    // No default and not required: absent and null mean the same to the service.
    assert!(target.get("default").is_none());
    let required = spec_schema(&spec, "UploadInitiate")["required"]
        .as_array()
        .unwrap();
    assert!(!required.contains(&json!("target_item_id")));

    let body: UploadInitiate =
        serde_json::from_value(json!({"project_id": "proj_1", "total_bytes": 10})).unwrap();
    assert_eq!(body.target_item_id, None);
    let written = serde_json::to_value(&body).unwrap();
    assert!(
        written.get("target_item_id").is_none(),
        "None should be omitted: {written}"
    );
    // Spec defaults are filled in and written out.
    assert_eq!(written["file_count"], json!(1));
    assert_eq!(
        written["transfer_method"],
        property(&spec, "UploadInitiate", "transfer_method")["default"]
    );

    // An explicit null reads as None, a value as Some.
    let from_null: UploadInitiate =
        serde_json::from_value(json!({"project_id": "proj_1", "target_item_id": null})).unwrap();
    assert_eq!(from_null.target_item_id, None);
    let with_value: UploadInitiate =
        serde_json::from_value(json!({"project_id": "proj_1", "target_item_id": "it_9"})).unwrap();
    assert_eq!(with_value.target_item_id.as_deref(), Some("it_9"));
    assert_eq!(
        serde_json::to_value(&with_value).unwrap()["target_item_id"],
        json!("it_9")
    );
}

#[test]
fn nullable_fields_with_a_default_send_an_explicit_null() {
    // `sort` is `string | null` with a non-null default: omitting it would make the service
    // apply the default, so None must be written as null to mean "no sort".
    let spec = read_spec();
    let sort = property(
        &spec,
        "src__operations__glossary__reads__CollectionsListInput",
        "sort",
    );
    assert!(is_nullable(sort));
    let default = sort["default"].clone();
    assert!(default.is_string());

    let defaulted: GlossaryCollectionsListInput = serde_json::from_value(json!({})).unwrap();
    assert_eq!(defaulted.sort.as_deref(), default.as_str());
    assert_eq!(serde_json::to_value(&defaulted).unwrap()["sort"], default);

    let cleared: GlossaryCollectionsListInput =
        serde_json::from_value(json!({"sort": null})).unwrap();
    assert_eq!(cleared.sort, None);
    let written = serde_json::to_value(&cleared).unwrap();
    assert_eq!(written.get("sort"), Some(&Value::Null), "{written}");
}

/// The `{}` results that decode into a typed view of `geopera_api::views`.
const VIEWS: [(&str, &str); 4] = [
    ("clip.job.download", "DownloadDescriptor"),
    ("clip.job.downloads", "ClipDownloads"),
    ("items.asset.download", "DownloadDescriptor"),
    ("uploads.complete", "UploadCompleted"),
];

#[test]
fn untyped_results_are_json_values_unless_a_view_is_known() {
    // Type level: the module alias and the Operation impl.
    fn same_type<A: 'static, B: 'static>() -> bool {
        TypeId::of::<A>() == TypeId::of::<B>()
    }
    let identity: fn(billing_topup::Output) -> Value = |value| value;
    let _ = identity;
    assert!(same_type::<billing_topup::Output, Value>());
    assert!(same_type::<
        <billing_topup::BillingTopup as Operation>::Output,
        Value,
    >());
    // The results with a typed view decode into it instead.
    assert!(same_type::<uploads_complete::Output, UploadCompleted>());
    assert!(same_type::<
        <uploads_complete::UploadsComplete as Operation>::Output,
        UploadCompleted,
    >());
    assert!(same_type::<
        operations::items_asset_download::Output,
        DownloadDescriptor,
    >());

    // And every operation whose success schema is `{}` in the spec.
    let spec = read_spec();
    let mut untyped = 0;
    for item in spec["paths"].as_object().unwrap().values() {
        let op = &item["post"];
        let status = op["responses"]
            .as_object()
            .unwrap()
            .keys()
            .find(|code| code.starts_with('2'))
            .unwrap();
        let schema = &op["responses"][status]["content"]["application/json"]["schema"];
        if schema == &json!({}) {
            untyped += 1;
            let id = op["operationId"].as_str().unwrap();
            let source = geopera_tests::read_workspace_file(&format!(
                "geopera-api/src/generated/operations/{}.rs",
                id.replace('.', "_")
            ));
            let expected = match VIEWS.iter().find(|(op, _)| *op == id) {
                Some((_, view)) => format!("pub type Output = crate::views::{view};"),
                None => "pub type Output = ::serde_json::Value;".to_string(),
            };
            assert!(
                source.contains(&expected),
                "{id}: a `{{}}` result should be `{expected}`"
            );
        }
    }
    assert!(untyped > 0);
}

#[tokio::test]
async fn untyped_results_decode_whatever_json_arrives() {
    let reply = json!({"upload_id": "u_1", "item_ids": ["it_1", "it_2"], "extra": {"a": 1}});
    let stub = StubServer::start([
        Canned::json(200, &reply),
        Canned::json(200, &json!([1, "two", null])),
    ]);
    let client = Client::builder()
        .base_url(stub.base_url())
        .token("gpra_roundtrip")
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let body = Some(serde_json::Map::from_iter([(
        "amount".to_string(),
        json!(100),
    )]));
    let first: Value = billing_topup::send(&client, &body).await.unwrap();
    assert_eq!(first, reply);
    let second: Value = billing_topup::send(&client, &body).await.unwrap();
    assert_eq!(second, json!([1, "two", null]));
}

fn item_create(name: &str) -> Value {
    json!({"type": "user_raster", "name": name, "project_id": "proj_1"})
}

fn band_formula_create(name: &str) -> Value {
    json!({"name": name, "formula": "(B08 - B04) / (B08 + B04)"})
}

#[test]
fn title_scoped_limits_follow_each_schema() {
    let spec = read_spec();
    let item_max = length_limit(&spec, "ItemCreateInput", "name", "maxLength");
    let item_min = length_limit(&spec, "ItemCreateInput", "name", "minLength");
    let formula_min = length_limit(&spec, "BandFormulaCreateInput", "name", "minLength");
    let formula_max = length_limit(&spec, "BandFormulaCreateInput", "name", "maxLength");
    // Both properties carry the same pydantic title, the trap this test guards against.
    assert_eq!(
        property(&spec, "ItemCreateInput", "name")["title"],
        property(&spec, "BandFormulaCreateInput", "name")["title"]
    );
    assert!(item_max >= 300, "the spec allows {item_max}");
    assert!(formula_min >= 2, "the spec requires {formula_min}");

    // A 300-character item name is valid (it would not be under another schema's limit)...
    let name = "n".repeat(300);
    let item: ItemCreateInput = serde_json::from_value(item_create(&name))
        .unwrap_or_else(|err| panic!("300 chars rejected: {err}"));
    assert_eq!(item.name.as_str(), name);
    // ... and so is the spec's maximum, but not one more.
    assert!(serde_json::from_value::<ItemCreateInput>(item_create(&"n".repeat(item_max))).is_ok());
    assert!(
        serde_json::from_value::<ItemCreateInput>(item_create(&"n".repeat(item_max + 1))).is_err()
    );
    assert!(serde_json::from_value::<ItemCreateInput>(item_create(&"n".repeat(item_min))).is_ok());

    // A 1-character band-formula name is rejected; the minimum and maximum are accepted.
    let err = serde_json::from_value::<BandFormulaCreateInput>(band_formula_create("x"))
        .expect_err("a 1-char band formula name must be rejected");
    assert!(
        err.to_string()
            .contains(&format!("shorter than {formula_min}")),
        "{err}"
    );
    assert!(
        serde_json::from_value::<BandFormulaCreateInput>(band_formula_create(
            &"x".repeat(formula_min)
        ))
        .is_ok()
    );
    assert!(
        serde_json::from_value::<BandFormulaCreateInput>(band_formula_create(
            &"x".repeat(formula_max)
        ))
        .is_ok()
    );
    assert!(
        serde_json::from_value::<BandFormulaCreateInput>(band_formula_create(
            &"x".repeat(formula_max + 1)
        ))
        .is_err()
    );
    assert!(
        formula_max < 300,
        "the item case must exceed the band-formula limit"
    );
}
