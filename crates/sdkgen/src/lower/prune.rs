//! Schemas that do not parse are replaced by "any value" before the document is parsed, each
//! checked on its own with its subschemas stubbed out, deepest first.
//!
//! openapiv3 reads a schema through untagged enums, which parse a subtree once per alternative
//! they try: one bad leaf under n nested schemas costs about 2^n parses (a 20-deep schema with
//! a typo took a minute). Checking schemas one level at a time keeps that linear, and locates
//! the bad schema exactly instead of dropping the whole component around it.

use openapiv3::{ReferenceOr, Schema};
use rayon::prelude::*;
use sdkgen_ir::Warning;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::parse::DOES_NOT_PARSE;
use crate::error::escape_pointer_segment;
use crate::keys;

/// How deeply schemas may nest inside each other; deeper ones are read as any value.
const MAX_SCHEMA_DEPTH: usize = 64;

/// Replaces every schema that does not parse (or nests too deeply) with `{}`; returns a
/// warning for each.
pub fn unparsable_schemas(document: &mut Value) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if let Some(schemas) = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        // Components are independent of each other: they are checked in parallel and their
        // warnings kept in component order.
        let components: Vec<(&String, &mut Value)> = schemas.iter_mut().collect();
        let found: Vec<Vec<Warning>> = components
            .into_par_iter()
            .map(|(name, schema)| {
                let pointer = format!("/components/schemas/{}", escape_pointer_segment(name));
                let mut found = Vec::new();
                prune_schema(schema, &pointer, 0, &mut found);
                found
            })
            .collect();
        warnings.extend(found.into_iter().flatten());
    }
    find_schemas(document, "", false, 0, &mut warnings);
    warnings
}

/// Finds the schemas of parameters, headers and media types (under a `schema` key).
fn find_schemas(
    value: &mut Value,
    pointer: &str,
    is_map: bool,
    depth: usize,
    warnings: &mut Vec<Warning>,
) {
    // Deeper than any OpenAPI object nests outside schemas.
    if depth > MAX_SCHEMA_DEPTH {
        return;
    }
    let Value::Object(object) = value else {
        return;
    };
    for (key, child) in object.iter_mut() {
        let child_pointer = format!("{pointer}/{}", escape_pointer_segment(key));
        if pointer == "/components" && key == "schemas" {
            continue;
        }
        if !is_map && key == "schema" {
            prune_schema(child, &child_pointer, 0, warnings);
        } else if is_map || !(keys::holds_data(key) || key == "examples") {
            let child_is_map = !is_map && keys::is_name_map(key);
            if let Value::Array(items) = child {
                for (i, item) in items.iter_mut().enumerate() {
                    let item_pointer = format!("{child_pointer}/{i}");
                    find_schemas(item, &item_pointer, false, depth + 1, warnings);
                }
            } else {
                find_schemas(child, &child_pointer, child_is_map, depth + 1, warnings);
            }
        }
    }
}

/// Prunes the subschemas of `schema` first, then checks `schema` itself.
fn prune_schema(schema: &mut Value, pointer: &str, depth: usize, warnings: &mut Vec<Warning>) {
    if depth >= MAX_SCHEMA_DEPTH {
        replace(
            schema,
            pointer,
            format!("schemas nest more than {MAX_SCHEMA_DEPTH} levels deep"),
            warnings,
        );
        return;
    }
    if let Value::Object(object) = schema {
        // A reference is checked as one; its target is a schema of its own.
        if object.get("$ref").is_some_and(Value::is_string) {
            return;
        }
        for_each_subschema(object, pointer, |child, child_pointer| {
            prune_schema(child, child_pointer, depth + 1, warnings);
        });
    }
    if let Err(e) = ReferenceOr::<Schema>::deserialize(&stubbed(schema)) {
        replace(schema, pointer, format!("{DOES_NOT_PARSE} ({e})"), warnings);
    }
}

fn replace(schema: &mut Value, pointer: &str, why: String, warnings: &mut Vec<Warning>) {
    *schema = Value::Object(Map::new());
    warnings.push(Warning {
        pointer: pointer.to_string(),
        message: format!("{why}; the schema is read as any JSON value"),
    });
}

