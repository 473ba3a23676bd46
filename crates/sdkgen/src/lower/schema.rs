//! Schemas → named types and type references.

use std::collections::{BTreeMap, HashSet};

use openapiv3::{AdditionalProperties, AnySchema, ReferenceOr, Schema, SchemaKind, Type};
use sdkgen_ir::{Constraints, Field, Scalar, TypeDef, TypeKind, TypeRef, UnionVariant, Warning};
use serde_json::Value;

use super::constants::{constant, sole_boolean, tag_of, Tags};
use super::constraints::{required_alternatives, resolved, RequiredAlternatives};
use super::cycles::{break_alias_cycles, mark_boxed};
use super::parse::DOES_NOT_PARSE;
use super::scalars::{
    integer_enum, integer_format, number_format, string_enum, string_format, string_type,
};
use super::sharing::InlineShapes;
use crate::config::TypeSettings;
use crate::error::{escape_pointer_segment, Error};
use crate::keys::COMPONENT_PREFIX;
use crate::load::Bundle;
use crate::naming::{camel, rename_reason, snake, type_name, NameSet};

mod all_of;

/// How deeply inline schemas may nest before lowering gives up on them.
const MAX_INLINE_DEPTH: usize = 48;

/// Whether a schema allows only `null` (`type: 'null'` in 3.1, or a bare `nullable: true`).
fn is_null_schema(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Any(a) if a.typ.as_deref() == Some("null"))
        || (schema.schema_data.nullable && is_annotation_only(schema))
}

/// Whether a schema says nothing about the shape of a value (only a description, an example…).
fn is_annotation_only(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Any(any) => {
            any.typ.is_none()
                && any.properties.is_empty()
                && any.additional_properties.is_none()
                && any.items.is_none()
                && any.enumeration.is_empty()
                && any.format.is_none()
                && any.one_of.is_empty()
                && any.all_of.is_empty()
                && any.any_of.is_empty()
                && any.not.is_none()
        }
        _ => false,
    }
}

/// Turns schemas into [`TypeRef`]s, defining named types as it goes.
pub struct TypeBuilder<'a> {
    /// Which Rust types string formats become.
    types_settings: TypeSettings,
    bundle: &'a Bundle,
    components: &'a indexmap::IndexMap<String, ReferenceOr<Schema>>,
    /// Component key → Rust type name.
    component_names: BTreeMap<String, String>,
    /// Components whose schema allows `null`.
    nullable_components: HashSet<String>,
    names: NameSet,
    types: BTreeMap<String, TypeDef>,
    /// Components whose properties are being lowered right now (the component itself, or one
    /// an `allOf` merges in).
    expanding: Vec<String>,
    /// How many inline schemas are being lowered inside each other right now.
    inline_depth: usize,
    /// Identical inline schemas share one definition.
    inline_shapes: InlineShapes,
    /// The tags discriminated unions select components by, for fixed-value properties.
    tags: Tags,
    pub(crate) warnings: Vec<Warning>,
}

/// What a schema turns into before it is given a name.
enum Shape {
    /// Needs a named type of this kind.
    Define(TypeKind),
    /// Is fully described by a reference.
    Ref(TypeRef),
}

impl<'a> TypeBuilder<'a> {
    /// The validation keywords that hold where `schema` is used, through references.
    pub fn constraints_of(&self, schema: &ReferenceOr<Schema>) -> Constraints {
        resolved(schema, self.components)
    }

