//! `sdkgen generate --out DIR` never destroys what sdkgen did not write: it refuses a directory
//! holding other files (unless `--force`, which still keeps them), replaces or removes only the
//! files it listed, works on `.`, and leaves no staging directory behind, even when interrupted.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

use common::THINGS_SPEC;

const SETTINGS: &str = "[package]\nname = \"demo-client\"\nversion = \"0.1.0\"\n";

/// A spec and its settings in a new temporary directory.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("demo.yaml");
    std::fs::write(&spec, THINGS_SPEC).expect("spec");
    std::fs::write(dir.path().join("demo.toml"), SETTINGS).expect("settings");
    (dir, spec)
}

fn sdkgen(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sdkgen"))
        .current_dir(cwd)
        .args(args)
        .output()
        .expect("sdkgen runs")
}

fn generate(cwd: &Path, spec: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["generate", spec.to_str().expect("utf-8"), "--out"];
    args.push(out.to_str().expect("utf-8"));
    args.extend_from_slice(extra);
    sdkgen(cwd, &args)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every file and directory under `dir` (contents for files), `.git` included.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("readable").flatten() {
            let path = entry.path();
            let relative = path.strip_prefix(dir).expect("under dir").to_path_buf();
            if entry.file_type().expect("file type").is_dir() {
                found.insert(relative, None);
                pending.push(path);
            } else {
                found.insert(relative, Some(std::fs::read(&path).expect("readable")));
            }
        }
    }
    found
}

fn staging_leftovers(dir: &Path) -> Vec<PathBuf> {
    tree(dir)
        .into_keys()
        .filter(|path| path.to_string_lossy().contains(".sdkgen-staging"))
        .collect()
}

/// A Cargo project of the user's own.
fn user_project(dir: &Path) {
    for (path, text) in [
        (
            "Cargo.toml",
            "[package]\nname = \"mine\"\nversion = \"1.0.0\"\n",
        ),
        ("src/main.rs", "fn main() {}\n"),
        (".git/HEAD", "ref: refs/heads/main\n"),
        (".git/config", "[core]\n"),
    ] {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        std::fs::write(path, text).expect("user file");
    }
}

#[test]
fn a_directory_sdkgen_did_not_write_is_refused_and_left_byte_identical() {
    let (dir, spec) = workspace();
    let project = dir.path().join("project");
    user_project(&project);
    let before = tree(&project);

    let output = generate(dir.path(), &spec, &project, &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains(&project.display().to_string()),
        "{message}"
    );
    assert!(message.contains(".git, Cargo.toml, src"), "{message}");
    assert!(message.contains("--force"), "{message}");
    assert_eq!(tree(&project), before);
    assert!(staging_leftovers(dir.path()).is_empty());
}

