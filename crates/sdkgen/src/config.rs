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
    /// How the generated client is built.
    #[serde(default)]
    pub client: ClientSettings,
    /// Which Rust types string formats become.
    #[serde(default)]
    pub types: TypeSettings,
    /// How operations page through their lists, where the spec does not say (or says wrong).
    #[serde(default)]
    pub pagination: Vec<PagingRule>,
}

/// A `[[pagination]]` rule: how the operations it names page, as an `x-sdkgen-pagination`
/// extension on each of them would say it. The first rule naming an operation wins, over the
/// spec's extension and over inference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PagingRule {
    /// Operation ids (`listItems`) or `METHOD /path` templates (`GET /v1/items/{id}/*`); `*`
    /// matches any run of characters and `?` one.
    #[serde(skip_serializing)]
    pub operations: Vec<String>,
    /// JSON pointer to the array of items in the success body; `""` for a bare array.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<String>,
    /// The body names the next page's cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<CursorPaging>,
    /// The next page starts after the items so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<ParameterPaging>,
    /// The `Link` header's `rel="next"` URL carries the next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<ParameterPaging>,
    /// The operations do not page, whatever their shape suggests.
    #[serde(default, skip_serializing)]
    pub none: bool,
}

/// Cursor paging: which query parameter takes the cursor, and where the body names the next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CursorPaging {
    /// The query parameter.
    pub parameter: String,
    /// JSON pointer to the next cursor (a token, or a URL whose query has it).
    pub next: String,
}

/// Offset or `Link` paging: the integer query parameter that takes the offset or page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterPaging {
    /// The query parameter.
    pub parameter: String,
}

/// Which Rust types string formats become; `string` keeps a format a `String`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeSettings {
    /// `date-time` and `date`.
    #[serde(default)]
    pub dates: DateTypes,
    /// `uuid`.
    #[serde(default)]
    pub uuid: UuidTypes,
    /// `byte` (base64 text).
    #[serde(default)]
    pub byte: ByteTypes,
    /// `uri`.
    #[serde(default)]
    pub uri: UriTypes,
}

impl TypeSettings {
    /// Each setting as the settings file spells it, for the generated crate's metadata.
    pub fn choices(&self) -> [(&'static str, &'static str); 4] {
        let dates = match self.dates {
            DateTypes::Chrono => "chrono",
            DateTypes::Jiff => "jiff",
            DateTypes::String => "string",
        };
        let uuid = match self.uuid {
            UuidTypes::Uuid => "uuid",
            UuidTypes::String => "string",
        };
        let byte = match self.byte {
            ByteTypes::Bytes => "bytes",
            ByteTypes::String => "string",
        };
        let uri = match self.uri {
            UriTypes::String => "string",
            UriTypes::Url => "url",
        };
        [
            ("dates", dates),
            ("uuid", uuid),
            ("byte", byte),
            ("uri", uri),
        ]
    }
}

/// What `date-time` and `date` become.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateTypes {
    /// `chrono::DateTime<Utc>` and `chrono::NaiveDate`: the crate most Rust code that handles
    /// dates already uses.
    #[default]
    Chrono,
    /// `jiff::Timestamp` and `jiff::civil::Date`.
    Jiff,
    /// `String`.
    String,
}

/// What `uuid` becomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UuidTypes {
    /// `uuid::Uuid`.
    #[default]
    Uuid,
    /// `String`, for APIs whose "uuids" are not always UUIDs.
    String,
}

/// What `byte` becomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ByteTypes {
    /// The crate's `Base64`: the decoded bytes.
    #[default]
    Bytes,
    /// `String`: the base64 text.
    String,
}

/// What `uri` becomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UriTypes {
    /// `String`: many APIs call relative or templated links `uri`.
    #[default]
    String,
    /// `url::Url`.
    Url,
}

/// How the generated client is built.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientSettings {
    /// Whether each group is a Cargo feature.
    #[serde(default)]
    pub features: GroupFeatures,
    /// The header the API deduplicates requests by, when it is not `Idempotency-Key` or
    /// `X-Idempotency-Key`: operations that declare it send a fresh key per call.
    #[serde(default, rename = "idempotency-header")]
    pub idempotency_header: Option<String>,
    /// Whether the crate is one file for a `build.rs` (no Cargo features of its own: no
    /// `tracing` or `mock`).
    #[serde(skip)]
    pub single_file: bool,
}

