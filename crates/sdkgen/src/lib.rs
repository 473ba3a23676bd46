//! sdkgen turns OpenAPI 3.0 specs into publishable Rust client crates.
//!
//! The pipeline: loading reads a spec and bundles its `$ref`s into one document ([`bundle`]);
//! lowering turns that into the IR ([`ir::Api`], [`Generator::ir`]); emitting writes a crate
//! from the IR ([`Generator::render`]); output writes the files into the output directory,
//! replacing or removing only those sdkgen wrote. [`Generator`] runs the whole pipeline, and
//! is what a `build.rs` or the `sdkgen` CLI calls; [`diff`] tells what changed between two IRs.
//!
//! ```no_run
//! let report = sdkgen::Generator::new("specs/rockset.yaml")
//!     .settings_file("specs/rockset.toml")
//!     .generate("generated/rockset")?;
//! for warning in &report.warnings {
//!     eprintln!("warning: {warning}");
//! }
//! # Ok::<(), sdkgen::Error>(())
//! ```

#![forbid(unsafe_code)]

mod config;
pub mod diff;
mod emit;
mod error;
mod inline;
mod keys;
mod load;
mod lower;
mod naming;
mod output;
mod release;
mod skeleton;
mod surface;
mod text;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use config::{
    ByteTypes, ClientSettings, DateTypes, GroupFeatures, PackageSettings, Settings, TypeSettings,
    UriTypes, UuidTypes,
};
pub use emit::fitting::keeps_to_format;
pub use error::{Error, Location, SpecError, SpecWarning};
pub use output::{pause_writes, WritesPaused, Written};
pub use release::Release;
pub use sdkgen_ir as ir;

/// Runs the pipeline for one spec.
#[derive(Debug, Clone)]
pub struct Generator {
    spec: PathBuf,
    settings: Option<Settings>,
    settings_file: Option<PathBuf>,
    crate_name: Option<String>,
    crate_version: Option<String>,
    previous_crate: Option<PathBuf>,
    force: bool,
    invalid_parts: lower::InvalidParts,
    templates: emit::Templates,
}

/// A crate in memory.
struct Rendered {
    files: BTreeMap<PathBuf, String>,
    inputs: Vec<PathBuf>,
    warnings: Vec<SpecWarning>,
    notes: Vec<SpecWarning>,
    operations: usize,
    release: release::Release,
}

/// What a generation run produced.
#[derive(Debug, Clone)]
pub struct Report {
    /// Things in the spec that were approximated.
    pub warnings: Vec<SpecWarning>,
    /// What was inferred that the spec does not say (a paged list from its shape), located.
    pub notes: Vec<SpecWarning>,
    /// Relative paths of the crate's files.
    pub files: Vec<PathBuf>,
    /// Every file the run read: the spec and each file its `$ref`s reached, the settings file
    /// and the template overrides directory. A `build.rs` prints a `cargo:rerun-if-changed`
    /// line for each.
    pub inputs: Vec<PathBuf>,
    /// What writing the crate changed on disk (nothing for [`Generator::generate_file`]'s
    /// unchanged file).
    pub written: output::Written,
    /// How many operations the client has.
    pub operations: usize,
    /// The version written, and what changed since the crate it replaced.
    pub release: release::Release,
}

impl Generator {
    /// A generator for the spec at `spec`. Without settings, `<spec stem>.toml` next to the
    /// spec is used, and when there is none, defaults (see [`Settings::defaults_for`]) with a
    /// warning.
    pub fn new(spec: impl AsRef<Path>) -> Self {
        Generator {
            spec: spec.as_ref().to_path_buf(),
            settings: None,
            settings_file: None,
            crate_name: None,
            crate_version: None,
            previous_crate: None,
            force: false,
            invalid_parts: lower::InvalidParts::Refuse,
            templates: emit::Templates::default(),
        }
    }

