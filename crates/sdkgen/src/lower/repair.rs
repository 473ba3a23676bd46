//! Repairs of common, harmless spec mistakes, made before the document is parsed as OpenAPI
//! so that one slip does not refuse the whole spec. Each repair is reported as a warning.

use sdkgen_ir::Warning;
use serde_json::Value;

use crate::error::escape_pointer_segment;

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Fixes what can be fixed in place and returns a warning for each fix.
pub fn repair(document: &mut Value) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for method in METHODS {
                let Some(responses) = item
                    .get_mut(*method)
                    .and_then(|op| op.get_mut("responses"))
                    .and_then(Value::as_object_mut)
                else {
                    continue;
                };
                for (status, response) in responses.iter_mut() {
                    let pointer = format!(
                        "/paths/{}/{method}/responses/{status}",
                        escape_pointer_segment(path)
                    );
                    add_missing_description(response, &pointer, &mut warnings);
                }
            }
        }
    }
    if let Some(responses) = document
        .pointer_mut("/components/responses")
        .and_then(Value::as_object_mut)
    {
        for (name, response) in responses.iter_mut() {
            let pointer = format!("/components/responses/{}", escape_pointer_segment(name));
            add_missing_description(response, &pointer, &mut warnings);
        }
    }
    warnings
}

fn add_missing_description(response: &mut Value, pointer: &str, warnings: &mut Vec<Warning>) {
    let Some(response) = response.as_object_mut() else {
        return;
    };
    if response.contains_key("$ref") || response.contains_key("description") {
        return;
    }
    response.insert("description".to_string(), Value::String(String::new()));
    warnings.push(Warning {
        pointer: pointer.to_string(),
        message: "response has no `description` (required by OpenAPI); using an empty one"
            .to_string(),
    });
}
