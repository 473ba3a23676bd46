//! Writing output: every file goes to a temporary directory next to the target, which then
//! replaces the target in one rename, so a failed run leaves the previous output untouched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Writes `files` (relative path → contents) as the complete contents of `out_dir`.
pub fn write_atomically(out_dir: &Path, files: &BTreeMap<PathBuf, String>) -> Result<(), Error> {
    let parent = match out_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .map_err(|e| Error::io(format!("creating {}", parent.display()), e))?;
    let staging = tempfile::Builder::new()
        .prefix(".sdkgen-staging-")
        .tempdir_in(&parent)
        .map_err(|e| {
            Error::io(
                format!("creating a staging directory in {}", parent.display()),
                e,
            )
        })?;
    for (relative, contents) in files {
        let path = staging.path().join(relative);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
        }
        std::fs::write(&path, contents)
            .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    }
    let staged = staging.keep();
    let backup = parent.join(format!(
        ".sdkgen-previous-{}",
        out_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let _ = std::fs::remove_dir_all(&backup);
    let had_previous = out_dir.exists();
    if had_previous {
        std::fs::rename(out_dir, &backup)
            .map_err(|e| Error::io(format!("moving {} aside", out_dir.display()), e))?;
    }
    if let Err(e) = std::fs::rename(&staged, out_dir) {
        if had_previous {
            let _ = std::fs::rename(&backup, out_dir);
        }
        let _ = std::fs::remove_dir_all(&staged);
        return Err(Error::io(
            format!("moving the new output to {}", out_dir.display()),
            e,
        ));
    }
    if had_previous {
        std::fs::remove_dir_all(&backup).map_err(|e| {
            Error::io(
                format!("removing the previous output at {}", backup.display()),
                e,
            )
        })?;
    }
    Ok(())
}
