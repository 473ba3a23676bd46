use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::*;

fn files(entries: &[(&str, &str)]) -> BTreeMap<PathBuf, String> {
    entries
        .iter()
        .map(|(path, text)| (PathBuf::from(path), text.to_string()))
        .collect()
}

/// Every file under `dir` with its contents, and every directory.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("readable").flatten() {
            let path = entry.path();
            let relative = path.strip_prefix(dir).expect("under dir").to_path_buf();
            if path.is_dir() {
                found.insert(relative, None);
                pending.push(path);
            } else {
                found.insert(relative, Some(std::fs::read(&path).expect("readable")));
            }
        }
    }
    found
}

#[test]
fn a_failed_commit_puts_every_file_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let first = files(&[("a.rs", "a1"), ("src/b.rs", "b1"), ("src/old.rs", "old")]);
    Target::inspect(&out, false)
        .and_then(|target| target.write(&first))
        .expect("first write");
    std::fs::write(out.join("mine.txt"), "the user's").expect("user file");
    let before = tree(&out);

    let second = files(&[
        ("a.rs", "a2"),
        ("src/b.rs", "b2"),
        ("src/new/c.rs", "c"),
        ("z.rs", "z"),
    ]);
    let target = Target::inspect(&out, false).expect("sdkgen's output");
    let mut all: BTreeMap<&Path, &[u8]> = second
        .iter()
        .map(|(path, text)| (path.as_path(), text.as_bytes()))
        .collect();
    let listing = manifest::render(second.keys()).expect("plain paths");
    all.insert(Path::new(MANIFEST_FILE), listing.as_bytes());
    let owned = target.owned(&all);
    let stale = target.check(&all, &owned).expect("writable");
    assert_eq!(stale, vec![PathBuf::from("src/old.rs")]);
    let staged = commit::stage(&out, &all, stale).expect("staged");
    // The last file to move is gone from the staging directory, after the others have moved.
    std::fs::remove_file(staged.staged_path(Path::new("z.rs"))).expect("staged z.rs");
    assert!(staged.commit().is_err());

    assert_eq!(tree(&out), before);
}

#[test]
fn unchanged_files_are_left_alone_and_stale_ones_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let write = |entries: &[(&str, &str)]| {
        Target::inspect(&out, false)
            .and_then(|target| target.write(&files(entries)))
            .expect("writes")
    };
    write(&[("a.rs", "a"), ("docs/models/gone.md", "gone")]);
    let written = write(&[("a.rs", "a"), ("b.rs", "b")]);
    assert_eq!(
        written.changed,
        [PathBuf::from(MANIFEST_FILE), "b.rs".into()]
    );
    assert_eq!(written.unchanged, 1);
    assert_eq!(written.removed, [PathBuf::from("docs/models/gone.md")]);
    assert!(!out.join("docs").exists(), "emptied directories go too");
}

#[test]
fn leftover_staging_directories_are_removed_and_only_those() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    std::fs::create_dir_all(out.join(".sdkgen-staging-Ab12Cd/new")).expect("leftover");
    std::fs::create_dir_all(out.join(".sdkgen-staging-of-mine")).expect("look-alike");
    std::fs::write(out.join("Cargo.toml"), "[package.metadata.sdkgen]\n").expect("marker");
    Target::inspect(&out, false)
        .and_then(|target| target.write(&files(&[("a.rs", "a")])))
        .expect("writes");
    assert!(!out.join(".sdkgen-staging-Ab12Cd").exists());
    assert!(out.join(".sdkgen-staging-of-mine").exists());
}

#[test]
fn a_symbolic_link_on_the_way_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(out.join(".sdkgen")).expect("out");
    std::fs::create_dir_all(&elsewhere).expect("elsewhere");
    std::fs::write(out.join(MANIFEST_FILE), "src/lib.rs\n").expect("manifest");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&elsewhere, out.join("src")).expect("symlink");
        let result = Target::inspect(&out, true)
            .and_then(|target| target.write(&files(&[("src/lib.rs", "x")])));
        assert!(matches!(result, Err(Error::Refused { .. })), "{result:?}");
        assert!(std::fs::read_dir(&elsewhere)
            .expect("listing")
            .next()
            .is_none());
    }
}
