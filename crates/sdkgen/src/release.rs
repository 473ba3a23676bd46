//! Releases on regeneration: the crate's version bumped by what changed since the crate it
//! replaces (read from that crate's `openapi.json` and `Cargo.toml`), and the changelog entry
//! that says what changed.

use std::collections::BTreeSet;
use std::path::Path;

use sdkgen_ir::Api;

use crate::config::TypeSettings;
use crate::diff::{self, Bump, Change, Impact, Kind};
use crate::error::Error;

/// The normalized spec a generated crate keeps, to compare the next spec with.
pub const SPEC_FILE: &str = "openapi.json";

/// The crate a generation replaces.
#[derive(Debug)]
pub struct Previous {
    /// Its version.
    pub version: semver::Version,
    /// Its API, lowered from its `openapi.json` with the `[types]` it was generated with;
    /// `None` for a crate written before sdkgen kept the spec.
    pub api: Option<Api>,
    /// Its changelog.
    pub changelog: Option<String>,
    /// The generation of sdkgen's crate shape it has (1 for crates that do not say).
    pub surface: i64,
    /// Its Cargo features.
    pub features: BTreeSet<String>,
}

/// Reads the crate in `dir`, if there is one: its version, spec (lowered like the new one, but
/// with the `[types]` the crate was generated with, when it says), changelog, shape and
/// features. An error says why the crate cannot be read.
pub fn previous(
    dir: &Path,
    api_name: &str,
    types: TypeSettings,
) -> Result<Option<Previous>, String> {
    let manifest = dir.join("Cargo.toml");
    let Ok(text) = std::fs::read_to_string(&manifest) else {
        return Ok(None);
    };
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{} is not TOML: {e}", manifest.display()))?;
    let version = table
        .get("package")
        .and_then(|p| p.get("version"))
        .and_then(|v| v.as_str())
        .ok_or_else(|| format!("{} has no `package.version`", manifest.display()))?;
    let version = semver::Version::parse(version)
        .map_err(|e| format!("{}: version `{version}`: {e}", manifest.display()))?;
    let metadata = table
        .get("package")
        .and_then(|p| p.get("metadata"))
        .and_then(|m| m.get("sdkgen"));
    let surface = metadata
        .and_then(|m| m.get("surface"))
        .and_then(toml::Value::as_integer)
        .unwrap_or(1);
    let types = match metadata.and_then(|m| m.get("types")) {
        Some(stored) => stored
            .clone()
            .try_into::<TypeSettings>()
            .map_err(|e| format!("{}: `types`: {e}", manifest.display()))?,
        None => types,
    };
    let features = table
        .get("features")
        .and_then(toml::Value::as_table)
        .map(|features| {
            features
                .keys()
                .filter(|name| *name != "default")
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let spec = dir.join(SPEC_FILE);
    let api = if spec.is_file() {
        // The stored spec is the one sdkgen accepted, normalized; lenient or not, it lowers.
        let lowered = crate::load::load(&spec).and_then(|bundle| {
            crate::lower::lower(
                &bundle,
                api_name,
                types,
                crate::lower::InvalidParts::Degrade,
            )
        });
        Some(
            lowered
                .map_err(|e| format!("the spec the crate was generated from does not load: {e}"))?,
        )
    } else {
        None
    };
    let changelog = std::fs::read_to_string(dir.join(crate::skeleton::CHANGELOG_FILE)).ok();
    Ok(Some(Previous {
        version,
        api,
        changelog,
        surface,
        features,
    }))
}

/// What a generation releases.
#[derive(Debug, Clone)]
pub struct Release {
    /// The version the crate before it had, if there was one.
    pub previous_version: Option<String>,
    /// Whether the crate before it kept the spec it was made from, so that changes are listed.
    pub compared: bool,
    /// The crate's version.
    pub version: String,
    /// What changed for the crate's users since the crate before it, breaking first.
    pub changes: Vec<Change>,
    /// The bump the changes call for.
    pub bump: Bump,
    /// The whole changelog, the new entry first.
    pub changelog: String,
}

impl Release {
    /// The version written and why, in a line.
    pub fn summary(&self) -> String {
        let bump = match self.bump {
            Bump::None => "no",
            Bump::Patch => "a patch",
            Bump::Minor => "a minor",
            Bump::Major => "a major",
        };
        match &self.previous_version {
            None => format!("version {} (a first version)", self.version),
            Some(previous) if !self.compared => format!(
                "version {} (was {previous}; the crate before kept no spec to compare with)",
                self.version
            ),
            Some(previous) if *previous == self.version => {
                format!(
                    "version {} kept; {}",
                    self.version,
                    diff::counts(&self.changes)
                )
            }
            Some(previous) => format!(
                "version {previous} → {} ({bump} bump); {}",
                self.version,
                diff::counts(&self.changes)
            ),
        }
    }
}

/// What a generation writes, for [`release`]: the API, the crate's name and features, the
/// version the settings give and whether they pin it.
pub struct NewCrate<'a> {
    /// The API.
    pub api: &'a Api,
    /// The crate's name.
    pub name: &'a str,
    /// Its Cargo features.
    pub features: &'a [String],
    /// The version the settings give: the release's version is at least this.
    pub settings_version: &'a str,
    /// Whether the settings (or the caller) pin the version.
    pub pinned: bool,
}

/// The release of a crate: the version is the one the settings pin, else the previous version
/// bumped by the changes (at least the settings' version). `extra` are changes that the specs
/// do not show (see [`internal_change`]).
pub fn release(
    previous: Option<&Previous>,
    new: &NewCrate<'_>,
    extra: Vec<Change>,
) -> Result<Release, Error> {
    let (api, crate_name, settings_version, pinned) =
        (new.api, new.name, new.settings_version, new.pinned);
    let floor = semver::Version::parse(settings_version)
        .map_err(|e| Error::Internal(format!("crate version `{settings_version}`: {e}")))?;
    let Some(previous) = previous else {
        let changelog = changelog(crate_name, None, &entry(&floor, api, None));
        return Ok(Release {
            previous_version: None,
            compared: false,
            version: floor.to_string(),
            changes: Vec::new(),
            bump: Bump::None,
            changelog,
        });
    };
    let mut changes = match &previous.api {
        Some(old) => diff::diff(old, api),
        None => Vec::new(),
    };
    changes.extend(shape_changes(previous, new));
    changes.extend(extra);
    let bump = diff::bump_for(&previous.version, &changes);
    let version = if pinned {
        floor
    } else {
        diff::bumped(&previous.version, bump).max(floor)
    };
    let changelog =
        if version == previous.version && previous.changelog.is_some() && changes.is_empty() {
            previous.changelog.clone().unwrap_or_default()
        } else {
            let first = previous.api.is_none() && previous.changelog.is_none();
            let new_entry = entry(&version, api, (!first).then_some(changes.as_slice()));
            changelog(crate_name, previous.changelog.as_deref(), &new_entry)
        };
    Ok(Release {
        previous_version: Some(previous.version.to_string()),
        compared: previous.api.is_some(),
        version: version.to_string(),
        changes,
        bump,
        changelog,
    })
}

/// Changes the specs do not show: a crate written with another generation of sdkgen's crate
/// shape, and Cargo features that come or go without their group (the settings' `features`).
fn shape_changes(previous: &Previous, new: &NewCrate<'_>) -> Vec<Change> {
    let mut changes: Vec<Change> = crate_shape_change(previous, new).into_iter().collect();
    changes.extend(feature_changes(previous, new));
    changes
}

/// A breaking change when the crate before had another shape that matters for this API.
fn crate_shape_change(previous: &Previous, new: &NewCrate<'_>) -> Option<Change> {
    let why = match previous.surface.cmp(&crate::surface::GENERATION) {
        std::cmp::Ordering::Equal => return None,
        std::cmp::Ordering::Less => crate::surface::changes_since(previous.surface, new.api)?,
        std::cmp::Ordering::Greater => "a newer sdkgen wrote the crate before".to_string(),
    };
    let detail = format!(
        "regenerated with sdkgen's crate shape {} (was {}): {why}",
        crate::surface::GENERATION,
        previous.surface
    );
    Some(Change::new(
        Impact::Breaking,
        Kind::Changed,
        "crate",
        detail,
    ))
}

/// Cargo features that come or go without their group (the settings' `features`).
fn feature_changes(previous: &Previous, new: &NewCrate<'_>) -> Vec<Change> {
    let mut changes = Vec::new();
    let groups = |api: Option<&Api>| -> BTreeSet<String> {
        api.map(|api| api.groups.iter().map(|g| g.rust_name.clone()).collect())
            .unwrap_or_default()
    };
    let (old_groups, new_groups) = (groups(previous.api.as_ref()), groups(Some(new.api)));
    let new_features: BTreeSet<String> = new.features.iter().cloned().collect();
    // A group that comes or goes is a change of the API, listed with it.
    let removed_groups: BTreeSet<&String> = old_groups.difference(&new_groups).collect();
    let added_groups: BTreeSet<&String> = new_groups.difference(&old_groups).collect();
    let removed = previous
        .features
        .difference(&new_features)
        .filter(|feature| !removed_groups.contains(feature))
        .map(|feature| {
            let item = format!("feature `{feature}`");
            Change::new(
                Impact::Breaking,
                Kind::Removed,
                item,
                "Cargo feature removed",
            )
        });
    let added = new_features
        .difference(&previous.features)
        .filter(|feature| !added_groups.contains(feature))
        .map(|feature| {
            let item = format!("feature `{feature}`");
            Change::new(Impact::Additive, Kind::Added, item, "new Cargo feature")
        });
    changes.extend(removed.chain(added));
    changes
}

/// The change to list when regenerating changed the crate's files though nothing in its
/// surface changed: a newer sdkgen's internals or docs.
pub fn internal_change() -> Change {
    Change::new(
        Impact::DocsOnly,
        Kind::Changed,
        "crate",
        "regenerated by a newer sdkgen: its internals or docs changed, not its surface",
    )
}

/// The change when the spec changed in what the crate's surface does not show (examples,
/// metadata): the crate's copy of the spec and perhaps its docs differ.
pub fn spec_only_change() -> Change {
    Change::new(
        Impact::DocsOnly,
        Kind::Changed,
        "crate",
        "the spec changed where the crate's surface does not show it (examples, metadata)",
    )
}

/// The head every changelog starts with.
fn head(crate_name: &str) -> String {
    format!(
        "# Changelog\n\nChanges to `{crate_name}` that matter to its users, newest first. sdkgen writes an entry\n\
         each time it regenerates the crate from a changed spec; the sections follow\n\
         [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), with breaking changes apart.\n"
    )
}

/// The changelog with `entry` first: after the head of `previous`, or under a new head.
fn changelog(crate_name: &str, previous: Option<&str>, entry: &str) -> String {
    let head = head(crate_name);
    let older = previous
        .map(|text| {
            text.strip_prefix(head.as_str())
                .unwrap_or(text)
                .trim_start()
        })
        .unwrap_or("");
    let mut text = format!("{head}\n{entry}");
    if !older.is_empty() {
        text.push('\n');
        text.push_str(older);
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// A changelog section: its title, and which changes it lists.
type Section = (&'static str, fn(&Change) -> bool);

/// One version's entry; without `changes`, the first version's.
fn entry(version: &semver::Version, api: &Api, changes: Option<&[Change]>) -> String {
    let api_version = crate::text::md::code(&api.api_version);
    let mut text = format!("## {version}\n\nGenerated from version {api_version} of the API.\n");
    let Some(changes) = changes else {
        text.push_str("\nThe first version of this crate.\n");
        return text;
    };
    if changes.is_empty() {
        text.push_str("\nNo change to the API's surface.\n");
        return text;
    }
    let sections: [Section; 4] = [
        ("Breaking", |c| {
            c.impact == Impact::Breaking && c.kind != Kind::Removed
        }),
        ("Removed", |c| c.kind == Kind::Removed),
        ("Added", |c| c.impact == Impact::Additive),
        ("Changed", |c| c.impact == Impact::DocsOnly),
    ];
    for (title, belongs) in sections {
        let lines: Vec<String> = changes
            .iter()
            .filter(|c| belongs(c))
            .map(|c| format!("- `{}`: {}", c.item, c.detail))
            .collect();
        if !lines.is_empty() {
            text.push_str(&format!("\n### {title}\n\n{}\n", lines.join("\n")));
        }
    }
    text
}
