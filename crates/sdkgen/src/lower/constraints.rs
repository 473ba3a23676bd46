//! The validation keywords of schemas, kept in the IR for docs and examples.

use std::borrow::Borrow;

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, AnySchema, ReferenceOr, Schema, SchemaKind, Type};
use sdkgen_ir::Constraints;

/// How many schemas are looked at to find where a schema's constraints are.
const MAX_VISITS: usize = 64;

/// The validation keywords that hold where `schema` is used: its own, or those of the
/// component it refers to, or of the first member of an `allOf` wrapper that has any (specs
/// wrap a reference in `allOf` to give it a description).
pub fn resolved<S: Borrow<Schema>>(
    schema: &ReferenceOr<S>,
    components: &IndexMap<String, ReferenceOr<Schema>>,
) -> Constraints {
    resolve(schema, components, &mut MAX_VISITS.clone()).unwrap_or_default()
}

fn resolve<S: Borrow<Schema>>(
    schema: &ReferenceOr<S>,
    components: &IndexMap<String, ReferenceOr<Schema>>,
    visits: &mut usize,
) -> Option<Constraints> {
    *visits = visits.checked_sub(1)?;
    match schema {
        ReferenceOr::Reference { reference } => {
            let key = reference
                .strip_prefix("#/components/schemas/")?
                .replace("~1", "/")
                .replace("~0", "~");
            resolve(components.get(&key)?, components, visits)
        }
        ReferenceOr::Item(schema) => {
            let schema = schema.borrow();
            let mut own = constraints(schema);
            match &schema.schema_kind {
                SchemaKind::AllOf { all_of } if own.is_empty() => {
                    all_of.iter().find_map(|member| {
                        resolve(member, components, visits).filter(|c| !c.is_empty())
                    })
                }
                SchemaKind::Type(Type::Array(array)) => {
                    own.items = array
                        .items
                        .as_ref()
                        .and_then(|items| resolve(items, components, visits))
                        .filter(|items| !items.is_empty())
                        .map(Box::new);
                    Some(own)
                }
                _ => Some(own),
            }
        }
    }
}

/// The validation keywords of a schema.
pub fn constraints(schema: &Schema) -> Constraints {
    let mut c = Constraints::default();
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            c.min_length = s.min_length.map(|v| v as u64);
            c.max_length = s.max_length.map(|v| v as u64);
            c.pattern.clone_from(&s.pattern);
        }
        SchemaKind::Type(Type::Integer(i)) => {
            c.minimum = i.minimum.map(|v| v as f64);
            c.maximum = i.maximum.map(|v| v as f64);
            c.exclusive_minimum = i.exclusive_minimum;
            c.exclusive_maximum = i.exclusive_maximum;
            c.multiple_of = i.multiple_of.map(|v| v as f64);
        }
        SchemaKind::Type(Type::Number(n)) => {
            c.minimum = n.minimum;
            c.maximum = n.maximum;
            c.exclusive_minimum = n.exclusive_minimum;
            c.exclusive_maximum = n.exclusive_maximum;
            c.multiple_of = n.multiple_of;
        }
        SchemaKind::Type(Type::Array(a)) => {
            c.min_items = a.min_items.map(|v| v as u64);
            c.max_items = a.max_items.map(|v| v as u64);
            c.unique_items = a.unique_items;
        }
        SchemaKind::Type(Type::Object(o)) => {
            c.min_properties = o.min_properties.map(|v| v as u64);
        }
        SchemaKind::Any(a) => {
            c.min_properties = a.min_properties.map(|v| v as u64);
            c.min_length = a.min_length.map(|v| v as u64);
            c.max_length = a.max_length.map(|v| v as u64);
            c.pattern.clone_from(&a.pattern);
            c.minimum = a.minimum;
            c.maximum = a.maximum;
            c.exclusive_minimum = a.exclusive_minimum.unwrap_or(false);
            c.exclusive_maximum = a.exclusive_maximum.unwrap_or(false);
            c.multiple_of = a.multiple_of;
            c.min_items = a.min_items.map(|v| v as u64);
            c.max_items = a.max_items.map(|v| v as u64);
            c.unique_items = a.unique_items.unwrap_or(false);
        }
        _ => {}
    }
    c
}

/// The `properties` of a schema.
type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// What the `oneOf`/`anyOf` alternatives of an object require, where they only constrain its
/// own properties.
pub struct RequiredAlternatives {
    /// The properties each alternative requires.
    pub required: Vec<Vec<String>>,
    /// Whether an alternative also narrows a property's schema (an `enum` of fewer values).
    pub narrow: bool,
}

/// The requirements of an object schema's `oneOf`/`anyOf` alternatives, when every
/// alternative is written in place and names only properties the object declares.
pub fn required_alternatives(any: &AnySchema) -> Option<RequiredAlternatives> {
    let object = matches!(any.typ.as_deref(), None | Some("object"));
    let alternatives = match (any.one_of.as_slice(), any.any_of.as_slice()) {
        (one_of, []) if !one_of.is_empty() => one_of,
        ([], any_of) if !any_of.is_empty() => any_of,
        _ => return None,
    };
    if !object || any.properties.is_empty() || !any.all_of.is_empty() {
        return None;
    }
    let declared = |name: &String| any.properties.contains_key(name);
    let mut narrow = false;
    let required = alternatives
        .iter()
        .map(|alternative| {
            let (properties, required) = constraining_parts(alternative)?;
            narrow |= !properties.is_empty();
            (properties.keys().all(declared) && required.iter().all(declared))
                .then(|| required.clone())
        })
        .collect::<Option<Vec<_>>>()?;
    Some(RequiredAlternatives { required, narrow })
}

/// The `properties` and `required` of an alternative that is an object schema written in
/// place with nothing else that shapes a value.
fn constraining_parts(alternative: &ReferenceOr<Schema>) -> Option<(&Properties, &Vec<String>)> {
    let ReferenceOr::Item(schema) = alternative else {
        return None;
    };
    // `not`, closed or bounded properties say more than which properties are required
    // ("a or b, not both"): such alternatives stay a union.
    let open = |extra: &Option<AdditionalProperties>| {
        matches!(extra, None | Some(AdditionalProperties::Any(true)))
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o))
            if open(&o.additional_properties)
                && o.min_properties.is_none()
                && o.max_properties.is_none() =>
        {
            Some((&o.properties, &o.required))
        }
        SchemaKind::Any(a)
            if matches!(a.typ.as_deref(), None | Some("object"))
                && a.all_of.is_empty()
                && a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.not.is_none()
                && a.items.is_none()
                && a.enumeration.is_empty()
                && open(&a.additional_properties)
                && a.min_properties.is_none()
                && a.max_properties.is_none() =>
        {
            Some((&a.properties, &a.required))
        }
        _ => None,
    }
}
