//! Code generation from the vendored OpenAPI document.
//!
//! The pipeline is: read the document exactly as published ([`spec`]), normalise a copy in
//! memory so the type generator understands it ([`normalize`]), then render three outputs —
//! the models ([`types`]), one thin module per operation ([`operations`]) and the fluent
//! resource tree ([`resources`]). Every output is formatted by prettyplease, so the bytes depend
//! only on the spec and the pinned generator versions.

pub mod builders;
pub mod cli;
pub mod idempotency;
pub mod naming;
pub mod normalize;
pub mod operations;
pub mod output;
pub mod overrides;
pub mod paging;
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
    let mut spec = spec::Spec::parse(&document)?;
    overrides::apply(&mut spec)?;

    let mut files = Vec::new();
    files.push(types::render(&document, &spec.body_models())?);
    files.extend(operations::render(&spec)?);
    files.push(resources::render(&spec)?);
    files.push(cli::render(spec_path)?);
    Ok(files)
}

/// Formats a token stream as a Rust file with the generated-code header.
pub fn format_file(tokens: proc_macro2::TokenStream, what: &str) -> anyhow::Result<String> {
    let file: syn::File = syn::parse2(tokens)
        .with_context(|| format!("generated tokens for {what} do not parse as Rust"))?;
    Ok(format!("{}{}", header(), prettyplease::unparse(&file)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh, empty directory under the system temp dir, removed when dropped.
    struct TempDir(std::path::PathBuf);

    impl TempDir {
        fn new(name: &str) -> Self {
            let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }

        fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn spec_path() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(SPEC_PATH)
    }

    #[test]
    fn two_runs_give_identical_bytes() {
        let first = generate(&spec_path()).unwrap();
        let second = generate(&spec_path()).unwrap();
        assert_eq!(first, second);
        assert!(first.iter().all(|f| f.contents.starts_with(&header())));
    }

    #[test]
    fn check_names_the_edited_file_and_write_restores_it() {
        let files = generate(&spec_path()).unwrap();
        let root = TempDir::new("check");
        output::write_all(root.path(), &files).unwrap();
        assert!(output::stale_files(root.path(), &files, false)
            .unwrap()
            .is_empty());

        let edited = "geopera-api/src/generated/operations/items_get.rs";
        let path = root.path().join(edited);
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 2;
        bytes[last] ^= 0x01;
        std::fs::write(&path, bytes).unwrap();
        let orphan = "geopera-api/src/generated/operations/gone_op.rs";
        std::fs::write(root.path().join(orphan), "// old\n").unwrap();

        let stale = output::stale_files(root.path(), &files, false).unwrap();
        assert_eq!(
            stale,
            [
                edited.to_string(),
                format!("{orphan} (no longer generated)")
            ]
        );

        assert_eq!(output::write_all(root.path(), &files).unwrap(), 1);
        assert!(output::stale_files(root.path(), &files, false)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn a_spec_that_is_not_json_is_an_error_naming_the_file() {
        let dir = TempDir::new("broken");
        let path = dir.path().join("broken.json");
        std::fs::write(&path, "{ not json").unwrap();
        let err = format!("{:#}", generate(&path).unwrap_err());
        assert!(
            err.contains("broken.json") && err.contains("not valid JSON"),
            "{err}"
        );
    }

    #[test]
    fn an_inexpressible_operation_fails_with_its_id() {
        let text = std::fs::read_to_string(spec_path()).unwrap();
        let mut document: serde_json::Value = serde_json::from_str(&text).unwrap();
        document["paths"]["/v1/op/items.get"]["post"]["requestBody"]["content"]
            ["application/json"]["schema"] = serde_json::json!({"type": "array"});
        let dir = TempDir::new("inexpressible");
        let path = dir.path().join("spec.json");
        std::fs::write(&path, document.to_string()).unwrap();
        let err = format!("{:#}", generate(&path).unwrap_err());
        assert!(err.contains("operation `items.get`"), "{err}");
        assert!(err.contains("unsupported request body"), "{err}");
    }
}
