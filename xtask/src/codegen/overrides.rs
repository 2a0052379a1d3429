//! Output types chosen by hand where the spec says only `{}`.
//!
//! The spec leaves the results of `uploads.complete` and of the download operations untyped,
//! though their shape is documented and the SDK relies on it. geopera-api has a typed view
//! for each (`geopera-api/src/views.rs`, hand-written because it tolerates the documented
//! variants, such as a descriptor's URL under `href`); this table makes that view the
//! operation's output type, so callers get it without converting. An entry that names no
//! operation, or an operation whose output is already typed, fails the generation: a spec
//! update that types one of these results shows up here instead of being hidden.

use anyhow::bail;

use super::spec::{OutputShape, Spec};

/// `(operation id, view type in geopera_api::views)`.
pub const OUTPUT_VIEWS: &[(&str, &str)] = &[
    ("clip.job.download", "DownloadDescriptor"),
    ("clip.job.downloads", "ClipDownloads"),
    ("items.asset.download", "DownloadDescriptor"),
    ("uploads.complete", "UploadCompleted"),
];

/// Gives the operations of [`OUTPUT_VIEWS`] their view as output.
pub fn apply(spec: &mut Spec) -> anyhow::Result<()> {
    for (id, view) in OUTPUT_VIEWS {
        let Some(op) = spec.operations.iter_mut().find(|op| op.id == *id) else {
            bail!("the output override for `{id}` names no operation of the spec");
        };
        if op.output != OutputShape::Untyped {
            bail!(
                "`{id}` has a typed output ({:?}) in the spec; drop its override to `{view}`",
                op.output
            );
        }
        op.output = OutputShape::View((*view).to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::spec::Spec;

    /// The vendored spec as parsed, before any override.
    fn parsed() -> Spec {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(crate::codegen::SPEC_PATH);
        let text = std::fs::read_to_string(path).unwrap();
        let document =
            crate::codegen::normalize::normalize(serde_json::from_str(&text).unwrap()).unwrap();
        Spec::parse(&document).unwrap()
    }

    #[test]
    fn every_override_lands_on_an_untyped_result() {
        let mut spec = parsed();
        apply(&mut spec).unwrap();
        for (id, view) in OUTPUT_VIEWS {
            let op = spec.operations.iter().find(|op| op.id == *id).unwrap();
            assert_eq!(op.output, OutputShape::View((*view).to_string()), "{id}");
        }
    }

    #[test]
    fn an_override_of_an_unknown_operation_is_an_error() {
        let mut spec = parsed();
        spec.operations.retain(|op| op.id != "uploads.complete");
        let err = apply(&mut spec).unwrap_err().to_string();
        assert!(err.contains("uploads.complete"), "{err}");
    }
}
