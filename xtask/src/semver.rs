//! Checks that `sdkgen diff`'s classes hold for real Rust code: a program written against the
//! crate of `fixtures/diff/base.yaml` (`program.rs` there) must compile against it and against
//! the crates of the docs-only and additive edits, and must not compile against the crate of
//! the breaking edit.

use std::path::Path;
use std::process::Command;

/// Each spec in the fixtures folder, and whether the program compiles against its crate.
const CASES: [(&str, bool); 4] = [
    ("base", true),
    ("docs_only", true),
    ("additive", true),
    ("breaking", false),
];

/// Generates each case's crate and compiles the program against it.
pub fn check_classes(root: &Path) -> Result<(), String> {
    let fixtures = root.join("crates/sdkgen/tests/fixtures/diff");
    let scratch = root.join("target/semver-classes");
    let settings = sdkgen::Settings::parse(
        Path::new("<semver check settings>"),
        "[package]\nname = \"pets-client\"\nversion = \"0.1.0\"\npublish = false\n",
    )
    .map_err(|e| e.to_string())?;
    for (case, compiles) in CASES {
        let dir = scratch.join(case);
        // Each crate is a first version: what is compared is the code, not the version.
        let _ = std::fs::remove_dir_all(&dir);
        sdkgen::Generator::new(fixtures.join(format!("{case}.yaml")))
            .settings(settings.clone())
            .generate(dir.join("pets"))
            .map_err(|e| format!("generating the {case} crate: {e}"))?;
        write_program(root, &dir, &fixtures.join("program.rs"))?;
        let output = Command::new("cargo")
            .args(["check", "--quiet"])
            .current_dir(dir.join("program"))
            .env("CARGO_TARGET_DIR", root.join("target/sample-crates/target"))
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        let compiled = output.status.success();
        eprintln!(
            "semver classes: the program {} against the {case} crate",
            if compiled {
                "compiles"
            } else {
                "does not compile"
            }
        );
        if compiled != compiles {
            return Err(format!(
                "the program written against base.yaml's crate {} against the {case} crate, which `sdkgen diff` classifies otherwise:\n{}",
                if compiled { "compiles" } else { "does not compile" },
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    Ok(())
}

/// A binary crate beside `dir/pets` with the program as its `main.rs`, pinned to the
/// project's lockfile.
fn write_program(root: &Path, dir: &Path, program: &Path) -> Result<(), String> {
    let crate_dir = dir.join("program");
    std::fs::create_dir_all(crate_dir.join("src")).map_err(|e| e.to_string())?;
    let manifest = "[package]\nname = \"pets-program\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
                    [dependencies]\npets-client = { path = \"../pets\" }\n\n[workspace]\n";
    std::fs::write(crate_dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::copy(program, crate_dir.join("src/main.rs")).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("Cargo.lock"), crate_dir.join("Cargo.lock"))
        .map_err(|e| e.to_string())?;
    Ok(())
}