    /// Renders docs with the templates in `dir` (same names as sdkgen's `templates/`, e.g.
    /// `docs/group.md.j2`) in place of the built-in ones; templates missing there stay built-in.
    pub fn templates_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.templates = emit::Templates::with_overrides(dir);
        self
    }

    /// Reads the settings from this file.
    pub fn settings_file(mut self, path: impl AsRef<Path>) -> Self {
        self.settings_file = Some(path.as_ref().to_path_buf());
        self
    }

    /// Uses these settings.
    pub fn settings(mut self, settings: Settings) -> Self {
        self.settings = Some(settings);
        self
    }

    /// Names the crate `name`, whatever the settings say.
    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = Some(name.into());
        self
    }

    /// Gives the crate version `version` (semver), whatever the settings say, and whatever
    /// changed since the crate it replaces.
    pub fn crate_version(mut self, version: impl Into<String>) -> Self {
        self.crate_version = Some(version.into());
        self
    }

    /// Versions the crate against the one in `dir` (by default, the one in the directory
    /// [`Generator::generate`] replaces): its version bumped by what changed between its
    /// `openapi.json` and this spec, with a changelog entry naming the changes.
    pub fn previous_crate(mut self, dir: impl AsRef<Path>) -> Self {
        self.previous_crate = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Writes into a directory even when it holds files sdkgen did not write (by default that
    /// is refused): generated files replace files at the same paths, and every other file is
    /// kept. A file that [`Generator::generate_file`] would replace is replaced even when it is
    /// not sdkgen's.
    pub fn force(mut self, force: bool) -> Self {
        self.force = force;
        self
    }

    /// Generates even when parts of the spec are not valid OpenAPI (an unknown `in`, `style`
    /// or `type`): each such part is dropped or read as any value, with a warning. By default
    /// the spec is refused, naming the first such part.
    pub fn lenient(mut self, lenient: bool) -> Self {
        self.invalid_parts = if lenient {
            lower::InvalidParts::Degrade
        } else {
            lower::InvalidParts::Refuse
        };
        self
    }

    /// The API's short name: the spec's file stem.
    fn api_name(&self) -> String {
        self.spec
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "api".to_string())
    }

    /// The settings given or found next to the spec, and where they came from.
    fn given_settings(&self) -> Result<Option<(Settings, PathBuf)>, Error> {
        if let Some(settings) = &self.settings {
            return Ok(Some((settings.clone(), self.spec.clone())));
        }
        let path = match &self.settings_file {
            Some(path) => path.clone(),
            None => self.spec.with_extension("toml"),
        };
        if self.settings_file.is_none() && !path.exists() {
            return Ok(None);
        }
        Ok(Some((Settings::load(&path)?, path)))
    }

    /// The types string formats become: lowering needs them before the spec's title is known.
    fn type_settings(&self) -> Result<TypeSettings, Error> {
        Ok(self
            .given_settings()?
            .map(|(settings, _)| settings.types)
            .unwrap_or_default())
    }

    /// The settings to generate with, and a warning when they were defaulted.
    fn resolved_settings(&self, title: &str) -> Result<(Settings, Option<SpecWarning>), Error> {
        let (settings, origin, warning) = match self.given_settings()? {
            Some((settings, origin)) => (settings, origin, None),
            None => {
                let path = self.spec.with_extension("toml");
                let (settings, source) = Settings::defaults_for(&self.spec, title);
                let warning = self.defaults_warning(&settings, source, &path);
                (settings, self.spec.clone(), Some(warning))
            }
        };
        let mut settings = settings.with_overrides(
            self.crate_name.as_deref(),
            self.crate_version.as_deref(),
            &origin,
        )?;
        let words: Vec<&str> = title.split_whitespace().collect();
        // "Spotify Web API" is not to become "the Spotify Web API API".
        let named_api = words
            .last()
            .is_some_and(|word| word.eq_ignore_ascii_case("api"));
        let title = words.join(" ");
        let api = if named_api { "" } else { " API" };
        settings
            .package
            .description
            .get_or_insert_with(|| format!("A Rust client for the {title}{api}."));
        Ok((settings, warning))
    }

    fn defaults_warning(
        &self,
        settings: &Settings,
        source: config::NameSource,
        settings_path: &Path,
    ) -> SpecWarning {
        let (pointer, from) = match source {
            config::NameSource::FileName => ("", "the spec's file name"),
            config::NameSource::Title => ("/info/title", "the spec's title"),
        };
        let name = match &self.crate_name {
            Some(_) => "the given crate name".to_string(),
            None => format!("crate name `{}` from {from}", settings.package.name),
        };
        let version = match &self.crate_version {
            Some(_) => "the given version".to_string(),
            None => format!("version {}", config::DEFAULT_VERSION),
        };
        SpecWarning {
            file: self.spec.clone(),
            pointer: pointer.to_string(),
            message: format!(
                "no settings file at {}: using {name}, {version}, a description naming the API, and no licence or repository (write the file to set them)",
                settings_path.display()
            ),
        }
    }

    /// Loads the spec and lowers it to the IR.
    pub fn ir(&self) -> Result<ir::Api, Error> {
        let (bundle, _) = self.load()?;
        lower::lower(
            &bundle,
            &self.api_name(),
            self.type_settings()?,
            self.invalid_parts,
        )
    }

    /// Loads the spec, with the settings' pagination rules grafted on, and warnings about
    /// rules that name no operation.
    fn load(&self) -> Result<(load::Bundle, Vec<SpecWarning>), Error> {
        let mut bundle = load::load(&self.spec)?;
        let warnings = match self.given_settings()? {
            Some((settings, origin)) => {
                if let Some(header) = &settings.client.idempotency_header {
                    bundle.graft(
                        "",
                        lower::IDEMPOTENCY_EXTENSION,
                        serde_json::Value::String(header.clone()),
                        &origin,
                        "/client/idempotency-header",
                    );
                }
                lower::apply_paging_rules(&mut bundle, &settings.pagination, &origin)?
            }
            None => Vec::new(),
        };
        Ok((bundle, warnings))
    }

    /// The files a run reads besides the templates built into sdkgen.
    fn inputs(&self, bundle: &load::Bundle) -> Result<Vec<PathBuf>, Error> {
        let mut inputs = bundle.files();
        if self.settings.is_none() {
            if let Some((_, settings_file)) = self.given_settings()? {
                inputs.push(settings_file);
            }
        }
        inputs.extend(self.templates.overrides_dir().map(Path::to_path_buf));
        Ok(inputs)
    }

    /// Every file of the crate, by relative path, without touching the disk, and the warnings.
    pub fn render(&self) -> Result<(BTreeMap<PathBuf, String>, Vec<SpecWarning>), Error> {
        self.render_counting(self.previous_crate.as_deref(), false)
            .map(|rendered| (rendered.files, rendered.warnings))
    }

    /// Renders the crate; `one_file` turns group features off, as a file cannot have them.
    fn render_counting(
        &self,
        previous_dir: Option<&Path>,
        one_file: bool,
    ) -> Result<Rendered, Error> {
        let (bundle, rule_warnings) = self.load()?;
        let types = self.type_settings()?;
        let (mut api, document) =
            lower::lower_keeping_document(&bundle, &self.api_name(), types, self.invalid_parts)?;
        // The spec's two trees (as read, as normalized) are the largest things held: they go
        // before emission, which is where the peak memory of a run is.
        let inputs = self.inputs(&bundle)?;
        let notes = located_findings(&bundle, std::mem::take(&mut api.notes));
        let lowering_warnings = located(&bundle, std::mem::take(&mut api.warnings));
        drop(bundle);
        let spec = serde_json::to_string_pretty(&document)
            .map_err(|e| Error::Internal(format!("writing the normalized spec: {e}")))?;
        drop(document);
        let (mut settings, settings_warning) = self.resolved_settings(&api.title)?;
        settings.package.pin_version |= self.crate_version.is_some();
        if one_file {
            settings.client.features = GroupFeatures::None;
            settings.client.single_file = true;
        }
        let mut warnings: Vec<SpecWarning> = settings_warning.into_iter().collect();
        warnings.extend(rule_warnings);
        let previous = match previous_dir.map(|dir| release::previous(dir, &self.api_name(), types))
        {
            Some(Ok(previous)) => previous,
            Some(Err(message)) => {
                warnings.push(SpecWarning {
                    file: self.spec.clone(),
                    pointer: String::new(),
                    message: format!("{message}; the crate is versioned as if it were the first"),
                });
                None
            }
            None => None,
        };
        let (files, release) = render_release(
            &api,
            &spec,
            settings,
            previous,
            previous_dir,
            &self.templates,
        )?;
        let operations = api.operations().count();
        warnings.extend(lowering_warnings);
        Ok(Rendered {
            files,
            inputs,
            warnings,
            notes,
            operations,
            release,
        })
    }

    /// Generates the crate into `out_dir`, once every file is rendered. The directory must be
    /// missing, empty or hold sdkgen's earlier output (see [`Generator::force`]); there only the
    /// files sdkgen wrote are replaced or removed, and a failed write puts them back. The
    /// version is bumped from the crate it replaces (see [`Generator::previous_crate`]).
    pub fn generate(&self, out_dir: impl AsRef<Path>) -> Result<Report, Error> {
        let out_dir = out_dir.as_ref();
        let target = output::Target::inspect(out_dir, self.force)?;
        let previous = match &self.previous_crate {
            Some(dir) => Some(dir.as_path()),
            None => target.holds_sdkgen_output().then_some(out_dir),
        };
        let rendered = self.render_counting(previous, false)?;
        let written = target.write(&rendered.files)?;
        Ok(Report {
            warnings: rendered.warnings,
            notes: rendered.notes,
            written,
            files: rendered.files.into_keys().collect(),
            inputs: rendered.inputs,
            operations: rendered.operations,
            release: rendered.release,
        })
    }
}

