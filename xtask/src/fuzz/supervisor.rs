//! The supervisor: runs workers, turns what they report (and how they die) into findings, and
//! restarts them after a crash or a hang until the time is up.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::findings::{generalize, Finding, FindingStore};
use super::protocol::{Class, Failure, Outcome, Report};

/// How many lines of a worker's stderr are kept to explain its death.
const STDERR_TAIL: usize = 40;
/// How often the supervisor says how far it got.
const STATUS_EVERY: Duration = Duration::from_secs(15);

#[derive(Debug, Clone)]
pub struct Config {
    pub fuzz_seed: u64,
    pub duration: Duration,
    /// A mutant that takes longer than this hangs the generator.
    pub hang_timeout: Duration,
}

/// What a run did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub execs: u64,
    pub accepted: u64,
    /// How many mutants were refused, by generalized reason.
    pub refusals: BTreeMap<String, u64>,
    pub failed: u64,
    pub restarts: u64,
    pub elapsed: Duration,
}

/// A running worker: its reports arrive on a channel that closes when its stdout does.
struct Worker {
    child: Child,
    reports: Receiver<Report>,
    stderr_tail: JoinHandle<Vec<String>>,
}

enum Next {
    Report(Report),
    Silent,
    Closed,
}

impl Worker {
    fn start(mut command: Command) -> Result<Worker, String> {
        command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot start a fuzz worker: {e}"))?;
        let stdout = child.stdout.take().ok_or("the worker has no stdout")?;
        let stderr = child.stderr.take().ok_or("the worker has no stderr")?;
        let (sender, reports) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let sent = Report::parse(&line).map(|report| sender.send(report));
                if matches!(sent, Some(Err(_))) {
                    break;
                }
            }
        });
        let stderr_tail = std::thread::spawn(move || tail(stderr));
        Ok(Worker {
            child,
            reports,
            stderr_tail,
        })
    }

    fn next(&self, timeout: Duration) -> Next {
        match self.reports.recv_timeout(timeout) {
            Ok(report) => Next::Report(report),
            Err(RecvTimeoutError::Timeout) => Next::Silent,
            Err(RecvTimeoutError::Disconnected) => Next::Closed,
        }
    }

    /// Waits for the worker to exit: how it ended and the end of its stderr.
    fn finish(mut self) -> (Option<ExitStatus>, Vec<String>) {
        let status = self.child.wait().ok();
        (status, self.stderr_tail.join().unwrap_or_default())
    }

    fn kill(mut self) -> Vec<String> {
        let _ = self.child.kill();
        self.finish().1
    }
}

/// The last `STDERR_TAIL` lines of a stream.
fn tail(stream: impl Read) -> Vec<String> {
    let mut lines = std::collections::VecDeque::new();
    for line in BufReader::new(stream).lines().map_while(Result::ok) {
        if lines.len() == STDERR_TAIL {
            lines.pop_front();
        }
        lines.push_back(line);
    }
    lines.into()
}

/// How a worker that died in the middle of a generation failed.
fn death(status: Option<ExitStatus>, stderr: &[String]) -> Failure {
    let stderr = stderr.join("\n");
    let status_text = status.map_or("an unknown status".to_string(), |s| s.to_string());
    let message = format!("the worker died ({status_text}); its stderr ended with:\n{stderr}");
    if stderr.contains("has overflowed its stack") {
        return Failure {
            class: Class::StackOverflow,
            key: "stack overflow".to_string(),
            message,
        };
    }
    match status.and_then(|s| s.code()) {
        Some(code) => Failure {
            class: Class::Exit,
            key: format!("exit code {code}"),
            message,
        },
        None => {
            let last_line = stderr.lines().rev().find(|line| !line.trim().is_empty());
            Failure {
                class: Class::Abort,
                key: format!(
                    "{}: {}",
                    status_text.replace(" (core dumped)", ""),
                    generalize(last_line.unwrap_or_default())
                ),
                message,
            }
        }
    }
}

fn hang(timeout: Duration) -> Failure {
    Failure {
        class: Class::Hang,
        key: "no progress".to_string(),
        message: format!(
            "the generator made no progress for {} s; the worker was killed",
            timeout.as_secs_f64()
        ),
    }
}

/// The mutant a worker announced and is running the generator on.
struct InFlight {
    index: u64,
    file: PathBuf,
    seed_spec: String,
    mutations: Vec<String>,
    since: Instant,
}

enum Ended {
    Deadline,
    /// The worker crashed or hung on mutant `index`.
    Died {
        index: u64,
    },
}

