//! `sdkgen diff` and the summary `sdkgen generate` prints: changes as lines of text or JSON.

use std::path::{Path, PathBuf};
use std::process::Command;

use sdkgen::diff::{self, Change, Impact};

use crate::Outcome;

/// Compares two specs (files or `REV:PATH`s) and prints the changes.
pub fn run(
    old: &str,
    new: &str,
    config: Option<PathBuf>,
    json: bool,
    lenient: bool,
) -> Result<Outcome, sdkgen::Error> {
    let scratch = tempfile::tempdir().map_err(|e| io_error("creating a temporary directory", e))?;
    let old_path = spec_path(old, &scratch.path().join("old"))?;
    let new_path = spec_path(new, &scratch.path().join("new"))?;
    let settings = config.or_else(|| Some(new_path.with_extension("toml")).filter(|p| p.is_file()));
    let ir = |path: &Path| {
        let generator = sdkgen::Generator::new(path).lenient(lenient);
        match &settings {
            Some(settings) => generator.settings_file(settings).ir(),
            None => generator.ir(),
        }
    };
    let changes = diff::diff(&ir(&old_path)?, &ir(&new_path)?);
    if json {
        let text = serde_json::to_string_pretty(&serde_json::json!({
            "breaking": breaking(&changes),
            "changes": changes,
        }))
        .map_err(|e| sdkgen::Error::Internal(format!("writing JSON: {e}")))?;
        println!("{text}");
    } else {
        for change in &changes {
            println!(
                "{:<9} {}: {}",
                label(change.impact),
                change.item,
                change.detail
            );
        }
        println!("{}", diff::counts(&changes));
    }
    Ok(if breaking(&changes) {
        Outcome::Breaking
    } else {
        Outcome::Done
    })
}

fn breaking(changes: &[Change]) -> bool {
    changes.iter().any(|c| c.impact == Impact::Breaking)
}

fn label(impact: Impact) -> &'static str {
    match impact {
        Impact::Breaking => "breaking",
        Impact::Additive => "additive",
        Impact::DocsOnly => "docs-only",
    }
}

/// The spec file `arg` names: itself, or for `REV:PATH` the file git has there, written under
/// `dir` with its own file name (so that the API keeps its name).
fn spec_path(arg: &str, dir: &Path) -> Result<PathBuf, sdkgen::Error> {
    let path = PathBuf::from(arg);
    let Some((revision, file)) = arg.split_once(':').filter(|_| !path.exists()) else {
        return Ok(path);
    };
    let output = Command::new("git")
        .args(["show", &format!("{revision}:{file}")])
        .output()
        .map_err(|e| io_error("running git", e))?;
    if !output.status.success() {
        return Err(sdkgen::SpecError::in_file(
            &path,
            format!(
                "git cannot show `{arg}`: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        )
        .into());
    }
    let name = Path::new(file)
        .file_name()
        .unwrap_or(std::ffi::OsStr::new("spec.yaml"));
    std::fs::create_dir_all(dir).map_err(|e| io_error("creating a temporary directory", e))?;
    let copy = dir.join(name);
    std::fs::write(&copy, output.stdout).map_err(|e| io_error("writing the spec from git", e))?;
    Ok(copy)
}

fn io_error(context: &str, source: std::io::Error) -> sdkgen::Error {
    sdkgen::Error::Io {
        context: context.to_string(),
        source,
    }
}
