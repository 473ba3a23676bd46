//! Checks that `sdkgen diff`'s classes hold for real Rust code: a program written against the
//! crate of `fixtures/diff/base.yaml` (`program.rs` there) must compile against it and against
//! the crates of the docs-only and additive edits, and must not compile against the crate of
//! the breaking edit.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Each spec in the fixtures folder, and whether the program compiles against its crate.
const CASES: [(&str, bool); 4] = [
    ("base", true),
    ("docs_only", true),
    ("additive", true),
    ("breaking", false),
];

/// Generates each case's crate and compiles the program against it.
pub fn check_classes(root: &Path) -> Result<(), String> {
    let fixtures = root.join("crates/sdkgen/tests/fixtures/diff");
    let scratch = root.join("target/semver-classes");
    let settings = sdkgen::Settings::parse(
        Path::new("<semver check settings>"),
        "[package]\nname = \"pets-client\"\nversion = \"0.1.0\"\npublish = false\n",
    )
    .map_err(|e| e.to_string())?;
    for (case, compiles) in CASES {
        let dir = scratch.join(case);
        // Each crate is a first version: what is compared is the code, not the version.
        let _ = std::fs::remove_dir_all(&dir);
        sdkgen::Generator::new(fixtures.join(format!("{case}.yaml")))
            .settings(settings.clone())
            .generate(dir.join("pets"))
            .map_err(|e| format!("generating the {case} crate: {e}"))?;
        write_program(root, &dir, &fixtures.join("program.rs"))?;
        let output = Command::new("cargo")
            .args(["check", "--quiet"])
            .current_dir(dir.join("program"))
            .env("CARGO_TARGET_DIR", root.join("target/sample-crates/target"))
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        let compiled = output.status.success();
        eprintln!(
            "semver classes: the program {} against the {case} crate",
            if compiled {
                "compiles"
            } else {
                "does not compile"
            }
        );
        if compiled != compiles {
            return Err(format!(
                "the program written against base.yaml's crate {} against the {case} crate, which `sdkgen diff` classifies otherwise:\n{}",
                if compiled { "compiles" } else { "does not compile" },
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    Ok(())
}

/// A binary crate beside `dir/pets` with the program as its `main.rs`, pinned to the
/// project's lockfile.
fn write_program(root: &Path, dir: &Path, program: &Path) -> Result<(), String> {
    let crate_dir = dir.join("program");
    std::fs::create_dir_all(crate_dir.join("src")).map_err(|e| e.to_string())?;
    let manifest = "[package]\nname = \"pets-program\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
                    [dependencies]\npets-client = { path = \"../pets\" }\n\n[workspace]\n";
    std::fs::write(crate_dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::copy(program, crate_dir.join("src/main.rs")).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("Cargo.lock"), crate_dir.join("Cargo.lock"))
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// The cargo-semver-checks release `cargo xtask semver-checks` installs and runs.
const SEMVER_CHECKS_VERSION: &str = "0.51.0";

/// Whether cargo-semver-checks passed, and the line that says so.
pub struct Verdict {
    pub passed: bool,
    pub summary: String,
}

/// The fixtures whose crates are checked after every additive edit, beside the seeds'.
const FIXTURES: [&str; 7] = [
    "shapes",
    "bodies",
    "openapi31",
    "names",
    "sharing",
    "formats",
    "cycles",
];

/// `cargo xtask semver-checks`: cargo-semver-checks (installed under `target/tools`) over each
/// publishable seed crate against the crate's previous git version; over the crate of every
/// seed and of the fixtures in [`FIXTURES`] at 1.0.0 against itself regenerated after every
/// additive edit at once; and over Rockset's after a breaking edit (versioned by sdkgen, and
/// once with the version pinned, which must fail). Writes `target/bench/semver-checks.md`.
pub fn semver_checks(root: &Path) -> Result<(), String> {
    let tool = install(root)?;
    let mut report = format!(
        "# cargo-semver-checks {SEMVER_CHECKS_VERSION} on the seed crates\n\n\
         | crate | baseline | new | sdkgen's bump | cargo-semver-checks |\n| --- | --- | --- | --- | --- |\n"
    );
    let mut unexpected = Vec::new();
    for (api, spec) in crate::tasks::apis(root)? {
        let settings =
            sdkgen::Settings::load(&spec.with_extension("toml")).map_err(|e| e.to_string())?;
        let name = &settings.package.name;
        if settings.package.publish {
            let previous = previous_revision(root, &api)?;
            let verdict = run_tool(
                &tool,
                root,
                &["check-release", "-p", name, "--baseline-rev", &previous],
            )?;
            report.push_str(&row(
                name,
                &format!("git {}", &previous[..previous.len().min(10)]),
                "committed",
                "-",
                &verdict,
            ));
            if !verdict.passed {
                unexpected.push(format!("{name} against its previous git version"));
            }
        }
        // Each run builds two crates with their dependencies, so the breaking edits (the
        // checks of the check) are tried on one seed only: Rockset's.
        let edits: &[(&str, bool)] = if api == "rockset" {
            &[("additive", false), ("breaking", false), ("breaking", true)]
        } else {
            &[("additive", false)]
        };
        for &(edit, pinned) in edits {
            let (version, bump, verdict) = edited(root, &tool, &api, &spec, edit, pinned)?;
            let new = format!(
                "{edit} edit{}, {version}",
                if pinned { ", version pinned" } else { "" }
            );
            report.push_str(&row(name, "generated from the spec", &new, &bump, &verdict));
            // The pinned breaking edit is the check of the check: it must fail.
            let expected = !(edit == "breaking" && pinned);
            if verdict.passed != expected || (edit == "additive" && version != "1.1.0") {
                unexpected.push(format!("{name}: {new}"));
            }
        }
    }
    let fixtures = root.join("crates/sdkgen/tests/fixtures");
    for fixture in FIXTURES {
        let spec = fixtures.join(format!("{fixture}.yaml"));
        let (version, bump, verdict) = edited(root, &tool, fixture, &spec, "additive", false)?;
        let new = format!("additive edit, {version}");
        let name = format!("fixture {fixture}");
        report.push_str(&row(
            &name,
            "generated from the spec",
            &new,
            &bump,
            &verdict,
        ));
        if !verdict.passed || version != "1.1.0" {
            unexpected.push(format!("{name}: {new}"));
        }
    }
    println!("{report}");
    let path = root.join("target/bench/semver-checks.md");
    std::fs::create_dir_all(root.join("target/bench")).map_err(|e| e.to_string())?;
    std::fs::write(&path, report).map_err(|e| format!("writing {}: {e}", path.display()))?;
    if unexpected.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "cargo-semver-checks or the version disagree with what was expected: {}",
            unexpected.join("; ")
        ))
    }
}

fn row(name: &str, baseline: &str, new: &str, bump: &str, verdict: &Verdict) -> String {
    let outcome = if verdict.passed { "pass" } else { "FAIL" };
    format!(
        "| {name} | {baseline} | {new} | {bump} | {outcome}: {} |\n",
        verdict.summary.replace('|', "\\|")
    )
}

/// cargo-semver-checks under `target/tools`, installed at the pinned version when missing.
pub fn install(root: &Path) -> Result<std::path::PathBuf, String> {
    let tools = root.join("target/tools");
    let tool = tools.join("bin/cargo-semver-checks");
    if !tool.exists() {
        let tools = tools.to_string_lossy();
        let args = [
            "install",
            "--locked",
            "cargo-semver-checks",
            "--version",
            SEMVER_CHECKS_VERSION,
            "--root",
            &tools,
        ];
        crate::run(root, "cargo", &args, &[])?;
    }
    Ok(tool)
}

/// The commit before the last one that changed `generated/<api>`.
fn previous_revision(root: &Path, api: &str) -> Result<String, String> {
    let output = Command::new("git")
        .args([
            "log",
            "-1",
            "--format=%H",
            "--",
            &format!("generated/{api}"),
        ])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let last = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if last.is_empty() {
        return Err(format!("git has no history of generated/{api}"));
    }
    Ok(format!("{last}~1"))
}

pub fn run_tool(tool: &Path, dir: &Path, args: &[&str]) -> Result<Verdict, String> {
    let output = Command::new(tool)
        .arg("semver-checks")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tool.display()))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let summary = text
        .lines()
        .map(str::trim)
        .filter(|line| {
            line.starts_with("Summary") || line.starts_with("FAIL") || line.contains("requires new")
        })
        .map(|line| line.trim_start_matches("Summary").trim())
        .collect::<Vec<_>>()
        .join("; ");
    Ok(Verdict {
        passed: output.status.success(),
        summary,
    })
}

/// Generates the seed's crate, edits its spec, regenerates (versioned by sdkgen, or pinned) and
/// runs cargo-semver-checks on the new crate against the first; returns the new version, the
/// bump and the verdict.
fn edited(
    root: &Path,
    tool: &Path,
    api: &str,
    spec: &Path,
    edit: &str,
    pinned: bool,
) -> Result<(String, String, Verdict), String> {
    let scratch = root.join("target/semver-checks").join(format!(
        "{api}-{edit}{}",
        if pinned { "-pinned" } else { "" }
    ));
    let _ = std::fs::remove_dir_all(&scratch);
    let (old, new) = (scratch.join("old"), scratch.join("new"));
    let generator = |spec: &Path| {
        let settings = spec.with_extension("toml");
        let generator = sdkgen::Generator::new(spec);
        if settings.is_file() {
            generator.settings_file(settings)
        } else {
            generator
        }
    };
    // From 1.0.0, an additive change must be a minor release, not a patch of a 0.x.
    let first = generator(spec)
        .crate_version("1.0.0")
        .generate(&old)
        .map_err(|e| e.to_string())?;
    let first_version = first.release.version;
    let edited_spec = scratch.join(spec.file_name().ok_or("a spec without a file name")?);
    if spec.with_extension("toml").is_file() {
        std::fs::copy(
            spec.with_extension("toml"),
            edited_spec.with_extension("toml"),
        )
        .map_err(|e| e.to_string())?;
    }
    write_edited(spec, &edited_spec, edit)?;
    let mut regenerate = generator(&edited_spec).previous_crate(&old);
    if pinned {
        regenerate = regenerate.crate_version(first_version.clone());
    }
    let report = regenerate.generate(&new).map_err(|e| e.to_string())?;
    // Rustdoc JSON built in one shared target directory, so that the dependencies are built
    // once for every crate checked.
    let target = root.join("target/semver-checks/target");
    let old_json = rustdoc_json(root, &old, &target, &scratch.join("old.json"))?;
    let new_json = rustdoc_json(root, &new, &target, &scratch.join("new.json"))?;
    let release_type = release_type(&first_version, &report.release.version);
    let verdict = run_tool(
        tool,
        &scratch,
        &[
            "check-release",
            "--release-type",
            release_type,
            "--baseline-rustdoc",
            &old_json.to_string_lossy(),
            "--current-rustdoc",
            &new_json.to_string_lossy(),
        ],
    )?;
    let bump = format!(
        "{first_version} → {} ({:?})",
        report.release.version, report.release.bump
    );
    Ok((report.release.version, bump, verdict))
}

/// The kind of release from version `old` to `new` (both `MAJOR.MINOR.PATCH`, from 1.0.0).
fn release_type(old: &str, new: &str) -> &'static str {
    let parts = |v: &str| -> Vec<String> { v.split('.').map(str::to_string).collect() };
    let (old, new) = (parts(old), parts(new));
    if old.first() != new.first() {
        "major"
    } else if old.get(1) != new.get(1) {
        "minor"
    } else {
        "patch"
    }
}

