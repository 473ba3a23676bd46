//! Writing a crate into its directory without destroying anything sdkgen did not write.
//!
//! sdkgen writes only into a directory that is missing, empty, or holds its own earlier output
//! (unless forced), and there replaces or removes only the files it lists in `.sdkgen/files`.
//! Every changed file is first written to a staging directory inside the output directory,
//! then moved into place; a failure while moving puts back every file as it was.

mod commit;
mod manifest;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::error::Error;
use manifest::Contents;
pub use manifest::{writer_version, MANIFEST_FILE};

/// The prefix of the staging directory, which `tempfile` completes with six random characters.
const STAGING_PREFIX: &str = ".sdkgen-staging-";

/// Held while a crate is written, so that an interrupt waits for the write to finish or roll
/// back (see [`pause_writes`]).
static WRITING: Mutex<()> = Mutex::new(());

/// While this lives, no output is being written and none starts.
#[derive(Debug)]
pub struct WritesPaused {
    _writing: MutexGuard<'static, ()>,
}

/// Waits until no output is being written, and keeps any from starting while the returned
/// guard lives. An interrupt handler takes it before exiting, so that an interrupted run leaves
/// neither a staging directory nor a half-written crate.
pub fn pause_writes() -> WritesPaused {
    WritesPaused {
        _writing: WRITING.lock().unwrap_or_else(PoisonError::into_inner),
    }
}

/// A directory to write a crate into, checked.
#[derive(Debug)]
pub struct Target {
    dir: PathBuf,
    contents: Contents,
    force: bool,
}

/// What writing a crate changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// Files written (new or changed), relative to the directory.
    pub changed: Vec<PathBuf>,
    /// How many files already held what was generated, and were left as they were.
    pub unchanged: usize,
    /// Files of the previous output that sdkgen no longer generates, now removed.
    pub removed: Vec<PathBuf>,
}

impl std::fmt::Display for Written {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} files written, {} unchanged",
            self.changed.len(),
            self.unchanged
        )?;
        if !self.removed.is_empty() {
            write!(f, ", {} removed (no longer generated)", self.removed.len())?;
        }
        Ok(())
    }
}

impl Target {
    /// Checks that a crate may be written into `dir`: it is missing, empty or holds sdkgen's
    /// earlier output. With `force`, a directory holding other files is written into too:
    /// generated files replace files at the same paths, and every other file is kept.
    pub fn inspect(dir: &Path, force: bool) -> Result<Target, Error> {
        if std::fs::metadata(dir).is_ok_and(|metadata| !metadata.is_dir()) {
            return Err(refused(dir, "it is not a directory".to_string()));
        }
        let contents = manifest::inspect(dir)?;
        if let Contents::Foreign { entries, more } = &contents {
            if !force {
                return Err(refused(dir, foreign_message(entries, *more)));
            }
        }
        Ok(Target {
            dir: dir.to_path_buf(),
            contents,
            force,
        })
    }

    /// Whether the directory holds a crate sdkgen wrote, to version the new one against.
    pub fn holds_sdkgen_output(&self) -> bool {
        matches!(self.contents, Contents::Listed(_) | Contents::Unlisted)
    }

    /// Writes `files` (relative path → contents), listing them in `.sdkgen/files`, and removes
    /// the files of the previous output that are not among them. A file that sdkgen did not
    /// write is never removed, and is replaced only when forced.
    pub fn write(&self, files: &BTreeMap<PathBuf, String>) -> Result<Written, Error> {
        let listing = manifest::render(files.keys())?;
        let mut all: BTreeMap<&Path, &[u8]> = files
            .iter()
            .map(|(path, text)| (path.as_path(), text.as_bytes()))
            .collect();
        all.insert(Path::new(MANIFEST_FILE), listing.as_bytes());
        let owned = self.owned(&all);
        let stale = self.check(&all, &owned)?;
        let _writing = pause_writes();
        let created = create_missing_dirs(&self.dir)?;
        let result = commit::stage(&self.dir, &all, stale).and_then(commit::Staged::commit);
        if result.is_err() {
            remove_empty_dirs(created.iter().rev());
        }
        result
    }

    /// The files in the directory that sdkgen wrote.
    fn owned(&self, new: &BTreeMap<&Path, &[u8]>) -> BTreeSet<PathBuf> {
        match &self.contents {
            Contents::Listed(listed) => listed.clone(),
            Contents::Unlisted => new.keys().map(|path| path.to_path_buf()).collect(),
            Contents::Nothing | Contents::Foreign { .. } => BTreeSet::new(),
        }
    }

