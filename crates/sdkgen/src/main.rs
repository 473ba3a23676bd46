//! The `sdkgen` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod diff_cli;

/// Turns OpenAPI 3.0 and 3.1 specs into Rust client crates.
///
/// Exit codes: 0 success, 2 bad input (the message names the file and the location), 1 any
/// other failure (such as an unwritable output directory); `diff` exits with 3 when something
/// breaking changed.
#[derive(Debug, Parser)]
#[command(
    name = "sdkgen",
    version,
    about,
    long_about,
    after_help = "Examples:\n  sdkgen generate petstore.yaml --out petstore-client\n  sdkgen diff v1/petstore.yaml v2/petstore.yaml\n  sdkgen diff HEAD~1:specs/petstore.yaml specs/petstore.yaml --json"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Writes one complete client crate for a spec.
    #[command(
        after_help = "Examples:\n  sdkgen generate petstore.yaml --out petstore-client\n  sdkgen generate api.json --out . --config api.toml --name acme-client\n  sdkgen generate petstore.yaml --out existing-project --force"
    )]
    Generate {
        /// The OpenAPI spec (YAML or JSON).
        spec: PathBuf,
        /// Directory of the crate: missing, empty, or holding sdkgen's earlier output, of which
        /// only the files sdkgen wrote (listed in `.sdkgen/files`) are replaced or removed.
        #[arg(long)]
        out: PathBuf,
        /// Writes into `--out` even when it holds files sdkgen did not write: generated files
        /// replace files at the same paths; every other file is kept.
        #[arg(long)]
        force: bool,
        /// Generates even when parts of the spec are not valid OpenAPI (an unknown `in`,
        /// `style` or `type`): each is dropped or read as any value, with a warning. Without
        /// it such a spec is refused, naming the part.
        #[arg(long)]
        lenient: bool,
        /// Lists what sdkgen inferred that the spec does not say (each paged list recognised
        /// by its shape), where it is in the spec; without it, only how many.
        #[arg(long)]
        explain: bool,
        /// Settings file (crate name, version, …); defaults to the spec's path with `.toml`,
        /// and without one to a crate named after the spec at version 0.1.0.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Crate name, instead of the one from the settings.
        #[arg(long)]
        name: Option<String>,
        /// Crate version (semver), instead of the one from the settings and whatever changed
        /// since the crate in `--out`; without it, that crate's version is bumped.
        #[arg(long)]
        version: Option<String>,
        /// Directory of doc templates that replace the built-in ones of the same name
        /// (`README.md.j2`, `docs/group.md.j2`, `docs/model.md.j2`).
        #[arg(long)]
        templates: Option<PathBuf>,
    },
    /// Lists what changed for a generated crate's users between two specs of one API: every
    /// change to the crate's public surface, breaking, additive or docs-only.
    #[command(
        after_help = "Examples:\n  sdkgen diff v1/petstore.yaml v2/petstore.yaml\n  sdkgen diff HEAD~1:specs/petstore.yaml specs/petstore.yaml --json"
    )]
    Diff {
        /// The old spec: a file, or `REV:PATH` for a file as git revision REV has it.
        old: String,
        /// The new spec: a file, or `REV:PATH`.
        new: String,
        /// Settings file for both (its `[types]` decide the Rust types); defaults to the new
        /// spec's path with `.toml`.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Prints the changes as JSON.
        #[arg(long)]
        json: bool,
        /// Compares even when parts of the spec are not valid OpenAPI (an unknown `in`,
        /// `style` or `type`): each is dropped or read as any value, with a warning. Without
        /// it such a spec is refused, naming the part.
        #[arg(long)]
        lenient: bool,
    },
    /// Prints the intermediate model of a spec as JSON.
    #[command(after_help = "Example:\n  sdkgen ir petstore.yaml > petstore.ir.json")]
    Ir {
        /// The OpenAPI spec (YAML or JSON).
        spec: PathBuf,
        /// Lowers even when parts of the spec are not valid OpenAPI (an unknown `in`,
        /// `style` or `type`): each is dropped or read as any value, with a warning. Without
        /// it such a spec is refused, naming the part.
        #[arg(long)]
        lenient: bool,
    },
    /// Prints the spec as sdkgen reads it, as YAML: relative-file `$ref`s bundled in, OpenAPI
    /// 3.1 forms rewritten to 3.0, slips repaired, parts that are not valid OpenAPI dropped (each
    /// change reported as a warning).
    #[command(
        after_help = "Example:\n  sdkgen normalize petstore.yaml > petstore.normalized.yaml"
    )]
    Normalize {
        /// The OpenAPI spec (YAML or JSON).
        spec: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // An interrupt waits for a crate being written to be in place or put back, so that it
    // leaves no staging directory and no half-written crate.
    let _ = ctrlc::set_handler(|| {
        let _paused = sdkgen::pause_writes();
        eprintln!("interrupted");
        std::process::exit(130);
    });
    // Lowering recurses into nested schemas; real specs nest deeper than the main thread's
    // default stack allows in debug builds.
    let worker = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || run(cli.command));
    let result = match worker {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err(sdkgen::Error::Internal("sdkgen panicked".to_string()))),
        Err(e) => Err(sdkgen::Error::Io {
            context: "starting a thread".to_string(),
            source: e,
        }),
    };
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Breaking) => ExitCode::from(3),
        Err(error) => {
            eprintln!("error: {error}");
            if error.is_bad_input() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// Each note with `--explain`; otherwise how many there are, so that a spec with 170 inferred
/// paged lists does not bury its warnings.
fn print_notes(notes: &[sdkgen::SpecWarning], explain: bool) {
    if explain {
        for note in notes {
            eprintln!("note: {note}");
        }
    } else if !notes.is_empty() {
        let lists = if notes.len() == 1 {
            "paged list"
        } else {
            "paged lists"
        };
        eprintln!(
            "note: {} {lists} inferred from the spec's shapes; --explain lists them",
            notes.len()
        );
    }
}

/// How a command that succeeded ended.
enum Outcome {
    Done,
    /// `diff` found a breaking change.
    Breaking,
}

fn run(command: Command) -> Result<Outcome, sdkgen::Error> {
    match command {
        Command::Generate {
            spec,
            out,
            force,
            lenient,
            explain,
            config,
            name,
            version,
            templates,
        } => {
            let mut generator = sdkgen::Generator::new(&spec).force(force).lenient(lenient);
            if let Some(config) = config {
                generator = generator.settings_file(config);
            }
            if let Some(name) = name {
                generator = generator.crate_name(name);
            }
            if let Some(version) = version {
                generator = generator.crate_version(version);
            }
            if let Some(templates) = templates {
                generator = generator.templates_dir(templates);
            }
            let report = generator.generate(&out)?;
            for warning in &report.warnings {
                eprintln!("warning: {warning}");
            }
            print_notes(&report.notes, explain);
            eprintln!("{}: {}", out.display(), report.written);
            eprintln!("{}", report.release.summary());
        }
        Command::Diff {
            old,
            new,
            config,
            json,
            lenient,
        } => return diff_cli::run(&old, &new, config, json, lenient),
        Command::Ir { spec, lenient } => {
            let api = sdkgen::Generator::new(&spec).lenient(lenient).ir()?;
            let json = serde_json::to_string_pretty(&api)
                .map_err(|e| sdkgen::Error::Internal(format!("serializing the IR: {e}")))?;
            println!("{json}");
        }
        Command::Normalize { spec } => {
            let (yaml, warnings) = sdkgen::normalize(&spec)?;
            for warning in &warnings {
                eprintln!("warning: {warning}");
            }
            print!("{yaml}");
        }
    }
    Ok(Outcome::Done)
}
