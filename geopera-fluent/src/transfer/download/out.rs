//! Where a download's bytes go: `<dest>.part` (renamed onto `dest` once verified) or the
//! caller's writer, and the SHA-256 of everything written there, computed beside the
//! transfer.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::super::checksum::BackgroundSha256;
use super::super::error::{Step, TransferError, TransferErrorKind};
use super::super::part_file::PartFile;
use crate::DownloadDescriptor;

/// The destination asked for.
pub(super) enum Sink<'w> {
    Path(PathBuf),
    Writer(&'w mut (dyn AsyncWrite + Unpin + Send)),
}

/// Where received bytes go, and the SHA-256 of everything written there (unless not asked
/// for), computed beside the transfer.
pub(super) struct Out<'w> {
    target: Target<'w>,
    hasher: Option<BackgroundSha256>,
}

enum Target<'w> {
    /// `<dest>.part`, created when the first byte arrives (or left by an earlier attempt).
    File {
        dest: PathBuf,
        part: PathBuf,
        file: Option<PartFile>,
        existing: u64,
    },
    Writer {
        writer: &'w mut (dyn AsyncWrite + Unpin + Send),
        written: u64,
    },
}

pub(crate) fn part_path(dest: &Path) -> PathBuf {
    let mut name = dest.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    dest.with_file_name(name)
}

/// Opens the partial file `part`; `fresh` creates (or empties) it.
async fn open_part(part: &Path, fresh: bool) -> Result<PartFile, TransferError> {
    let file = tokio::fs::OpenOptions::new()
        .create(fresh)
        .truncate(fresh)
        .read(true)
        .write(true)
        .open(part)
        .await
        .map_err(|err| part_error(part, "write", err))?;
    Ok(PartFile::new(file.into_std().await))
}

/// The error for a failed read or write of the partial file `part`.
fn part_error(part: &Path, verb: &str, err: std::io::Error) -> TransferError {
    TransferError::io(
        Step::Write,
        format!("cannot {verb} `{}`", part.display()),
        err,
    )
}

impl<'w> Out<'w> {
    fn new(target: Target<'w>, verify: bool) -> Self {
        Out {
            target,
            hasher: verify.then(|| BackgroundSha256::start(Sha256::new())),
        }
    }

    /// Into the caller's writer.
    pub(super) fn writer(writer: &'w mut (dyn AsyncWrite + Unpin + Send), verify: bool) -> Self {
        Out::new(Target::Writer { writer, written: 0 }, verify)
    }

