// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! Code generated from the spec: the models and one module per operation.
pub mod operations;
#[allow(missing_docs)]
pub mod types;
