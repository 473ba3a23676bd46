//! `cargo xtask fuzz`: structure-aware fuzzing of the generator on stable Rust.
//!
//! The supervisor (this task) starts a worker process (the hidden `fuzz-worker` task), which
//! makes mutants of real specs ([`seeds`], [`mutate`]), writes each to a file, announces it on
//! stdout and runs the generator on it in process ([`exec`]): panics are caught, rendered crates
//! are parsed. A worker that aborts (a stack overflow) or hangs takes the mutant down with it;
//! the supervisor saves the announced mutant and starts a new worker at the next one. Findings
//! go to `target/fuzz/findings/`, one per class and message ([`findings`]).

mod exec;
mod findings;
mod hostile;
mod minimize;
mod mutate;
mod protocol;
mod seeds;
mod supervisor;
mod tree;
mod worker;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub use worker::WorkerArgs;

/// A generation that takes longer than this is a hang.
const HANG_TIMEOUT: Duration = Duration::from_secs(10);

/// How many refusal reasons the summary lists.
const TOP_REFUSALS: usize = 12;

/// Options of `cargo xtask fuzz`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// How long to fuzz.
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
    /// The PRNG seed: the same seed (and the same seed specs) gives the same mutants. Random
    /// when left out; the run prints it.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Instead of fuzzing, shrink this reproducer (deleting subtrees while it fails the same
    /// way) into `<FILE stem>.min.<ext>`.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["seconds", "seed"])]
    pub minimize: Option<PathBuf>,
}

/// Runs the task; an error when it found something (or could not run).
pub fn run(root: &Path, args: &Args) -> Result<(), String> {
    if let Some(file) = &args.minimize {
        let out = minimize::minimize(file, HANG_TIMEOUT)?;
        eprintln!("wrote {}", out.display());
        return Ok(());
    }
    let seed = args.seed.unwrap_or_else(time_seed);
    eprintln!("fuzzing for {} s with --seed {seed}", args.seconds);
    let fuzz_dir = root.join("target/fuzz");
    let mut store = findings::FindingStore::new(&fuzz_dir.join("findings"))?;
    std::fs::create_dir_all(&fuzz_dir).map_err(|e| e.to_string())?;
    let work_dir = tempfile::tempdir_in(&fuzz_dir).map_err(|e| e.to_string())?;
    let exe = std::env::current_exe().map_err(|e| format!("finding xtask's executable: {e}"))?;
    let mut spawn = |first_index: u64| {
        let mut command = Command::new(&exe);
        command
            .arg("fuzz-worker")
            .args(["--seed", &seed.to_string()])
            .args(["--first-index", &first_index.to_string()])
            .arg("--work-dir")
            .arg(work_dir.path());
        command
    };
    let config = supervisor::Config {
        fuzz_seed: seed,
        duration: Duration::from_secs(args.seconds),
        hang_timeout: HANG_TIMEOUT,
    };
    let summary = supervisor::fuzz(&config, &mut spawn, &mut store)?;
    print_summary(&summary, &store);
    if store.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the fuzzer found {} distinct failure(s); reproducers are in {}",
            store.saved().len(),
            store.dir().display()
        ))
    }
}

/// The hidden `fuzz-worker` task.
pub fn run_worker(root: &Path, args: &WorkerArgs) -> Result<(), String> {
    worker::run(root, args)
}

/// The hidden `fuzz-exec` task.
pub fn exec_one(spec: &Path) {
    worker::exec_one(spec);
}

fn time_seed() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos() as u64)
}

fn print_summary(summary: &supervisor::Summary, store: &findings::FindingStore) {
    let seconds = summary.elapsed.as_secs_f64().max(f64::EPSILON);
    eprintln!(
        "fuzz: {} execs in {:.0} s ({:.1} execs/s): {} accepted, {} refused, {} failed; {} worker restart(s)",
        summary.execs,
        seconds,
        summary.execs as f64 / seconds,
        summary.accepted,
        summary.refusals.values().sum::<u64>(),
        summary.failed,
        summary.restarts
    );
    let mut refusals: Vec<_> = summary.refusals.iter().collect();
    refusals.sort_by(|a, b| b.1.cmp(a.1));
    eprintln!("most frequent refusals:");
    for (reason, count) in refusals.into_iter().take(TOP_REFUSALS) {
        eprintln!("  {count:>6}  {reason}");
    }
    eprintln!("findings:");
    for (class, count) in store.distinct_by_class() {
        eprintln!("  {class}: {count} distinct");
    }
    for (stem, class, seen) in store.saved() {
        eprintln!(
            "  {class}: {}/{stem}.* (seen {seen} times)",
            store.dir().display()
        );
    }
}
