//! Bad input gets an error naming the file and the location, never a panic, and a failed run
//! leaves earlier output untouched.

use std::path::{Path, PathBuf};
use std::process::Command;

use sdkgen::{Error, Location};

mod common;

use common::THINGS_SPEC;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("writing a fixture");
    path
}

const SETTINGS: &str = r#"
[package]
name = "demo-client"
version = "0.1.0"
description = "Demo."
license = "MIT"
repository = "https://example.invalid/demo"
"#;

fn spec_error(spec: &Path) -> sdkgen::SpecError {
    match sdkgen::Generator::new(spec).ir() {
        Err(Error::Spec(e)) => e,
        other => panic!("expected a spec error, got {other:?}"),
    }
}

#[test]
fn yaml_syntax_errors_name_the_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "broken.yaml",
        "openapi: 3.0.3\ninfo:\n  title: [unclosed\n",
    );
    let error = spec_error(&spec);
    assert_eq!(error.file, spec);
    assert!(
        matches!(
            error.location,
            Location::Line { line: 4, .. } | Location::Line { line: 3, .. }
        ),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}: line ", spec.display())),
        "{error}"
    );
}

#[test]
fn json_syntax_errors_name_the_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "broken.json",
        "{\n  \"openapi\": \"3.0.3\",\n  \"info\": }\n",
    );
    let error = spec_error(&spec);
    assert!(
        matches!(error.location, Location::Line { line: 3, .. }),
        "{error}"
    );
}

#[test]
fn dangling_local_refs_name_the_pointer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "api.yaml",
        &THINGS_SPEC.replace("schemas/Thing'", "schemas/Nothing'"),
    );
    let error = spec_error(&spec);
    assert_eq!(
        error.location,
        Location::Pointer(
            "/paths/~1things/get/responses/200/content/application~1json/schema".to_string()
        )
    );
    assert!(
        error.message.contains("#/components/schemas/Nothing"),
        "{error}"
    );
}

#[test]
fn dangling_file_refs_name_the_referring_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "schemas.yaml", "Thing:\n  type: object\n");
    let spec = write(
        dir.path(),
        "api.yaml",
        &THINGS_SPEC.replace("'#/components/schemas/Thing'", "'schemas.yaml#/Thingy'"),
    );
    let error = spec_error(&spec);
    assert_eq!(error.file, spec);
    assert!(error.message.contains("does not resolve"), "{error}");
    let missing = write(
        dir.path(),
        "api2.yaml",
        &THINGS_SPEC.replace("'#/components/schemas/Thing'", "'nowhere.yaml#/Thing'"),
    );
    assert!(spec_error(&missing).message.contains("cannot read"));
}

#[test]
fn errors_inside_referenced_files_name_that_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "paths.yaml",
        "get:\n  operationId: x\n  responses:\n    '200':\n      $ref: '#/nowhere'\n",
    );
    let spec = write(
        dir.path(),
        "api.yaml",
        "openapi: 3.0.3\ninfo: {title: Demo, version: '1'}\npaths:\n  /x:\n    $ref: 'paths.yaml'\n",
    );
    let error = spec_error(&spec);
    assert_eq!(error.file, dir.path().join("paths.yaml"), "{error}");
    assert_eq!(
        error.location,
        Location::Pointer("/get/responses/200".to_string())
    );
}

/// THINGS_SPEC with `parameter` on `GET /things`.
fn with_parameter(parameter: &str) -> String {
    THINGS_SPEC.replace(
        "      operationId: listThings\n",
        &format!("      operationId: listThings\n      parameters: [{parameter}]\n"),
    )
}

#[test]
fn parts_that_are_not_valid_openapi_are_refused_naming_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        (
            "{name: q, in: querry, schema: {type: string}}",
            "/paths/~1things/get/parameters/0",
            "querry",
        ),
        (
            "{name: q, in: query, style: spaced, schema: {type: string}}",
            "/paths/~1things/get/parameters/0",
            "spaced",
        ),
        (
            "{name: q, in: query, schema: {type: strin}}",
            "/paths/~1things/get/parameters/0/schema",
            "strin",
        ),
    ];
    for (parameter, pointer, culprit) in cases {
        let spec = write(dir.path(), "api.yaml", &with_parameter(parameter));
        let error = spec_error(&spec);
        assert_eq!(
            error.location,
            Location::Pointer(pointer.to_string()),
            "{parameter}: {error}"
        );
        assert!(
            error.message.contains(culprit) && error.message.contains("--lenient"),
            "{parameter}: {error}"
        );
        let api = sdkgen::Generator::new(&spec)
            .lenient(true)
            .ir()
            .expect("--lenient degrades");
        assert!(
            api.warnings.iter().any(|w| w.pointer.starts_with(pointer)),
            "{parameter}: {:?}",
            api.warnings
        );
    }

    let spec = write(
        dir.path(),
        "api.yaml",
        &with_parameter("{name: q, in: querry, schema: {type: string}}"),
    );
    write(dir.path(), "api.toml", SETTINGS);
    let out = dir.path().join("client");
    let cli = |lenient: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_sdkgen"));
        command.arg("generate").arg(&spec).arg("--out").arg(&out);
        if lenient {
            command.arg("--lenient");
        }
        command.output().expect("runs")
    };
    let refused = cli(false);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("api.yaml") && stderr.contains("/paths/~1things/get/parameters/0"),
        "{stderr}"
    );
    assert!(!out.exists(), "a refused spec writes nothing");
    let degraded = cli(true);
    let stderr = String::from_utf8_lossy(&degraded.stderr);
    assert_eq!(degraded.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("warning:") && stderr.contains("the parameter is ignored"),
        "{stderr}"
    );
}

