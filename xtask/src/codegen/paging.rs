//! Which operations page, and how, read from each operation's request schema.
//!
//! The family follows from the integer fields a request declares (never from a list of
//! operation ids), in this order, first match wins:
//!
//! | family | request fields | position advances by |
//! |---|---|---|
//! | cursor | `limit` (integer) + `next` | the `next` token of the previous answer |
//! | limit/page | `limit` + `page` (integers) | one page (0-based) |
//! | page/size | `page` + `size` (integers) | one page (0-based) |
//! | offset | `limit` + `offset` (integers) | the items received |
//!
//! A request with only `limit` (`billing.invoices.list`, `catalog.federated_search`) does not
//! page: there is no field to ask for the next page. The page size's default and maximum are
//! the schema's. Where the success answer is a named model with exactly one array property
//! (`items.search` → `FeatureCollectionOutput.features`), that property is recorded as the
//! item array, and its item model (if the array's items are a named model) is the item type.

use serde_json::{Map, Value};

/// How one operation pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagingSpec {
    pub family: Family,
    /// `limit` or `size`.
    pub size_field: &'static str,
    /// `offset`, `page` or `next`.
    pub position_field: &'static str,
    pub default_size: Option<u64>,
    pub max_size: Option<u64>,
    /// The array of the typed answer that holds the items, if the answer names one.
    pub items_field: Option<String>,
    /// The model of one item, when the item array's items are a named model.
    pub item_model: Option<String>,
}

/// The four paging families (the variant names of `geopera_api::PagingFamily`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Offset,
    PageSize,
    LimitPage,
    Cursor,
}

impl Family {
    /// The runtime enum variant's name.
    pub fn variant(self) -> &'static str {
        match self {
            Family::Offset => "Offset",
            Family::PageSize => "PageSize",
            Family::LimitPage => "LimitPage",
            Family::Cursor => "Cursor",
        }
    }
}

/// The paging of a request with these declared `properties`, whose success answer is the
/// component `output_model` (if named); `None` when it does not page.
pub fn detect(properties: &Map<String, Value>, output_model: Option<&Value>) -> Option<PagingSpec> {
    let int = |name: &str| properties.get(name).is_some_and(is_integer);
    let (family, size_field, position_field) = if int("limit") && properties.contains_key("next") {
        (Family::Cursor, "limit", "next")
    } else if int("limit") && int("page") {
        (Family::LimitPage, "limit", "page")
    } else if int("page") && int("size") {
        (Family::PageSize, "size", "page")
    } else if int("limit") && int("offset") {
        (Family::Offset, "limit", "offset")
    } else {
        return None;
    };
    let size = &properties[size_field];
    let (items_field, item_model) = match output_model.and_then(single_array_property) {
        Some((field, model)) => (Some(field), model),
        None => (None, None),
    };
    Some(PagingSpec {
        family,
        size_field,
        position_field,
        default_size: size.get("default").and_then(Value::as_u64),
        max_size: integer_bound(size, "maximum"),
        items_field,
        item_model,
    })
}

fn is_integer(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("integer")
        || schema
            .get("anyOf")
            .and_then(Value::as_array)
            .is_some_and(|branches| branches.iter().any(is_integer))
}

/// A bound written as an integer or a float with no fraction (`10000.0`).
fn integer_bound(schema: &Value, key: &str) -> Option<u64> {
    let bound = schema.get(key)?;
    bound.as_u64().or_else(|| {
        let float = bound.as_f64()?;
        (float >= 0.0 && float.fract() == 0.0).then_some(float as u64)
    })
}

/// The one array property of a model, and the name of its item model if the items are a
/// named model.
fn single_array_property(model: &Value) -> Option<(String, Option<String>)> {
    let properties = model.get("properties")?.as_object()?;
    let mut arrays = properties
        .iter()
        .filter(|(_, schema)| schema.get("type").and_then(Value::as_str) == Some("array"));
    let (name, schema) = arrays.next()?;
    if arrays.next().is_some() {
        return None;
    }
    let item_model = schema
        .pointer("/items/$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .map(str::to_owned);
    Some((name.clone(), item_model))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn props(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn each_family_is_read_from_the_request_fields() {
        let int = json!({"type": "integer", "default": 10, "maximum": 500.0});
        let cases = [
            (
                json!({"limit": int, "next": {"anyOf": [{"type": "string"}, {"type": "null"}]}}),
                Family::Cursor,
            ),
            (json!({"limit": int, "page": int}), Family::LimitPage),
            (
                json!({"page": int, "size": int, "sort": {"type": "string"}}),
                Family::PageSize,
            ),
            (json!({"limit": int, "offset": int}), Family::Offset),
        ];
        for (request, family) in cases {
            let spec = detect(&props(request), None).unwrap();
            assert_eq!(spec.family, family);
            assert_eq!(spec.default_size, Some(10));
            assert_eq!(spec.max_size, Some(500));
        }
        assert_eq!(detect(&props(json!({"limit": int})), None), None);
        assert_eq!(
            detect(
                &props(json!({"limit": int, "offset": {"type": "string"}})),
                None
            ),
            None
        );
    }

    #[test]
    fn the_answer_names_its_item_array_when_it_has_exactly_one() {
        let request = props(json!({"limit": {"type": "integer"}, "offset": {"type": "integer"}}));
        let one = json!({"properties": {"features": {"type": "array", "items": {"$ref": "#/components/schemas/Feature"}}, "numberMatched": {"type": "integer"}}});
        let spec = detect(&request, Some(&one)).unwrap();
        assert_eq!(spec.items_field.as_deref(), Some("features"));
        assert_eq!(spec.item_model.as_deref(), Some("Feature"));
        let two = json!({"properties": {"a": {"type": "array"}, "b": {"type": "array"}}});
        assert_eq!(detect(&request, Some(&two)).unwrap().items_field, None);
    }
}
