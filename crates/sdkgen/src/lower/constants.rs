//! Properties with one value. A required string `const` has one value in every valid body, so
//! it becomes a `String` field that `new` and `Default` set, not an argument nor a one-value
//! enum. The plain string property by which a discriminated union tells its alternatives apart
//! only gets its tag as `Default`: a union that starts to list a component later must not
//! change the component's type or its `new` (see [`Tags::tag`]). A one-value boolean `enum`
//! stays a `bool`, whose example is that value.

use std::collections::HashMap;

use openapiv3::{Discriminator, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

use super::repair::CONST_EXTENSION;
use crate::error::{escape_pointer_segment, unescape_pointer_segment};
use crate::keys::COMPONENT_PREFIX;

/// For each component an alternative of a discriminated union refers to: the discriminator
/// property and the tag that selects the component, or `None` where two unions disagree.
#[derive(Default)]
pub struct Tags {
    by_place: HashMap<(String, String), Option<String>>,
}

impl Tags {
    /// The tags of every discriminated union in `document` whose alternatives are components.
    pub fn collect(document: &Value) -> Tags {
        let mut tags = Tags::default();
        // A stack, not recursion: the document is untrusted and may nest deeply.
        let mut pending = vec![document];
        while let Some(value) = pending.pop() {
            match value {
                Value::Object(object) => {
                    tags.note_union(object);
                    pending.extend(object.values());
                }
                Value::Array(items) => pending.extend(items),
                _ => {}
            }
        }
        tags
    }

    fn note_union(&mut self, object: &serde_json::Map<String, Value>) {
        let Some(discriminator) = object.get("discriminator") else {
            return;
        };
        let Some(property) = discriminator.get("propertyName").and_then(Value::as_str) else {
            return;
        };
        let mapping = discriminator.get("mapping").and_then(Value::as_object);
        let alternatives = ["oneOf", "anyOf"]
            .iter()
            .filter_map(|keyword| object.get(*keyword).and_then(Value::as_array))
            .flatten();
        for alternative in alternatives {
            let Some(reference) = alternative.get("$ref").and_then(Value::as_str) else {
                continue;
            };
            let Some(key) = component_key(reference) else {
                continue;
            };
            let mapped: Vec<&String> = mapping
                .into_iter()
                .flatten()
                .filter(|(_, target)| target.as_str() == Some(reference) || **target == key)
                .map(|(tag, _)| tag)
                .collect();
            // A component several tags select has no one fixed value.
            let tag = match mapped.as_slice() {
                [] => Some(key.clone()),
                [only] => Some((*only).clone()),
                _ => None,
            };
            let place = (component_pointer(&key), property.to_string());
            self.by_place
                .entry(place)
                .and_modify(|known| {
                    if *known != tag {
                        *known = None;
                    }
                })
                .or_insert(tag);
        }
    }

    /// The tag a union selects the object at `pointer` by, when `property` is its required,
    /// plain string discriminator: the value its `Default` holds. Only `Default` changes with
    /// it, since the tag depends on other schemas (the unions that list this one).
    pub fn tag(
        &self,
        pointer: &str,
        property: &str,
        schema: &ReferenceOr<Box<Schema>>,
        required: bool,
    ) -> Option<String> {
        let schema = required_string(schema, required)?;
        if !string_values(schema)?.is_empty() {
            return None;
        }
        self.by_place
            .get(&(pointer.to_string(), property.to_string()))
            .cloned()
            .flatten()
    }
}

/// The value of a required string `const`: it depends only on the property itself.
pub fn constant(schema: &ReferenceOr<Box<Schema>>, required: bool) -> Option<String> {
    let schema = required_string(schema, required)?;
    match string_values(schema)?.as_slice() {
        [only] if is_const(schema) => Some(only.clone()),
        _ => None,
    }
}

/// The one value a boolean `enum` allows (`enum: [false]`), as the property's example: a body
/// that holds any other value is invalid, whatever the spec's `example` says.
pub fn sole_boolean(schema: &ReferenceOr<Box<Schema>>) -> Option<Value> {
    let ReferenceOr::Item(schema) = schema else {
        return None;
    };
    let SchemaKind::Type(Type::Boolean(boolean)) = &schema.schema_kind else {
        return None;
    };
    let mut values = boolean.enumeration.iter().flatten();
    let first = *values.next()?;
    values
        .all(|value| *value == first)
        .then_some(Value::Bool(first))
}

/// The schema of a required, non-nullable property written in place.
fn required_string(schema: &ReferenceOr<Box<Schema>>, required: bool) -> Option<&Schema> {
    match schema {
        ReferenceOr::Item(schema) if required && !schema.schema_data.nullable => Some(schema),
        _ => None,
    }
}

/// The tag a union's discriminator selects the component `key` (at `reference`) by.
pub fn tag_of(discriminator: &Discriminator, reference: &str, key: &str) -> String {
    discriminator
        .mapping
        .iter()
        .find(|(_, target)| *target == reference || *target == key)
        .map(|(tag, _)| tag.clone())
        .unwrap_or_else(|| key.to_string())
}

/// The allowed values of a string schema (none when any string goes); `None` when the schema
/// is not a plain string.
fn string_values(schema: &Schema) -> Option<Vec<String>> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string))
            if matches!(string.format, VariantOrUnknownOrEmpty::Empty) =>
        {
            string.enumeration.iter().map(Option::clone).collect()
        }
        SchemaKind::Any(any) if any.typ.is_none() && !any.enumeration.is_empty() => any
            .enumeration
            .iter()
            .map(|value| value.as_str().map(str::to_string))
            .collect(),
        _ => None,
    }
}

fn is_const(schema: &Schema) -> bool {
    schema.schema_data.extensions.get(CONST_EXTENSION) == Some(&Value::Bool(true))
}

fn component_key(reference: &str) -> Option<String> {
    let key = reference.strip_prefix(COMPONENT_PREFIX)?;
    (!key.contains('/')).then(|| unescape_pointer_segment(key))
}

fn component_pointer(key: &str) -> String {
    format!("/components/schemas/{}", escape_pointer_segment(key))
}