/// The spec with one class of edits. `additive` makes every change that is additive for
/// clients at once: a new operation, server, optional query parameter, documented error status,
/// optional property of each model (a request's and a response's), required property of each
/// model only received, enum value, and `oneOf`/`anyOf` alternative. `breaking` removes the
/// first path.
fn write_edited(spec: &Path, to: &Path, edit: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(spec).map_err(|e| e.to_string())?;
    let mut document: serde_yaml::Value = serde_yaml::from_str(&text).map_err(|e| e.to_string())?;
    if edit == "additive" {
        let api = sdkgen::Generator::new(spec)
            .ir()
            .map_err(|e| e.to_string())?;
        let received_only: Vec<String> = api
            .types
            .iter()
            .filter(|def| !def.sent && matches!(def.kind, sdkgen::ir::TypeKind::Struct { .. }))
            .filter_map(|def| def.origin.strip_prefix("/components/schemas/"))
            .filter(|name| !name.contains('/'))
            .map(str::to_string)
            .collect();
        additive_edits(&mut document, &received_only)?;
    } else {
        let paths = document
            .get_mut("paths")
            .and_then(|p| p.as_mapping_mut())
            .ok_or("a spec without paths")?;
        let first = paths
            .keys()
            .next()
            .cloned()
            .ok_or("a spec without operations")?;
        paths.remove(&first);
    }
    std::fs::write(
        to,
        serde_yaml::to_string(&document).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())
}

