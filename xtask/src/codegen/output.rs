//! Writing generated files, and comparing them with what is committed.

use std::path::Path;

use anyhow::Context;

use super::GeneratedFile;

/// Writes every file whose contents changed; returns how many were written.
pub fn write_all(root: &Path, files: &[GeneratedFile]) -> anyhow::Result<usize> {
    let mut written = 0;
    for file in files {
        let path = root.join(&file.path);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(file.contents.as_str()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&path, &file.contents)
            .with_context(|| format!("writing {}", path.display()))?;
        written += 1;
    }
    remove_orphans(root, files)?;
    Ok(written)
}

/// The paths whose committed contents differ from `files` (or that are missing, or that a
/// fresh run would no longer produce). With `verbose`, prints a unified diff of each.
pub fn stale_files(
    root: &Path,
    files: &[GeneratedFile],
    verbose: bool,
) -> anyhow::Result<Vec<String>> {
    let mut stale = Vec::new();
    for file in files {
        let current = std::fs::read_to_string(root.join(&file.path)).unwrap_or_default();
        if current != file.contents {
            if verbose {
                let diff = similar::TextDiff::from_lines(&current, &file.contents);
                eprintln!(
                    "{}",
                    diff.unified_diff().header(
                        &format!("{} (committed)", file.path),
                        &format!("{} (fresh)", file.path)
                    )
                );
            }
            stale.push(file.path.clone());
        }
    }
    for orphan in orphans(root, files)? {
        stale.push(format!("{orphan} (no longer generated)"));
    }
    Ok(stale)
}

/// Generated operation modules on disk that the spec no longer has.
fn orphans(root: &Path, files: &[GeneratedFile]) -> anyhow::Result<Vec<String>> {
    let dir = "geopera-api/src/generated/operations";
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
        return Ok(Vec::new());
    };
    let mut found = Vec::new();
    for entry in entries {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let path = format!("{dir}/{name}");
        if !files.iter().any(|f| f.path == path) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

fn remove_orphans(root: &Path, files: &[GeneratedFile]) -> anyhow::Result<()> {
    for orphan in orphans(root, files)? {
        std::fs::remove_file(root.join(&orphan)).with_context(|| format!("removing {orphan}"))?;
    }
    Ok(())
}
