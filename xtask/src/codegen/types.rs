//! The models: every component schema, through typify.
//!
//! The error models (`Problem`, `HTTPValidationError`, `ValidationError`) are not generated:
//! they are replaced by the runtime's hand-written types, which keep RFC 9457 extension members
//! and are what `geopera_api::Error` carries.

use std::collections::BTreeSet;

use anyhow::{anyhow, Context};
use serde_json::Value;

use super::{format_file, GeneratedFile};

/// Output path of the models.
pub const TYPES_PATH: &str = "geopera-api/src/generated/types.rs";

/// Component schemas served by hand-written runtime types instead of generated ones.
const RUNTIME_TYPES: &[(&str, &str)] = &[
    ("Problem", "crate::Problem"),
    ("HttpValidationError", "crate::HttpValidationError"),
    ("ValidationError", "crate::ValidationError"),
];

/// Renders every component schema; the models in `body_models` (the request bodies) also get
/// builders, a declared field list and `Default` where possible ([`super::builders`]).
pub fn render(document: &Value, body_models: &BTreeSet<String>) -> anyhow::Result<GeneratedFile> {
    let schemas = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .context("the spec has no components.schemas object")?;
    let mut definitions = Vec::with_capacity(schemas.len());
    for (name, schema) in schemas {
        let schema: schemars::schema::Schema = serde_json::from_value(schema.clone())
            .with_context(|| {
                format!("component schema `{name}` is not a JSON Schema typify reads")
            })?;
        definitions.push((name.clone(), schema));
    }

    let mut settings = typify::TypeSpaceSettings::default();
    settings
        .with_struct_builder(false)
        .with_derive("PartialEq".to_string());
    for (schema, replacement) in RUNTIME_TYPES {
        settings.with_replacement(*schema, *replacement, std::iter::empty());
    }
    let mut space = typify::TypeSpace::new(&settings);
    space
        .add_ref_types(definitions)
        .map_err(|err| anyhow!("typify could not convert the component schemas: {err}"))?;

    let body = space.to_stream();
    let models: syn::File =
        syn::parse2(body.clone()).context("typify's output does not parse as Rust")?;
    let additions = super::builders::render(&models, body_models)?;
    let tokens = quote::quote! {
        //! The models of every component schema in the spec.
        //!
        //! Field names, optionality, defaults and constraints follow the schemas; objects with
        //! `additionalProperties: true` keep unknown fields in a flattened `extra` map.
        //! Request bodies have `X::builder()`, and `Default` when no field is required.
        #body
        #additions
    };
    Ok(GeneratedFile {
        path: TYPES_PATH.to_string(),
        contents: format_file(tokens, "the models")?,
    })
}
