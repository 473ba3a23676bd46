//! The baseline of the GitHub crate's figures: OpenAPI Generator's `rust` generator on the same
//! spec, in the same run. It is pinned, with its hash, in `xtask/bench/requirements.txt` and
//! installed with pip into a virtual environment under `target/bench/`; its crate's
//! dependencies are pinned by `xtask/bench/openapi-generator.Cargo.lock`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The virtual environment OpenAPI Generator is installed in.
const VENV: &str = "target/bench/openapi-generator";

/// OpenAPI Generator's crate for the GitHub spec, and its figures.
#[derive(Debug)]
pub(super) struct Baseline {
    pub version: String,
    /// Seconds its generator took (a JVM started once, no formatting).
    pub generate_seconds: f64,
    pub lines: usize,
    pub crate_dir: PathBuf,
}

/// Installs the pinned OpenAPI Generator (skipped when the installed requirements are the
/// committed ones) and generates its crate for `spec` into `target/bench/openapi-generator-github`.
pub(super) fn generate(root: &Path, spec: &Path) -> Result<Baseline, String> {
    let cli = install(root)?;
    let crate_dir = root.join(super::BENCH_DIR).join("openapi-generator-github");
    if crate_dir.exists() {
        std::fs::remove_dir_all(&crate_dir)
            .map_err(|e| format!("removing {}: {e}", crate_dir.display()))?;
    }
    eprintln!(
        "generating OpenAPI Generator's crate into {}",
        crate_dir.display()
    );
    let started = Instant::now();
    let output = Command::new(&cli)
        .arg("generate")
        .args(["-g", "rust", "--skip-validate-spec"])
        .arg("-i")
        .arg(spec)
        .arg("-o")
        .arg(&crate_dir)
        .arg("--additional-properties=packageName=openapi-generator-github")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", cli.display()))?;
    let generate_seconds = started.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!(
            "OpenAPI Generator failed on {}:\n{}",
            spec.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    // The committed lock file keeps its dependencies the same in every run.
    let lock = root.join("xtask/bench/openapi-generator.Cargo.lock");
    crate::tasks::standalone_with_lock(&crate_dir, &lock)?;
    Ok(Baseline {
        version: version(&cli)?,
        generate_seconds,
        lines: rust_lines(&crate_dir.join("src"))?,
        crate_dir,
    })
}

/// The `openapi-generator-cli` of the virtual environment, installed from the committed
/// requirements when they are not the installed ones.
fn install(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join(VENV);
    let cli = venv.join("bin/openapi-generator-cli");
    let requirements = root.join("xtask/bench/requirements.txt");
    let installed = venv.join("requirements.txt");
    let wanted = std::fs::read(&requirements)
        .map_err(|e| format!("reading {}: {e}", requirements.display()))?;
    if cli.exists() && std::fs::read(&installed).ok().as_ref() == Some(&wanted) {
        return Ok(cli);
    }
    let venv_arg = venv.to_string_lossy();
    crate::run(root, "python3", &["-m", "venv", &venv_arg], &[])?;
    let pip = venv.join("bin/pip");
    let requirements_arg = requirements.to_string_lossy();
    let args = [
        "install",
        "--quiet",
        "--require-hashes",
        "-r",
        &requirements_arg,
    ];
    crate::run(root, &pip.to_string_lossy(), &args, &[])?;
    std::fs::write(&installed, wanted)
        .map_err(|e| format!("writing {}: {e}", installed.display()))?;
    Ok(cli)
}

fn version(cli: &Path) -> Result<String, String> {
    let output = Command::new(cli)
        .arg("version")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", cli.display()))?;
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines()
        .map(str::trim)
        .rfind(|line| !line.is_empty())
        .map(str::to_string)
        .ok_or_else(|| format!("{} printed no version", cli.display()))
}

/// Lines of the `.rs` files under `src`.
pub(super) fn rust_lines(src: &Path) -> Result<usize, String> {
    let mut lines = 0;
    for file in crate::tasks::files_under(src)? {
        if file.extension().is_some_and(|ext| ext == "rs") {
            let path = src.join(&file);
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("reading {}: {e}", path.display()))?;
            lines += text.lines().count();
        }
    }
    Ok(lines)
}
