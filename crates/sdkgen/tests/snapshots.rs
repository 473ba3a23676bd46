//! Snapshots of the IR and of the emitted code for small specs. Review changes with
//! `cargo insta review`.

use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn settings() -> sdkgen::Settings {
    let text = r#"
[package]
name = "shapes-client"
version = "0.1.0"
description = "Snapshot fixture."
license = "MIT"
repository = "https://example.invalid/shapes"
"#;
    match sdkgen::Settings::parse(Path::new("shapes.toml"), text) {
        Ok(settings) => settings,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn fixtures_ir() {
    for name in [
        "shapes",
        "bodies",
        "openapi31",
        "wild",
        "no_operations",
        "names",
    ] {
        // `wild.yaml` holds parts that are not valid OpenAPI: their snapshot shows what
        // `--lenient` makes of them.
        let api = sdkgen::Generator::new(fixture(&format!("{name}.yaml")))
            .lenient(true)
            .ir()
            .map_err(|e| e.to_string());
        insta::assert_json_snapshot!(format!("{name}_ir"), api.expect("the fixture lowers"));
    }
}

#[test]
fn shapes_code() {
    let (files, _) = sdkgen::Generator::new(fixture("shapes.yaml"))
        .settings(settings())
        .render()
        .map_err(|e| e.to_string())
        .expect("the fixture renders");
    for name in [
        "Cargo.toml",
        "src/lib.rs",
        "src/client.rs",
        "src/models.rs",
        "src/pets.rs",
        "src/health.rs",
    ] {
        let text = files
            .get(Path::new(name))
            .unwrap_or_else(|| panic!("{name} is emitted"));
        insta::assert_snapshot!(format!("shapes_{}", name.replace(['/', '.'], "_")), text);
    }
}

#[test]
fn seed_ir() {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    for api in ["feedback", "latitudesh", "sensorbucket", "rockset"] {
        let ir = sdkgen::Generator::new(specs.join(format!("{api}.yaml")))
            .ir()
            .map_err(|e| e.to_string());
        insta::assert_json_snapshot!(format!("seed_ir_{api}"), ir.expect("the seed spec lowers"));
    }
}

#[test]
fn rendering_is_deterministic() {
    let render = || {
        sdkgen::Generator::new(fixture("shapes.yaml"))
            .settings(settings())
            .render()
            .map(|(files, _)| files)
            .map_err(|e| e.to_string())
    };
    assert_eq!(render(), render());
}
