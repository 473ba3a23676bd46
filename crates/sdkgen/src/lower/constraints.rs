//! The validation keywords of schemas, kept in the IR for docs.

use openapiv3::{Schema, SchemaKind, Type};
use sdkgen_ir::Constraints;

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
        SchemaKind::Any(a) => {
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
