//! `Upload::dir(..)`: every file under a directory, in one upload session.
//!
//! The rules, chosen so that two runs over the same tree upload the same files in the same
//! order under the same names:
//!
//! - **Recursive, deterministic order.** Entries are sorted by name (byte order) in every
//!   directory and visited depth first, so files come in the order of their relative paths
//!   compared component by component (`a/z.tif` before `b.tif`).
//! - **Symbolic links are not followed**, to files or to directories: a link could leave the
//!   tree or loop. Only the root itself may be a link (it is named explicitly). Sockets,
//!   FIFOs and devices are skipped too.
//! - **Names are relative paths** with `/` separators (`2024/harbour.tif`), so files of the
//!   same name in different folders stay distinct; a path that is not valid UTF-8 is an
//!   error naming it.
//! - **A filter** sees each file's relative path and keeps the file when it returns `true`.
//! - **Errors come at once.** The walk runs when [`Upload::dir`] is called (with `std::fs`,
//!   a few microseconds per entry), so an unreadable or empty directory is an error before
//!   any request, and nothing is reserved.

use std::path::{Path, PathBuf};

use super::error::{Step, TransferError, TransferErrorKind};
use super::upload::Upload;

/// A file found under a directory: where it is and the name it is uploaded as.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DirFile {
    path: PathBuf,
    name: String,
}

impl Upload {
    /// Adds every regular file under `root`, recursively, named by its path relative to
    /// `root` (`sub/scene.tif`); see [`Self::dir_filtered`] to choose files.
    ///
    /// Symbolic links below `root` are not followed; entries come in sorted order. The walk
    /// happens now: a missing, unreadable or empty directory is an error before any request.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let done = client.upload("proj_1").dir("./scenes")?.concurrency(8).send().await?;
    /// println!("items {:?}", done.item_ids);
    /// # Ok(()) }
    /// ```
    pub fn dir(self, root: impl AsRef<Path>) -> Result<Self, TransferError> {
        self.dir_filtered(root, |_| true)
    }

    /// Adds the files under `root` for which `keep` returns `true`; `keep` gets each
    /// file's path relative to `root`. Otherwise as [`Self::dir`].
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use geopera_fluent::Geopera;
    ///
    /// let client = Geopera::from_env()?;
    /// let done = client
    ///     .upload("proj_1")
    ///     .dir_filtered("./scenes", |path| path.extension().is_some_and(|e| e == "tif"))?
    ///     .send()
    ///     .await?;
    /// # let _ = done;
    /// # Ok(()) }
    /// ```
    pub fn dir_filtered(
        mut self,
        root: impl AsRef<Path>,
        mut keep: impl FnMut(&Path) -> bool,
    ) -> Result<Self, TransferError> {
        let root = root.as_ref();
        for file in walk(root, &mut keep)? {
            self = self.file_as(file.path, file.name);
        }
        Ok(self)
    }
}

/// The files under `root` that `keep` accepts, in upload order.
fn walk(root: &Path, keep: &mut dyn FnMut(&Path) -> bool) -> Result<Vec<DirFile>, TransferError> {
    let shown = root.display().to_string();
    let meta = std::fs::metadata(root).map_err(|err| {
        TransferError::io(Step::Stat, "cannot read the directory", err)
            .with_file(&shown)
            .with_hint("check the path; nothing was reserved or uploaded")
    })?;
    if !meta.is_dir() {
        return Err(
            TransferError::new(TransferErrorKind::Invalid, Step::Stat, "not a directory")
                .with_file(shown)
                .with_hint("add a single file with .file(..)"),
        );
    }
    let mut found = Vec::new();
    let mut seen = 0usize;
    visit(root, Path::new(""), keep, &mut found, &mut seen)?;
    if found.is_empty() {
        let message = if seen == 0 {
            "the directory holds no regular file to upload (symbolic links are not followed)"
                .to_string()
        } else {
            format!("the filter kept none of the {seen} files under the directory")
        };
        return Err(
            TransferError::new(TransferErrorKind::Invalid, Step::Stat, message)
                .with_file(shown)
                .with_hint("nothing was reserved or uploaded"),
        );
    }
    Ok(found)
}

