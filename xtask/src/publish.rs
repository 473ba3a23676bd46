//! `cargo xtask publish`: packages and publishes every generated crate whose version is not on
//! the registry yet, in dependency order; `--dry-run` does everything but the upload. Cargo
//! reads the token from `CARGO_REGISTRY_TOKEN` itself, so it never passes through here.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// A generated crate to publish.
#[derive(Debug)]
struct Package {
    name: String,
    version: String,
    /// The names of the other generated crates it depends on.
    depends_on: Vec<String>,
}

pub fn run(root: &Path, dry_run: bool) -> Result<(), String> {
    if !dry_run && std::env::var_os("CARGO_REGISTRY_TOKEN").is_none() {
        return Err("set CARGO_REGISTRY_TOKEN to publish (or pass --dry-run)".to_string());
    }
    let scratch =
        tempfile::tempdir().map_err(|e| format!("creating a temporary directory: {e}"))?;
    for package in in_dependency_order(packages(root)?)? {
        let (name, version) = (&package.name, &package.version);
        if on_registry(scratch.path(), name, version)? {
            eprintln!("{name} {version}: on the registry already; skipped");
            continue;
        }
        let mut args = vec!["publish", "-p", name.as_str()];
        if dry_run {
            args.extend(["--dry-run", "--allow-dirty"]);
        }
        eprintln!(
            "{name} {version}: {}",
            if dry_run {
                "packaging and building (dry run)"
            } else {
                "publishing"
            }
        );
        crate::run(root, "cargo", &args, &[])?;
    }
    Ok(())
}

/// The generated crates that may be published, as their settings say.
fn packages(root: &Path) -> Result<Vec<Package>, String> {
    let mut packages = Vec::new();
    for (api, spec) in crate::tasks::apis(root)? {
        let settings =
            sdkgen::Settings::load(&spec.with_extension("toml")).map_err(|e| e.to_string())?;
        if !settings.package.publish {
            eprintln!("{}: `publish = false`; skipped", settings.package.name);
            continue;
        }
        let manifest_path = root.join("generated").join(&api).join("Cargo.toml");
        let manifest: toml::Table = std::fs::read_to_string(&manifest_path)
            .map_err(|e| format!("reading {}: {e}", manifest_path.display()))?
            .parse()
            .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
        let field = |key: &str| {
            manifest
                .get("package")
                .and_then(|p| p.get(key))
                .and_then(|v| v.as_str())
                .map(str::to_string)
                .ok_or_else(|| format!("{} has no `package.{key}`", manifest_path.display()))
        };
        let depends_on = manifest
            .get("dependencies")
            .and_then(|d| d.as_table())
            .map(|deps| {
                deps.iter()
                    .filter(|(_, dep)| dep.get("path").is_some())
                    .map(|(name, _)| name.clone())
                    .collect()
            })
            .unwrap_or_default();
        packages.push(Package {
            name: field("name")?,
            version: field("version")?,
            depends_on,
        });
    }
    Ok(packages)
}

/// The packages with each one after those it depends on; an error on a cycle.
fn in_dependency_order(packages: Vec<Package>) -> Result<Vec<Package>, String> {
    let mut pending: BTreeMap<String, Package> =
        packages.into_iter().map(|p| (p.name.clone(), p)).collect();
    let mut ordered: Vec<Package> = Vec::new();
    while !pending.is_empty() {
        let ready: Vec<String> = pending
            .values()
            .filter(|p| p.depends_on.iter().all(|dep| !pending.contains_key(dep)))
            .map(|p| p.name.clone())
            .collect();
        if ready.is_empty() {
            let names: Vec<&String> = pending.keys().collect();
            return Err(format!(
                "the generated crates depend on each other in a cycle: {names:?}"
            ));
        }
        ordered.extend(ready.iter().filter_map(|name| pending.remove(name)));
    }
    Ok(ordered)
}

/// Whether the registry has `name` at `version`, asked from outside the workspace so that
/// cargo does not answer with the local package.
fn on_registry(outside: &Path, name: &str, version: &str) -> Result<bool, String> {
    let output = Command::new("cargo")
        .args(["info", "--quiet", &format!("{name}@{version}")])
        .current_dir(outside)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        return Ok(true);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("could not find") {
        return Ok(false);
    }
    Err(format!(
        "asking the registry for {name} {version} failed: {}",
        stderr.trim()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(name: &str, depends_on: &[&str]) -> Package {
        Package {
            name: name.to_string(),
            version: "0.1.0".to_string(),
            depends_on: depends_on.iter().map(|d| d.to_string()).collect(),
        }
    }

    #[test]
    fn dependencies_come_first() {
        let ordered = in_dependency_order(vec![
            package("a", &["c"]),
            package("b", &[]),
            package("c", &["b"]),
        ])
        .expect("no cycle");
        let names: Vec<&str> = ordered.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["b", "c", "a"]);
    }

    #[test]
    fn a_cycle_is_an_error() {
        assert!(in_dependency_order(vec![package("a", &["b"]), package("b", &["a"])]).is_err());
    }
}
