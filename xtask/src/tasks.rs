//! The tasks, as functions of the project root so that tests can run them on a copy.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every API in `specs/`: `(name, spec path)`, sorted by name.
pub fn apis(root: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let specs = root.join("specs");
    let entries =
        std::fs::read_dir(&specs).map_err(|e| format!("reading {}: {e}", specs.display()))?;
    let mut apis = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "json")
        {
            if let Some(stem) = path.file_stem() {
                apis.push((stem.to_string_lossy().into_owned(), path));
            }
        }
    }
    apis.sort();
    Ok(apis)
}

/// Generates the crate of `spec` into `out`, versioned against the crate in `previous`.
fn generate_into(
    root: &Path,
    spec: &Path,
    out: &Path,
    previous: &Path,
) -> Result<sdkgen::Report, String> {
    let report = sdkgen::Generator::new(spec)
        .templates_dir(root.join("templates"))
        .previous_crate(previous)
        .generate(out)
        .map_err(|e| e.to_string())?;
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    for note in &report.notes {
        eprintln!("note: {note}");
    }
    Ok(report)
}

/// Regenerates `generated/<api>` for every spec, each versioned against the crate it
/// replaces; returns `(api, report)`.
pub fn generate(root: &Path) -> Result<Vec<(String, sdkgen::Report)>, String> {
    apis(root)?
        .into_iter()
        .map(|(api, spec)| {
            let out = root.join("generated").join(&api);
            let report = generate_into(root, &spec, &out, &out)?;
            Ok((api, report))
        })
        .collect()
}

/// Regenerates into a temporary directory and returns the paths (relative to the root) that
/// differ from `generated/`: changed, missing or extra.
pub fn check(root: &Path) -> Result<Vec<PathBuf>, String> {
    let scratch =
        tempfile::tempdir().map_err(|e| format!("creating a temporary directory: {e}"))?;
    let mut stale = Vec::new();
    let mut expected_dirs = BTreeSet::new();
    for (api, spec) in apis(root)? {
        let fresh = scratch.path().join(&api);
        let committed = root.join("generated").join(&api);
        generate_into(root, &spec, &fresh, &committed)?;
        expected_dirs.insert(api.clone());
        let mut relative: BTreeSet<PathBuf> = files_under(&fresh)?.into_iter().collect();
        relative.extend(files_under(&committed)?);
        for path in relative {
            let new = std::fs::read(fresh.join(&path)).ok();
            let old = std::fs::read(committed.join(&path)).ok();
            if new != old {
                stale.push(Path::new("generated").join(&api).join(path));
            }
        }
    }
    let generated = root.join("generated");
    if let Ok(entries) = std::fs::read_dir(&generated) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() && !expected_dirs.contains(&name) {
                stale.push(Path::new("generated").join(name));
            }
        }
    }
    stale.sort();
    Ok(stale)
}

/// Makes the generated crate in `dir` (under the project, outside its workspace) a workspace of
/// its own, pinned to the project's lockfile so that its dependencies are the project's.
pub fn make_standalone(root: &Path, dir: &Path) -> Result<(), String> {
    standalone_with_lock(dir, &root.join("Cargo.lock"))
}

/// A workspace of its own at `dir`, its dependencies pinned by the lock file `lock`.
pub fn standalone_with_lock(dir: &Path, lock: &Path) -> Result<(), String> {
    let manifest = dir.join("Cargo.toml");
    let mut text = std::fs::read_to_string(&manifest)
        .map_err(|e| format!("reading {}: {e}", manifest.display()))?;
    text.push_str("\n[workspace]\n");
    std::fs::write(&manifest, text).map_err(|e| format!("writing {}: {e}", manifest.display()))?;
    std::fs::copy(lock, dir.join("Cargo.lock"))
        .map_err(|e| format!("copying {} to {}: {e}", lock.display(), dir.display()))?;
    Ok(())
}