    /// Names every component schema and defines its type.
    pub fn new(
        bundle: &'a Bundle,
        components: &'a indexmap::IndexMap<String, ReferenceOr<Schema>>,
        types_settings: TypeSettings,
    ) -> Result<Self, Error> {
        let mut names = NameSet::default();
        let component_names = components
            .keys()
            .map(|key| (key.clone(), names.take(&type_name(key), "")))
            .collect();
        let nullable_components = components
            .iter()
            .filter(|(_, schema)| matches!(schema, ReferenceOr::Item(s) if s.schema_data.nullable))
            .map(|(key, _)| key.clone())
            .collect();
        let mut builder = TypeBuilder {
            bundle,
            types_settings,
            components,
            component_names,
            nullable_components,
            names,
            types: BTreeMap::new(),
            expanding: Vec::new(),
            inline_depth: 0,
            inline_shapes: InlineShapes::default(),
            tags: Tags::collect(&bundle.document),
            warnings: Vec::new(),
        };
        for (key, schema) in components {
            let name = builder.component_names[key].clone();
            let pointer = format!("/components/schemas/{}", escape_pointer_segment(key));
            if let Some(why) = rename_reason(key, &name) {
                let message = format!("named `{name}` in Rust: `{}` is {why}", camel(key));
                builder.warn(&pointer, message);
            }
            let constraints = resolved(schema, components);
            let (kind, description) = match schema {
                ReferenceOr::Reference { reference } => (
                    TypeKind::Alias {
                        target: builder.reference(reference, &pointer)?,
                    },
                    None,
                ),
                ReferenceOr::Item(schema) => {
                    let description = schema.schema_data.description.clone();
                    builder.expanding.push(key.clone());
                    let shape = builder.shape(schema, &pointer, &name);
                    builder.expanding.pop();
                    match shape? {
                        Shape::Define(kind) => (kind, description),
                        Shape::Ref(target) => (
                            TypeKind::Alias {
                                target: strip_nullable(target),
                            },
                            description,
                        ),
                    }
                }
            };
            builder.types.insert(
                name.clone(),
                TypeDef {
                    constraints: match kind {
                        TypeKind::Alias { .. } => constraints,
                        _ => Constraints::default(),
                    },
                    name,
                    origin: pointer,
                    description,
                    kind,
                    groups: Vec::new(),
                    unreferenced: false,
                    sent: false,
                    received: false,
                },
            );
        }
        Ok(builder)
    }

