//! What a `build.rs` watches: the report names every file a run read.

use std::path::{Path, PathBuf};

mod common;

use common::THINGS_SPEC;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("writing a fixture");
    path
}

#[test]
fn the_report_lists_the_spec_its_referenced_files_the_settings_and_the_templates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let schemas = write(dir.path(), "schemas.yaml", "Thing:\n  type: object\n");
    let spec = write(
        dir.path(),
        "api.yaml",
        &THINGS_SPEC.replace("'#/components/schemas/Thing'", "'schemas.yaml#/Thing'"),
    );
    let unread = write(dir.path(), "unread.yaml", "Other:\n  type: object\n");
    let out = dir.path().join("client.rs");

    let report = sdkgen::Generator::new(&spec)
        .generate_file(&out)
        .expect("generates");
    assert_eq!(report.inputs, vec![spec.clone(), schemas.clone()]);
    assert!(!report.inputs.contains(&unread));

    let settings = write(
        dir.path(),
        "api.toml",
        "[package]\nname = \"things\"\nversion = \"0.1.0\"\n",
    );
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).expect("templates dir");
    let report = sdkgen::Generator::new(&spec)
        .templates_dir(&templates)
        .generate_file(&out)
        .expect("generates");
    assert_eq!(report.inputs, vec![spec, schemas, settings, templates]);
}
