//! Repairs of common, harmless spec mistakes, made before the document is parsed as OpenAPI
//! so that one slip does not refuse the whole spec. Each repair is reported as a warning.

use sdkgen_ir::Warning;
use serde_json::Value;

use crate::error::escape_pointer_segment;

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Rewrites an OpenAPI 3.1 document into the 3.0 form the rest of lowering reads: type arrays
/// with `null` become `nullable`, `const` a one-value `enum`, `examples` arrays in schemas an
/// `example`, numeric `exclusiveMinimum`/`exclusiveMaximum` the 3.0 pair. Returns a warning for
/// what had to be approximated. Leaves 3.0 documents alone.
pub fn downgrade_31(document: &mut Value) -> Vec<Warning> {
    let is_31 = document
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("3.1"));
    let mut warnings = Vec::new();
    if !is_31 {
        return warnings;
    }
    if let Some(object) = document.as_object_mut() {
        object.insert("openapi".to_string(), Value::String("3.0.3".to_string()));
        object
            .entry("paths")
            .or_insert_with(|| Value::Object(Default::default()));
    }
    downgrade_value(document, "", "", &mut warnings);
    warnings
}

/// Keys whose value maps names to things: the map itself is never a schema, even when a name
/// happens to be `type` or `const`.
const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "schemas",
    "responses",
    "parameters",
    "headers",
    "content",
    "paths",
    "securitySchemes",
    "links",
    "callbacks",
    "requestBodies",
    "variables",
    "mapping",
    "encoding",
    "$defs",
    "definitions",
    "webhooks",
];

fn downgrade_value(value: &mut Value, pointer: &str, key: &str, warnings: &mut Vec<Warning>) {
    match value {
        Value::Object(object) => {
            if !NAME_MAPS.contains(&key) {
                downgrade_schema_keywords(object, pointer, warnings);
            }
            for (child_key, child) in object.iter_mut() {
                // Examples are data, not schemas.
                if ["example", "examples", "default", "enum"].contains(&child_key.as_str())
                    && !NAME_MAPS.contains(&key)
                {
                    continue;
                }
                let child_pointer = format!("{pointer}/{}", escape_pointer_segment(child_key));
                downgrade_value(child, &child_pointer, child_key, warnings);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                downgrade_value(item, &format!("{pointer}/{i}"), "", warnings);
            }
        }
        _ => {}
    }
}

fn downgrade_schema_keywords(
    object: &mut serde_json::Map<String, Value>,
    pointer: &str,
    warnings: &mut Vec<Warning>,
) {
    if let Some(Value::Array(types)) = object.get("type").cloned() {
        let non_null: Vec<Value> = types
            .iter()
            .filter(|t| t.as_str() != Some("null"))
            .cloned()
            .collect();
        if non_null.len() < types.len() {
            object.insert("nullable".to_string(), Value::Bool(true));
        }
        match non_null.as_slice() {
            [single] => {
                object.insert("type".to_string(), single.clone());
            }
            [] => {
                object.remove("type");
            }
            _ => {
                object.remove("type");
                warnings.push(Warning {
                    pointer: format!("{pointer}/type"),
                    message: "a schema with several types is read as any JSON value".to_string(),
                });
            }
        }
    } else if object.get("type").and_then(Value::as_str) == Some("null") {
        object.remove("type");
        object.insert("nullable".to_string(), Value::Bool(true));
    }
    if let Some(constant) = object.remove("const") {
        object.insert("enum".to_string(), Value::Array(vec![constant]));
    }
    if let Some(Value::Array(examples)) = object.get("examples").cloned() {
        object.remove("examples");
        if let Some(first) = examples.into_iter().next() {
            object.entry("example").or_insert(first);
        }
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(number) = object.get(exclusive).filter(|v| v.is_number()).cloned() {
            object.insert(bound.to_string(), number);
            object.insert(exclusive.to_string(), Value::Bool(true));
        }
    }
}

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