/// Files under `dir`, relative to it, skipping build output.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        let entries = match std::fs::read_dir(dir.join(&relative)) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(format!("reading {}: {e}", dir.join(&relative).display())),
        };
        for entry in entries {
            let entry = entry.map_err(|e| e.to_string())?;
            let path = relative.join(entry.file_name());
            if entry.file_type().map_err(|e| e.to_string())?.is_dir() {
                if entry.file_name() != "target" {
                    pending.push(path);
                }
            } else {
                files.push(path);
            }
        }
    }
    Ok(files)
}

/// Generates crates for the full upstream specs (Rockset's whole API, SensorBucket's
/// multi-file API) and for the generator's test fixtures, and checks that each passes clippy
/// without warnings and that every example in its docs compiles.
pub fn build_samples(root: &Path) -> Result<(), String> {
    let scratch = root.join("target/sample-crates");
    for (name, spec) in &sample_targets(root)? {
        build_sample(root, &scratch, name, spec)?;
    }
    Ok(())
}

/// The upstream specs kept in full, then every fixture, each with its crate's name.
fn sample_targets(root: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let upstream = root.join("crates/sdkgen/tests/upstream");
    let mut targets = vec![
        (
            "rockset-full".to_string(),
            upstream.join("rockset/openapi-generated.yaml"),
        ),
        (
            "sensorbucket-full".to_string(),
            upstream.join("sensorbucket/openapi/api.yaml"),
        ),
    ];
    let fixtures = root.join("crates/sdkgen/tests/fixtures");
    let mut fixture_specs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .map_err(|e| format!("reading {}: {e}", fixtures.display()))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    fixture_specs.sort();
    for spec in fixture_specs {
        let stem = spec
            .file_stem()
            .map(|s| s.to_string_lossy().replace('_', "-"))
            .unwrap_or_default();
        targets.push((format!("fixture-{stem}"), spec));
    }
    Ok(targets)
}

/// Generates one sample crate under `scratch`, then runs clippy and its doctests.
fn build_sample(root: &Path, scratch: &Path, name: &str, spec: &Path) -> Result<(), String> {
    eprintln!("sample: {name} from {}", spec.display());
    let settings = sdkgen::Settings::parse(
        Path::new("<upstream settings>"),
        &format!(
            "[package]\nname = \"{name}-client\"\nversion = \"0.0.0\"\ndescription = \"Upstream check.\"\nlicense = \"MIT\"\nrepository = \"https://example.invalid\"\n"
        ),
    )
    .map_err(|e| e.to_string())?;
    let out = scratch.join(name);
    // A fixture with settings of its own (`formats.toml`) is generated with them.
    let own_settings = spec.with_extension("toml");
    let generator = if own_settings.exists() {
        sdkgen::Generator::new(spec)
            .settings_file(own_settings)
            .crate_name(format!("{name}-client"))
    } else {
        sdkgen::Generator::new(spec).settings(settings)
    };
    // The upstream specs have slips (SensorBucket's `type: unknown`).
    let report = generator
        .lenient(true)
        .generate(&out)
        .map_err(|e| e.to_string())?;
    eprintln!(
        "{name}: {} files, {} warnings",
        report.files.len(),
        report.warnings.len()
    );
    make_standalone(root, &out)?;
    let cargo = |args: &[&str]| {
        Command::new("cargo")
            .args(args)
            .current_dir(&out)
            .env("CARGO_TARGET_DIR", scratch.join("target"))
            // Checked once and thrown away: neither debug info nor incremental state is read.
            .env("CARGO_INCREMENTAL", "0")
            .env("CARGO_PROFILE_DEV_DEBUG", "0")
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))
    };
    if !cargo(&["clippy", "--all-targets", "--", "-D", "warnings"])?.success() {
        return Err(format!(
            "the crate generated from {} does not pass clippy",
            spec.display()
        ));
    }
    // With the test doubles, whose examples run.
    if !cargo(&["test", "--doc", "--quiet", "--features", "mock"])?.success() {
        return Err(format!(
            "the docs generated from {} have examples that do not compile",
            spec.display()
        ));
    }
    Ok(())
}