/// Whether each group of operations is a Cargo feature (all on by default), so that users of a
/// large API compile only the groups they call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupFeatures {
    /// Features for APIs with at least [`GroupFeatures::AUTO_FROM`] operations.
    #[default]
    Auto,
    /// A feature per group.
    Groups,
    /// No features: every group is always compiled.
    None,
}

impl GroupFeatures {
    /// From how many operations `auto` gives a feature per group: below it, a crate compiles in
    /// seconds anyway, and features would only add choices.
    pub const AUTO_FROM: usize = 100;

    /// Whether an API with this many operations gets a feature per group.
    pub fn enabled(self, operations: usize) -> bool {
        match self {
            GroupFeatures::Auto => operations >= Self::AUTO_FROM,
            GroupFeatures::Groups => true,
            GroupFeatures::None => false,
        }
    }
}

/// Package metadata of the generated crate (the crate version is ours, not the API's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageSettings {
    /// Crate name, e.g. `rockset-client`.
    pub name: String,
    /// Crate version (semver).
    pub version: String,
    /// One-line description (defaults to one naming the API).
    #[serde(default)]
    pub description: Option<String>,
    /// SPDX license expression; crates.io needs one to publish.
    #[serde(default)]
    pub license: Option<String>,
    /// Source repository URL.
    #[serde(default)]
    pub repository: Option<String>,
    /// Up to five crates.io keywords.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// crates.io category slugs.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Whether the crate may be published (false for test-only APIs).
    #[serde(default = "yes")]
    pub publish: bool,
    /// Keeps `version` as it is. Without it, `version` is the first version, and each
    /// regeneration bumps the version of the crate it replaces by what changed in the spec.
    #[serde(default, rename = "pin-version")]
    pub pin_version: bool,
}

fn yes() -> bool {
    true
}

/// The longest run of one quote character a text written to Cargo.toml may have: the TOML
/// writer counts runs in a byte, and overflows at 256.
pub const MAX_QUOTE_RUN: usize = 200;

/// `text` with every run of `'` or `"` longer than [`MAX_QUOTE_RUN`] cut to that length.
pub fn cut_quote_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = (None, 0);
    for c in text.chars() {
        let quote = (c == '\'' || c == '"').then_some(c);
        run = match (quote, run) {
            (Some(q), (Some(previous), n)) if q == previous => (Some(q), n + 1),
            (Some(q), _) => (Some(q), 1),
            (None, _) => (None, 0),
        };
        if run.1 <= MAX_QUOTE_RUN {
            out.push(c);
        }
    }
    out
}

/// The crate version of a client generated without settings.
pub const DEFAULT_VERSION: &str = "0.1.0";

/// Spec file names that say nothing about the API, so that the crate is named after its title.
const GENERIC_SPEC_NAMES: &[&str] = &[
    "openapi", "swagger", "api", "spec", "schema", "index", "main",
];

impl Settings {
    /// Settings for a spec that has no settings file: the crate is named after the spec's file
    /// name (or, when that is generic like `openapi.yaml`, after `title`), at version 0.1.0.
    /// Returns the settings and which source the name came from.
    pub fn defaults_for(spec: &Path, title: &str) -> (Settings, NameSource) {
        let stem = spec
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem_slug = slug(&stem);
        let (base, source) =
            if stem_slug.is_empty() || GENERIC_SPEC_NAMES.contains(&stem_slug.as_str()) {
                (slug(title), NameSource::Title)
            } else {
                (stem_slug, NameSource::FileName)
            };
        let settings = Settings {
            client: ClientSettings::default(),
            types: TypeSettings::default(),
            pagination: Vec::new(),
            package: PackageSettings {
                name: crate_name(&base),
                version: DEFAULT_VERSION.to_string(),
                description: None,
                license: None,
                repository: None,
                keywords: Vec::new(),
                categories: Vec::new(),
                publish: true,
                pin_version: false,
            },
        };
        (settings, source)
    }

