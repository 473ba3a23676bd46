//! Generation settings: the per-API TOML file next to a spec (`specs/<api>.toml`).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Location, SpecError};

/// Settings for one generated crate.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Package metadata of the generated crate.
    pub package: PackageSettings,
}

/// Package metadata of the generated crate (the crate version is ours, not the API's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageSettings {
    /// Crate name, e.g. `rockset-client`.
    pub name: String,
    /// Crate version (semver).
    pub version: String,
    /// One-line description.
    pub description: String,
    /// SPDX license expression.
    pub license: String,
    /// Source repository URL.
    pub repository: String,
    /// Up to five crates.io keywords.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// crates.io category slugs.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Whether the crate may be published (false for test-only APIs).
    #[serde(default = "yes")]
    pub publish: bool,
}

fn yes() -> bool {
    true
}

impl Settings {
    /// Reads and checks a settings file.
    pub fn load(path: &Path) -> Result<Settings, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            SpecError::in_file(path, format!("cannot read the generation settings: {e}"))
        })?;
        Settings::parse(path, &text)
    }

    /// Parses and checks settings text; `path` names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Settings, Error> {
        let settings: Settings = toml::from_str(text).map_err(|e| {
            let location = e
                .span()
                .map(|span| {
                    let before = &text[..span.start.min(text.len())];
                    Location::Line {
                        line: before.matches('\n').count() + 1,
                        column: before.rsplit('\n').next().map_or(0, str::len) + 1,
                    }
                })
                .unwrap_or(Location::File);
            SpecError {
                file: path.to_path_buf(),
                location,
                message: e.message().to_string(),
            }
        })?;
        settings.check(path)?;
        Ok(settings)
    }

    fn check(&self, path: &Path) -> Result<(), Error> {
        let package = &self.package;
        let bad = |message: String| -> Result<(), Error> {
            Err(SpecError::in_file(path, message).into())
        };
        let valid_name = !package.name.is_empty()
            && package.name.len() <= 64
            && package.name.starts_with(|c: char| c.is_ascii_alphabetic())
            && package
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_name {
            return bad(format!(
                "package.name `{}` is not a valid crate name",
                package.name
            ));
        }
        if !is_semver(&package.version) {
            return bad(format!(
                "package.version `{}` is not semver (MAJOR.MINOR.PATCH); the API's own version is kept separately",
                package.version
            ));
        }
        if package.keywords.len() > 5 {
            return bad("package.keywords: crates.io accepts at most five".to_string());
        }
        Ok(())
    }

    /// The crate's library name (`rockset-client` → `rockset_client`).
    pub fn lib_name(&self) -> String {
        self.package.name.replace('-', "_")
    }
}

fn is_semver(version: &str) -> bool {
    let core = version.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.chars().all(|c| c.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[package]
name = "demo-client"
version = "0.1.0"
description = "Demo."
license = "MIT"
repository = "https://example.invalid/demo"
"#;

    #[test]
    fn parses_good_settings() {
        let settings = Settings::parse(Path::new("demo.toml"), GOOD).map_err(|e| e.to_string());
        assert_eq!(
            settings.map(|s| s.lib_name()),
            Ok("demo_client".to_string())
        );
    }

    #[test]
    fn rejects_a_date_as_version() {
        let text = GOOD.replace("0.1.0", "2023-05-19");
        let err = Settings::parse(Path::new("demo.toml"), &text)
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("demo.toml") && e.contains("not semver")));
    }

    #[test]
    fn locates_unknown_keys() {
        let text = GOOD.replace("license", "licence");
        let err = Settings::parse(Path::new("demo.toml"), &text)
            .err()
            .map(|e| e.to_string());
        assert!(
            err.is_some_and(|e| e.contains("demo.toml: line 6")),
            "{text}"
        );
    }
}
