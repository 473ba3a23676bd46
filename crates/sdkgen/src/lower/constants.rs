//! Fixed-value properties: a required string `const`, and the required property by which a
//! discriminated union tells its alternatives apart. Such a property has one value in every
//! valid body, so it becomes a `String` field that `new` and `Default` set, not an argument
//! nor a one-value enum.

use std::collections::HashMap;

use openapiv3::{Discriminator, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

use super::repair::CONST_EXTENSION;
use crate::error::{escape_pointer_segment, unescape_pointer_segment};

const COMPONENT_PREFIX: &str = "#/components/schemas/";

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

    /// The one value property `property` of the object at `pointer` has, when it is required
    /// and fixed: its `const`, or the tag its union selects it by.
    pub fn constant(
        &self,
        pointer: &str,
        property: &str,
        schema: &ReferenceOr<Box<Schema>>,
        required: bool,
    ) -> Option<String> {
        let ReferenceOr::Item(schema) = schema else {
            return None;
        };
        if !required || schema.schema_data.nullable {
            return None;
        }
        let values = string_values(schema)?;
        let tag = self
            .by_place
            .get(&(pointer.to_string(), property.to_string()))
            .cloned()
            .flatten();
        match (tag, values.as_slice()) {
            (Some(tag), []) => Some(tag),
            (Some(tag), [only]) if *only == tag => Some(tag),
            (None, [only]) if is_const(schema) => Some(only.clone()),
            _ => None,
        }
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