fn yaml(text: &str) -> Result<serde_yaml::Value, String> {
    serde_yaml::from_str(text).map_err(|e| e.to_string())
}

/// Every additive edit, each where the spec has a place for it; the component schemas named
/// in `received_only` are models that no request sends.
fn additive_edits(
    document: &mut serde_yaml::Value,
    received_only: &[String],
) -> Result<(), String> {
    operation_edits(document)?;
    if let Some(servers) = document
        .get_mut("servers")
        .and_then(|s| s.as_sequence_mut())
    {
        servers.push(yaml("{url: 'https://probe.example'}")?);
    }
    let mut alternatives = Vec::new();
    for (name, schema) in component_schemas(document)
        .into_iter()
        .flat_map(|s| s.iter_mut())
    {
        if let Some(schema) = schema.as_mapping_mut() {
            alternatives.extend(schema_edits(name, schema, received_only)?);
        }
    }
    if let Some(schemas) = component_schemas(document) {
        for (name, alternative) in alternatives {
            schemas.insert(name.into(), alternative);
        }
    }
    Ok(())
}

fn component_schemas(document: &mut serde_yaml::Value) -> Option<&mut serde_yaml::Mapping> {
    document
        .get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
        .and_then(|s| s.as_mapping_mut())
}

/// A new optional query parameter and a new error response on every operation, and a new
/// operation.
fn operation_edits(document: &mut serde_yaml::Value) -> Result<(), String> {
    let paths = document
        .get_mut("paths")
        .and_then(|p| p.as_mapping_mut())
        .ok_or("a spec without paths")?;
    for item in paths.values_mut() {
        let Some(item) = item.as_mapping_mut() else {
            continue;
        };
        for operation in item.values_mut().filter_map(|o| o.as_mapping_mut()) {
            if let Some(parameters) = operation
                .entry("parameters".into())
                .or_insert_with(|| serde_yaml::Value::Sequence(Vec::new()))
                .as_sequence_mut()
            {
                parameters.push(yaml(
                    "{name: sdkgenProbe, in: query, schema: {type: boolean}}",
                )?);
            }
            if let Some(responses) = operation
                .get_mut("responses")
                .and_then(|r| r.as_mapping_mut())
            {
                responses.insert("418".into(), yaml("{description: A probe.}")?);
            }
        }
    }
    paths.insert(
        "/sdkgen-probe".into(),
        yaml("{get: {operationId: sdkgenProbe, responses: {'204': {description: Nothing.}}}}")?,
    );
    Ok(())
}

