//! Every relative link in the generated READMEs and docs resolves: the file exists and, when
//! the link has a fragment, the page has that anchor (an `id="…"` or a heading).

use std::path::{Path, PathBuf};

use client_tests::project_root;

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            out.push(path);
        }
    }
}

/// Link targets of `[text](target)`, outside code blocks and code spans.
fn links(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let prose: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let mut rest = prose.as_str();
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let Some(end) = after.find(')') else { break };
            found.push(after[..end].to_string());
            rest = &after[end..];
        }
    }
    found
}

/// GitHub's heading anchor: lowercase, spaces to dashes, punctuation dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn has_anchor(text: &str, anchor: &str) -> bool {
    text.contains(&format!("id=\"{anchor}\""))
        || text
            .lines()
            .filter_map(|line| line.strip_prefix('#'))
            .any(|heading| slug(heading.trim_start_matches('#')) == anchor)
}

#[test]
fn relative_links_in_generated_docs_resolve() {
    let generated = project_root().join("generated");
    let mut files = Vec::new();
    markdown_files(&generated, &mut files);
    assert!(
        files.len() > 20,
        "expected the docs of four crates, found {} pages",
        files.len()
    );
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable");
        for link in links(&text) {
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
            {
                continue;
            }
            checked += 1;
            let (path, anchor) = match link.split_once('#') {
                Some((path, anchor)) => (path, Some(anchor)),
                None => (link.as_str(), None),
            };
            let target = if path.is_empty() {
                file.clone()
            } else {
                file.parent().expect("has a parent").join(path)
            };
            let Ok(target_text) = std::fs::read_to_string(&target) else {
                broken.push(format!("{}: {link} (no such file)", file.display()));
                continue;
            };
            if let Some(anchor) = anchor {
                if !has_anchor(&target_text, anchor) {
                    broken.push(format!("{}: {link} (no such anchor)", file.display()));
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} links checked");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_link_checker_notices_broken_links() {
    let text = "[a](missing.md) `[b](ignored.md)`\n```\n[c](ignored.md)\n```\n[d](#x)";
    assert_eq!(
        links(text),
        vec!["missing.md".to_string(), "#x".to_string()]
    );
    assert!(has_anchor("<a id=\"x\"></a>", "x"));
    assert!(has_anchor("## Error handling", "error-handling"));
    assert!(!has_anchor("## Error handling", "errors"));
}
