//! What a worker tells its supervisor: one JSON line per event on stdout, behind a prefix so
//! that anything else printed there (by the generator, or by a test harness) is ignored.

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

const PREFIX: &str = "fuzz-report ";

/// The kinds of failure the fuzzer looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// The generator panicked.
    Panic,
    /// The worker died of a stack overflow.
    StackOverflow,
    /// The worker died of another signal (an abort, a segfault).
    Abort,
    /// The worker exited by itself in the middle of a generation.
    Exit,
    /// The generator made no progress for the hang timeout.
    Hang,
    /// The generator returned `Error::Internal`: it emitted something invalid and knew it.
    Internal,
    /// A `.rs` file of the rendered crate does not parse.
    RustParse,
    /// The rendered `Cargo.toml` does not parse.
    TomlParse,
    /// A Rust or TOML example in the rendered markdown does not parse.
    DocExampleParse,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::Panic => "panic",
            Class::StackOverflow => "stack-overflow",
            Class::Abort => "abort",
            Class::Exit => "exit",
            Class::Hang => "hang",
            Class::Internal => "internal",
            Class::RustParse => "rust-parse",
            Class::TomlParse => "toml-parse",
            Class::DocExampleParse => "doc-example-parse",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One failure of the generator on one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub class: Class,
    /// What is the same for every input that fails the same way (no names, no numbers): the
    /// findings are deduplicated by class and key.
    pub key: String,
    /// The whole story, for the reader.
    pub message: String,
}

/// How one generation ended, when the worker lived to tell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// A crate that parses.
    Accepted,
    /// A clean refusal (any `Err` but `Error::Internal`), with its generalized message: the
    /// run's summary counts the reasons, to show which mutations the generator stops early.
    Refused(String),
    Failed(Failure),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Report {
    /// Mutant `index` is written to `file` and the generator is about to run on it.
    Start {
        index: u64,
        file: PathBuf,
        seed_spec: String,
        mutations: Vec<String>,
    },
    /// The generator finished with mutant `index`; a failed mutant comes along, since the
    /// worker overwrites the file with the next one right away.
    Finished {
        index: u64,
        outcome: Outcome,
        failed_mutant: Option<String>,
    },
}

impl Report {
    /// Prints the report as one line on stdout (line-buffered, so the supervisor sees it now).
    pub fn send(&self) {
        match serde_json::to_string(self) {
            Ok(json) => println!("{PREFIX}{json}"),
            Err(e) => eprintln!("cannot encode a fuzz report: {e}"),
        }
    }

    /// The report on this line of a worker's stdout, if it is one. The prefix may come after
    /// text that did not end its line (libtest's "test … " does that to the tests' workers).
    pub fn parse(line: &str) -> Option<Report> {
        serde_json::from_str(line.split_once(PREFIX)?.1).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_survive_a_line_of_stdout() {
        let report = Report::Finished {
            index: 7,
            outcome: Outcome::Failed(Failure {
                class: Class::Panic,
                key: "k".into(),
                message: "line one\nline two".into(),
            }),
            failed_mutant: Some("openapi: 3.0.0\n".into()),
        };
        let line = format!("{PREFIX}{}", serde_json::to_string(&report).unwrap());
        assert!(!line.contains('\n'));
        assert_eq!(Report::parse(&line), Some(report));
        assert_eq!(Report::parse("running 1 test"), None);
    }
}
