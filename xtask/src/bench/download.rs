//! The download-memory report: the generated conformance client downloads a 200 MiB body from
//! an in-process server (`crates/client-tests/examples/download_memory.rs`, release build), once
//! read with `.stream()` and once awaited whole, each in its own process; each reports its
//! resident memory before the download and its peak (`VmHWM`).

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use serde::Deserialize;

/// The size of the body, in MiB.
const MEGABYTES: u64 = 200;

/// The limit the streamed download must stay under, in MiB.
const STREAM_LIMIT_MIB: f64 = 32.0;

/// What one run of the example prints.
#[derive(Debug, Deserialize)]
struct Download {
    mode: String,
    bytes: u64,
    seconds: f64,
    baseline_kib: Option<u64>,
    peak_kib: Option<u64>,
}

/// Runs both downloads and returns the report's markdown section; an error when the streamed
/// download's peak is over the limit.
pub fn run(root: &Path) -> Result<String, String> {
    let build = [
        "build",
        "--release",
        "--quiet",
        "-p",
        "client-tests",
        "--example",
        "download_memory",
    ];
    crate::run(root, "cargo", &build, &[])?;
    let example = root.join("target/release/examples/download_memory");
    let runs = ["stream", "whole"]
        .into_iter()
        .map(|mode| download(&example, mode))
        .collect::<Result<Vec<_>, _>>()?;
    let mut section = format!(
        "\n## Downloading {MEGABYTES} MiB\n\nThe conformance client against a loopback server, one process per row \
         (`cargo xtask bench --download-only`).\n\n\
         | read | seconds | RSS before (MiB) | peak RSS (MiB) |\n| --- | ---: | ---: | ---: |\n"
    );
    for run in &runs {
        let _ = writeln!(
            section,
            "| {} | {:.2} | {} | {} |",
            if run.mode == "stream" {
                "`.stream()`, chunk by chunk"
            } else {
                "`.await`, whole"
            },
            run.seconds,
            mib(run.baseline_kib),
            mib(run.peak_kib)
        );
    }
    let streamed = runs
        .first()
        .and_then(|run| run.peak_kib)
        .ok_or("the streamed run reported no peak")?;
    let peak = streamed as f64 / 1024.0;
    if peak >= STREAM_LIMIT_MIB {
        return Err(format!(
            "the streamed download peaked at {peak:.1} MiB, over {STREAM_LIMIT_MIB} MiB\n{section}"
        ));
    }
    let _ = writeln!(
        section,
        "\nThe streamed download's peak is under the {STREAM_LIMIT_MIB} MiB limit."
    );
    Ok(section)
}

fn download(example: &Path, mode: &str) -> Result<Download, String> {
    let output = Command::new(example)
        .args([mode, &MEGABYTES.to_string()])
        .output()
        .map_err(|e| format!("running {}: {e}", example.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} {mode} failed: {}",
            example.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let run: Download = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("reading the {mode} report: {e}"))?;
    let expected = MEGABYTES * 1024 * 1024;
    if run.bytes != expected {
        return Err(format!(
            "the {mode} run downloaded {} bytes, not {expected}",
            run.bytes
        ));
    }
    Ok(run)
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or("n/a".to_string(), |kib| {
        format!("{:.1}", kib as f64 / 1024.0)
    })
}
