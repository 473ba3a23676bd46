//! Example values as Rust expressions, for the generated docs: the spec's examples and
//! defaults where it has them, plausible placeholders elsewhere.

use sdkgen_ir::{Api, EnumRepr, Field, TypeKind, TypeRef};
use serde_json::Value;

use super::types::Defaults;

/// How deep nested models are spelled out before falling back to `Default::default()`.
const MAX_DEPTH: usize = 3;

/// Builds example expressions for one API.
pub struct Examples<'a> {
    api: &'a Api,
    defaults: Defaults<'a>,
    /// Path to the models module in the example, e.g. `sensorbucket_client::models::`.
    models: String,
}

impl<'a> Examples<'a> {
    /// Examples that name models through `models_path` (ending in `::`).
    pub fn new(api: &'a Api, models_path: String) -> Self {
        Examples {
            api,
            defaults: Defaults::new(api),
            models: models_path,
        }
    }

    /// An expression of type `ty`, using `example` when it fits.
    pub fn value(&mut self, ty: &TypeRef, example: Option<&Value>, hint: &str) -> String {
        self.value_at(ty, example, hint, 0)
    }

    /// An argument for a parameter of type `ty`: like [`Examples::value`], except that
    /// strings are plain literals, as parameters take `impl Into<String>`.
    pub fn argument(&mut self, ty: &TypeRef, example: Option<&Value>, hint: &str) -> String {
        let value = self.value_at(ty, example, hint, 0);
        match ty {
            TypeRef::String(_) => value.trim_end_matches(".to_string()").to_string(),
            _ => value,
        }
    }

    fn value_at(
        &mut self,
        ty: &TypeRef,
        example: Option<&Value>,
        hint: &str,
        depth: usize,
    ) -> String {
        match ty {
            TypeRef::String(format) => {
                let text = match example {
                    Some(Value::String(s)) => s.clone(),
                    Some(other) if !other.is_null() && !other.is_object() && !other.is_array() => {
                        other.to_string()
                    }
                    _ => placeholder_string(format.as_deref(), hint),
                };
                format!("{}.to_string()", string_literal(&text))
            }
            TypeRef::Integer(format) => {
                let number = example.and_then(Value::as_i64).unwrap_or(1);
                match format.as_deref() {
                    Some("int32") => i32::try_from(number).unwrap_or(1).to_string(),
                    Some("uint32") | Some("uint64") => number.max(0).to_string(),
                    _ => number.to_string(),
                }
            }
            TypeRef::Number(_) => {
                let number = example.and_then(Value::as_f64).unwrap_or(1.5);
                let text = number.to_string();
                if text.contains('.')
                    || text.contains('e')
                    || text.contains("inf")
                    || text.contains("NaN")
                {
                    if number.is_finite() {
                        text
                    } else {
                        "1.5".to_string()
                    }
                } else {
                    format!("{text}.0")
                }
            }
            TypeRef::Boolean => example.and_then(Value::as_bool).unwrap_or(true).to_string(),
            TypeRef::Array(item) => {
                let first = match example {
                    Some(Value::Array(items)) => items.first(),
                    _ => None,
                };
                format!("vec![{}]", self.value_at(item, first, hint, depth + 1))
            }
            TypeRef::Map(_) => "Default::default()".to_string(),
            TypeRef::Nullable(inner) => match example {
                Some(Value::Null) => "None".to_string(),
                _ => format!("Some({})", self.value_at(inner, example, hint, depth)),
            },
            TypeRef::Bytes => "b\"example bytes\".to_vec()".to_string(),
            TypeRef::Any => match example {
                Some(value) => format!("serde_json::json!({value})"),
                None => "serde_json::Value::Null".to_string(),
            },
            TypeRef::Named(name) => self.named(name, example, depth),
        }
    }

    fn named(&mut self, name: &str, example: Option<&Value>, depth: usize) -> String {
        let api = self.api;
        let Some(def) = api.type_def(name) else {
            return "Default::default()".to_string();
        };
        let path = format!("{}{}", self.models, name);
        match &def.kind {
            TypeKind::Alias { target } => self.value_at(target, example, name, depth),
            TypeKind::Enum { repr, variants } => {
                let chosen = variants
                    .iter()
                    .find(|v| Some(&v.value) == example)
                    .or_else(|| variants.first());
                match chosen {
                    Some(variant) => format!("{path}::{}", variant.rust_name),
                    None => match repr {
                        EnumRepr::String => format!("{path}::Unknown(\"value\".to_string())"),
                        EnumRepr::Integer => format!("{path}::Unknown(0)"),
                    },
                }
            }
            TypeKind::Union { variants, .. } => match variants.first() {
                Some(variant) => {
                    let inner = self.value_at(&variant.ty, example, &variant.rust_name, depth + 1);
                    let inner = if variant.boxed {
                        format!("Box::new({inner})")
                    } else {
                        inner
                    };
                    format!("{path}::{}({inner})", variant.rust_name)
                }
                None => "Default::default()".to_string(),
            },
            TypeKind::Struct {
                fields,
                additional_properties,
            } => {
                let defaultable = self.defaults.named(name);
                if depth >= MAX_DEPTH && defaultable {
                    return format!("{path}::default()");
                }
                let object = example.and_then(Value::as_object);
                let mut parts = Vec::new();
                let mut omitted = false;
                for field in fields {
                    let field_example = object
                        .and_then(|o| o.get(&field.json_name))
                        .or(field.example.as_ref())
                        .or(field.default.as_ref());
                    let include = field.required || (field_example.is_some() && depth < MAX_DEPTH);
                    if !include {
                        omitted = true;
                        if !defaultable {
                            parts.push(format!("{}: None", field.rust_name));
                        }
                        continue;
                    }
                    parts.push(format!(
                        "{}: {}",
                        field.rust_name,
                        self.field_value(field, field_example, depth)
                    ));
                }
                if additional_properties.is_some() && !defaultable {
                    let name = if fields
                        .iter()
                        .any(|f| f.rust_name == "additional_properties")
                    {
                        "additional_properties_"
                    } else {
                        "additional_properties"
                    };
                    parts.push(format!("{name}: Default::default()"));
                } else if additional_properties.is_some() {
                    omitted = true;
                }
                if omitted && defaultable {
                    parts.push("..Default::default()".to_string());
                }
                if parts.is_empty() {
                    format!("{path} {{}}")
                } else {
                    format!("{path} {{ {} }}", parts.join(", "))
                }
            }
        }
    }

    fn field_value(&mut self, field: &Field, example: Option<&Value>, depth: usize) -> String {
        let inner_ty = field.ty.non_null();
        let value = self.value_at(inner_ty, example, &field.json_name, depth + 1);
        let value = if field.boxed {
            format!("Box::new({value})")
        } else {
            value
        };
        if field.required && !matches!(field.ty, TypeRef::Nullable(_)) {
            value
        } else {
            format!("Some({value})")
        }
    }
}

fn placeholder_string(format: Option<&str>, hint: &str) -> String {
    match format {
        Some("date-time") => "2024-01-01T00:00:00Z".to_string(),
        Some("date") => "2024-01-01".to_string(),
        Some("uuid") => "3fa85f64-5717-4562-b3fc-2c963f66afa6".to_string(),
        Some("email") => "user@example.com".to_string(),
        Some("uri") | Some("url") => "https://example.com".to_string(),
        _ => {
            format!("{hint}-example").replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "-")
        }
    }
}

/// A Rust string literal.
fn string_literal(text: &str) -> String {
    format!("{text:?}")
}
