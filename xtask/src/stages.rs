//! `cargo xtask test` as stages: each one run in turn and timed, then a table of their outcomes
//! and a count, so that a long run ends on what passed and what failed.

use std::time::{Duration, Instant};

/// The stages run so far.
#[derive(Default)]
pub struct Stages {
    done: Vec<Stage>,
}

struct Stage {
    name: String,
    error: Option<String>,
    took: Duration,
}

impl Stages {
    /// Runs `stage`, announced by `name`; a failure is recorded and the next stages still run.
    pub fn run(&mut self, name: &str, stage: impl FnOnce() -> Result<(), String>) {
        eprintln!("\n=== {name}");
        let started = Instant::now();
        let error = stage().err();
        if let Some(error) = &error {
            eprintln!("error: {error}");
        }
        self.done.push(Stage {
            name: name.to_string(),
            error,
            took: started.elapsed(),
        });
    }

    /// Prints the table and the count; an error when a stage failed.
    pub fn finish(self) -> Result<(), String> {
        let width = self.done.iter().map(|s| s.name.len()).max().unwrap_or(0);
        eprintln!("\n{:width$}  result  time", "stage");
        for stage in &self.done {
            let result = if stage.error.is_some() {
                "FAILED"
            } else {
                "passed"
            };
            eprintln!("{:width$}  {result}  {}", stage.name, minutes(stage.took));
        }
        let failed: Vec<&str> = self
            .done
            .iter()
            .filter(|s| s.error.is_some())
            .map(|s| s.name.as_str())
            .collect();
        let total: Duration = self.done.iter().map(|s| s.took).sum();
        eprintln!(
            "{} passed, {} failed in {}",
            self.done.len() - failed.len(),
            failed.len(),
            minutes(total)
        );
        if failed.is_empty() {
            Ok(())
        } else {
            Err(format!("failed: {}", failed.join(", ")))
        }
    }
}

/// A duration as `3 min 05 s`, or `42 s` under a minute.
fn minutes(took: Duration) -> String {
    let seconds = took.as_secs();
    if seconds < 60 {
        format!("{seconds} s")
    } else {
        format!("{} min {:02} s", seconds / 60, seconds % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_runs_and_a_failure_fails_the_whole() {
        let mut stages = Stages::default();
        let mut ran = Vec::new();
        stages.run("first", || {
            ran.push("first");
            Err("broken".to_string())
        });
        stages.run("second", || {
            ran.push("second");
            Ok(())
        });
        assert_eq!(ran, ["first", "second"]);
        assert_eq!(stages.finish(), Err("failed: first".to_string()));
        assert_eq!(Stages::default().finish(), Ok(()));
    }

    #[test]
    fn durations_read_in_minutes_and_seconds() {
        assert_eq!(minutes(Duration::from_secs(42)), "42 s");
        assert_eq!(minutes(Duration::from_secs(185)), "3 min 05 s");
    }
}
