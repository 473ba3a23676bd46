//! Generates the Rockset client from the repository's spec and settings into `OUT_DIR`, as one
//! file that `src/lib.rs` includes. Cargo reruns this only when a file the run read changes:
//! the spec, a file its `$ref`s reach, or the settings.

use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    let (spec, settings) = (specs.join("rockset.yaml"), specs.join("rockset.toml"));
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("rockset.rs");
    let report = sdkgen::Generator::new(&spec)
        .settings_file(&settings)
        .generate_file(&out)?;
    for input in &report.inputs {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    for warning in &report.warnings {
        println!("cargo:warning={warning}");
    }
    Ok(())
}
