//! Which files of an output directory sdkgen wrote: the list it keeps there (`.sdkgen/files`),
//! and for crates written before it kept one, the `[package.metadata.sdkgen]` table of their
//! `Cargo.toml`.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use super::is_staging;
use crate::error::Error;

/// The list of the files sdkgen wrote into an output directory, relative to it.
pub const MANIFEST_FILE: &str = ".sdkgen/files";

const HEADER: &str = "\
# The files sdkgen wrote here, one per line. Regenerating replaces or removes only these;
# every other file in this directory is left alone.
";

/// The line of the header that names the sdkgen that wrote the files, before its version.
const WRITER: &str = "# Written by sdkgen ";

/// The version of the sdkgen that wrote the manifest in `dir`, if it says.
pub fn writer_version(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join(MANIFEST_FILE)).ok()?;
    text.lines()
        .take_while(|line| line.starts_with('#'))
        .find_map(|line| line.strip_prefix(WRITER))
        .map(str::to_string)
}

/// What an output directory holds, as far as sdkgen may write into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contents {
    /// Nothing: the directory is missing or empty.
    Nothing,
    /// A crate sdkgen wrote, with the list of its files.
    Listed(BTreeSet<PathBuf>),
    /// A crate an earlier sdkgen wrote before it listed its files: it replaced the directory as
    /// a whole, so the files it holds that sdkgen generates again are sdkgen's.
    Unlisted,
    /// Files sdkgen did not write; the first few top-level entries, sorted, and how many more.
    Foreign { entries: Vec<String>, more: usize },
}

/// How many entries a refusal names.
const NAMED_ENTRIES: usize = 5;

/// Reads what `dir` holds; staging directories (sdkgen's own leftovers) are not counted.
pub fn inspect(dir: &Path) -> Result<Contents, Error> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Contents::Nothing),
        Err(e) => return Err(Error::io(format!("reading {}", dir.display()), e)),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(format!("reading {}", dir.display()), e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_staging(&name) {
            names.push(name);
        }
    }
    if names.is_empty() {
        return Ok(Contents::Nothing);
    }
    let manifest = dir.join(MANIFEST_FILE);
    match std::fs::read_to_string(&manifest) {
        Ok(text) => return Ok(Contents::Listed(parse(&text))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(format!("reading {}", manifest.display()), e)),
    }
    if has_sdkgen_metadata(&dir.join("Cargo.toml")) {
        return Ok(Contents::Unlisted);
    }
    names.sort();
    let more = names.len().saturating_sub(NAMED_ENTRIES);
    names.truncate(NAMED_ENTRIES);
    Ok(Contents::Foreign {
        entries: names,
        more,
    })
}

/// Whether the manifest at `path` has a `[package.metadata.sdkgen]` table.
fn has_sdkgen_metadata(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    text.parse::<toml::Table>().ok().is_some_and(|table| {
        table
            .get("package")
            .and_then(|package| package.get("metadata"))
            .and_then(|metadata| metadata.get("sdkgen"))
            .is_some_and(toml::Value::is_table)
    })
}

/// The paths a manifest lists. A line that is not a plain relative path (`..`, a root, an empty
/// segment) is not sdkgen's, so it is never replaced or removed.
fn parse(text: &str) -> BTreeSet<PathBuf> {
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter(|line| line.split('/').all(is_plain_segment))
        .map(PathBuf::from)
        .collect()
}

fn is_plain_segment(segment: &str) -> bool {
    !segment.is_empty() && segment != "." && segment != ".." && !segment.contains('\\')
}

/// The manifest listing `files` (and itself).
pub fn render<'a>(files: impl Iterator<Item = &'a PathBuf>) -> Result<String, Error> {
    let mut lines = BTreeSet::new();
    lines.insert(MANIFEST_FILE.to_string());
    for path in files {
        lines.insert(slash_path(path)?);
    }
    let mut text = format!("{HEADER}{WRITER}{}\n", env!("CARGO_PKG_VERSION"));
    for line in lines {
        text.push_str(&line);
        text.push('\n');
    }
    Ok(text)
}

/// `path` with `/` between its segments; an error unless it is a plain relative path, since
/// only those stay inside the output directory.
pub fn slash_path(path: &Path) -> Result<String, Error> {
    let mut segments = Vec::new();
    for component in path.components() {
        let segment = match component {
            Component::Normal(segment) => segment.to_str(),
            _ => None,
        };
        match segment {
            Some(segment) if is_plain_segment(segment) && !segment.contains('\n') => {
                segments.push(segment)
            }
            _ => {
                return Err(Error::Internal(format!(
                    "an output file has the path {}, which is not a plain relative path",
                    path.display()
                )))
            }
        }
    }
    if segments.is_empty() {
        return Err(Error::Internal(
            "an output file has an empty path".to_string(),
        ));
    }
    Ok(segments.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_lists_what_it_was_given_and_itself() {
        let files = [PathBuf::from("src/lib.rs"), PathBuf::from("Cargo.toml")];
        let text = render(files.iter()).expect("plain paths");
        let listed = parse(&text);
        let expected: BTreeSet<PathBuf> = [".sdkgen/files", "Cargo.toml", "src/lib.rs"]
            .into_iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(listed, expected);
    }

    #[test]
    fn lines_that_leave_the_directory_are_not_sdkgens() {
        let listed = parse("# comment\n../outside\n/etc/passwd\nsrc/../../x\na//b\nok.rs\n");
        assert_eq!(listed, BTreeSet::from([PathBuf::from("ok.rs")]));
    }

    #[test]
    fn paths_that_are_not_plain_are_refused() {
        for bad in ["../x", "/abs", "", "line\nbreak"] {
            assert!(slash_path(Path::new(bad)).is_err(), "{bad:?}");
        }
    }
}