/// The edits to one component schema: a new alternative for a union (returned, to be added as
/// a component), a new required field for a model only received, a new value for a string
/// enum, a new optional property and new values for its string enum properties.
fn schema_edits(
    name: &serde_yaml::Value,
    schema: &mut serde_yaml::Mapping,
    received_only: &[String],
) -> Result<Option<(String, serde_yaml::Value)>, String> {
    if let Some(alternative) = new_alternative(name, schema)? {
        return Ok(Some(alternative));
    }
    if name
        .as_str()
        .is_some_and(|name| received_only.iter().any(|r| r == name))
    {
        if let Some(required) = schema
            .entry("required".into())
            .or_insert_with(|| serde_yaml::Value::Sequence(Vec::new()))
            .as_sequence_mut()
        {
            required.push("sdkgenProbeId".into());
        }
        if let Some(properties) = schema
            .get_mut("properties")
            .and_then(|p| p.as_mapping_mut())
        {
            properties.insert("sdkgenProbeId".into(), yaml("{type: string}")?);
        }
    }
    if let Some(values) = schema.get_mut("enum").and_then(|e| e.as_sequence_mut()) {
        if values.iter().all(|v| v.is_string()) {
            values.push("SDKGEN_PROBE".into());
        }
        return Ok(None);
    }
    let Some(properties) = schema
        .get_mut("properties")
        .and_then(|p| p.as_mapping_mut())
    else {
        return Ok(None);
    };
    properties.insert("sdkgenProbe".into(), yaml("{type: string}")?);
    for property in properties.values_mut() {
        if let Some(values) = property.get_mut("enum").and_then(|e| e.as_sequence_mut()) {
            if values.iter().all(|v| v.is_string()) {
                values.push("SDKGEN_PROBE".into());
            }
        }
    }
    Ok(None)
}

