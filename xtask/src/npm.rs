//! Pinned npm packages of the tasks: a `package.json` and `package-lock.json` committed under
//! `xtask/`, installed with `npm ci` into a directory under `target/`.

use std::path::{Path, PathBuf};

/// Installs the packages pinned in `root/<manifest_dir>` into `root/<install_dir>` and returns
/// that directory. Skipped when the installed lockfile is the committed one and
/// `<install_dir>/<installed>` exists.
pub fn install(
    root: &Path,
    manifest_dir: &str,
    install_dir: &str,
    installed: &str,
) -> Result<PathBuf, String> {
    let manifests = root.join(manifest_dir);
    let npm_dir = root.join(install_dir);
    std::fs::create_dir_all(&npm_dir)
        .map_err(|e| format!("creating {}: {e}", npm_dir.display()))?;
    let lock = std::fs::read(manifests.join("package-lock.json")).ok();
    let up_to_date = npm_dir.join(installed).exists()
        && lock.is_some()
        && lock == std::fs::read(npm_dir.join("package-lock.json")).ok();
    if !up_to_date {
        for file in ["package.json", "package-lock.json"] {
            std::fs::copy(manifests.join(file), npm_dir.join(file))
                .map_err(|e| format!("copying {manifest_dir}/{file}: {e}"))?;
        }
        crate::run(
            &npm_dir,
            "npm",
            &["ci", "--no-audit", "--no-fund", "--ignore-scripts"],
            &[],
        )?;
    }
    Ok(npm_dir)
}

/// The `version` in an installed package's `package.json`.
pub fn version(package_dir: &Path) -> Result<String, String> {
    let manifest = package_dir.join("package.json");
    let text = std::fs::read_to_string(&manifest)
        .map_err(|e| format!("reading {}: {e}", manifest.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("parsing {}: {e}", manifest.display()))?;
    json.get("version")
        .and_then(|version| version.as_str())
        .map(str::to_string)
        .ok_or_else(|| format!("{} has no version", manifest.display()))
}
