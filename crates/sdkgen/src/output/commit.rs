//! Staging and committing a write: changed files are written into a staging directory inside
//! the output directory, then each is moved into place, the file it replaces moved aside into
//! the staging directory first; a failure puts everything back.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tempfile::TempDir;

use super::{is_staging, remove_empty_dirs, Written, STAGING_PREFIX};
use crate::error::Error;

/// Staged files, ready to move into place.
pub struct Staged<'a> {
    dir: &'a Path,
    staging: TempDir,
    changed: Vec<PathBuf>,
    unchanged: usize,
    stale: Vec<PathBuf>,
}

/// Writes the files of `files` whose contents differ from the directory's into a new staging
/// directory in `dir`; removes the staging directories interrupted runs left behind.
pub fn stage<'a>(
    dir: &'a Path,
    files: &BTreeMap<&Path, &[u8]>,
    stale: Vec<PathBuf>,
) -> Result<Staged<'a>, Error> {
    remove_leftover_staging(dir)?;
    let staging = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .tempdir_in(dir)
        .map_err(|e| {
            Error::io(
                format!("creating a staging directory in {}", dir.display()),
                e,
            )
        })?;
    let mut changed = Vec::new();
    let mut unchanged = 0;
    for (relative, contents) in files {
        if std::fs::read(dir.join(relative)).is_ok_and(|old| old == *contents) {
            unchanged += 1;
            continue;
        }
        let path = staging.path().join("new").join(relative);
        create_parent(&path)?;
        std::fs::write(&path, contents)
            .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        changed.push(relative.to_path_buf());
    }
    Ok(Staged {
        dir,
        staging,
        changed,
        unchanged,
        stale,
    })
}

impl Staged<'_> {
    /// Moves the staged files into place and the stale files out; on failure, puts back every
    /// file as it was. The staging directory is removed either way.
    pub fn commit(self) -> Result<Written, Error> {
        let mut journal = Journal {
            dir: self.dir,
            staging: self.staging.path(),
            done: Vec::new(),
            created_dirs: Vec::new(),
        };
        let moved = self
            .changed
            .iter()
            .try_for_each(|path| journal.put(path))
            .and_then(|()| self.stale.iter().try_for_each(|path| journal.take(path)));
        if let Err(e) = moved {
            if journal.roll_back() {
                return Err(e);
            }
            let kept = self.staging.keep();
            return Err(Error::Internal(format!(
                "{e}; then some files could not be put back: the previous ones are under {}",
                kept.join("old").display()
            )));
        }
        for path in &self.stale {
            let parents: Vec<PathBuf> = path
                .ancestors()
                .skip(1)
                .filter(|dir| !dir.as_os_str().is_empty())
                .map(|dir| self.dir.join(dir))
                .collect();
            remove_empty_dirs(parents.iter());
        }
        Ok(Written {
            changed: self.changed,
            unchanged: self.unchanged,
            removed: self.stale,
        })
    }

    /// The staging directory, where a test can break a staged file.
    #[cfg(test)]
    pub fn staged_path(&self, relative: &Path) -> PathBuf {
        self.staging.path().join("new").join(relative)
    }
}

/// One move done, and how to undo it.
enum Done {
    /// A new file was put where there was none.
    Added(PathBuf),
    /// A file was moved aside, to be put back.
    MovedAside(PathBuf),
}

/// The moves done so far.
struct Journal<'a> {
    dir: &'a Path,
    staging: &'a Path,
    done: Vec<Done>,
    created_dirs: Vec<PathBuf>,
}

impl Journal<'_> {
    /// Moves the staged `relative` into place, the file it replaces aside.
    fn put(&mut self, relative: &Path) -> Result<(), Error> {
        let target = self.dir.join(relative);
        if let Some(parent) = relative.parent() {
            self.create_dirs(parent)?;
        }
        if std::fs::symlink_metadata(&target).is_ok() {
            self.take(relative)?;
        }
        let staged = self.staging.join("new").join(relative);
        self.done.push(Done::Added(relative.to_path_buf()));
        std::fs::rename(&staged, &target)
            .map_err(|e| Error::io(format!("moving the new {} into place", target.display()), e))
    }

    /// Moves `relative` aside into the staging directory.
    fn take(&mut self, relative: &Path) -> Result<(), Error> {
        let target = self.dir.join(relative);
        let aside = self.staging.join("old").join(relative);
        create_parent(&aside)?;
        std::fs::rename(&target, &aside)
            .map_err(|e| Error::io(format!("moving {} aside", target.display()), e))?;
        self.done.push(Done::MovedAside(relative.to_path_buf()));
        Ok(())
    }

    /// Creates the missing directories of `relative`, outermost first, remembering them.
    fn create_dirs(&mut self, relative: &Path) -> Result<(), Error> {
        let mut missing: Vec<&Path> = relative
            .ancestors()
            .filter(|dir| !dir.as_os_str().is_empty())
            .take_while(|dir| std::fs::symlink_metadata(self.dir.join(dir)).is_err())
            .collect();
        missing.reverse();
        for dir in missing {
            let path = self.dir.join(dir);
            std::fs::create_dir(&path)
                .map_err(|e| Error::io(format!("creating {}", path.display()), e))?;
            self.created_dirs.push(path);
        }
        Ok(())
    }

    /// Undoes every move, newest first, and removes the directories created; false when a
    /// file moved aside could not be put back.
    fn roll_back(self) -> bool {
        let mut restored = true;
        for done in self.done.iter().rev() {
            match done {
                Done::Added(relative) => {
                    let _ = std::fs::remove_file(self.dir.join(relative));
                }
                Done::MovedAside(relative) => {
                    let aside = self.staging.join("old").join(relative);
                    restored &= std::fs::rename(aside, self.dir.join(relative)).is_ok();
                }
            }
        }
        remove_empty_dirs(self.created_dirs.iter().rev());
        restored
    }
}

/// Removes the staging directories of runs that were killed before they could clean up.
fn remove_leftover_staging(dir: &Path) -> Result<(), Error> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| Error::io(format!("reading {}", dir.display()), e))?;
    for entry in entries.flatten() {
        let is_dir = entry.file_type().is_ok_and(|kind| kind.is_dir());
        if is_dir && is_staging(&entry.file_name().to_string_lossy()) {
            let path = entry.path();
            std::fs::remove_dir_all(&path)
                .map_err(|e| Error::io(format!("removing {}", path.display()), e))?;
        }
    }
    Ok(())
}

fn create_parent(path: &Path) -> Result<(), Error> {
    match path.parent() {
        Some(dir) => std::fs::create_dir_all(dir)
            .map_err(|e| Error::io(format!("creating {}", dir.display()), e)),
        None => Ok(()),
    }
}