/// For a component that is a union: adds a new alternative, a component of its own (tagged
/// when the union has a discriminator), and returns that component's name and schema.
fn new_alternative(
    name: &serde_yaml::Value,
    schema: &mut serde_yaml::Mapping,
) -> Result<Option<(String, serde_yaml::Value)>, String> {
    let Some(name) = name.as_str() else {
        return Ok(None);
    };
    let probe = format!("SdkgenProbe{name}");
    let reference = format!("#/components/schemas/{probe}");
    let tag = schema
        .get("discriminator")
        .and_then(|d| d.get("propertyName"))
        .and_then(|p| p.as_str())
        .map(str::to_string);
    let Some(keyword) = ["oneOf", "anyOf"]
        .into_iter()
        .find(|keyword| schema.get(*keyword).is_some_and(|a| a.is_sequence()))
    else {
        return Ok(None);
    };
    let Some(alternatives) = schema.get_mut(keyword).and_then(|a| a.as_sequence_mut()) else {
        return Ok(None);
    };
    alternatives.push(yaml(&format!("{{$ref: '{reference}'}}"))?);
    if let Some(mapping) = schema
        .get_mut("discriminator")
        .and_then(|d| d.get_mut("mapping"))
        .and_then(|m| m.as_mapping_mut())
    {
        mapping.insert(probe.clone().into(), reference.into());
    }
    let component = match tag {
        Some(tag) => format!(
            "{{type: object, required: [{tag}], properties: {{{tag}: {{type: string}}, sdkgenProbe: {{type: string}}}}}}"
        ),
        None => "{type: object, required: [sdkgenProbe], properties: {sdkgenProbe: {type: string}}}"
            .to_string(),
    };
    Ok(Some((probe, yaml(&component)?)))
}

/// Builds the crate's rustdoc JSON with all features (as cargo-semver-checks does, through
/// `RUSTC_BOOTSTRAP` on stable) in the shared target directory, and copies it to `to`.
pub fn rustdoc_json(root: &Path, dir: &Path, target: &Path, to: &Path) -> Result<PathBuf, String> {
    crate::tasks::make_standalone(root, dir)?;
    let output = Command::new("cargo")
        .args([
            "rustdoc",
            "--quiet",
            "--lib",
            "--all-features",
            "--",
            "-Zunstable-options",
            "--output-format",
            "json",
        ])
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "rustdoc failed on {}: {}",
            dir.display(),
            first_line(&String::from_utf8_lossy(&output.stderr))
        ));
    }
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let manifest: toml::Table = manifest.parse().map_err(|e| format!("{e}"))?;
    let name = manifest
        .get("package")
        .and_then(|p| p.get("name"))
        .and_then(toml::Value::as_str)
        .ok_or_else(|| format!("{} names no package", dir.display()))?;
    let json = target.join(format!("doc/{}.json", name.replace('-', "_")));
    std::fs::copy(json, to).map_err(|e| e.to_string())?;
    Ok(to.to_path_buf())
}

/// The first error line of a tool's output (else its first line), at most 200 characters.
pub fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .find(|line| line.starts_with("error"))
        .or_else(|| text.lines().next())
        .unwrap_or("");
    line.chars().take(200).collect()
}