    /// The named types, sorted by name, with recursive fields marked as boxed.
    pub fn finish(mut self) -> (Vec<TypeDef>, Vec<Warning>) {
        break_alias_cycles(&mut self.types, &mut self.warnings);
        mark_boxed(&mut self.types);
        (self.types.into_values().collect(), self.warnings)
    }

    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: message.into(),
        });
    }

    /// A type for a schema or reference found at `pointer`; `hint` names inline types.
    pub fn type_of(
        &mut self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef, Error> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, pointer),
            ReferenceOr::Item(schema) => self.inline(schema, pointer, hint),
        }
    }

    fn type_of_boxed(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef, Error> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, pointer),
            ReferenceOr::Item(schema) => self.inline(schema, pointer, hint),
        }
    }

    fn reference(&mut self, reference: &str, pointer: &str) -> Result<TypeRef, Error> {
        // The bundler has checked that the target exists; a schema that refers to something
        // other than a schema (a response, a parameter) is a slip that degrades.
        if !reference.starts_with(COMPONENT_PREFIX) {
            self.warn(
                pointer,
                format!("`{reference}` is not a schema; using any JSON value"),
            );
            return Ok(TypeRef::Any);
        }
        let key = self.component_key(reference, pointer)?;
        let named = TypeRef::Named(self.component_names[&key].clone());
        Ok(if self.nullable_components.contains(&key) {
            TypeRef::Nullable(Box::new(named))
        } else {
            named
        })
    }

    fn component_key(&self, reference: &str, pointer: &str) -> Result<String, Error> {
        let key = reference
            .strip_prefix(COMPONENT_PREFIX)
            .map(crate::error::unescape_pointer_segment)
            .ok_or_else(|| {
                self.bundle.error_at(
                    pointer,
                    format!("schema reference `{reference}` must point into #/components/schemas"),
                )
            })?;
        if self.component_names.contains_key(&key) {
            Ok(key)
        } else {
            Err(self
                .bundle
                .error_at(pointer, format!("reference `{reference}` does not resolve"))
                .into())
        }
    }

    fn inline(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Result<TypeRef, Error> {
        // Merging `allOf`s copies the properties of referenced schemas into new inline types,
        // which can recurse without end when those properties lead back; cut such chains.
        if self.inline_depth >= MAX_INLINE_DEPTH {
            self.warn(
                pointer,
                "schemas nest too deeply (a recursive `allOf`?); using any JSON value",
            );
            return Ok(TypeRef::Any);
        }
        self.inline_depth += 1;
        let result = self.inline_shape(schema, pointer, hint);
        self.inline_depth -= 1;
        result
    }

    fn inline_shape(
        &mut self,
        schema: &Schema,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef, Error> {
        let ty = match self.shape(schema, pointer, hint)? {
            Shape::Ref(ty) => ty,
            Shape::Define(kind) => {
                let description = &schema.schema_data.description;
                let key = self.inline_shapes.key(&kind, description, pointer)?;
                let existing = self.inline_shapes.defined(&key).map(str::to_string);
                // `allOf` merging can lower the same place twice: it is one type.
                if let Some(same) = existing
                    .as_ref()
                    .filter(|name| self.types.get(*name).is_some_and(|d| d.origin == pointer))
                {
                    return Ok(nullable_if(
                        TypeRef::Named(same.clone()),
                        schema.schema_data.nullable,
                    ));
                }
                let name = self.names.take(&type_name(hint), "");
                let kind = match existing {
                    Some(target) => {
                        self.inline_shapes.alias(&name, &target);
                        TypeKind::Alias {
                            target: TypeRef::Named(target),
                        }
                    }
                    None => {
                        self.inline_shapes.define(key, &name);
                        kind
                    }
                };
                self.types.insert(
                    name.clone(),
                    TypeDef {
                        name: name.clone(),
                        origin: pointer.to_string(),
                        description: description.clone(),
                        kind,
                        groups: Vec::new(),
                        unreferenced: false,
                        sent: false,
                        received: false,
                        constraints: Constraints::default(),
                    },
                );
                TypeRef::Named(name)
            }
        };
        Ok(nullable_if(ty, schema.schema_data.nullable))
    }

    fn shape(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Result<Shape, Error> {
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
                if values.is_empty() {
                    Shape::Ref(string_type(string_format(&s.format), self.types_settings))
                } else {
                    Shape::Define(string_enum(values))
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let values: Vec<i64> = i.enumeration.iter().flatten().copied().collect();
                if values.is_empty() {
                    Shape::Ref(TypeRef::Integer(integer_format(&i.format)))
                } else {
                    Shape::Define(integer_enum(values))
                }
            }
            SchemaKind::Type(Type::Number(n)) => {
                Shape::Ref(TypeRef::Number(number_format(&n.format)))
            }
            SchemaKind::Type(Type::Boolean(_)) => Shape::Ref(TypeRef::Boolean),
            SchemaKind::Type(Type::Array(a)) => {
                Shape::Ref(self.array(a.items.as_ref(), pointer, hint)?)
            }
            SchemaKind::Type(Type::Object(o)) => self.object(
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                pointer,
                hint,
            )?,
            SchemaKind::OneOf { one_of } => self.union(one_of, schema, "oneOf", pointer, hint)?,
            SchemaKind::AnyOf { any_of } => self.union(any_of, schema, "anyOf", pointer, hint)?,
            SchemaKind::AllOf { all_of } => self.all_of(all_of, pointer, hint)?,
            SchemaKind::Not { .. } => {
                self.warn(
                    pointer,
                    "`not` schemas are not supported; using any JSON value",
                );
                Shape::Ref(TypeRef::Any)
            }
            SchemaKind::Any(any) => self.any_schema(any, schema, pointer, hint)?,
        })
    }

    fn array(
        &mut self,
        items: Option<&ReferenceOr<Box<Schema>>>,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef, Error> {
        let item = match items {
            Some(items) => {
                self.type_of_boxed(items, &format!("{pointer}/items"), &format!("{hint}Item"))?
            }
            None => TypeRef::Any,
        };
        Ok(TypeRef::Array(Box::new(item)))
    }

    fn object(
        &mut self,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        pointer: &str,
        hint: &str,
    ) -> Result<Shape, Error> {
        let additional = match additional {
            None | Some(AdditionalProperties::Any(false)) => None,
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Any),
            Some(AdditionalProperties::Schema(schema)) => Some(self.type_of(
                schema,
                &format!("{pointer}/additionalProperties"),
                &format!("{hint}Value"),
            )?),
        };
        if properties.is_empty() {
            return Ok(Shape::Ref(TypeRef::Map(Box::new(
                additional.unwrap_or(TypeRef::Any),
            ))));
        }
        let mut field_names = NameSet::default();
        let mut fields = Vec::with_capacity(properties.len());
        for (json_name, property) in properties {
            let property_pointer =
                format!("{pointer}/properties/{}", escape_pointer_segment(json_name));
            let required = required.contains(json_name);
            let constant = constant(property, required);
            let tag = self.tags.tag(pointer, json_name, property, required);
            let ty = match constant {
                Some(_) => TypeRef::String(None),
                None => self.type_of_boxed(
                    property,
                    &property_pointer,
                    &format!("{hint}{}", camel(json_name)),
                )?,
            };
            let data = match property {
                ReferenceOr::Item(schema) => Some(&schema.schema_data),
                ReferenceOr::Reference { .. } => None,
            };
            fields.push(Field {
                json_name: json_name.clone(),
                rust_name: field_names.take(&snake(json_name), "_"),
                ty,
                required,
                constant,
                tag,
                boxed: false,
                default: data.and_then(|d| d.default.clone()),
                example: sole_boolean(property).or_else(|| data.and_then(|d| d.example.clone())),
                constraints: resolved(property, self.components),
                read_only: data.is_some_and(|d| d.read_only),
                write_only: data.is_some_and(|d| d.write_only),
                deprecated: data.is_some_and(|d| d.deprecated),
                description: data.and_then(|d| d.description.clone()),
            });
        }
        Ok(Shape::Define(TypeKind::Struct {
            fields,
            additional_properties: additional,
            required_alternatives: Vec::new(),
        }))
    }

    fn union(
        &mut self,
        alternatives: &[ReferenceOr<Schema>],
        schema: &Schema,
        keyword: &str,
        pointer: &str,
        hint: &str,
    ) -> Result<Shape, Error> {
        self.union_of(alternatives, alternatives, schema, keyword, pointer, hint)
    }

    /// A union of `lowered`, the alternatives `listed` in the spec as lowering reads them:
    /// tags and names come from what the spec lists.
    fn union_of(
        &mut self,
        listed: &[ReferenceOr<Schema>],
        lowered: &[ReferenceOr<Schema>],
        schema: &Schema,
        keyword: &str,
        pointer: &str,
        hint: &str,
    ) -> Result<Shape, Error> {
        if lowered.is_empty() {
            self.warn(pointer, format!("empty `{keyword}`; using any JSON value"));
            return Ok(Shape::Ref(TypeRef::Any));
        }
        let discriminator = schema.schema_data.discriminator.as_ref();
        // Every union has an `Unknown` variant for values this client does not know.
        let mut variant_names = NameSet::with_reserved(["Unknown"]);
        let mut variants = Vec::with_capacity(lowered.len());
        let mut nullable = false;
        for (i, (alternative, listed)) in lowered.iter().zip(listed).enumerate() {
            let alternative_pointer = format!("{pointer}/{keyword}/{i}");
            if let ReferenceOr::Item(s) = listed {
                if is_null_schema(s) {
                    nullable = true;
                    continue;
                }
            }
            // A reference that resolves to no component is lowering's to report, as any JSON.
            let component = match listed {
                ReferenceOr::Reference { reference } => self
                    .component_key(reference, &alternative_pointer)
                    .ok()
                    .and_then(|key| {
                        let name = self.component_names.get(&key)?.clone();
                        Some((reference, name, key))
                    }),
                ReferenceOr::Item(_) => None,
            };
            let alternative_hint = match &component {
                Some((_, name, _)) => format!("{hint}{name}"),
                None => format!("{hint}Variant{i}"),
            };
            let ty = self.type_of(alternative, &alternative_pointer, &alternative_hint)?;
            let tag = match (discriminator, &component) {
                (Some(d), Some((reference, _, key))) => Some(tag_of(d, reference, key)),
                _ => None,
            };
            let name = match (&tag, &component, ty.non_null()) {
                (Some(tag), _, _) => camel(tag),
                (None, Some((_, name, _)), _) | (None, None, TypeRef::Named(name)) => name.clone(),
                (None, None, other) => variant_name_for(other),
            };
            variants.push(UnionVariant {
                rust_name: variant_names.take(&name, ""),
                tag,
                ty,
                boxed: false,
            });
        }
        if variants.len() == 1 && discriminator.is_none() {
            let only = variants.remove(0).ty;
            return Ok(Shape::Ref(nullable_if(only, nullable)));
        }
        let kind = TypeKind::Union {
            discriminator: discriminator.map(|d| d.property_name.clone()),
            variants,
        };
        if nullable {
            let name = self.names.take(&type_name(hint), "");
            self.types.insert(
                name.clone(),
                TypeDef {
                    name: name.clone(),
                    origin: pointer.to_string(),
                    description: schema.schema_data.description.clone(),
                    kind,
                    groups: Vec::new(),
                    unreferenced: false,
                    sent: false,
                    received: false,
                    constraints: Constraints::default(),
                },
            );
            return Ok(Shape::Ref(TypeRef::Nullable(Box::new(TypeRef::Named(
                name,
            )))));
        }
        Ok(Shape::Define(kind))
    }

    /// An `enum` without a `type`: strings or integers make an enum, mixed values any JSON.
    fn any_enum(&mut self, enumeration: &[Value], pointer: &str) -> Shape {
        let values: Vec<Value> = enumeration
            .iter()
            .filter(|v| !v.is_null())
            .cloned()
            .collect();
        let strings: Option<Vec<String>> = values
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect();
        if let Some(strings) = strings {
            return Shape::Define(string_enum(strings));
        }
        let integers: Option<Vec<i64>> = values.iter().map(Value::as_i64).collect();
        if let Some(integers) = integers {
            return Shape::Define(integer_enum(integers));
        }
        self.warn(
            pointer,
            "enum with values of mixed types; using any JSON value",
        );
        Shape::Ref(TypeRef::Any)
    }

    /// An object whose `oneOf`/`anyOf` alternatives only constrain its own properties (GitHub:
    /// `status: completed` requires `conclusion`): one struct, which keeps what each
    /// alternative requires.
    fn constrained_object(
        &mut self,
        any: &AnySchema,
        alternatives: RequiredAlternatives,
        pointer: &str,
        hint: &str,
    ) -> Result<Shape, Error> {
        if alternatives.narrow {
            self.warn(
                pointer,
                "the `oneOf`/`anyOf` alternatives narrow the object's own properties; the object keeps their wider schemas",
            );
        }
        let mut shape = self.object(
            &any.properties,
            &any.required,
            any.additional_properties.as_ref(),
            pointer,
            hint,
        )?;
        if let Shape::Define(TypeKind::Struct {
            required_alternatives,
            ..
        }) = &mut shape
        {
            *required_alternatives = alternatives.required;
        }
        Ok(shape)
    }

    /// Schemas that mix keywords (or carry an unknown `type`).
    fn any_schema(
        &mut self,
        any: &AnySchema,
        schema: &Schema,
        pointer: &str,
        hint: &str,
    ) -> Result<Shape, Error> {
        if !any.all_of.is_empty() {
            let mut parts = any.all_of.clone();
            // A wrapper that only lists `required` (`allOf: [$ref], required: [a]`) makes a
            // shared model's optional properties required where it is used: a type of its own.
            if !any.properties.is_empty()
                || self.requires_more(&any.all_of, &any.required, pointer)?
            {
                parts.push(ReferenceOr::Item(Schema {
                    schema_data: Default::default(),
                    schema_kind: SchemaKind::Type(Type::Object(openapiv3::ObjectType {
                        properties: any.properties.clone(),
                        required: any.required.clone(),
                        additional_properties: any.additional_properties.clone(),
                        ..Default::default()
                    })),
                }));
            }
            return self.all_of(&parts, pointer, hint);
        }
        if let Some(alternatives) = required_alternatives(any) {
            return self.constrained_object(any, alternatives, pointer, hint);
        }
        if !any.one_of.is_empty() {
            return self.union(&any.one_of, schema, "oneOf", pointer, hint);
        }
        if !any.any_of.is_empty() {
            return self.union(&any.any_of, schema, "anyOf", pointer, hint);
        }
        if !any.enumeration.is_empty() {
            return Ok(self.any_enum(&any.enumeration, pointer));
        }
        match any.typ.as_deref() {
            None | Some("object")
                if !any.properties.is_empty() || any.additional_properties.is_some() =>
            {
                self.object(
                    &any.properties,
                    &any.required,
                    any.additional_properties.as_ref(),
                    pointer,
                    hint,
                )
            }
            None if any.items.is_some() => {
                Ok(Shape::Ref(self.array(any.items.as_ref(), pointer, hint)?))
            }
            Some("array") => Ok(Shape::Ref(self.array(any.items.as_ref(), pointer, hint)?)),
            Some("object") => Ok(Shape::Ref(TypeRef::Map(Box::new(TypeRef::Any)))),
            Some("string") => Ok(Shape::Ref(string_type(
                any.format.clone(),
                self.types_settings,
            ))),
            Some("integer") => Ok(Shape::Ref(TypeRef::Integer(any.format.clone()))),
            Some("number") => Ok(Shape::Ref(TypeRef::Number(any.format.clone()))),
            Some("boolean") => Ok(Shape::Ref(TypeRef::Boolean)),
            None => Ok(Shape::Ref(TypeRef::Any)),
            Some(other) => {
                self.warn(
                    pointer,
                    format!("{DOES_NOT_PARSE} (unknown schema type `{other}`); the schema is read as any JSON value"),
                );
                Ok(Shape::Ref(TypeRef::Any))
            }
        }
    }
}

