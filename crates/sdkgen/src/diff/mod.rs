//! What changed for a generated crate's users between two IRs of one API: every change to the
//! crate's public surface, named by its Rust item and classified as breaking, additive or
//! docs-only, and the semver bump that follows.
//!
//! Rust's rules decide the class. Models are `#[non_exhaustive]`: callers build a model that
//! requests send with `new` (its required fields) and `with_` methods, and `match` enums and
//! unions with a wildcard arm, so a new optional field, a new required field of a model only
//! received, a new enum value or union alternative break nothing; a new required field of a
//! model that requests send changes `new`, which does. Every operation has its own
//! `#[non_exhaustive]` error enum, named after it, so a new documented status is a new variant.
//!
//! `operations.rs` compares operations, `models.rs` models.

mod aliases;
mod models;
mod operations;

use std::collections::BTreeMap;

use sdkgen_ir::{Api, Group, Operation};
use serde::Serialize;

use crate::text::md::code;

/// How a change affects code that uses the crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Impact {
    /// Only docs (descriptions, summaries, the API version string) changed.
    DocsOnly,
    /// Something was added, or behaves differently, and code that compiled still compiles.
    Additive,
    /// Code that used the crate may no longer compile, or a call may no longer work.
    Breaking,
}

/// What happened to the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The item is new.
    Added,
    /// The item is gone.
    Removed,
    /// The item is there in both, changed.
    Changed,
}

/// One change to the public surface of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    /// How it affects callers.
    pub impact: Impact,
    /// Added, removed or changed.
    pub kind: Kind,
    /// The Rust item, e.g. `models::ApiKey::name` or `ApiKeys::create_api_key`.
    pub item: String,
    /// What changed, in a few words.
    pub detail: String,
}

impl Change {
    /// A change to `item`.
    pub fn new(
        impact: Impact,
        kind: Kind,
        item: impl Into<String>,
        detail: impl Into<String>,
    ) -> Self {
        Change {
            impact,
            kind,
            item: item.into(),
            detail: detail.into(),
        }
    }
}

/// The semver part a set of changes bumps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bump {
    /// Nothing changed.
    None,
    /// `x.y.Z`.
    Patch,
    /// `x.Y.0`.
    Minor,
    /// `X.0.0`.
    Major,
}

/// The bump `changes` call for on `version`, by Cargo's rules: below 1.0.0 the first non-zero
/// part is the major one (`0.y.z`: breaking → minor, else patch; `0.0.z`: always patch).
pub fn bump_for(version: &semver::Version, changes: &[Change]) -> Bump {
    let Some(worst) = changes.iter().map(|c| c.impact).max() else {
        return Bump::None;
    };
    match (version.major, version.minor, worst) {
        (0, 0, _) => Bump::Patch,
        (0, _, Impact::Breaking) => Bump::Minor,
        (0, _, _) => Bump::Patch,
        (_, _, Impact::Breaking) => Bump::Major,
        (_, _, Impact::Additive) => Bump::Minor,
        (_, _, Impact::DocsOnly) => Bump::Patch,
    }
}

/// `version` bumped; a pre-release or build suffix is dropped.
pub fn bumped(version: &semver::Version, bump: Bump) -> semver::Version {
    let (major, minor, patch) = (version.major, version.minor, version.patch);
    let (major, minor, patch) = match bump {
        Bump::None => return version.clone(),
        Bump::Patch if version.pre.is_empty() => (major, minor, patch + 1),
        Bump::Patch => (major, minor, patch),
        Bump::Minor => (major, minor + 1, 0),
        Bump::Major => (major + 1, 0, 0),
    };
    semver::Version::new(major, minor, patch)
}

/// How many changes of each class, in words.
pub fn counts(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "no change to the crate's surface".to_string();
    }
    let count = |impact| changes.iter().filter(|c| c.impact == impact).count();
    format!(
        "{} changes: {} breaking, {} additive, {} docs-only",
        changes.len(),
        count(Impact::Breaking),
        count(Impact::Additive),
        count(Impact::DocsOnly)
    )
}