#[test]
fn unmodelled_constructs_that_change_the_client_are_located_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = THINGS_SPEC
        .replace(
            "            application/json:\n",
            "            application/xml:\n",
        )
        .replace(
            "        id: {type: string}",
            "        id: {type: string}\n        pair: {type: array, prefixItems: [{type: string}, {type: integer}]}",
        );
    let spec = write(dir.path(), "api.yaml", &text);
    let api = sdkgen::Generator::new(&spec).ir().expect("lowers");
    let find = |pointer: &str, words: &str| {
        api.warnings
            .iter()
            .any(|w| w.pointer == pointer && w.message.contains(words))
    };
    assert!(
        find(
            "/paths/~1things/get/responses/200/content/application~1xml",
            "XML bodies are not modelled"
        ),
        "{:?}",
        api.warnings
    );
    assert!(
        find(
            "/components/schemas/Thing/properties/pair/prefixItems",
            "prefixItems"
        ),
        "{:?}",
        api.warnings
    );
}

#[test]
fn parts_that_do_not_parse_are_dropped_with_a_warning_when_lenient() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = THINGS_SPEC
        .replace(
            "        id: {type: string}",
            "        id: {type: string, pattern: 7}",
        )
        .replace(
            "paths:\n",
            "paths:\n  /broken:\n    get:\n      responses: 7\n",
        );
    let spec = write(dir.path(), "api.yaml", &text);
    write(dir.path(), "api.toml", SETTINGS);
    let (files, warnings) = sdkgen::Generator::new(&spec)
        .lenient(true)
        .render()
        .expect("degrades instead of failing");
    let messages: Vec<String> = warnings
        .iter()
        .map(|w| format!("{}: {}", w.pointer, w.message))
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("/paths/~1broken/get") && m.contains("left out")),
        "{messages:?}"
    );
    // Only the schema that does not parse is replaced, not the component around it.
    assert!(
        messages.iter().any(
            |m| m.starts_with("/components/schemas/Thing/properties/id:")
                && m.contains("any JSON value")
        ),
        "{messages:?}"
    );
    let models = &files[std::path::Path::new("src/models.rs")];
    assert!(
        models.contains("pub struct Thing {")
            && models.contains("pub id: Option<::serde_json::Value>,"),
        "{models}"
    );
}

#[test]
fn unsupported_versions_are_refused_with_a_location() {
    let dir = tempfile::tempdir().expect("tempdir");
    let v4 = write(
        dir.path(),
        "v4.yaml",
        &THINGS_SPEC.replace("3.0.3", "4.0.0"),
    );
    assert_eq!(
        spec_error(&v4).location,
        Location::Pointer("/openapi".to_string())
    );
    let v31 = write(
        dir.path(),
        "v31.yaml",
        &THINGS_SPEC.replace("3.0.3", "3.1.0"),
    );
    assert!(sdkgen::Generator::new(&v31).ir().is_ok(), "3.1 is read");
    let swagger = write(
        dir.path(),
        "v2.yaml",
        "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
    );
    assert_eq!(
        spec_error(&swagger).location,
        Location::Pointer("/swagger".to_string())
    );
}

#[test]
fn invalid_documents_are_located() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "api.yaml",
        "openapi: 3.0.3\ninfo: {title: Demo}\npaths: {}\n",
    );
    let error = spec_error(&spec);
    assert!(error.message.contains("version"), "{error}");
}

#[test]
fn bad_settings_are_located() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(dir.path(), "api.yaml", THINGS_SPEC);
    write(
        dir.path(),
        "api.toml",
        &SETTINGS.replace("0.1.0", "2023-05-19"),
    );
    match sdkgen::Generator::new(&spec).generate(dir.path().join("out")) {
        Err(Error::Spec(e)) => {
            assert_eq!(e.file, dir.path().join("api.toml"));
            assert!(e.message.contains("not semver"), "{e}");
        }
        other => panic!("expected a settings error, got {other:?}"),
    }
}

