//! `cargo xtask fuzz --minimize FILE`: shrinks a reproducer while it fails the same way (same
//! class and key), so that a finding becomes a fixture a person can read.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use super::protocol::Failure;
use super::supervisor;
use super::tree::{self, NodePath, Step};
use super::worker::serialize;

/// Strings longer than this are tried cut down to it.
const SHORT_STRING: usize = 24;

/// Shrinks `file` into `<stem>.min.<ext>` next to it; returns that path.
pub fn minimize(file: &Path, hang_timeout: Duration) -> Result<PathBuf, String> {
    let document = sdkgen::read_document(file).map_err(|e| e.to_string())?;
    let json = file.extension().is_some_and(|ext| ext == "json");
    let scratch =
        tempfile::tempdir().map_err(|e| format!("creating a temporary directory: {e}"))?;
    // The same file name, since the generator names the API after it.
    let candidate = scratch.path().join(file.file_name().ok_or("not a file")?);
    let run = |document: &Value| -> Result<Option<Failure>, String> {
        std::fs::write(&candidate, serialize(document, json).0)
            .map_err(|e| format!("writing {}: {e}", candidate.display()))?;
        supervisor::run_once(exec_command(&candidate)?, hang_timeout)
    };
    let target = run(&document)?.ok_or_else(|| format!("{} does not fail", file.display()))?;
    eprintln!("minimizing a {} failure: {}", target.class, target.key);
    let mut tries = 0usize;
    let mut still_fails = |document: &Value| {
        tries += 1;
        let same = matches!(run(document), Ok(Some(failure)) if failure.class == target.class && failure.key == target.key);
        if same {
            eprint!(".");
        }
        same
    };
    let before = tree::size(&document);
    let smaller = shrink(document, &mut still_fails);
    eprintln!(
        "\n{before} nodes -> {} nodes in {tries} runs",
        tree::size(&smaller)
    );
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    let (text, extension) = serialize(&smaller, json);
    let out = file.with_file_name(format!("{stem}.min.{extension}"));
    std::fs::write(&out, text).map_err(|e| format!("writing {}: {e}", out.display()))?;
    Ok(out)
}

fn exec_command(spec: &Path) -> Result<Command, String> {
    let exe = std::env::current_exe().map_err(|e| format!("finding xtask's executable: {e}"))?;
    let mut command = Command::new(exe);
    command.arg("fuzz-exec").arg(spec);
    Ok(command)
}

/// Deletes what it can while `fails` holds, then replaces nodes by their children (which undoes
/// nesting) and cuts long strings, and starts over while that helps.
pub fn shrink(mut document: Value, fails: &mut impl FnMut(&Value) -> bool) -> Value {
    loop {
        let before = document.to_string().len();
        delete_pass(&mut document, fails);
        hoist_pass(&mut document, fails);
        shorten_strings(&mut document, fails);
        if document.to_string().len() >= before {
            return document;
        }
    }
}

/// Containers, parents first.
fn containers(document: &Value) -> Vec<NodePath> {
    let mut found = Vec::new();
    tree::walk(document, &mut |path, value| {
        if value.is_object() || value.is_array() {
            found.push(path.to_vec());
        }
    });
    found.sort_by_key(Vec::len);
    found
}

/// At each container, from the root down: deletes halves of its children, then quarters, …,
/// then single children.
fn delete_pass(document: &mut Value, fails: &mut impl FnMut(&Value) -> bool) {
    let mut pending: VecDeque<NodePath> = containers(document).into();
    while let Some(path) = pending.pop_front() {
        let Some(count) = tree::node(document, &path).map(|node| tree::children(node).len()) else {
            continue;
        };
        let mut chunk = count.div_ceil(2);
        while chunk >= 1 {
            delete_chunks(document, &path, chunk, fails);
            chunk = if chunk == 1 { 0 } else { chunk.div_ceil(2) };
        }
    }
}

/// Tries deleting each run of `chunk` children of the node at `path`, last run first so that
/// array indexes of the runs still to try stay valid.
fn delete_chunks(
    document: &mut Value,
    path: &[Step],
    chunk: usize,
    fails: &mut impl FnMut(&Value) -> bool,
) {
    let Some(children) = tree::node(document, path).map(tree::children) else {
        return;
    };
    for start in (0..children.len()).step_by(chunk).rev() {
        let run = &children[start..(start + chunk).min(children.len())];
        let mut candidate = document.clone();
        for step in run.iter().rev() {
            let mut child = path.to_vec();
            child.push(step.clone());
            tree::remove(&mut candidate, &child);
        }
        if fails(&candidate) {
            *document = candidate;
        }
    }
}

fn hoist_pass(document: &mut Value, fails: &mut impl FnMut(&Value) -> bool) {
    for path in containers(document)
        .into_iter()
        .filter(|path| !path.is_empty())
    {
        while let Some(hoisted) = hoist_once(document, &path, fails) {
            *document = hoisted;
        }
    }
}

/// The document with the node at `path` replaced by one of its container children or
/// grandchildren, if one keeps it failing. Grandchildren, because one layer of schema nesting
/// is often two levels: `{properties: {name: …}}`, `{allOf: [ … ]}`.
fn hoist_once(
    document: &Value,
    path: &[Step],
    fails: &mut impl FnMut(&Value) -> bool,
) -> Option<Value> {
    let node = tree::node(document, path)?;
    let grandchildren = tree::children(node).into_iter().flat_map(|step| {
        let grandchild_steps = tree::node(node, std::slice::from_ref(&step)).map(tree::children);
        grandchild_steps
            .unwrap_or_default()
            .into_iter()
            .map(move |grandchild| vec![step.clone(), grandchild])
    });
    let children = tree::children(node).into_iter().map(|step| vec![step]);
    children.chain(grandchildren).find_map(|relative| {
        let descendant = tree::node(node, &relative)?;
        if !(descendant.is_object() || descendant.is_array()) {
            return None;
        }
        let mut candidate = document.clone();
        *tree::node_mut(&mut candidate, path)? = descendant.clone();
        fails(&candidate).then_some(candidate)
    })
}

fn shorten_strings(document: &mut Value, fails: &mut impl FnMut(&Value) -> bool) {
    let mut long = Vec::new();
    tree::walk(document, &mut |path, value| {
        if value
            .as_str()
            .is_some_and(|text| text.chars().count() > SHORT_STRING)
        {
            long.push(path.to_vec());
        }
    });
    for path in long {
        let mut candidate = document.clone();
        if let Some(Value::String(text)) = tree::node_mut(&mut candidate, &path) {
            *text = text.chars().take(SHORT_STRING).collect();
        }
        if fails(&candidate) {
            *document = candidate;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn shrinking_keeps_only_what_the_failure_needs() {
        let document = json!({
            "openapi": "3.0.3",
            "info": {"title": "x", "version": "1"},
            "paths": {"/a": {"get": {"responses": {}}}, "/b": {}},
            "components": {"schemas": {
                "Keep": {"allOf": [{"allOf": [{"$ref": "#/components/schemas/Keep"}]}]},
                "Other": {"type": "string", "description": "a long description of something else"},
            }},
        });
        let mut fails = |document: &Value| {
            document
                .pointer("/components/schemas/Keep")
                .is_some_and(|keep| keep.to_string().contains("#/components/schemas/Keep"))
        };
        let smaller = shrink(document, &mut fails);
        assert_eq!(
            smaller,
            json!({"components": {"schemas": {"Keep": {"$ref": "#/components/schemas/Keep"}}}})
        );
    }
}
