//! `allOf`: parts merged into one object, or a union part distributed over the others.

use std::collections::BTreeSet;

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::{is_annotation_only, Shape, TypeBuilder};
use crate::error::{escape_pointer_segment, Error};
use sdkgen_ir::TypeRef;

/// How many alternatives a union inside an `allOf` may have for each to become a model of its
/// own (every one copies the other parts' properties).
const MAX_DISTRIBUTED: usize = 32;

/// What the object parts of an `allOf` add up to.
#[derive(Default)]
struct Merged {
    properties: indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
    /// Components merged in already: each once, and no reference cycle followed forever.
    seen: BTreeSet<String>,
}

impl Merged {
    fn add(
        &mut self,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: &Option<AdditionalProperties>,
    ) {
        self.properties
            .extend(properties.iter().map(|(k, v)| (k.clone(), v.clone())));
        self.required.extend(required.iter().cloned());
        if additional.is_some() {
            self.additional.clone_from(additional);
        }
    }
}

impl TypeBuilder<'_> {
    /// `allOf`: its object parts merged into one struct, a union part distributed over them.
    pub(super) fn all_of(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        pointer: &str,
        hint: &str,
    ) -> Result<Shape, Error> {
        // Parts that only annotate (a description, an example) add nothing to the shape; with
        // one real part left, the allOf is that part.
        let real: Vec<(usize, &ReferenceOr<Schema>)> = parts
            .iter()
            .enumerate()
            .filter(|(_, part)| !matches!(part, ReferenceOr::Item(schema) if is_annotation_only(schema)))
            .collect();
        // A part that only lists `required` (`allOf: [{required: [a]}, $ref]`) makes the other
        // part's optional properties required here: then the parts are merged, not shared.
        let listed: Vec<String> = parts
            .iter()
            .flat_map(|part| match part {
                ReferenceOr::Item(schema) if is_annotation_only(schema) => {
                    match &schema.schema_kind {
                        SchemaKind::Any(any) => any.required.clone(),
                        _ => Vec::new(),
                    }
                }
                _ => Vec::new(),
            })
            .collect();
        if let [(i, single)] = real.as_slice() {
            if !self.requires_more_of(&real, &listed, pointer)? {
                return Ok(Shape::Ref(self.type_of(
                    single,
                    &format!("{pointer}/allOf/{i}"),
                    hint,
                )?));
            }
        }
        // An allOf that extends a schema being expanded right now (directly or through another
        // allOf) would expand forever; it is read as the schema it extends.
        let references: Vec<String> = parts
            .iter()
            .filter_map(|part| match part {
                ReferenceOr::Reference { reference } => self.component_key(reference, pointer).ok(),
                ReferenceOr::Item(_) => None,
            })
            .collect();
        if let Some(cyclic) = references.iter().find(|key| self.expanding.contains(key)) {
            self.warn(
                pointer,
                format!("`allOf` extends `{cyclic}` inside itself; read as `{cyclic}` without the additions"),
            );
            return Ok(Shape::Ref(TypeRef::Named(
                self.component_names[cyclic].clone(),
            )));
        }
        if let Some(shape) = self.distributed_union(parts, pointer, hint)? {
            return Ok(shape);
        }
        let mut merged = Merged::default();
        if let Some(part_pointer) = self.collect_parts(parts, pointer, &mut merged)? {
            self.warn(
                &part_pointer,
                "`allOf` part is not an object schema; using any JSON value for the whole `allOf`",
            );
            return Ok(Shape::Ref(TypeRef::Any));
        }
        let depth = self.expanding.len();
        self.expanding.extend(merged.seen);
        let shape = self.object(
            &merged.properties,
            &merged.required,
            merged.additional.as_ref(),
            pointer,
            hint,
        );
        self.expanding.truncate(depth);
        shape
    }

    /// Merges the `allOf` parts at `pointer` into `merged`, up to the first that is not an
    /// object schema, whose pointer it returns.
    fn collect_parts(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        pointer: &str,
        merged: &mut Merged,
    ) -> Result<Option<String>, Error> {
        for (i, part) in parts.iter().enumerate() {
            let part_pointer = format!("{pointer}/allOf/{i}");
            if !self.collect_object(part, &part_pointer, merged)? {
                return Ok(Some(part_pointer));
            }
        }
        Ok(None)
    }

    /// Merges an object schema (following references and nested `allOf`s) into `merged`;
    /// false if the schema is not an object.
    fn collect_object(
        &mut self,
        part: &ReferenceOr<Schema>,
        pointer: &str,
        merged: &mut Merged,
    ) -> Result<bool, Error> {
        let schema = match part {
            ReferenceOr::Reference { reference } => {
                let key = self.component_key(reference, pointer)?;
                if !merged.seen.insert(key.clone()) {
                    return Ok(true);
                }
                let components = self.components;
                let target = &components[&key];
                let target_pointer =
                    format!("/components/schemas/{}", escape_pointer_segment(&key));
                return self.collect_object(target, &target_pointer, merged);
            }
            ReferenceOr::Item(schema) => schema,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                merged.add(&o.properties, &o.required, &o.additional_properties);
                Ok(true)
            }
            SchemaKind::Any(a) if a.typ.is_none() || a.typ.as_deref() == Some("object") => {
                merged.add(&a.properties, &a.required, &a.additional_properties);
                let nested = self.collect_parts(&a.all_of, pointer, merged)?;
                Ok(nested.is_none() && a.one_of.is_empty() && a.any_of.is_empty())
            }
            SchemaKind::AllOf { all_of } => {
                Ok(self.collect_parts(all_of, pointer, merged)?.is_none())
            }
            _ => Ok(false),
        }
    }

    /// Whether `required` names a property that the merged `parts` do not already require.
    pub(super) fn requires_more(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        required: &[String],
        pointer: &str,
    ) -> Result<bool, Error> {
        let indexed: Vec<(usize, &ReferenceOr<Schema>)> = parts.iter().enumerate().collect();
        self.requires_more_of(&indexed, required, pointer)
    }

    /// Whether `required` names a property that the parts (with their places in the `allOf`
    /// at `pointer`) declare but do not require.
    fn requires_more_of(
        &mut self,
        parts: &[(usize, &ReferenceOr<Schema>)],
        required: &[String],
        pointer: &str,
    ) -> Result<bool, Error> {
        if required.is_empty() {
            return Ok(false);
        }
        let mut merged = Merged::default();
        for (i, part) in parts {
            if !self.collect_object(part, &format!("{pointer}/allOf/{i}"), &mut merged)? {
                break;
            }
        }
        // A name no part declares is a spec slip, not a reason for a model of its own.
        Ok(required
            .iter()
            .any(|name| merged.properties.contains_key(name) && !merged.required.contains(name)))
    }

    /// `allOf: [Base, {oneOf: [A, B]}]` as the union of `Base` merged with `A` and `Base`
    /// merged with `B` (a base model with variants); `None` where the parts hold no inline
    /// `oneOf`/`anyOf`, more than one, or one of too many alternatives.
    fn distributed_union(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        pointer: &str,
        hint: &str,
    ) -> Result<Option<Shape>, Error> {
        let unions: Vec<(usize, &Schema, &[ReferenceOr<Schema>], &str)> = parts
            .iter()
            .enumerate()
            .filter_map(|(i, part)| match part {
                ReferenceOr::Item(schema) => match &schema.schema_kind {
                    SchemaKind::OneOf { one_of } => Some((i, schema, one_of.as_slice(), "oneOf")),
                    SchemaKind::AnyOf { any_of } => Some((i, schema, any_of.as_slice(), "anyOf")),
                    _ => None,
                },
                ReferenceOr::Reference { .. } => None,
            })
            .collect();
        let [(at, union, alternatives, keyword)] = unions.as_slice() else {
            return Ok(None);
        };
        if alternatives.is_empty() || alternatives.len() > MAX_DISTRIBUTED {
            return Ok(None);
        }
        let others: Vec<&ReferenceOr<Schema>> = parts
            .iter()
            .enumerate()
            .filter(|(i, _)| i != at)
            .map(|(_, part)| part)
            .collect();
        let merged: Vec<ReferenceOr<Schema>> = alternatives
            .iter()
            .map(|alternative| {
                let all_of = others
                    .iter()
                    .copied()
                    .chain([alternative])
                    .cloned()
                    .collect();
                ReferenceOr::Item(Schema {
                    schema_data: Default::default(),
                    schema_kind: SchemaKind::AllOf { all_of },
                })
            })
            .collect();
        let union_pointer = format!("{pointer}/allOf/{at}");
        self.union_of(alternatives, &merged, union, keyword, &union_pointer, hint)
            .map(Some)
    }
}
