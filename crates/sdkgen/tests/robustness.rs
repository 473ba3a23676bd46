//! Specs nobody on our side wrote: self-referential ones must not crash sdkgen, data that looks
//! like a reference stays data, and spec text never becomes code or markup. (That the crates
//! generated from `fixtures/cycles.yaml` and `fixtures/hostile.yaml` build, pass clippy and
//! compile their doc examples is checked by `cargo xtask samples`.)
//!
//! Tests run on threads with the default 2 MiB stack, so unbounded recursion fails them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use sdkgen::SpecWarning;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn render(spec: &Path) -> (BTreeMap<PathBuf, String>, Vec<SpecWarning>) {
    match sdkgen::Generator::new(spec).render() {
        Ok(rendered) => rendered,
        Err(e) => panic!("{} does not render: {e}", spec.display()),
    }
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("writing a spec");
    path
}

fn file<'a>(files: &'a BTreeMap<PathBuf, String>, name: &str) -> &'a str {
    files
        .get(Path::new(name))
        .unwrap_or_else(|| panic!("{name} is emitted"))
}

#[test]
fn self_referential_specs_render_with_located_warnings() {
    let (files, warnings) = render(&fixture("cycles.yaml"));
    let warned_at = |pointer: &str| warnings.iter().any(|w| w.pointer == pointer);
    for pointer in [
        "/components/schemas/Itself",
        "/components/schemas/LoopA",
        "/components/schemas/LoopB",
        "/components/schemas/NullableItself",
        "/components/schemas/ListOfItself",
        "/components/parameters/SelfSchema/schema",
        "/paths/~1nodes/post/parameters/1/schema",
    ] {
        assert!(warned_at(pointer), "no warning at {pointer}: {warnings:#?}");
    }
    let models = file(&files, "src/models.rs");
    for alias in ["Itself", "LoopA", "LoopB", "NullableItself", "ListOfItself"] {
        assert!(
            models.contains(&format!("pub type {alias} = ::serde_json::Value;")),
            "{alias} is not any JSON value:\n{models}"
        );
    }
    // Recursion through a nullable allOf inside a oneOf variant is boxed, not degraded.
    assert!(models.contains("pub child: Box<NodeChild>"), "{models}");
    assert!(models.contains("Node(Option<Box<Node>>)"), "{models}");
}

#[test]
fn examples_of_recursive_types_are_finite() {
    let (files, _) = render(&fixture("cycles.yaml"));
    let page = [file(&files, "docs/trees.md"), file(&files, "docs/nodes.md")].concat();
    // `Tree` contains itself in every alternative, so its example ends in its default (its
    // `Unknown` alternative); `Node` ends in its non-recursive alternative.
    assert!(
        page.contains("models::Branch::new(models::Tree::default())"),
        "{page}"
    );
    assert!(
        page.contains("models::Node::new(models::NodeChild::String("),
        "{page}"
    );
}