/// A copy of `schema` whose subschemas are all `{}`: what the schema says on its own. Only the
/// top level is copied, so checking every schema of a tree stays linear in its size.
fn stubbed(schema: &Value) -> Value {
    let Value::Object(object) = schema else {
        return schema.clone();
    };
    let empty = || Value::Object(Map::new());
    let copy = object.iter().map(|(key, value)| {
        let value = match (subschemas(key, value), value) {
            (Some(Subschemas::One), _) => empty(),
            (Some(Subschemas::Named), Value::Object(children)) => Value::Object(
                children
                    .keys()
                    .map(|name| (name.clone(), empty()))
                    .collect(),
            ),
            (Some(Subschemas::Listed), Value::Array(children)) => {
                Value::Array(children.iter().map(|_| empty()).collect())
            }
            _ => value.clone(),
        };
        (key.clone(), value)
    });
    Value::Object(copy.collect())
}

/// What a key of a schema object holds when it holds subschemas.
#[derive(Clone, Copy)]
enum Subschemas {
    /// The value is one subschema.
    One,
    /// An object with a subschema per name (`properties`).
    Named,
    /// An array of subschemas (`allOf`, `oneOf`, `anyOf`).
    Listed,
}

fn subschemas(key: &str, value: &Value) -> Option<Subschemas> {
    match (key, value) {
        ("items" | "not", _) => Some(Subschemas::One),
        // `true` and `false` are valid here, unlike under `items`.
        ("additionalProperties", Value::Object(_)) => Some(Subschemas::One),
        ("properties", Value::Object(_)) => Some(Subschemas::Named),
        ("allOf" | "oneOf" | "anyOf", Value::Array(_)) => Some(Subschemas::Listed),
        _ => None,
    }
}

/// Calls `visit` with every direct subschema of a schema object and its pointer.
fn for_each_subschema(
    object: &mut Map<String, Value>,
    pointer: &str,
    mut visit: impl FnMut(&mut Value, &str),
) {
    for (key, value) in object.iter_mut() {
        let Some(kind) = subschemas(key, value) else {
            continue;
        };
        let key_pointer = format!("{pointer}/{}", escape_pointer_segment(key));
        match (kind, value) {
            (Subschemas::One, child) => visit(child, &key_pointer),
            (Subschemas::Named, Value::Object(children)) => {
                for (name, child) in children.iter_mut() {
                    visit(
                        child,
                        &format!("{key_pointer}/{}", escape_pointer_segment(name)),
                    );
                }
            }
            (Subschemas::Listed, Value::Array(children)) => {
                for (i, child) in children.iter_mut().enumerate() {
                    visit(child, &format!("{key_pointer}/{i}"));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize, leaf: Value) -> Value {
        (0..depth).fold(
            leaf,
            |inner, _| serde_json::json!({"type": "object", "properties": {"next": inner}}),
        )
    }

    #[test]
    fn only_the_bad_subschema_is_replaced() {
        let mut document = serde_json::json!({
            "components": {"schemas": {"A": nested(3, serde_json::json!({"type": "string", "minLength": "x"}))}},
            "paths": {"/x": {"get": {"parameters": [{"name": "p", "in": "query", "schema": {"type": "array", "items": false}}]}}}
        });
        let warnings = unparsable_schemas(&mut document);
        let pointers: Vec<&str> = warnings.iter().map(|w| w.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/components/schemas/A/properties/next/properties/next/properties/next",
                "/paths/~1x/get/parameters/0/schema/items",
            ]
        );
        assert_eq!(
            document.pointer("/components/schemas/A/properties/next/properties/next/type"),
            Some(&serde_json::json!("object"))
        );
    }

    #[test]
    fn deep_bad_schemas_are_pruned_in_linear_time() {
        // 2^40 parses if the whole schema were parsed at once.
        let mut document = serde_json::json!({"components": {"schemas": {"Deep": nested(40, Value::Bool(false))}}});
        let warnings = unparsable_schemas(&mut document);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let parsed: Result<openapiv3::Components, _> =
            serde_json::from_value(document["components"].clone());
        assert!(parsed.is_ok());
    }

    #[test]
    fn properties_named_like_keywords_are_properties() {
        let mut document = serde_json::json!({"components": {"schemas": {"A": {
            "type": "object",
            "properties": {"schema": {"type": "string"}, "items": {"type": "integer"}}
        }}}});
        assert!(unparsable_schemas(&mut document).is_empty());
    }
}