impl Generator {
    /// Writes the client as one Rust file at `path`, for a `build.rs` (see the
    /// `examples/build-script` crate of the repository): the including crate `include!`s it
    /// at its root, and lists the dependencies the generated `Cargo.toml` would. Every group
    /// is compiled (no group features). The file is rewritten only when its content changes.
    pub fn generate_file(&self, path: impl AsRef<Path>) -> Result<Report, Error> {
        let path = path.as_ref();
        let rendered = self.render_counting(None, true)?;
        let text = inline::single_file(&rendered.files)?;
        let old = std::fs::read_to_string(path).ok();
        let mut written = output::Written::default();
        if old.as_deref() == Some(text.as_str()) {
            written.unchanged = 1;
        } else {
            if old.is_some_and(|old| !inline::is_single_file(&old)) && !self.force {
                return Err(Error::Refused {
                    path: path.to_path_buf(),
                    reason: "refusing to replace a file sdkgen did not write".to_string(),
                });
            }
            std::fs::write(path, &text).map_err(|source| Error::Io {
                context: format!("writing {}", path.display()),
                source,
            })?;
            written.changed.push(path.to_path_buf());
        }
        Ok(Report {
            warnings: rendered.warnings,
            notes: rendered.notes,
            written,
            files: vec![path.to_path_buf()],
            inputs: rendered.inputs,
            operations: rendered.operations,
            release: rendered.release,
        })
    }
}