#[test]
fn ref_keys_inside_examples_are_data() {
    let (normalized, _) = match sdkgen::normalize(fixture("cycles.yaml")) {
        Ok(normalized) => normalized,
        Err(e) => panic!("{e}"),
    };
    assert!(normalized.contains("$ref: this is data"), "{normalized}");
    assert!(
        normalized.contains("$ref: '#/components/schemas/NotFollowed'"),
        "{normalized}"
    );

    // A `$ref` under an Example Object's `value`, which would not resolve as a reference.
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "examples.yaml",
        r#"
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /x:
    get:
      operationId: getX
      parameters:
        - name: q
          in: query
          schema: {type: object, default: {$ref: 'nowhere.yaml'}, enum: [{$ref: 'x'}]}
          x-data: {$ref: 'missing.yaml'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  $ref: {type: string}
                  example: {$ref: '#/components/schemas/S'}
              examples:
                one: {$ref: '#/components/examples/E'}
                two: {value: {$ref: 'not/a/file.yaml'}}
components:
  examples:
    E: {value: {$ref: 'not a reference'}}
  schemas:
    S: {type: integer}
"#,
    );
    let (files, warnings) = render(&spec);
    assert!(
        warnings.iter().all(|w| !w.message.contains("reference")),
        "{warnings:#?}"
    );
    let models = file(&files, "src/models.rs");
    // A property named `$ref` is a property; one named `example` holds a schema reference.
    assert!(models.contains("pub ref_: Option<String>"), "{models}");
    assert!(models.contains(r#"ref_ = "$ref""#), "{models}");
    assert!(models.contains("pub example: Option<S>"), "{models}");
}

#[test]
fn the_manifest_holds_spec_text_only_as_values() {
    let (files, _) = render(&fixture("hostile.yaml"));
    let manifest: toml::Table = match toml::from_str(file(&files, "Cargo.toml")) {
        Ok(table) => table,
        Err(e) => panic!("Cargo.toml does not parse: {e}"),
    };
    let keys: Vec<&String> = manifest.keys().collect();
    assert_eq!(
        keys,
        ["dependencies", "dev-dependencies", "features", "package"]
    );
    let features: Vec<&String> = manifest["features"]
        .as_table()
        .expect("[features]")
        .keys()
        .collect();
    assert_eq!(features, ["full-serde", "mock", "tracing"]);
    let package = manifest["package"].as_table().expect("[package]");
    assert_eq!(package["name"].as_str(), Some("hostile-client"));
    let sdkgen = &package["metadata"]["sdkgen"];
    assert_eq!(
        sdkgen["api-title"].as_str(),
        Some("Hostile {self} \"API\" */ `x` [package]\nname = \"evil\"\r\n# not a comment")
    );
    assert_eq!(
        sdkgen["api-version"].as_str(),
        Some("1.0 {self} \"v\" \n[dependencies]")
    );
}

/// The format strings of the formatting macros in a Rust file: the first string literal after
/// each macro's name.
fn format_strings(source: &str) -> Vec<String> {
    let macros = [
        "write",
        "writeln",
        "format",
        "format_args",
        "println",
        "eprintln",
        "panic",
    ];
    let tokens = match source.parse::<proc_macro2::TokenStream>() {
        Ok(stream) => flatten(stream),
        Err(e) => panic!("does not tokenize: {e}"),
    };
    let mut strings = Vec::new();
    let mut in_macro = false;
    for pair in tokens.windows(2) {
        if macros.contains(&pair[0].as_str()) && pair[1] == "!" {
            in_macro = true;
        } else if in_macro && pair[0].starts_with('"') {
            strings.push(pair[0].clone());
            in_macro = false;
        }
    }
    strings
}

fn flatten(stream: proc_macro2::TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    for tree in stream {
        match tree {
            proc_macro2::TokenTree::Group(group) => out.extend(flatten(group.stream())),
            other => out.push(other.to_string()),
        }
    }
    out
}

#[test]
fn spec_text_never_reaches_a_format_string() {
    let (files, _) = render(&fixture("hostile.yaml"));
    let mut checked = 0;
    for (path, text) in &files {
        if path.extension().is_some_and(|ext| ext == "rs") {
            for format in format_strings(text) {
                checked += 1;
                assert!(
                    ["{self}", "{id}", "{0:?}", "not found"]
                        .iter()
                        .all(|spec_text| !format.contains(spec_text)),
                    "{}: spec text in the format string {format}",
                    path.display()
                );
            }
        }
    }
    assert!(checked > 10, "only {checked} format strings found");
}

#[test]
fn every_emitted_rust_file_parses() {
    for spec in ["hostile.yaml", "cycles.yaml"] {
        let (files, _) = render(&fixture(spec));
        for (path, text) in &files {
            if path.extension().is_some_and(|ext| ext == "rs") {
                if let Err(e) = syn::parse_file(text) {
                    panic!("{spec}: {} does not parse: {e}", path.display());
                }
            }
        }
    }
}

#[test]
fn spec_text_cannot_open_a_code_block_in_rustdoc() {
    let (files, _) = render(&fixture("hostile.yaml"));
    for (path, text) in &files {
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let mut open = false;
        for line in text.lines() {
            let Some(doc) = line.trim_start().strip_prefix("///") else {
                continue;
            };
            let doc = doc.trim();
            if doc.starts_with("```") {
                assert!(
                    open || doc == "```text",
                    "{}: a doc comment opens a code block that is not text: {line}",
                    path.display()
                );
                open = !open;
            }
            assert!(
                !doc.starts_with("/**"),
                "{}: block doc comment: {line}",
                path.display()
            );
        }
        assert!(!open, "{}: a code block is never closed", path.display());
    }
}

/// Cells of a markdown table row, split at `|` that are not escaped.
fn cells(row: &str) -> usize {
    let mut count: usize = 0;
    let mut escaped = false;
    for c in row.trim().chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count.saturating_sub(1)
}

/// The parts of a markdown line outside code spans (runs of backticks closed by a run of the
/// same length), where raw HTML would be markup.
fn outside_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('`') {
        out.push_str(&rest[..open]);
        let run = rest[open..].chars().take_while(|c| *c == '`').count();
        let fence = "`".repeat(run);
        let after = &rest[open + run..];
        let close = after.match_indices(&fence).find(|(i, _)| {
            !after[i + run..].starts_with('`') && (*i == 0 || !after[..*i].ends_with('`'))
        });
        match close {
            Some((i, _)) => rest = &after[i + run..],
            None => {
                out.push_str(&fence);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether the line before `line` in `page` holds text (so that `---` under it is a heading).
fn page_has_text_before(page: &str, line: &str) -> bool {
    let lines: Vec<&str> = page.lines().collect();
    lines
        .iter()
        .position(|l| std::ptr::eq(*l, line))
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| lines.get(i))
        .is_some_and(|previous| !previous.trim().is_empty() && !previous.starts_with('|'))
}

#[test]
fn spec_text_cannot_change_the_structure_of_a_page() {
    let (files, _) = render(&fixture("hostile.yaml"));
    let mut tables = 0;
    for (path, page) in &files {
        if path.extension().is_none_or(|ext| ext != "md") {
            continue;
        }
        let mut fence: Option<&str> = None;
        let mut columns = None;
        for line in page.lines() {
            if line.starts_with("```") {
                if fence.is_some() {
                    fence = None;
                } else {
                    // Only generated programs are Rust (the testing page's run): the spec's own
                    // code became text.
                    assert!(
                        ["```rust,no_run", "```rust", "```text", "```toml", "```sh"]
                            .contains(&line),
                        "{}: {line}",
                        path.display()
                    );
                    fence = Some(line);
                }
                continue;
            }
            if let Some(kind) = fence {
                assert!(
                    !kind.starts_with("```rust") || !line.contains("compile_error!"),
                    "{}: {line}",
                    path.display()
                );
                continue;
            }
            if line.starts_with("# ") {
                assert!(
                    !line.contains("Heading") && !line.contains("not a comment"),
                    "{}: spec text made a heading: {line}",
                    path.display()
                );
            }
            let underline = line.trim();
            assert!(
                underline.is_empty()
                    || !(underline.chars().all(|c| c == '=')
                        || (underline.chars().all(|c| c == '-')
                            && page_has_text_before(page, line))),
                "{}: spec text underlines a heading: {line}",
                path.display()
            );
            let outside_code = outside_code_spans(line);
            assert!(
                !outside_code.contains("<!--")
                    && !outside_code.contains("<script")
                    && !outside_code.contains("<b>"),
                "{}: raw HTML from the spec: {line}",
                path.display()
            );
            if line.starts_with('|') {
                let width = cells(line);
                let expected = *columns.get_or_insert(width);
                assert_eq!(width, expected, "{}: {line}", path.display());
                tables += 1;
            } else {
                columns = None;
            }
        }
    }
    assert!(tables > 20, "only {tables} table rows checked");
}

fn run_sdkgen(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sdkgen"))
        .args(args)
        .output()
        .expect("sdkgen runs")
}

#[test]
fn generate_works_without_a_settings_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "openapi.yaml",
        "openapi: 3.0.3\ninfo: {title: 'Acme Widgets', version: '2'}\npaths: {}\n",
    );
    let out = dir.path().join("out");
    let first = run_sdkgen(&[
        "generate".as_ref(),
        spec.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert_eq!(first.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("no settings file") && stderr.contains("acme-widgets-client"),
        "{stderr}"
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("Cargo.toml");
    assert!(
        manifest.contains("name = \"acme-widgets-client\""),
        "{manifest}"
    );
    assert!(manifest.contains("version = \"0.1.0\""), "{manifest}");

    let renamed = run_sdkgen(&[
        "generate".as_ref(),
        spec.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--name".as_ref(),
        "widgets".as_ref(),
        "--version".as_ref(),
        "1.2.3".as_ref(),
    ]);
    assert_eq!(renamed.status.code(), Some(0));
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("Cargo.toml");
    assert!(
        manifest.contains("name = \"widgets\"") && manifest.contains("version = \"1.2.3\""),
        "{manifest}"
    );

    let bad = run_sdkgen(&[
        "generate".as_ref(),
        spec.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--version".as_ref(),
        "latest".as_ref(),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not semver"));
}

/// A schema nested `depth` levels deep through `wrap` (`{}` is the inner schema) around `leaf`.
fn deeply_nested_spec(depth: usize, wrap: &str, leaf: &str) -> String {
    let mut schema = leaf.to_string();
    for _ in 0..depth {
        schema = wrap.replace("{}", &schema);
    }
    format!(
        r#"{{"openapi": "3.0.3", "info": {{"title": "Deep", "version": "1"}}, "paths": {{"/x": {{"post": {{"operationId": "deep", "requestBody": {{"content": {{"application/json": {{"schema": {schema}}}}}}}, "responses": {{"200": {{"description": "ok"}}}}}}}}}}}}"#
    )
}

#[test]
fn deep_nesting_is_cut_or_refused_but_never_overflows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let wrappers = [
        r#"{"type": "array", "items": {}}"#,
        r#"{"allOf": [{}]}"#,
        r#"{"oneOf": [{}, {"type": "integer"}]}"#,
        r#"{"type": "object", "properties": {"a": {}}}"#,
        r#"{"type": "object", "additionalProperties": {}}"#,
        r#"{"nullable": true, "anyOf": [{}]}"#,
    ];
    // A leaf that does not parse once made parsing take 2^depth steps (a fuzzer finding).
    let bad_leaf = r#"{"type": "string", "minLength": "x"}"#;
    for (i, wrap) in wrappers.iter().enumerate() {
        for (depth, leaf) in [
            (40, r#"{"type": "string"}"#),
            (40, bad_leaf),
            (2000, bad_leaf),
        ] {
            let spec = write(
                dir.path(),
                &format!("deep{i}_{depth}.json"),
                &deeply_nested_spec(depth, wrap, leaf),
            );
            match sdkgen::Generator::new(&spec).lenient(true).render() {
                // Deeper than the JSON parser's limit: a located error.
                Err(e) => assert!(depth > 128 && e.is_bad_input(), "{wrap} x {depth}: {e}"),
                Ok((_, warnings)) => {
                    assert!(depth <= 128, "{wrap} x {depth} was read");
                    assert_eq!(
                        leaf == bad_leaf,
                        warnings
                            .iter()
                            .any(|w| w.message.contains("does not parse")),
                        "{wrap} x {depth}: {warnings:#?}"
                    );
                }
            }
        }
    }
}

#[test]
fn examples_of_wide_deep_models_stay_small() {
    // Ten levels of models with ten required fields each: spelled out in full, one example
    // would hold 10^10 values.
    let mut schemas = String::new();
    for level in 0..10 {
        let field_type = if level == 9 {
            "{type: string, enum: [a, b]}".to_string()
        } else {
            format!("{{$ref: '#/components/schemas/Level{}'}}", level + 1)
        };
        let fields: Vec<String> = (0..10).map(|f| format!("f{f}: {field_type}")).collect();
        let required: Vec<String> = (0..10).map(|f| format!("f{f}")).collect();
        schemas.push_str(&format!(
            "    Level{level}:\n      type: object\n      required: [{}]\n      properties: {{{}}}\n",
            required.join(", "),
            fields.join(", ")
        ));
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "wide.yaml",
        &format!(
            "openapi: 3.0.3\ninfo: {{title: Wide, version: '1'}}\npaths:\n  /x:\n    post:\n      operationId: send\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: {{$ref: '#/components/schemas/Level0'}}\n      responses:\n        '204': {{description: ok}}\ncomponents:\n  schemas:\n{schemas}"
        ),
    );
    let (files, _) = render(&spec);
    let page = file(&files, "docs/x.md");
    assert!(page.len() < 50_000, "{} bytes", page.len());
    assert!(page.contains("::default()"), "{page}");
}

#[test]
fn references_to_devices_are_refused_not_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = write(
        dir.path(),
        "device.yaml",
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Endless: {$ref: '/dev/zero#/A'}\n",
    );
    match sdkgen::Generator::new(&spec).render() {
        Ok(_) => panic!("/dev/zero was read as a spec"),
        Err(e) => assert!(
            e.is_bad_input()
                && e.to_string()
                    .contains("device.yaml: #/components/schemas/Endless")
                && e.to_string().contains("not a regular file"),
            "{e}"
        ),
    }
}