    /// Checks every path to be written, before anything is touched, and returns the stale
    /// files: those sdkgen wrote before and no longer generates.
    fn check(
        &self,
        new: &BTreeMap<&Path, &[u8]>,
        owned: &BTreeSet<PathBuf>,
    ) -> Result<Vec<PathBuf>, Error> {
        let mut checked_dirs = BTreeSet::new();
        let mut not_ours = Vec::new();
        for path in new.keys() {
            manifest::slash_path(path)?;
            for dir in path.ancestors().skip(1) {
                if dir.as_os_str().is_empty() || !checked_dirs.insert(dir.to_path_buf()) {
                    continue;
                }
                match std::fs::symlink_metadata(self.dir.join(dir)) {
                    Ok(meta) if meta.file_type().is_symlink() => {
                        return Err(self.refused_at(
                            dir,
                            "is a symbolic link, where sdkgen writes a directory",
                        ));
                    }
                    Ok(meta) if !meta.is_dir() => {
                        return Err(
                            self.refused_at(dir, "is a file, where sdkgen writes a directory")
                        );
                    }
                    _ => {}
                }
            }
            match std::fs::symlink_metadata(self.dir.join(path)) {
                Ok(meta) if meta.is_dir() => {
                    return Err(self.refused_at(path, "is a directory, where sdkgen writes a file"));
                }
                Ok(_) if !owned.contains(*path) && !self.force => {
                    not_ours.push(path.display().to_string())
                }
                _ => {}
            }
        }
        if !not_ours.is_empty() {
            return Err(refused(
                &self.dir,
                format!(
                    "sdkgen would replace {}, which it did not write (they are not listed in {MANIFEST_FILE}); move them away, or pass --force to replace them",
                    not_ours.join(", ")
                ),
            ));
        }
        let stale = owned
            .iter()
            .filter(|path| !new.contains_key(path.as_path()))
            .filter(|path| {
                std::fs::symlink_metadata(self.dir.join(path)).is_ok_and(|meta| !meta.is_dir())
            })
            .cloned()
            .collect();
        Ok(stale)
    }

    fn refused_at(&self, relative: &Path, what: &str) -> Error {
        refused(&self.dir, format!("{} {what}", relative.display()))
    }
}

fn refused(dir: &Path, reason: String) -> Error {
    Error::Refused {
        path: dir.to_path_buf(),
        reason: format!("refusing to write a crate here: {reason}"),
    }
}

fn foreign_message(entries: &[String], more: usize) -> String {
    let mut found = entries.join(", ");
    if more > 0 {
        found.push_str(&format!(" and {more} more"));
    }
    format!(
        "it holds files sdkgen did not write ({found}) and no {MANIFEST_FILE} list; use a new or empty directory, or pass --force to write into it anyway (generated files replace files at the same paths, all others are kept)"
    )
}

/// Whether `files` differ from what `dir` holds (its changelog aside, which records
/// releases): a file changed, or one sdkgen listed there is no longer generated.
pub fn differs(dir: &Path, files: &BTreeMap<PathBuf, String>) -> bool {
    let changelog = Path::new(crate::skeleton::CHANGELOG_FILE);
    let changed = files
        .iter()
        .filter(|(path, _)| path.as_path() != changelog)
        .any(|(path, text)| {
            std::fs::read(dir.join(path)).map_or(true, |old| old != text.as_bytes())
        });
    let listed = match manifest::inspect(dir) {
        Ok(Contents::Listed(listed)) => listed,
        _ => BTreeSet::new(),
    };
    changed
        || listed
            .iter()
            .any(|path| path != Path::new(MANIFEST_FILE) && !files.contains_key(path))
}

/// Whether a directory entry is a staging directory an interrupted run left behind.
fn is_staging(name: &str) -> bool {
    name.strip_prefix(STAGING_PREFIX)
        .is_some_and(|rest| rest.len() == 6 && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Creates `dir` and its missing ancestors; returns those it created, outermost first.
fn create_missing_dirs(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut missing: Vec<PathBuf> = dir
        .ancestors()
        .filter(|ancestor| !ancestor.as_os_str().is_empty())
        .take_while(|ancestor| std::fs::symlink_metadata(ancestor).is_err())
        .map(Path::to_path_buf)
        .collect();
    missing.reverse();
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    Ok(missing)
}

/// Removes each of `dirs` that is empty, in order; a directory that is not empty is kept.
fn remove_empty_dirs<'a>(dirs: impl Iterator<Item = &'a PathBuf>) {
    for dir in dirs {
        let _ = std::fs::remove_dir(dir);
    }
}

#[cfg(test)]
mod tests;