/// The crate's files and its release (`spec` is the normalized spec's text, written beside
/// the code): versioned by what changed since the crate in `previous_dir`, and when nothing in
/// its surface did but its files changed all the same because another version of sdkgen wrote
/// them, by a patch.
fn render_release(
    api: &ir::Api,
    spec: &str,
    mut settings: Settings,
    previous: Option<release::Previous>,
    previous_dir: Option<&Path>,
    templates: &emit::Templates,
) -> Result<(BTreeMap<PathBuf, String>, release::Release), Error> {
    let features = emit::feature_names(api, &settings);
    let (name, version) = (
        settings.package.name.clone(),
        settings.package.version.clone(),
    );
    let new = release::NewCrate {
        api,
        name: &name,
        features: &features,
        settings_version: &version,
        pinned: settings.package.pin_version,
    };
    let render = |settings: &mut Settings, release: &release::Release| {
        settings.package.version.clone_from(&release.version);
        let mut files = emit::render_crate(api, settings, templates)?;
        files.insert(PathBuf::from(release::SPEC_FILE), format!("{spec}\n"));
        files.insert(
            PathBuf::from(skeleton::CHANGELOG_FILE),
            release.changelog.clone(),
        );
        Ok::<_, Error>(files)
    };
    let release = release::release(previous.as_ref(), &new, Vec::new())?;
    let files = render(&mut settings, &release)?;
    // Files differ from the previous crate's without a change to the surface: when another
    // sdkgen wrote it, that is its internals or docs; when the spec changed, its examples or
    // metadata; else a hand edit, which is not a release.
    let other_writer =
        |dir: &Path| output::writer_version(dir).as_deref() != Some(env!("CARGO_PKG_VERSION"));
    let spec_file = Path::new(release::SPEC_FILE);
    let spec_changed = |dir: &Path| {
        let new_spec = files.get(spec_file).map(String::as_bytes);
        std::fs::read(dir.join(spec_file)).ok().as_deref() != new_spec
    };
    let cause = match previous_dir {
        Some(dir) if previous.is_some() && release.changes.is_empty() => {
            if spec_changed(dir) {
                Some(release::spec_only_change())
            } else if other_writer(dir) && output::differs(dir, &files) {
                Some(release::internal_change())
            } else {
                None
            }
        }
        _ => None,
    };
    match cause {
        Some(cause) => {
            let extra = vec![cause];
            let release = release::release(previous.as_ref(), &new, extra)?;
            let files = render(&mut settings, &release)?;
            Ok((files, release))
        }
        None => Ok((files, release)),
    }
}