/// Fuzzes until `config.duration` is over; `spawn(n)` makes the command of a worker that
/// starts at mutant `n`.
pub fn fuzz(
    config: &Config,
    spawn: &mut dyn FnMut(u64) -> Command,
    store: &mut FindingStore,
) -> Result<Summary, String> {
    let started = Instant::now();
    let mut run = Run {
        config,
        store,
        summary: Summary::default(),
        deadline: started + config.duration,
        last_status: started,
    };
    let mut first_index = 0;
    while Instant::now() < run.deadline {
        match run.watch(Worker::start(spawn(first_index))?)? {
            Ended::Deadline => break,
            Ended::Died { index } => {
                first_index = index + 1;
                run.summary.restarts += 1;
            }
        }
    }
    run.summary.elapsed = started.elapsed();
    Ok(run.summary)
}

struct Run<'a> {
    config: &'a Config,
    store: &'a mut FindingStore,
    summary: Summary,
    deadline: Instant,
    last_status: Instant,
}

impl Run<'_> {
    fn watch(&mut self, worker: Worker) -> Result<Ended, String> {
        let mut in_flight: Option<InFlight> = None;
        loop {
            let now = Instant::now();
            self.print_status(now);
            if now >= self.deadline {
                worker.kill();
                return Ok(Ended::Deadline);
            }
            let hang_at = in_flight
                .as_ref()
                .map(|current| current.since + self.config.hang_timeout);
            let wake = hang_at.map_or(self.deadline, |at| at.min(self.deadline));
            match worker.next(wake.saturating_duration_since(now)) {
                Next::Report(report) => self.take(report, &mut in_flight)?,
                Next::Silent => {
                    let hung = hang_at.is_some_and(|at| at <= Instant::now());
                    if let Some(current) = in_flight.take_if(|_| hung) {
                        worker.kill();
                        let mutant = std::fs::read_to_string(&current.file).unwrap_or_default();
                        self.record(&current, hang(self.config.hang_timeout), mutant)?;
                        return Ok(Ended::Died {
                            index: current.index,
                        });
                    }
                }
                Next::Closed => return self.closed(worker, in_flight),
            }
        }
    }

    fn take(&mut self, report: Report, in_flight: &mut Option<InFlight>) -> Result<(), String> {
        match report {
            Report::Start {
                index,
                file,
                seed_spec,
                mutations,
            } => {
                self.summary.execs += 1;
                *in_flight = Some(InFlight {
                    index,
                    file,
                    seed_spec,
                    mutations,
                    since: Instant::now(),
                });
            }
            Report::Finished {
                outcome,
                failed_mutant,
                ..
            } => {
                let current = in_flight.take();
                match outcome {
                    Outcome::Accepted => self.summary.accepted += 1,
                    Outcome::Refused(reason) => {
                        *self.summary.refusals.entry(reason).or_insert(0) += 1;
                    }
                    Outcome::Failed(failure) => {
                        if let Some(current) = current {
                            self.record(&current, failure, failed_mutant.unwrap_or_default())?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn closed(&mut self, worker: Worker, in_flight: Option<InFlight>) -> Result<Ended, String> {
        let (status, stderr) = worker.finish();
        let Some(current) = in_flight else {
            return Err(format!(
                "a fuzz worker stopped between mutants:\n{}",
                stderr.join("\n")
            ));
        };
        let mutant = std::fs::read_to_string(&current.file).unwrap_or_default();
        self.record(&current, death(status, &stderr), mutant)?;
        Ok(Ended::Died {
            index: current.index,
        })
    }

    fn record(
        &mut self,
        current: &InFlight,
        mut failure: Failure,
        mutant: String,
    ) -> Result<(), String> {
        self.summary.failed += 1;
        // A hang says nothing about its cause: hangs of different seed specs are kept apart,
        // so that a small reproducer of one does not hide the others.
        if failure.class == Class::Hang {
            failure.key = format!("{} on a mutant of {}", failure.key, current.seed_spec);
        }
        let extension = current
            .file
            .extension()
            .map_or("yaml".to_string(), |ext| ext.to_string_lossy().into_owned());
        let finding = Finding {
            failure,
            seed_spec: current.seed_spec.clone(),
            fuzz_seed: self.config.fuzz_seed,
            index: current.index,
            mutations: current.mutations.clone(),
            mutant,
            extension,
        };
        let new = self.store.record(&finding)?;
        eprintln!(
            "{} {}: {} (seed spec {}, mutant #{})",
            if new { "new finding" } else { "finding again" },
            finding.stem(),
            finding.failure.key,
            finding.seed_spec,
            finding.index
        );
        Ok(())
    }

    fn print_status(&mut self, now: Instant) {
        if now.duration_since(self.last_status) >= STATUS_EVERY {
            self.last_status = now;
            eprintln!(
                "fuzz: {} execs, {} failing, {} distinct findings",
                self.summary.execs,
                self.summary.failed,
                self.store.saved().len()
            );
        }
    }
}

/// Runs one generation in a worker (the command of a `fuzz-exec`): its failure, if any.
pub fn run_once(command: Command, hang_timeout: Duration) -> Result<Option<Failure>, String> {
    let worker = Worker::start(command)?;
    let mut outcome = None;
    loop {
        match worker.next(hang_timeout) {
            Next::Report(Report::Finished { outcome: o, .. }) => outcome = Some(o),
            Next::Report(Report::Start { .. }) => {}
            Next::Silent => {
                worker.kill();
                return Ok(Some(hang(hang_timeout)));
            }
            Next::Closed => break,
        }
    }
    let (status, stderr) = worker.finish();
    Ok(match outcome {
        Some(Outcome::Failed(failure)) => Some(failure),
        Some(_) => None,
        None => Some(death(status, &stderr)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const ROLE: &str = "XTASK_FUZZ_FAKE_WORKER";
    const FILE: &str = "XTASK_FUZZ_FAKE_WORKER_FILE";

    /// Not a test: when the tests below start this binary on it, a worker that fails the way
    /// its role says, after announcing a mutant.
    #[test]
    #[ignore]
    fn fake_worker() {
        let (Ok(role), Ok(file)) = (std::env::var(ROLE), std::env::var(FILE)) else {
            return;
        };
        std::fs::write(&file, "openapi: 3.0.0\n").unwrap();
        Report::Start {
            index: 0,
            file: file.into(),
            seed_spec: "fake.yaml".to_string(),
            mutations: vec!["none".to_string()],
        }
        .send();
        match role.as_str() {
            "abort" => std::process::abort(),
            "overflow" => {
                std::thread::Builder::new()
                    .stack_size(1 << 20)
                    .spawn(|| recurse(0))
                    .unwrap()
                    .join()
                    .unwrap();
            }
            "panic" => {
                super::super::exec::install_quiet_panic_hook();
                let outcome = super::super::exec::run_isolated(|| panic!("boom"));
                Report::Finished {
                    index: 0,
                    outcome,
                    failed_mutant: Some("openapi: 3.0.0\n".to_string()),
                }
                .send();
            }
            _ => std::thread::sleep(Duration::from_secs(60)),
        }
    }

    #[allow(unconditional_recursion)]
    fn recurse(depth: u64) -> u64 {
        let frame = std::hint::black_box([depth; 64]);
        recurse(depth + 1) + frame[0]
    }

    fn fake_worker_command(role: &str, dir: &Path) -> Command {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args(["--exact", "fuzz::supervisor::tests::fake_worker"])
            .args(["--ignored", "--nocapture", "--test-threads=1"])
            .env(ROLE, role)
            .env(FILE, dir.join("spec.yaml"));
        command
    }

    fn class_of_run_once(role: &str) -> Option<Class> {
        let dir = tempfile::tempdir().unwrap();
        let failure = run_once(
            fake_worker_command(role, dir.path()),
            Duration::from_secs(1),
        )
        .unwrap();
        failure.map(|failure| failure.class)
    }

    #[test]
    fn crashes_hangs_and_panics_of_a_worker_are_failures() {
        assert_eq!(class_of_run_once("abort"), Some(Class::Abort));
        assert_eq!(class_of_run_once("overflow"), Some(Class::StackOverflow));
        assert_eq!(class_of_run_once("hang"), Some(Class::Hang));
        assert_eq!(class_of_run_once("panic"), Some(Class::Panic));
    }

    #[test]
    fn a_crashing_worker_is_restarted_and_its_finding_saved_once() {
        let work = tempfile::tempdir().unwrap();
        let findings = tempfile::tempdir().unwrap();
        let mut store = FindingStore::new(findings.path()).unwrap();
        let config = Config {
            fuzz_seed: 5,
            duration: Duration::from_secs(2),
            hang_timeout: Duration::from_secs(1),
        };
        let summary = fuzz(
            &config,
            &mut |_| fake_worker_command("abort", work.path()),
            &mut store,
        )
        .unwrap();
        assert!(summary.restarts >= 2, "{summary:?}");
        assert_eq!(
            store.distinct_by_class(),
            BTreeMap::from([(Class::Abort, 1)])
        );
        let saved: Vec<_> = std::fs::read_dir(findings.path())
            .unwrap()
            .flatten()
            .collect();
        assert_eq!(saved.len(), 2, "a reproducer and its story");
    }
}