    /// Into `<dest>.part`, opened (or created) here.
    pub(super) async fn open(dest: PathBuf, verify: bool) -> Result<Out<'w>, TransferError> {
        if dest.file_name().is_none() {
            return Err(TransferError::new(
                TransferErrorKind::Invalid,
                Step::Write,
                "the destination has no file name",
            ));
        }
        let dir = match dest.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        match tokio::fs::metadata(&dir).await {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(TransferError::new(
                    TransferErrorKind::Io,
                    Step::Write,
                    format!("`{}` is not a directory", dir.display()),
                ))
            }
            Err(err) => {
                return Err(TransferError::io(
                    Step::Write,
                    format!(
                        "the destination directory `{}` does not exist",
                        dir.display()
                    ),
                    err,
                )
                .with_hint("create the directory first; nothing was downloaded"))
            }
        }
        // No `.part` is created before a byte arrives: a download that fails earlier leaves
        // nothing behind. One left by an earlier attempt is opened to be resumed.
        let part = part_path(&dest);
        let (file, existing) = match tokio::fs::metadata(&part).await {
            Ok(meta) if meta.is_file() => (Some(open_part(&part, false).await?), meta.len()),
            _ => (None, 0),
        };
        Ok(Out::new(
            Target::File {
                dest,
                part,
                file,
                existing,
            },
            verify,
        ))
    }

    /// Where to start: the length of a `.part` from an earlier attempt, when the descriptor
    /// lets the result be verified (its bytes are hashed first); otherwise 0.
    pub(super) async fn resume_from(
        &mut self,
        descriptor: &DownloadDescriptor,
    ) -> Result<u64, TransferError> {
        let Target::File {
            file,
            existing,
            part,
            ..
        } = &mut self.target
        else {
            return Ok(0);
        };
        let usable = *existing > 0
            && self.hasher.is_some()
            && descriptor.sha256.is_some()
            && descriptor.size.is_some_and(|size| *existing <= size);
        if !usable {
            self.restart().await?;
            return Ok(0);
        }
        let Some(file) = file else {
            return Ok(0);
        };
        let mut prefix = Sha256::new();
        let read = file
            .read_back(*existing, &mut prefix)
            .await
            .map_err(|err| part_error(part, "read", err))?;
        self.hasher = Some(BackgroundSha256::start(prefix));
        Ok(read)
    }

    /// Drops everything written so far, to receive the whole object again.
    pub(super) async fn restart(&mut self) -> Result<(), TransferError> {
        match &mut self.target {
            Target::File {
                file: Some(file),
                part,
                ..
            } => file
                .truncate()
                .await
                .map_err(|err| part_error(part, "write", err))?,
            Target::File { file: None, .. } => {}
            Target::Writer { written, .. } if *written == 0 => {}
            Target::Writer { .. } => return Err(TransferError::new(
                TransferErrorKind::Storage,
                Step::Transfer,
                "the storage host did not honour the Range request, and the bytes already written cannot be taken back",
            )
            .with_hint("download to a path instead, or try again")),
        }
        if self.hasher.is_some() {
            self.hasher = Some(BackgroundSha256::start(Sha256::new()));
        }
        Ok(())
    }

    pub(super) async fn write(&mut self, bytes: bytes::Bytes) -> Result<(), TransferError> {
        let mut batches = Vec::new();
        match &mut self.target {
            Target::File { file, part, .. } => {
                let file = match file {
                    Some(file) => file,
                    None => file.insert(open_part(part, true).await?),
                };
                let mut on_batch = |batch| batches.push(batch);
                file.write(&bytes, &mut on_batch)
                    .await
                    .map_err(|err| part_error(part, "write", err))?
            }
            Target::Writer { writer, written } => {
                writer
                    .write_all(&bytes)
                    .await
                    .map_err(|err| TransferError::io(Step::Write, "the writer failed", err))?;
                *written += bytes.len() as u64;
                batches.push(bytes);
            }
        }
        if let Some(hasher) = &self.hasher {
            for batch in batches {
                hasher.update(batch).await;
            }
        }
        Ok(())
    }

    /// The SHA-256 of the bytes written (including those a resume started from), once every
    /// queued byte is in the file; `None` when not asked for.
    pub(super) async fn sha256(&mut self) -> Result<Option<String>, TransferError> {
        if let Target::File {
            file: Some(file),
            part,
            ..
        } = &mut self.target
        {
            let last = file
                .flush()
                .await
                .map_err(|err| part_error(part, "write", err))?;
            if let (Some(hasher), Some(last)) = (&self.hasher, last) {
                hasher.update(last).await;
            }
        }
        let Some(hasher) = self.hasher.take() else {
            return Ok(None);
        };
        hasher.finish().await.map(Some).map_err(|err| {
            TransferError::new(
                TransferErrorKind::Io,
                Step::Verify,
                format!("the SHA-256 of the download could not be computed: {err}"),
            )
        })
    }

    /// After a failure: flushes the partial file for a later resume when it holds bytes
    /// (returning where, and how many), removes it when it holds none.
    pub(super) async fn keep_for_resume(&mut self) -> Option<(PathBuf, u64)> {
        let Target::File {
            file: Some(file),
            part,
            ..
        } = &mut self.target
        else {
            return None;
        };
        let _ = file.flush().await;
        let held = tokio::fs::metadata(&part).await.map_or(0, |m| m.len());
        if held == 0 {
            let _ = tokio::fs::remove_file(&part).await;
            return None;
        }
        Some((part.clone(), held))
    }

    /// Removes the partial file after a verification failure.
    pub(super) async fn discard(&mut self) {
        if let Target::File { part, .. } = &self.target {
            let _ = tokio::fs::remove_file(part).await;
        }
    }

    /// Flushes, syncs (when `durable`) and renames the `.part` onto the destination.
    pub(super) async fn finish(self, durable: bool) -> Result<Option<PathBuf>, TransferError> {
        match self.target {
            Target::File {
                dest, part, file, ..
            } => {
                // An empty object writes no byte: its (empty) file is created here.
                let mut file = match file {
                    Some(file) => file,
                    None => open_part(&part, true).await?,
                };
                if durable {
                    file.sync().await
                } else {
                    file.flush().await.map(drop)
                }
                .map_err(|err| part_error(&part, "write", err))?;
                drop(file);
                tokio::fs::rename(&part, &dest).await.map_err(|err| {
                    TransferError::io(
                        Step::Write,
                        format!("cannot move `{}` onto `{}`", part.display(), dest.display()),
                        err,
                    )
                })?;
                Ok(Some(dest))
            }
            Target::Writer { writer, .. } => {
                writer
                    .flush()
                    .await
                    .map_err(|err| TransferError::io(Step::Write, "the writer failed", err))?;
                Ok(None)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_files_sit_next_to_the_destination() {
        assert_eq!(
            part_path(Path::new("a/b.tif")),
            PathBuf::from("a/b.tif.part")
        );
    }
}