    /// Replaces the crate name and version where given, and checks the result; `origin`
    /// names where the overrides came from in errors.
    pub fn with_overrides(
        mut self,
        name: Option<&str>,
        version: Option<&str>,
        origin: &Path,
    ) -> Result<Settings, Error> {
        if let Some(name) = name {
            self.package.name = name.to_string();
        }
        if let Some(version) = version {
            self.package.version = version.to_string();
        }
        self.check(origin)?;
        Ok(self)
    }

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
        let texts = [
            (
                "description",
                package.description.iter().collect::<Vec<_>>(),
            ),
            ("license", package.license.iter().collect()),
            ("repository", package.repository.iter().collect()),
            ("keywords", package.keywords.iter().collect()),
            ("categories", package.categories.iter().collect()),
        ];
        for (key, values) in texts {
            if values.iter().any(|v| cut_quote_runs(v) != **v) {
                return bad(format!(
                    "package.{key} has more than {MAX_QUOTE_RUN} quote characters in a row, which Cargo.toml cannot hold"
                ));
            }
        }
        Ok(())
    }

    /// The crate's library name (`rockset-client` → `rockset_client`).
    pub fn lib_name(&self) -> String {
        self.package.name.replace('-', "_")
    }
}

/// Where a defaulted crate name came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameSource {
    /// The spec's file name.
    FileName,
    /// The spec's `info.title`.
    Title,
}

/// Lowercase ASCII letters and digits of `text`, runs of anything else as one `-`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A valid crate name from a slug: starts with a letter, ends in `-client`, at most 64 bytes.
fn crate_name(slug: &str) -> String {
    const SUFFIX: &str = "-client";
    let mut base = if slug.starts_with(|c: char| c.is_ascii_alphabetic()) {
        slug.to_string()
    } else if slug.is_empty() {
        "api".to_string()
    } else {
        format!("api-{slug}")
    };
    if base.ends_with("client") || base.ends_with("sdk") {
        base.truncate(64);
        return base.trim_end_matches('-').to_string();
    }
    base.truncate(64 - SUFFIX.len());
    format!("{}{SUFFIX}", base.trim_end_matches('-'))
}

/// Whether `version` is a semver version as Cargo reads it (pre-release and build parts
/// included, and nothing else: it is written into manifests and docs).
fn is_semver(version: &str) -> bool {
    semver::Version::parse(version).is_ok()
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
    fn default_names_come_from_the_file_name_or_the_title() {
        let name = |spec: &str, title: &str| {
            let (settings, source) = Settings::defaults_for(Path::new(spec), title);
            (settings.package.name, source)
        };
        assert_eq!(
            name("specs/Pet Store.yaml", "ignored"),
            ("pet-store-client".to_string(), NameSource::FileName)
        );
        assert_eq!(
            name("openapi.json", "Acme: The API (v2)"),
            ("acme-the-api-v2-client".to_string(), NameSource::Title)
        );
        assert_eq!(name("api.yaml", "").0, "api-client");
        assert_eq!(name("3scale.yaml", "").0, "api-3scale-client");
        assert_eq!(name("stripe-sdk.yaml", "").0, "stripe-sdk");
        assert_eq!(name("日本.yaml", "Ünïcode").0, "n-code-client");
        let long = name(&format!("{}.yaml", "a".repeat(100)), "").0;
        assert_eq!(long.len(), 64);
        for (spec, title) in [("x.yaml", ""), ("openapi.yaml", "-- \n[x]"), ("9.yaml", "")] {
            let (settings, _) = Settings::defaults_for(Path::new(spec), title);
            assert!(settings.check(Path::new(spec)).is_ok(), "{spec} {title}");
        }
    }

    #[test]
    fn overrides_are_checked() {
        let (settings, _) = Settings::defaults_for(Path::new("a.yaml"), "");
        let renamed = settings
            .clone()
            .with_overrides(Some("my-crate"), Some("2.0.0"), Path::new("--name"))
            .map(|s| s.package);
        assert!(renamed.is_ok_and(|p| p.name == "my-crate" && p.version == "2.0.0"));
        let bad = settings.with_overrides(None, Some("v2"), Path::new("--version"));
        assert!(bad.is_err_and(|e| e.to_string().contains("not semver")));
    }

    #[test]
    fn versions_are_semver_through_and_through() {
        for good in ["0.1.0", "1.2.3-beta.1", "1.0.0+build.5"] {
            assert!(is_semver(good), "{good}");
        }
        for bad in ["1.2", "01.2.3", "1.2.3-\"\n[x]", "1.2.3+a b", "v1.2.3"] {
            assert!(!is_semver(bad), "{bad}");
        }
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
