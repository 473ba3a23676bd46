//! The scale report's text: what it was measured on, and its tables.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use super::baseline::Baseline;
use super::{CheckTimes, CrateSize, SpecRow, Timing};

/// The GitHub crate's figures beside OpenAPI Generator's crate for the same spec.
pub(super) struct Compared<'a> {
    pub size: &'a CrateSize,
    pub checks: &'a CheckTimes,
    pub baseline: &'a Baseline,
    /// Seconds of `cargo check` of OpenAPI Generator's crate, measured like ours.
    pub baseline_check: f64,
}

/// What the numbers were measured on.
#[derive(Debug)]
pub(super) struct Machine {
    cpus: usize,
    cpu_model: String,
    rustc: String,
    commit: String,
    load: String,
}

pub(super) fn machine(root: &Path) -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu_model = cpuinfo
        .lines()
        .find(|line| line.starts_with("model name"))
        .and_then(|line| line.split(':').nth(1))
        .map_or_else(|| "unknown".to_string(), |model| model.trim().to_string());
    let status = output_of(root, "git", &["status", "--porcelain"]);
    let dirty = !status.is_empty() && status != "unknown";
    let commit = output_of(root, "git", &["rev-parse", "--short", "HEAD"]);
    Machine {
        cpus: std::thread::available_parallelism().map_or(0, |n| n.get()),
        cpu_model,
        rustc: output_of(root, "rustc", &["--version"]),
        commit: if dirty {
            format!("{commit} (dirty)")
        } else {
            commit
        },
        load: load_average(),
    }
}

/// The 1, 5 and 15 minute load averages, or "unknown".
pub(super) fn load_average() -> String {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = text.split_whitespace().take(3).collect();
    if load.is_empty() {
        "unknown".to_string()
    } else {
        load.join(" ")
    }
}

/// A command's trimmed standard output, or "unknown".
fn output_of(dir: &Path, program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map_or_else(
            || "unknown".to_string(),
            |output| String::from_utf8_lossy(&output.stdout).trim().to_string(),
        )
}

pub(super) fn report(
    machine: &Machine,
    runs: usize,
    rows: &[SpecRow],
    compared: &Compared,
) -> String {
    let mut out = String::from("# sdkgen scale report\n\n");
    let command: Vec<String> = std::env::args().skip(1).collect();
    let _ = writeln!(out, "- command: `cargo xtask {}`", command.join(" "));
    let _ = writeln!(out, "- sdkgen commit: {}", machine.commit);
    let _ = writeln!(
        out,
        "- machine: {} CPUs ({}), {}; load average at start {}",
        machine.cpus, machine.cpu_model, machine.rustc, machine.load
    );
    let _ = writeln!(out, "- parse and generate: best of {runs} runs each, in one `--release` process per spec; parse = read the file + `serde_json` into `openapiv3::OpenAPI`; generate = `Generator::render()` in memory (load, lower, emit, format; no disk writes), on every core; format alone = `syn::parse_file` + `prettyplease::unparse` of the generated `.rs` files, on one thread");
    let _ = writeln!(out, "- peak RSS: `VmHWM` from `/proc/self/status` of a separate `--release` process that generates once, read just before it exits\n");
    out.push_str(&spec_table(rows));
    out.push('\n');
    out.push_str(&crate_table(compared.size, compared.checks));
    out.push('\n');
    out.push_str(&baseline_table(compared));
    out
}

fn spec_table(rows: &[SpecRow]) -> String {
    let mut out = String::from("| spec | source | size | operations | parse (s) | generate (s) | generate ÷ parse | format alone (s) | format alone ÷ parse | peak RSS of generation |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for row in rows {
        let Timing {
            parse_seconds,
            generate_seconds,
            format_seconds,
            operations,
        } = row.timing;
        let peak = row.peak.kib.map_or_else(
            || "n/a".to_string(),
            |kib| format!("{:.0} MiB", kib as f64 / 1024.0),
        );
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} MB | {} | {parse_seconds:.3} | {generate_seconds:.3} | {:.1}× | {format_seconds:.3} | {:.1}× | {peak} |",
            row.input.name,
            row.input.source,
            row.bytes as f64 / 1e6,
            thousands(operations),
            generate_seconds / parse_seconds,
            format_seconds / parse_seconds,
        );
    }
    out
}

fn crate_table(size: &CrateSize, checks: &CheckTimes) -> String {
    let mut out = String::from(
        "GitHub crate (`target/bench/github`):\n\n| measure | value |\n| --- | ---: |\n",
    );
    let mut row = |name: &str, value: String| {
        let _ = writeln!(out, "| {name} | {value} |");
    };
    row("lines of Rust in `src/`", thousands(size.total_lines));
    row(
        &format!(
            "lines in operation modules ({} modules, {} groups)",
            size.modules, size.groups
        ),
        thousands(size.operation_lines),
    );
    row("operations", thousands(size.operations));
    let per_operation = size.operation_lines as f64 / size.operations.max(1) as f64;
    row(
        "lines of operation modules per operation",
        format!("{per_operation:.0}"),
    );
    let in_all = size.total_lines as f64 / size.operations.max(1) as f64;
    row(
        "lines of Rust per operation, in all (models included)",
        format!("{in_all:.0}"),
    );
    let touched = "after `touch src/lib.rs`, dependencies built, `CARGO_INCREMENTAL=0`";
    row(
        &format!("`cargo check` {touched} (s)"),
        format!("{:.1}", checks.whole),
    );
    row(
        &format!("`cargo check --all-features` {touched} (s)"),
        format!("{:.1}", checks.all_features),
    );
    let repos = "`cargo check --no-default-features --features repos`";
    match checks.repos {
        Some(seconds) => {
            row(&format!("{repos} {touched} (s)"), format!("{seconds:.1}"));
            row("repos ÷ whole", format!("{:.2}", seconds / checks.whole));
        }
        None => row(repos, "n/a (no `repos` feature)".to_string()),
    }
    out
}

/// Ours beside OpenAPI Generator's: every figure of ours as a ratio to its, from this run.
fn baseline_table(compared: &Compared) -> String {
    let Compared {
        size,
        checks,
        baseline,
        baseline_check,
    } = compared;
    let mut out = format!(
        "Beside OpenAPI Generator {} (`rust`, its defaults; `target/bench/openapi-generator-github`), the same spec, checked the same way in this run:\n\n| measure | OpenAPI Generator | sdkgen | sdkgen ÷ OpenAPI Generator |\n| --- | ---: | ---: | ---: |\n",
        baseline.version
    );
    let _ = writeln!(
        out,
        "| lines of Rust in `src/` | {} | {} | {:.2} |",
        thousands(baseline.lines),
        thousands(size.total_lines),
        size.total_lines as f64 / baseline.lines.max(1) as f64
    );
    let mut check_row = |features: &str, ours: f64| {
        let _ = writeln!(
            out,
            "| `cargo check` (s), {features} | {baseline_check:.1} | {ours:.1} | {:.2} |",
            ours / baseline_check
        );
    };
    check_row("default features", checks.whole);
    check_row("all features", checks.all_features);
    if let Some(repos) = checks.repos {
        check_row("`repos` alone", repos);
    }
    let _ = writeln!(
        out,
        "\nOpenAPI Generator took {:.1} s to generate its crate (a JVM, started once, no formatting).",
        baseline.generate_seconds
    );
    out
}

/// `1234567` as `1,234,567`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(321174), "321,174");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