/// The features of a crate's `Cargo.toml`, but `default`, in manifest order.
pub fn crate_features(crate_dir: &Path) -> Result<Vec<String>, String> {
    let path = crate_dir.join("Cargo.toml");
    let text =
        std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let manifest: toml::Table =
        toml::from_str(&text).map_err(|e| format!("parsing {}: {e}", path.display()))?;
    Ok(manifest
        .get("features")
        .and_then(|features| features.as_table())
        .map(|features| {
            features
                .keys()
                .filter(|name| *name != "default")
                .cloned()
                .collect()
        })
        .unwrap_or_default())
}

/// Checks every generated crate with no features and with each feature alone, warnings
/// denied: a group must compile without the others.
pub fn check_features(root: &Path) -> Result<(), String> {
    for (api, spec) in apis(root)? {
        let settings =
            sdkgen::Settings::load(&spec.with_extension("toml")).map_err(|e| e.to_string())?;
        let features = crate_features(&root.join("generated").join(&api))?;
        if features.is_empty() {
            continue;
        }
        let name = settings.package.name;
        let mut combinations = vec![String::new()];
        combinations.extend(features);
        for features in &combinations {
            eprintln!("checking {name} with features [{features}]");
            // Clippy rather than `RUSTFLAGS=-D warnings`, which would rebuild every dependency.
            let status = std::process::Command::new("cargo")
                .current_dir(root)
                .args(["clippy", "--quiet", "-p", &name, "--no-default-features"])
                .args(["--features", features, "--", "-D", "warnings"])
                .status()
                .map_err(|e| format!("cannot run cargo: {e}"))?;
            if !status.success() {
                return Err(format!(
                    "{name} does not build with features [{features}] alone"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy of the project's specs and generated crates to break.
    fn copy_of_project() -> tempfile::TempDir {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let copy = tempfile::tempdir().expect("tempdir");
        for dir in ["specs", "generated", "templates"] {
            for file in files_under(&root.join(dir)).expect("listing") {
                let to = copy.path().join(dir).join(&file);
                std::fs::create_dir_all(to.parent().expect("has a parent")).expect("mkdir");
                std::fs::copy(root.join(dir).join(&file), &to).expect("copy");
            }
        }
        copy
    }

    #[test]
    fn check_passes_on_the_committed_output() {
        let copy = copy_of_project();
        assert_eq!(check(copy.path()), Ok(Vec::new()));
    }

    #[test]
    fn check_fails_after_a_hand_edit() {
        let copy = copy_of_project();
        let edited = copy.path().join("generated/rockset/src/models.rs");
        let mut text = std::fs::read_to_string(&edited).expect("read");
        text.push_str("\n// a hand edit\n");
        std::fs::write(&edited, text).expect("write");
        assert_eq!(
            check(copy.path()),
            Ok(vec![PathBuf::from("generated/rockset/src/models.rs")])
        );
    }

    #[test]
    fn check_fails_after_a_spec_change_without_regeneration() {
        let copy = copy_of_project();
        let spec = copy.path().join("specs/feedback.yaml");
        let text = std::fs::read_to_string(&spec).expect("read");
        std::fs::write(
            &spec,
            text.replace("summary: Rotate credentials", "summary: Rotate the key"),
        )
        .expect("write");
        let stale = check(copy.path()).expect("check runs");
        assert!(
            stale.contains(&PathBuf::from("generated/feedback/src/credentials.rs")),
            "{stale:?}"
        );
    }

    #[test]
    fn check_reports_missing_and_extra_files() {
        let copy = copy_of_project();
        std::fs::remove_file(copy.path().join("generated/latitudesh/README.md")).expect("remove");
        std::fs::write(copy.path().join("generated/latitudesh/src/extra.rs"), "").expect("write");
        assert_eq!(
            check(copy.path()),
            Ok(vec![
                PathBuf::from("generated/latitudesh/README.md"),
                PathBuf::from("generated/latitudesh/src/extra.rs"),
            ])
        );
    }
}
