//! Doc templates can be overridden one by one, and a broken override is reported with its
//! file and line.

use std::path::Path;

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: Demo, version: '1'}
tags: [{name: Things}]
paths:
  /things:
    get:
      tags: [Things]
      operationId: listThings
      responses:
        '200': {description: ok}
"#;

const SETTINGS: &str = r#"
[package]
name = "demo-client"
version = "0.1.0"
description = "Demo."
license = "MIT"
repository = "https://example.invalid/demo"
"#;

fn setup(dir: &Path) {
    std::fs::write(dir.join("api.yaml"), SPEC).expect("spec");
    std::fs::write(dir.join("api.toml"), SETTINGS).expect("settings");
}

#[test]
fn an_override_replaces_only_its_template() {
    let dir = tempfile::tempdir().expect("tempdir");
    setup(dir.path());
    let templates = dir.path().join("templates/docs");
    std::fs::create_dir_all(&templates).expect("mkdir");
    std::fs::write(
        templates.join("group.md.j2"),
        "# Custom {{ group.name }}\n{% for op in operations %}- {{ op.rust_name }}\n{% endfor %}",
    )
    .expect("template");
    let (files, _) = sdkgen::Generator::new(dir.path().join("api.yaml"))
        .templates_dir(dir.path().join("templates"))
        .render()
        .expect("renders");
    assert_eq!(
        files[Path::new("docs/things.md")],
        "# Custom Things\n- list_things\n"
    );
    assert!(
        files[Path::new("README.md")].contains("## Operations"),
        "the README keeps the built-in template"
    );
}

#[test]
fn a_broken_override_names_its_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    setup(dir.path());
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).expect("mkdir");
    std::fs::write(
        templates.join("README.md.j2"),
        "# {{ package.name }}\n\n{{ no_such_variable }}\n",
    )
    .expect("template");
    match sdkgen::Generator::new(dir.path().join("api.yaml"))
        .templates_dir(&templates)
        .render()
    {
        Err(sdkgen::Error::Spec(e)) => {
            assert_eq!(e.file, templates.join("README.md.j2"));
            assert_eq!(e.location, sdkgen::Location::Line { line: 3, column: 1 });
        }
        other => panic!("expected a located template error, got {other:?}"),
    }
}
