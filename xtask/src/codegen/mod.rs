//! Code generation from the vendored OpenAPI document.
//!
//! The pipeline is: read the document exactly as published ([`spec`]), normalise a copy in
//! memory so the type generator understands it ([`normalize`]), then render three outputs —
//! the models ([`types`]), one thin module per operation ([`operations`]) and the fluent
//! resource tree ([`resources`]). Every output is formatted by prettyplease, so the bytes depend
//! only on the spec and the pinned generator versions.

pub mod naming;
pub mod normalize;
pub mod operations;
pub mod output;
pub mod resources;
pub mod spec;
pub mod types;

use std::path::Path;

use anyhow::Context;

/// Where the upstream document lives, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/geopera.openapi.json";

/// One file of generated output: a path relative to the workspace root and its full contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// The first line of every generated file.
pub fn header() -> String {
    "// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.\n"
        .to_string()
}

/// Runs the whole pipeline on the document at `spec_path` and returns every output file.
pub fn generate(spec_path: &Path) -> anyhow::Result<Vec<GeneratedFile>> {
    let text = std::fs::read_to_string(spec_path)
        .with_context(|| format!("reading {}", spec_path.display()))?;
    let document: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("{} is not valid JSON", spec_path.display()))?;
    let document = normalize::normalize(document)?;
    let spec = spec::Spec::parse(&document)?;

    let mut files = Vec::new();
    files.push(types::render(&document)?);
    files.extend(operations::render(&spec)?);
    files.push(resources::render(&spec)?);
    Ok(files)
}

/// Formats a token stream as a Rust file with the generated-code header.
pub fn format_file(tokens: proc_macro2::TokenStream, what: &str) -> anyhow::Result<String> {
    let file: syn::File = syn::parse2(tokens)
        .with_context(|| format!("generated tokens for {what} do not parse as Rust"))?;
    Ok(format!("{}{}", header(), prettyplease::unparse(&file)))
}