/// Visits `dir` (at `rel` below the root) depth first, entries sorted by name.
fn visit(
    dir: &Path,
    rel: &Path,
    keep: &mut dyn FnMut(&Path) -> bool,
    found: &mut Vec<DirFile>,
    seen: &mut usize,
) -> Result<(), TransferError> {
    let unreadable = |err| {
        TransferError::io(Step::Stat, "cannot list the directory", err)
            .with_file(dir.display().to_string())
            .with_hint("check its permissions; nothing was reserved or uploaded")
    };
    let mut entries = std::fs::read_dir(dir)
        .and_then(|entries| {
            entries
                .map(|entry| {
                    let entry = entry?;
                    Ok((entry.file_name(), entry.file_type()?))
                })
                .collect::<std::io::Result<Vec<_>>>()
        })
        .map_err(unreadable)?;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, file_type) in entries {
        let path = dir.join(&name);
        let rel = rel.join(&name);
        // `DirEntry::file_type` describes the entry itself: a link reads as a link.
        if file_type.is_dir() {
            visit(&path, &rel, keep, found, seen)?;
        } else if file_type.is_file() {
            *seen += 1;
            if keep(&rel) {
                let name = upload_name(&rel).ok_or_else(|| {
                    TransferError::new(
                        TransferErrorKind::Invalid,
                        Step::Stat,
                        "the path is not valid UTF-8; leave it out with a filter, or upload it with .reader(..) under another name",
                    )
                    .with_file(path.display().to_string())
                })?;
                found.push(DirFile { path, name });
            }
        } else {
            tracing::debug!(path = %path.display(), "skipped: not a regular file or directory");
        }
    }
    Ok(())
}

/// `rel` with `/` between its components, when every component is UTF-8.
fn upload_name(rel: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    parts.map(|parts| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(path: &Path) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, b"x").unwrap();
    }

    fn names(root: &Path, keep: &mut dyn FnMut(&Path) -> bool) -> Vec<String> {
        walk(root, keep)
            .unwrap()
            .into_iter()
            .map(|f| f.name)
            .collect()
    }

    #[test]
    fn files_come_depth_first_in_name_order_named_by_relative_path() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["b.tif", "a/z.tif", "a/c/d.tif", "a-b.tif", "A.tif"] {
            touch(&dir.path().join(rel));
        }
        let found = walk(dir.path(), &mut |_| true).unwrap();
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["A.tif", "a/c/d.tif", "a/z.tif", "a-b.tif", "b.tif"],
            "byte order per directory, depth first"
        );
        assert_eq!(found[1].path, dir.path().join("a").join("c").join("d.tif"));
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        touch(&outside.path().join("secret.tif"));
        touch(&dir.path().join("real/scene.tif"));
        std::os::unix::fs::symlink(outside.path(), dir.path().join("linked_dir")).unwrap();
        std::os::unix::fs::symlink(
            dir.path().join("real/scene.tif"),
            dir.path().join("linked.tif"),
        )
        .unwrap();
        // A loop would never end if links were followed.
        std::os::unix::fs::symlink(dir.path(), dir.path().join("real/loop")).unwrap();
        assert_eq!(names(dir.path(), &mut |_| true), ["real/scene.tif"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_root_is_followed() {
        let dir = tempfile::tempdir().unwrap();
        touch(&dir.path().join("data/scene.tif"));
        std::os::unix::fs::symlink(dir.path().join("data"), dir.path().join("root")).unwrap();
        assert_eq!(
            names(&dir.path().join("root"), &mut |_| true),
            ["scene.tif"]
        );
    }

    #[test]
    fn the_filter_sees_relative_paths() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["a/one.tif", "a/notes.txt", "two.tif"] {
            touch(&dir.path().join(rel));
        }
        let mut asked = Vec::new();
        let kept = names(dir.path(), &mut |p| {
            asked.push(p.to_path_buf());
            p.extension().is_some_and(|e| e == "tif")
        });
        assert_eq!(kept, ["a/one.tif", "two.tif"]);
        assert_eq!(
            asked,
            [
                PathBuf::from("a/notes.txt"),
                PathBuf::from("a/one.tif"),
                PathBuf::from("two.tif")
            ]
        );
    }

    #[test]
    fn an_empty_directory_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("only_dirs")).unwrap();
        let err = walk(dir.path(), &mut |_| true).unwrap_err();
        let shown = dir.path().display().to_string();
        assert_eq!(err.kind(), TransferErrorKind::Invalid);
        assert_eq!(err.file(), Some(shown.as_str()));
        let text = err.to_string();
        assert!(text.contains(&shown), "{text}");
        assert!(text.contains("no regular file"), "{text}");
    }

    #[test]
    fn a_filter_that_keeps_nothing_says_so() {
        let dir = tempfile::tempdir().unwrap();
        touch(&dir.path().join("a.txt"));
        touch(&dir.path().join("b.txt"));
        let err = walk(dir.path(), &mut |_| false).unwrap_err();
        assert!(
            err.to_string()
                .contains("the filter kept none of the 2 files"),
            "{err}"
        );
    }

    #[test]
    fn a_missing_directory_or_a_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope");
        let err = walk(&missing, &mut |_| true).unwrap_err();
        assert_eq!(err.kind(), TransferErrorKind::Io);
        assert_eq!(err.file(), Some(missing.display().to_string().as_str()));
        touch(&dir.path().join("f.tif"));
        let err = walk(&dir.path().join("f.tif"), &mut |_| true).unwrap_err();
        assert!(err.to_string().contains("not a directory"), "{err}");
    }
}