/// The spec as sdkgen reads it, as YAML: one document with every relative-file reference
/// bundled, OpenAPI 3.1 forms rewritten to 3.0, slips repaired and parts that are not valid
/// OpenAPI dropped (as `--lenient` does); the warnings say what changed.
pub fn normalize(spec: impl AsRef<Path>) -> Result<(String, Vec<SpecWarning>), Error> {
    let bundle = load::load(spec.as_ref())?;
    let (document, _, warnings) = lower::normalize(&bundle, lower::InvalidParts::Degrade)?;
    let yaml = serde_yaml::to_string(&document)
        .map_err(|e| Error::Internal(format!("writing YAML: {e}")))?;
    Ok((yaml, located(&bundle, warnings)))
}

/// Reads one spec file as YAML or JSON (by its extension), without following its `$ref`s.
pub fn read_document(path: impl AsRef<Path>) -> Result<serde_json::Value, Error> {
    load::parse_file(path.as_ref())
}

/// The spec in `path` with every relative-file `$ref` bundled into one document: what
/// lowering reads.
pub fn bundle(path: impl AsRef<Path>) -> Result<serde_json::Value, Error> {
    Ok(load::load(path.as_ref())?.document)
}

/// The loader's warnings, then the lowering's with the file each came from.
fn located(bundle: &load::Bundle, warnings: Vec<ir::Warning>) -> Vec<SpecWarning> {
    let lowering = located_findings(bundle, warnings);
    bundle.warnings.iter().cloned().chain(lowering).collect()
}

/// The lowering's findings with the file each came from.
fn located_findings(bundle: &load::Bundle, findings: Vec<ir::Warning>) -> Vec<SpecWarning> {
    findings
        .into_iter()
        .map(|finding| {
            let (file, pointer) = bundle.locate(&finding.pointer);
            SpecWarning {
                file,
                pointer,
                message: finding.message,
            }
        })
        .collect()
}
