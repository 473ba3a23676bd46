//! Repairs of common, harmless spec mistakes, made before the document is parsed as OpenAPI
//! so that one slip does not refuse the whole spec. Each repair is reported as a warning.

use sdkgen_ir::Warning;
use serde_json::Value;

use crate::error::{escape_pointer_segment, unescape_pointer_segment};
use crate::keys;

/// Marks a one-value `enum` that was a `const`.
pub const CONST_EXTENSION: &str = "x-sdkgen-const";

/// Rewrites an OpenAPI 3.1 document into the 3.0 form the rest of lowering reads: type arrays
/// with `null` become `nullable`, `const` a one-value `enum`, `examples` arrays in schemas an
/// `example`, numeric `exclusiveMinimum`/`exclusiveMaximum` the 3.0 pair. Returns a warning for
/// what had to be approximated. 3.0 documents that use these forms get the same rewrite.
pub fn downgrade_31(document: &mut Value) -> Vec<Warning> {
    let is_31 = document
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("3.1"));
    let mut warnings = Vec::new();
    if is_31 {
        if let Some(object) = document.as_object_mut() {
            object.insert("openapi".to_string(), Value::String("3.0.3".to_string()));
            object
                .entry("paths")
                .or_insert_with(|| Value::Object(Default::default()));
        }
    }
    // 3.0 documents in the wild use 3.1's forms too; the rewrite is harmless for those that
    // do not.
    downgrade_value(document, "", false, &mut warnings);
    warnings
}

/// Walks the document; `is_map` says whether `value` maps names to things (the value of
/// `properties`, `schemas`, …) rather than being a keyword object such as a schema. A map's own
/// entries are never maps, whatever their names: a property may be called `content`.
fn downgrade_value(value: &mut Value, pointer: &str, is_map: bool, warnings: &mut Vec<Warning>) {
    match value {
        Value::Object(object) => {
            if !is_map {
                downgrade_schema_keywords(object, pointer, warnings);
            }
            for (key, child) in object.iter_mut() {
                // Examples and defaults are data, not schemas.
                if !is_map && (keys::holds_data(key) || key == "examples") {
                    continue;
                }
                let child_pointer = format!("{pointer}/{}", escape_pointer_segment(key));
                let child_is_map = !is_map && keys::is_name_map(key);
                downgrade_value(child, &child_pointer, child_is_map, warnings);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                downgrade_value(item, &format!("{pointer}/{i}"), false, warnings);
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
    if object.remove("prefixItems").is_some() {
        let rest = if object.contains_key("items") {
            "typed by `items` alone"
        } else {
            "read as any JSON values"
        };
        warnings.push(Warning {
            pointer: format!("{pointer}/prefixItems"),
            message: format!(
                "tuple arrays (`prefixItems`) are not modelled; every element is {rest}"
            ),
        });
    }
    if let Some(constant) = object.remove("const") {
        object.insert("enum".to_string(), Value::Array(vec![constant]));
        // A one-value `enum` may grow; a `const` never does, so it becomes a fixed field.
        object.insert(CONST_EXTENSION.to_string(), Value::Bool(true));
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
    if let Some(object) = document.as_object_mut() {
        if !object.contains_key("paths") {
            object.insert("paths".to_string(), Value::Object(Default::default()));
            warnings.push(Warning {
                pointer: String::new(),
                message: "the spec has no `paths`; the client has no operations".to_string(),
            });
        }
    }
    strip_callbacks(document, &mut warnings);
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for method in super::METHODS {
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

/// Makes the part of `document` at `pointer` (where parsing failed) parse: a schema becomes
/// "any value", a response loses its body, a parameter, request body, operation or path item
/// is dropped. Returns what was done, or `None` when the part cannot be dropped.
pub fn drop_unparsable(document: &mut Value, pointer: &str) -> Option<&'static str> {
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(unescape_pointer_segment)
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let at = |n: usize| -> String {
        segments[..n]
            .iter()
            .map(|s| format!("/{}", escape_pointer_segment(s)))
            .collect()
    };
    match segments.as_slice() {
        ["components", "schemas", _, ..] => {
            *document.pointer_mut(&at(3))? = Value::Object(Default::default());
            Some("the schema is read as any JSON value")
        }
        ["components", "responses", _, ..] => {
            *document.pointer_mut(&at(3))? = serde_json::json!({"description": ""});
            Some("the response is read without a body")
        }
        ["paths", _, "parameters", index, ..] | ["paths", _, _, "parameters", index, ..] => {
            let index: usize = index.parse().ok()?;
            let depth = segments.iter().position(|s| *s == "parameters")? + 1;
            let list = document.pointer_mut(&at(depth))?.as_array_mut()?;
            (index < list.len()).then(|| list.remove(index))?;
            Some("the parameter is ignored")
        }
        ["paths", _, _, "requestBody", ..] => {
            document
                .pointer_mut(&at(3))?
                .as_object_mut()?
                .remove("requestBody")?;
            Some("the operation is sent without a body")
        }
        ["paths", _, _, "responses", _, ..] => {
            *document.pointer_mut(&at(5))? = serde_json::json!({"description": ""});
            Some("the response is read without a body")
        }
        ["paths", _, _, ..] => {
            document
                .pointer_mut(&at(2))?
                .as_object_mut()?
                .remove(segments[2])?;
            Some("the operation is left out")
        }
        ["paths", _] => {
            document
                .pointer_mut("/paths")?
                .as_object_mut()?
                .remove(segments[1])?;
            Some("the path is left out")
        }
        _ => None,
    }
}

/// Callbacks describe requests the server makes; a client has no use for them, and real specs
/// often get them wrong, so they are removed before parsing.
fn strip_callbacks(document: &mut Value, warnings: &mut Vec<Warning>) {
    if let Some(components) = document
        .get_mut("components")
        .and_then(Value::as_object_mut)
    {
        if components.remove("callbacks").is_some() {
            warnings.push(Warning {
                pointer: "/components/callbacks".to_string(),
                message: "callbacks are not used by clients; ignored".to_string(),
            });
        }
    }
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for method in super::METHODS {
            let operation = item.get_mut(*method).and_then(Value::as_object_mut);
            if let Some(operation) = operation {
                if operation.remove("callbacks").is_some() {
                    warnings.push(Warning {
                        pointer: format!(
                            "/paths/{}/{method}/callbacks",
                            escape_pointer_segment(path)
                        ),
                        message: "callbacks are not used by clients; ignored".to_string(),
                    });
                }
            }
        }
    }
}
