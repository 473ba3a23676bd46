//! The settings' `[[pagination]]` rules, grafted onto the loaded spec as `x-sdkgen-pagination`
//! extensions: lowering, the spec stored in the crate and later diffs see a rule as if the spec
//! had said it, and an error in a rule points into the settings file.

use std::path::Path;

use serde_json::Value;
use wildmatch::WildMatch;

use super::pagination::EXTENSION;
use crate::config::PagingRule;
use crate::error::SpecWarning;
use crate::error::{escape_pointer_segment, Error, SpecError};
use crate::load::Bundle;

/// One operation of the spec, as rules name it.
struct Target {
    pointer: String,
    id: Option<String>,
    method: String,
    path: String,
}

/// Grafts each rule onto the operations it names (the first rule naming an operation wins);
/// warns of every pattern that names no operation.
pub fn apply(
    bundle: &mut Bundle,
    rules: &[PagingRule],
    settings_file: &Path,
) -> Result<Vec<SpecWarning>, Error> {
    if rules.is_empty() {
        return Ok(Vec::new());
    }
    let targets = targets(&bundle.document);
    let mut used: Vec<Vec<bool>> = rules
        .iter()
        .map(|r| vec![false; r.operations.len()])
        .collect();
    let mut grafts = Vec::new();
    for target in &targets {
        let found = rules.iter().enumerate().find_map(|(index, rule)| {
            let pattern = rule
                .operations
                .iter()
                .position(|pattern| names(pattern, target))?;
            Some((index, pattern))
        });
        if let Some((index, pattern)) = found {
            if let Some(flag) = used.get_mut(index).and_then(|u| u.get_mut(pattern)) {
                *flag = true;
            }
            grafts.push((target.pointer.clone(), index));
        }
    }
    for (pointer, index) in grafts {
        let Some(rule) = rules.get(index) else {
            continue;
        };
        let value = extension(rule, index, settings_file)?;
        bundle.graft(
            &pointer,
            EXTENSION,
            value,
            settings_file,
            &format!("/pagination/{index}"),
        );
    }
    let mut warnings = Vec::new();
    for (index, rule) in rules.iter().enumerate() {
        if rule.operations.is_empty() {
            warnings.push(SpecWarning {
                file: settings_file.to_path_buf(),
                pointer: format!("/pagination/{index}/operations"),
                message: "names no operations; the rule does nothing".to_string(),
            });
        }
        let patterns = rule
            .operations
            .iter()
            .zip(used.get(index).into_iter().flatten());
        for (position, (pattern, used)) in patterns.enumerate() {
            if !used {
                warnings.push(SpecWarning {
                    file: settings_file.to_path_buf(),
                    pointer: format!("/pagination/{index}/operations/{position}"),
                    message: format!(
                        "`{pattern}` names no operation of the spec (or only operations an earlier rule names)"
                    ),
                });
            }
        }
    }
    Ok(warnings)
}

/// The extension a rule stands for: `false` for `none = true`.
fn extension(rule: &PagingRule, index: usize, settings_file: &Path) -> Result<Value, Error> {
    if !rule.none {
        return serde_json::to_value(rule)
            .map_err(|e| Error::Internal(format!("a pagination rule as JSON: {e}")));
    }
    let other = rule.items.is_some()
        || rule.cursor.is_some()
        || rule.offset.is_some()
        || rule.link.is_some();
    if other {
        return Err(SpecError::at_pointer(
            settings_file,
            format!("/pagination/{index}/none"),
            "a rule with `none = true` takes no `items`, `cursor`, `offset` or `link`",
        )
        .into());
    }
    Ok(Value::Bool(false))
}

/// Whether `pattern` (an operation id, or `METHOD /path`) names `target`.
fn names(pattern: &str, target: &Target) -> bool {
    match pattern.trim().split_once(char::is_whitespace) {
        Some((method, path)) => {
            WildMatch::new(&method.to_ascii_lowercase()).matches(&target.method)
                && WildMatch::new(path.trim()).matches(&target.path)
        }
        None => target
            .id
            .as_deref()
            .is_some_and(|id| WildMatch::new(pattern.trim()).matches(id)),
    }
}

/// Every operation written inline under `paths`, in the document's order.
fn targets(document: &Value) -> Vec<Target> {
    let Some(paths) = document.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut targets = Vec::new();
    for (path, item) in paths {
        for method in super::METHODS {
            let Some(operation) = item.get(method).filter(|o| o.is_object()) else {
                continue;
            };
            targets.push(Target {
                pointer: format!("/paths/{}/{method}", escape_pointer_segment(path)),
                id: operation
                    .get("operationId")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                method: method.to_string(),
                path: path.clone(),
            });
        }
    }
    targets
}