fn nullable_if(ty: TypeRef, nullable: bool) -> TypeRef {
    if nullable && !matches!(ty, TypeRef::Nullable(_)) {
        TypeRef::Nullable(Box::new(ty))
    } else {
        ty
    }
}

fn strip_nullable(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Nullable(inner) => *inner,
        other => other,
    }
}

fn variant_name_for(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(name) => name.clone(),
        TypeRef::String(_) => "String".to_string(),
        TypeRef::Integer(_) => "Integer".to_string(),
        TypeRef::Number(_) => "Number".to_string(),
        TypeRef::Boolean => "Boolean".to_string(),
        TypeRef::Array(item) => format!("{}List", variant_name_for(item)),
        TypeRef::Map(value) => format!("{}Map", variant_name_for(value)),
        TypeRef::Nullable(inner) => variant_name_for(inner),
        TypeRef::Scalar(scalar) => match scalar {
            Scalar::DateTime(_) => "DateTime",
            Scalar::Date(_) => "Date",
            Scalar::Uuid => "Uuid",
            Scalar::Base64 => "Bytes",
            Scalar::Url => "Url",
        }
        .to_string(),
        TypeRef::Bytes | TypeRef::ByteStream => "Bytes".to_string(),
        TypeRef::File => "File".to_string(),
        TypeRef::EventStream(data) => format!("{}Events", variant_name_for(data)),
        TypeRef::Any => "Value".to_string(),
    }
}