/// Every change from `old` to `new`, breaking ones first, then by item.
pub fn diff(old: &Api, new: &Api) -> Vec<Change> {
    let mut changes = Changes::default();
    let aliases = aliases::Aliases::of(old, new);
    changes.api(
        &aliases::resolved(old, &aliases),
        &aliases::resolved(new, &aliases),
    );
    let mut list = changes.0;
    list.sort_by(|a, b| b.impact.cmp(&a.impact).then_with(|| a.cmp(b)));
    list.dedup();
    list
}

#[derive(Default)]
struct Changes(Vec<Change>);

impl Changes {
    fn push(
        &mut self,
        impact: Impact,
        kind: Kind,
        item: impl Into<String>,
        detail: impl Into<String>,
    ) {
        self.0.push(Change::new(impact, kind, item, detail));
    }

    /// Items keyed by name: `removed` and `added` for those in one side only, `both` for the
    /// rest, in name order.
    fn pair<'a, T>(
        &mut self,
        old: impl IntoIterator<Item = (String, &'a T)>,
        new: impl IntoIterator<Item = (String, &'a T)>,
        mut removed: impl FnMut(&mut Self, &str, &'a T),
        mut added: impl FnMut(&mut Self, &str, &'a T),
        mut both: impl FnMut(&mut Self, &str, &'a T, &'a T),
    ) where
        T: 'a,
    {
        let old: BTreeMap<String, &T> = old.into_iter().collect();
        let new: BTreeMap<String, &T> = new.into_iter().collect();
        for (name, item) in &old {
            match new.get(name) {
                Some(now) => both(self, name, item, now),
                None => removed(self, name, item),
            }
        }
        for (name, item) in new.iter().filter(|(name, _)| !old.contains_key(*name)) {
            added(self, name, item);
        }
    }

    fn docs(&mut self, item: &str, what: &str, old: &Option<String>, new: &Option<String>) {
        if old != new {
            self.push(
                Impact::DocsOnly,
                Kind::Changed,
                item,
                format!("{what} changed"),
            );
        }
    }

    fn api(&mut self, old: &Api, new: &Api) {
        if old.api_version != new.api_version {
            let detail = format!(
                "API version {} (was {})",
                code(&new.api_version),
                code(&old.api_version)
            );
            self.push(Impact::DocsOnly, Kind::Changed, "API_VERSION", detail);
        }
        if old.title != new.title || old.description != new.description {
            self.push(
                Impact::DocsOnly,
                Kind::Changed,
                "crate docs",
                "the API's title or description changed",
            );
        }
        self.servers(old, new);
        self.security(old, new);
        let mut old_defaults = crate::surface::Defaults::new(old);
        let mut new_defaults = crate::surface::Defaults::new(new);
        self.pair(
            keyed(&old.groups, |item| &item.rust_name),
            keyed(&new.groups, |item| &item.rust_name),
            |c, name, _| {
                c.push(
                    Impact::Breaking,
                    Kind::Removed,
                    format!("Client::{name}"),
                    format!("group and feature `{name}` removed"),
                )
            },
            |c, name, _| {
                c.push(
                    Impact::Additive,
                    Kind::Added,
                    format!("Client::{name}"),
                    format!("new group, feature `{name}`"),
                )
            },
            |c, _, old, new| c.group(old, new),
        );
        self.pair(
            keyed(&old.types, |item| &item.name),
            keyed(&new.types, |item| &item.name),
            |c, name, _| {
                c.push(
                    Impact::Breaking,
                    Kind::Removed,
                    format!("models::{name}"),
                    "model removed",
                )
            },
            |c, name, _| {
                c.push(
                    Impact::Additive,
                    Kind::Added,
                    format!("models::{name}"),
                    "new model",
                )
            },
            |c, name, old_def, new_def| {
                let defaults = (old_defaults.named(name), new_defaults.named(name));
                let old_def = aliases::definition(old_def, old);
                let new_def = aliases::definition(new_def, new);
                c.model(name, old_def, new_def, defaults)
            },
        );
    }

    fn servers(&mut self, old: &Api, new: &Api) {
        // `Server` is `#[non_exhaustive]`: a new variant breaks no `match`.
        self.pair(
            keyed(&old.servers, |item| &item.rust_name),
            keyed(&new.servers, |item| &item.rust_name),
            |c, name, s| {
                c.push(
                    Impact::Breaking,
                    Kind::Removed,
                    format!("Server::{name}"),
                    format!("server {} removed", code(&s.url)),
                )
            },
            |c, name, s| {
                c.push(
                    Impact::Additive,
                    Kind::Added,
                    format!("Server::{name}"),
                    format!("new server {}", code(&s.url)),
                )
            },
            |c, name, old, new| {
                if old.url != new.url || old.variables != new.variables {
                    c.push(
                        Impact::Additive,
                        Kind::Changed,
                        format!("Server::{name}"),
                        format!("now {} (was {})", code(&new.url), code(&old.url)),
                    );
                }
                c.docs(
                    &format!("Server::{name}"),
                    "description",
                    &old.description,
                    &new.description,
                );
            },
        );
        if old.servers.first().map(|s| &s.url) != new.servers.first().map(|s| &s.url)
            && !old.servers.is_empty()
            && !new.servers.is_empty()
        {
            self.push(
                Impact::Additive,
                Kind::Changed,
                "DEFAULT_BASE_URL",
                "the default server changed",
            );
        }
    }

    fn security(&mut self, old: &Api, new: &Api) {
        self.pair(
            keyed(&old.security_schemes, |item| &item.rust_name),
            keyed(&new.security_schemes, |item| &item.rust_name),
            |c, name, _| {
                c.push(
                    Impact::Breaking,
                    Kind::Removed,
                    format!("ClientBuilder::{name}"),
                    "credential setter removed",
                )
            },
            |c, name, _| {
                c.push(
                    Impact::Additive,
                    Kind::Added,
                    format!("ClientBuilder::{name}"),
                    "new credential setter",
                )
            },
            |c, name, old, new| {
                if old.kind != new.kind {
                    c.push(
                        Impact::Breaking,
                        Kind::Changed,
                        format!("ClientBuilder::{name}"),
                        "the credential is sent another way",
                    );
                }
                c.docs(
                    &format!("ClientBuilder::{name}"),
                    "description",
                    &old.description,
                    &new.description,
                );
            },
        );
    }

    fn group(&mut self, old: &Group, new: &Group) {
        self.docs(
            &format!("Client::{}", new.rust_name),
            "group description",
            &old.description,
            &new.description,
        );
        let handle = &new.type_name;
        self.pair(
            keyed(&old.operations, |item| &item.rust_name),
            keyed(&new.operations, |item| &item.rust_name),
            |c, name, op| {
                c.push(
                    Impact::Breaking,
                    Kind::Removed,
                    format!("{handle}::{name}"),
                    format!("operation {} removed", endpoint(op)),
                )
            },
            |c, name, op| {
                c.push(
                    Impact::Additive,
                    Kind::Added,
                    format!("{handle}::{name}"),
                    format!("new operation {}", endpoint(op)),
                )
            },
            |c, name, old, new| c.operation(&format!("{handle}::{name}"), old, new),
        );
    }
}

/// Items with their names, for [`Changes::pair`].
pub(super) fn keyed<T>(items: &[T], name: impl Fn(&T) -> &String) -> Vec<(String, &T)> {
    items
        .iter()
        .map(|item| (name(item).clone(), item))
        .collect()
}

/// `METHOD /path` as a code span.
pub(super) fn endpoint(op: &Operation) -> String {
    code(&format!("{} {}", op.method.as_str(), op.path))
}