#[test]
fn a_failed_run_leaves_the_previous_output_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(dir.path(), "api.yaml", THINGS_SPEC);
    write(dir.path(), "api.toml", SETTINGS);
    let out = dir.path().join("out");
    sdkgen::Generator::new(&spec)
        .generate(&out)
        .expect("first run");
    let before = std::fs::read_to_string(out.join("src/models.rs")).expect("models.rs");
    write(
        dir.path(),
        "api.yaml",
        &THINGS_SPEC.replace("schemas/Thing'", "schemas/Nothing'"),
    );
    assert!(sdkgen::Generator::new(&spec).generate(&out).is_err());
    let after = std::fs::read_to_string(out.join("src/models.rs")).expect("models.rs survives");
    assert_eq!(before, after);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listing")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".sdkgen"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_cli_exits_2_on_bad_input_and_1_on_other_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = write(dir.path(), "api.yaml", THINGS_SPEC);
    write(dir.path(), "api.toml", SETTINGS);
    let bad = write(dir.path(), "bad.yaml", "openapi: [");
    let sdkgen = env!("CARGO_BIN_EXE_sdkgen");

    let ok = Command::new(sdkgen)
        .args(["ir"])
        .arg(&good)
        .output()
        .expect("runs");
    assert_eq!(ok.status.code(), Some(0));
    let ir: serde_json::Value = serde_json::from_slice(&ok.stdout).expect("the IR is JSON");
    assert_eq!(ir["groups"][0]["operations"][0]["rust_name"], "list_things");

    let failed = Command::new(sdkgen)
        .args(["generate"])
        .arg(&bad)
        .arg("--out")
        .arg(dir.path().join("o"))
        .output()
        .expect("runs");
    assert_eq!(failed.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(stderr.contains("bad.yaml: line 2"), "{stderr}");

    let blocker = write(dir.path(), "file", "not a directory");
    let unwritable = Command::new(sdkgen)
        .args(["generate"])
        .arg(&good)
        .arg("--out")
        .arg(blocker.join("out"))
        .output()
        .expect("runs");
    assert_eq!(
        unwritable.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&unwritable.stderr)
    );

    let normalized = Command::new(sdkgen)
        .args(["normalize"])
        .arg(&good)
        .output()
        .expect("runs");
    assert_eq!(normalized.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&normalized.stdout).contains("listThings"));
}

#[test]
fn odd_but_valid_specs_do_not_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        "openapi: 3.0.0\ninfo: {title: t, version: v}\npaths: {}\n",
        "openapi: 3.0.0\ninfo: {title: t, version: v}\npaths:\n  /a/{b}:\n    get:\n      responses: {}\n",
        "openapi: 3.0.0\ninfo: {title: t, version: v}\npaths:\n  /:\n    post:\n      requestBody:\n        content: {}\n      responses:\n        default: {description: d}\n",
        "openapi: 3.0.0\ninfo: {title: t, version: v}\npaths: {}\ncomponents:\n  schemas:\n    A: {allOf: [{$ref: '#/components/schemas/A'}]}\n    B: {oneOf: []}\n    C: {enum: [1, a, null]}\n    self: {type: object, properties: {type: {type: string}, Type: {type: string}}}\n",
    ];
    for (i, text) in cases.iter().enumerate() {
        let spec = write(dir.path(), &format!("case{i}.yaml"), text);
        let result = sdkgen::Generator::new(&spec).ir();
        assert!(result.is_ok(), "case {i}: {result:?}");
    }
}

#[test]
fn warnings_name_the_file_they_come_from() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "schemas.yaml",
        "Odd:\n  type: object\n  properties:\n    data:\n      type: unknown\n",
    );
    let spec = write(
        dir.path(),
        "api.yaml",
        &THINGS_SPEC.replace("'#/components/schemas/Thing'", "'schemas.yaml#/Odd'"),
    );
    write(dir.path(), "api.toml", SETTINGS);
    let (_, warnings) = sdkgen::Generator::new(&spec)
        .lenient(true)
        .render()
        .expect("renders with a warning");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].file, dir.path().join("schemas.yaml"));
    assert_eq!(warnings[0].pointer, "/Odd/properties/data");
    assert!(warnings[0].message.contains("unknown"), "{}", warnings[0]);
}

#[test]
fn normalize_prints_the_spec_as_sdkgen_reads_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "api.yaml",
        &THINGS_SPEC
            .replace("3.0.3", "3.1.0")
            .replace("id: {type: string}", "id: {type: [string, 'null']}"),
    );
    let (yaml, warnings) = sdkgen::normalize(&spec).expect("normalizes");
    assert!(yaml.contains("openapi: 3.0.3"), "{yaml}");
    assert!(yaml.contains("nullable: true"), "{yaml}");
    assert!(
        !yaml.contains("- 'null'") && !yaml.contains("- null"),
        "{yaml}"
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}