#[test]
fn force_writes_beside_the_users_files_and_keeps_them() {
    let (dir, spec) = workspace();
    let project = dir.path().join("project");
    user_project(&project);
    let before = tree(&project);

    let output = generate(dir.path(), &spec, &project, &["--force"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let after = tree(&project);
    for (path, contents) in &before {
        if path != Path::new("Cargo.toml") {
            assert_eq!(
                after.get(path),
                Some(contents),
                "{} survives",
                path.display()
            );
        }
    }
    assert!(project.join("src/lib.rs").is_file());
    let manifest = std::fs::read_to_string(project.join(".sdkgen/files")).expect("listed");
    assert!(
        manifest.lines().any(|line| line == "Cargo.toml"),
        "{manifest}"
    );
    assert!(
        !manifest.contains("main.rs") && !manifest.contains(".git/"),
        "{manifest}"
    );
}

#[test]
fn a_new_or_empty_directory_is_written() {
    let (dir, spec) = workspace();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("empty dir");
    for out in [empty, dir.path().join("new/nested")] {
        let output = generate(dir.path(), &spec, &out, &[]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(out.join("src/lib.rs").is_file());
        assert!(
            stderr(&output).contains("files written"),
            "{}",
            stderr(&output)
        );
    }
    assert!(staging_leftovers(dir.path()).is_empty());
}

#[test]
fn regenerating_keeps_the_users_files_and_removes_only_stale_generated_ones() {
    let (dir, spec) = workspace();
    let out = dir.path().join("client");
    let first = generate(dir.path(), &spec, &out, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let page = out.join("docs/models/Thing.md");
    assert!(page.is_file());
    std::fs::create_dir_all(out.join("tests")).expect("tests dir");
    std::fs::write(out.join("tests/mine.rs"), "// my test\n").expect("user test");
    std::fs::create_dir_all(out.join(".git")).expect("git dir");
    std::fs::write(out.join(".git/HEAD"), "ref: refs/heads/main\n").expect("git file");

    std::fs::write(&spec, THINGS_SPEC.replace("Thing", "Widget")).expect("new spec");
    let second = generate(dir.path(), &spec, &out, &[]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert!(!page.exists(), "the stale page is removed");
    assert!(out.join("docs/models/Widget.md").is_file());
    assert_eq!(
        std::fs::read_to_string(out.join("tests/mine.rs")).expect("kept"),
        "// my test\n"
    );
    assert!(out.join(".git/HEAD").is_file());
    assert!(stderr(&second).contains("1 removed"), "{}", stderr(&second));
}

#[test]
fn a_generated_path_taken_by_a_users_file_is_refused_unless_forced() {
    let (dir, spec) = workspace();
    let out = dir.path().join("client");
    let first = generate(dir.path(), &spec, &out, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let users = out.join("docs/models/Widget.md");
    std::fs::write(&users, "my notes on widgets\n").expect("user file");
    std::fs::write(&spec, THINGS_SPEC.replace("Thing", "Widget")).expect("new spec");
    let before = tree(&out);

    let refused = generate(dir.path(), &spec, &out, &[]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("docs/models/Widget.md"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(tree(&out), before);

    let forced = generate(dir.path(), &spec, &out, &["--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    let page = std::fs::read_to_string(&users).expect("replaced");
    assert!(page.contains("Widget"), "{page}");
    assert_ne!(page, "my notes on widgets\n");
}

#[test]
fn the_current_directory_works_and_keeps_no_staging() {
    let (dir, spec) = workspace();
    let here = dir.path().join("here");
    std::fs::create_dir(&here).expect("dir");
    for run in 0..2 {
        let output = generate(&here, &spec, Path::new("."), &[]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "run {run}: {}",
            stderr(&output)
        );
    }
    assert!(here.join("Cargo.toml").is_file());
    assert!(staging_leftovers(dir.path()).is_empty());
}

#[test]
fn output_of_an_sdkgen_that_kept_no_list_is_recognised_by_its_metadata() {
    let (dir, spec) = workspace();
    let out = dir.path().join("client");
    let first = generate(dir.path(), &spec, &out, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    std::fs::remove_dir_all(out.join(".sdkgen")).expect("an older output");
    std::fs::write(out.join("NOTES.md"), "mine\n").expect("user file");

    let second = generate(dir.path(), &spec, &out, &[]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert_eq!(
        std::fs::read_to_string(out.join("NOTES.md")).expect("kept"),
        "mine\n"
    );
    assert!(out.join(".sdkgen/files").is_file());
}

#[test]
fn a_missing_spec_file_is_bad_input() {
    let (dir, _) = workspace();
    let output = generate(dir.path(), Path::new("nowhere.yaml"), Path::new("out"), &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("nowhere.yaml"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("out").exists());
}

/// An interrupt at any moment leaves the previous crate or the new one, complete, and no
/// staging directory.
#[cfg(unix)]
#[test]
fn an_interrupt_leaves_the_old_crate_or_the_new_one() {
    let (dir, spec) = workspace();
    let big =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/upstream/sensorbucket/openapi/api.yaml");
    let out = dir.path().join("client");
    let first = generate(dir.path(), &spec, &out, &["--name", "client"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let old = tree(&out);
    let pristine = dir.path().join("pristine");
    copy_tree(&out, &pristine);
    let reference = dir.path().join("reference");
    copy_tree(&out, &reference);
    // The upstream spec has a slip (`type: unknown`): it generates only with --lenient.
    let new_run = generate(
        dir.path(),
        &big,
        &reference,
        &["--name", "client", "--lenient"],
    );
    assert_eq!(new_run.status.code(), Some(0), "{}", stderr(&new_run));
    let new = tree(&reference);

    let started = std::time::Instant::now();
    let whole = generate(
        dir.path(),
        &big,
        &dir.path().join("timing"),
        &["--name", "client", "--lenient"],
    );
    assert_eq!(whole.status.code(), Some(0), "{}", stderr(&whole));
    let duration = started.elapsed();

    let mut outcomes = BTreeMap::new();
    for step in 0..12u32 {
        std::fs::remove_dir_all(&out).expect("reset");
        copy_tree(&pristine, &out);
        let mut child = Command::new(env!("CARGO_BIN_EXE_sdkgen"))
            .current_dir(dir.path())
            .args([
                "generate",
                big.to_str().expect("utf-8"),
                "--name",
                "client",
                "--lenient",
                "--out",
            ])
            .arg(&out)
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawns");
        std::thread::sleep(duration * step / 10);
        let _ = Command::new("kill")
            .arg("-INT")
            .arg(child.id().to_string())
            .status();
        let status = child.wait().expect("ends");
        let now = tree(&out);
        assert!(staging_leftovers(dir.path()).is_empty(), "step {step}");
        let state = if now == old {
            "old"
        } else if now == new {
            "new"
        } else {
            panic!("step {step}: a mix of the old and the new crate ({status:?})")
        };
        *outcomes.entry(state).or_insert(0) += 1;
    }
    assert!(outcomes.contains_key("old"), "{outcomes:?}");
}

fn copy_tree(from: &Path, to: &Path) {
    for (relative, contents) in tree(from) {
        let path = to.join(relative);
        match contents {
            None => std::fs::create_dir_all(&path).expect("dir"),
            Some(bytes) => {
                std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
                std::fs::write(&path, bytes).expect("file");
            }
        }
    }
}
