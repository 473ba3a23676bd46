//! `[[pagination]]` rules in the settings: paging declared for operations the spec does not
//! describe as paged, by id or by `METHOD /path` pattern, located errors and warnings, and
//! releases that see a rule come or go.

use std::path::{Path, PathBuf};

use sdkgen::diff::Bump;
use sdkgen::ir::PaginationKind;
use sdkgen::{Error, Location};

/// Two list operations whose paging nothing infers (`start` is no known offset name), and one
/// whose shape pages by offset.
const SPEC: &str = r#"
openapi: 3.0.3
info: {title: Lists, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: start, in: query, schema: {type: integer}}
        - {name: token, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  entries: {type: array, items: {type: string}}
                  following: {type: string}
  /things/archived:
    get:
      operationId: listArchivedThings
      parameters:
        - {name: start, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /logs:
    get:
      operationId: listLogs
      parameters:
        - {name: offset, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {type: array, items: {type: string}}
"#;

const PACKAGE: &str = r#"
[package]
name = "lists-client"
version = "1.0.0"
description = "Lists."
license = "MIT"
repository = "https://example.invalid/lists"
"#;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("writing a fixture");
    path
}

/// The spec and its settings (the package table, then `rules`) in `dir`.
fn fixture(dir: &Path, rules: &str) -> PathBuf {
    write(dir, "lists.toml", &format!("{PACKAGE}{rules}"));
    write(dir, "lists.yaml", SPEC)
}

/// The located error lowering `spec` gives.
fn spec_error(spec: &Path) -> sdkgen::SpecError {
    match sdkgen::Generator::new(spec).ir() {
        Err(Error::Spec(error)) => error,
        other => panic!("expected a located error, got {other:?}"),
    }
}

fn paging(api: &sdkgen::ir::Api, id: &str) -> Option<PaginationKind> {
    api.operations()
        .find(|(_, op)| op.id == id)
        .and_then(|(_, op)| op.pagination.as_ref())
        .map(|p| p.kind.clone())
}

#[test]
fn rules_name_operations_by_id_and_by_method_and_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = fixture(
        dir.path(),
        r#"
[[pagination]]
operations = ["listThings"]
items = "/entries"
cursor = { parameter = "token", next = "/following" }

[[pagination]]
operations = ["GET /things/*"]
items = ""
offset = { parameter = "start" }

[[pagination]]
operations = ["get /logs"]
none = true
"#,
    );
    let api = sdkgen::Generator::new(&spec).ir().expect("lowers");
    assert!(
        matches!(paging(&api, "listThings"), Some(PaginationKind::Cursor { wire_name, .. }) if wire_name == "token"),
        "{:?}",
        paging(&api, "listThings")
    );
    assert_eq!(
        paging(&api, "listArchivedThings"),
        Some(PaginationKind::Offset {
            parameter: "start".to_string(),
            limit: None
        })
    );
    assert_eq!(paging(&api, "listLogs"), None, "`none` turns inference off");
    assert!(api.notes.is_empty(), "{:?}", api.notes);
}

#[test]
fn without_rules_only_the_evident_list_pages_and_a_note_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = fixture(dir.path(), "");
    let api = sdkgen::Generator::new(&spec).ir().expect("lowers");
    assert_eq!(paging(&api, "listThings"), None);
    assert_eq!(paging(&api, "listArchivedThings"), None);
    assert!(paging(&api, "listLogs").is_some());
    assert_eq!(api.notes.len(), 1, "{:?}", api.notes);
    assert_eq!(api.notes[0].pointer, "/paths/~1logs/get");
}

#[test]
fn an_offset_list_without_a_limit_stops_at_an_empty_page_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (files, _) = sdkgen::Generator::new(fixture(dir.path(), ""))
        .render()
        .expect("renders");
    let code: String = files[Path::new("src/logs.rs")]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // No `&& true` for clippy to simplify where there is no limit to compare the page with.
    assert!(code.contains("if count > 0 { Some(Self {"), "{code}");
}

#[test]
fn a_wrong_rule_is_an_error_located_in_the_settings_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = fixture(
        dir.path(),
        r#"
[[pagination]]
operations = ["listArchivedThings"]
items = ""
offset = { parameter = "from" }
"#,
    );
    let error = spec_error(&spec);
    assert_eq!(error.file, dir.path().join("lists.toml"), "{error}");
    assert_eq!(
        error.location,
        Location::Pointer("/pagination/0/offset/parameter".to_string()),
        "{error}"
    );
    assert!(error.message.contains("`from`"), "{error}");
}

#[test]
fn a_mistyped_key_is_refused_with_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = fixture(
        dir.path(),
        "\n[[pagination]]\noperations = [\"listThings\"]\nitem = \"/entries\"\n",
    );
    let error = spec_error(&spec);
    assert!(
        matches!(error.location, Location::Line { line: 11, .. }),
        "{error}"
    );
}

#[test]
fn a_pattern_that_names_nothing_is_a_located_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = fixture(
        dir.path(),
        r#"
[[pagination]]
operations = ["listArchivedThings", "POST /things"]
items = ""
offset = { parameter = "start" }
"#,
    );
    let (_, warnings) = sdkgen::Generator::new(&spec).render().expect("renders");
    let warning = warnings
        .iter()
        .find(|w| w.message.contains("`POST /things` names no operation"))
        .unwrap_or_else(|| panic!("{warnings:?}"));
    assert_eq!(warning.file, dir.path().join("lists.toml"));
    assert_eq!(warning.pointer, "/pagination/0/operations/1");
}

#[test]
fn a_rule_that_comes_is_a_minor_release_and_one_that_goes_a_major() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let rule = r#"
[[pagination]]
operations = ["listArchivedThings"]
items = ""
offset = { parameter = "start" }
"#;
    let generate = |rules: &str| {
        let spec = fixture(dir.path(), rules);
        sdkgen::Generator::new(&spec)
            .generate(&out)
            .expect("generates")
            .release
    };
    generate("");
    let added = generate(rule);
    assert_eq!((added.bump, added.version.as_str()), (Bump::Minor, "1.1.0"));
    let stored = std::fs::read_to_string(out.join("openapi.json")).expect("the stored spec");
    assert!(
        stored.contains("x-sdkgen-pagination"),
        "the rule is kept with the spec"
    );
    let removed = generate("");
    assert_eq!(
        (removed.bump, removed.version.as_str()),
        (Bump::Major, "2.0.0")
    );
}

#[test]
fn the_cli_counts_inferred_lists_and_explain_lists_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = fixture(dir.path(), "");
    let run = |out: &str, explain: bool| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sdkgen"));
        command
            .arg("generate")
            .arg(&spec)
            .arg("--out")
            .arg(dir.path().join(out));
        if explain {
            command.arg("--explain");
        }
        let output = command.output().expect("sdkgen runs");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let counted = run("counted", false);
    assert!(
        counted
            .contains("note: 1 paged list inferred from the spec's shapes; --explain lists them"),
        "{counted}"
    );
    let explained = run("explained", true);
    assert!(
        explained.contains("#/paths/~1logs/get: paged list inferred: offset parameter `offset`"),
        "{explained}"
    );
}
