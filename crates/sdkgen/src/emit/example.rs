//! Example values as Rust expressions, for the generated docs: the spec's examples and
//! defaults where it has them, plausible placeholders elsewhere.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use sdkgen_ir::{Api, EnumVariants, Field, Scalar, TypeKind, TypeRef};
use serde_json::Value;

use crate::surface::Defaults;

/// How deep nested models are spelled out before falling back to `Default::default()`.
const MAX_DEPTH: usize = 3;

/// How deep values nest before examples take the smallest value of a type (`None`, `vec![]`):
/// recursive types must end somewhere.
const MAX_NESTING: usize = 8;

/// How many values one example spells out before it takes the smallest value of each type:
/// wide models nested deep would otherwise give examples of millions of values.
const MAX_VALUES: usize = 200;

/// How deep a spec's JSON example is copied into a `json!` literal.
const MAX_JSON_DEPTH: usize = 32;

/// Builds example expressions for one API.
pub struct Examples<'a> {
    api: &'a Api,
    defaults: Defaults<'a>,
    /// Path to the models module in the example, e.g. `sensorbucket_client::models::`.
    models: String,
    /// Named types being spelled out right now, outermost first.
    expanding: Vec<String>,
    /// How many more values the current example may spell out.
    budget: usize,
}

impl<'a> Examples<'a> {
    /// Examples that name models through `models_path` (ending in `::`).
    pub fn new(api: &'a Api, models_path: String) -> Self {
        Examples {
            api,
            defaults: Defaults::new(api),
            models: models_path,
            expanding: Vec::new(),
            budget: MAX_VALUES,
        }
    }

    /// An argument for a parameter or body of type `ty`, using `example` when it fits: strings
    /// are plain literals, as arguments take `impl Into<String>`, and arrays are array
    /// literals of such items, as arguments take any iterable of them.
    pub fn argument(&mut self, ty: &TypeRef, example: Option<&Value>, hint: &str) -> String {
        self.budget = MAX_VALUES;
        match ty {
            TypeRef::Array(item) => {
                let first = match example {
                    Some(Value::Array(items)) => items.first(),
                    _ => None,
                };
                let value = self.value_at(item, first, hint, 1);
                format!("[{}]", into_string_argument(item, value))
            }
            _ => {
                let value = self.value_at(ty, example, hint, 0);
                into_string_argument(ty, value)
            }
        }
    }

    fn value_at(
        &mut self,
        ty: &TypeRef,
        example: Option<&Value>,
        hint: &str,
        depth: usize,
    ) -> String {
        if depth >= MAX_NESTING || self.budget == 0 {
            return self.smallest(ty, depth);
        }
        self.budget -= 1;
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
            TypeRef::Scalar(scalar) => scalar_value(*scalar, example),
            TypeRef::Integer(format) => {
                let number = example.and_then(Value::as_i64).unwrap_or(1);
                match format.as_deref() {
                    Some("int32") => i32::try_from(number).unwrap_or(1).to_string(),
                    Some("uint32") => u32::try_from(number).unwrap_or(1).to_string(),
                    Some("uint64") => number.max(0).to_string(),
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
            TypeRef::Nullable(inner) => {
                if matches!(example, Some(Value::Null)) || self.would_recurse(inner) {
                    "None".to_string()
                } else {
                    format!("Some({})", self.value_at(inner, example, hint, depth))
                }
            }
            TypeRef::Bytes => "b\"example bytes\".to_vec().into()".to_string(),
            TypeRef::File => format!(
                "{}FilePart::new(b\"example bytes\".to_vec()).file_name(\"example.txt\")",
                self.models
            ),
            // Only a body argument is a stream, and it takes `impl Into<ByteStream>`.
            TypeRef::ByteStream => "b\"example bytes\".to_vec()".to_string(),
            // Only a response is an event stream, and responses have no examples.
            TypeRef::EventStream(_) => self.smallest(ty, depth),
            TypeRef::Any => match example {
                Some(value) => {
                    let json = json_tokens(value, 0);
                    quote!(serde_json::json!(#json)).to_string()
                }
                None => "serde_json::Value::Null".to_string(),
            },
            TypeRef::Named(name) if self.expanding.iter().any(|n| n == name) => {
                self.smallest(ty, depth)
            }
            TypeRef::Named(name) => {
                self.expanding.push(name.clone());
                let value = self.named(name, example, depth);
                self.expanding.pop();
                value
            }
        }
    }

    /// The shortest value of a type, which never spells out a model inside itself: what
    /// recursive types end with.
    fn smallest(&mut self, ty: &TypeRef, depth: usize) -> String {
        match ty {
            TypeRef::Nullable(_) => "None".to_string(),
            TypeRef::Array(_) => "vec![]".to_string(),
            TypeRef::Map(_) => "Default::default()".to_string(),
            TypeRef::Named(name) => {
                let api = self.api;
                match api.type_def(name).map(|def| &def.kind) {
                    Some(TypeKind::Enum { .. }) => self.named(name, None, depth),
                    Some(TypeKind::Alias { target }) if !matches!(target, TypeRef::Named(_)) => {
                        self.smallest(target, depth)
                    }
                    _ if self.defaults.named(name) => format!("{}{name}::default()", self.models),
                    // A model that contains itself in every one of its shapes has no finite
                    // literal; the example reads one from JSON instead.
                    _ => "serde_json::from_value(serde_json::Value::Null)?".to_string(),
                }
            }
            TypeRef::String(_) => "String::new()".to_string(),
            TypeRef::Integer(_) => "0".to_string(),
            TypeRef::Number(_) => "0.0".to_string(),
            TypeRef::Boolean => "false".to_string(),
            TypeRef::Scalar(Scalar::Url) => scalar_value(Scalar::Url, None),
            TypeRef::Scalar(_) => "Default::default()".to_string(),
            TypeRef::Bytes | TypeRef::EventStream(_) => "Default::default()".to_string(),
            TypeRef::ByteStream => "Vec::new()".to_string(),
            TypeRef::File => format!("{}FilePart::default()", self.models),
            TypeRef::Any => "serde_json::Value::Null".to_string(),
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
            TypeKind::Enum { variants } => {
                let chosen = example
                    .and_then(|example| variants.find(example))
                    .or_else(|| variants.first());
                match (chosen, variants) {
                    (Some(variant), _) => format!("{path}::{variant}"),
                    (None, EnumVariants::String(_)) => {
                        format!("{path}::Unknown(\"value\".to_string())")
                    }
                    (None, EnumVariants::Integer(_)) => format!("{path}::Unknown(0)"),
                }
            }
            TypeKind::Union { variants, .. } => {
                // The first alternative that does not lead back into a model being spelled out.
                let chosen = variants
                    .iter()
                    .find(|v| !self.would_recurse(&v.ty))
                    .or_else(|| variants.first());
                match chosen {
                    Some(variant) => {
                        let inner = self.contained(
                            &variant.ty,
                            variant.boxed,
                            false,
                            example,
                            &variant.rust_name,
                            depth,
                        );
                        format!("{path}::{}({inner})", variant.rust_name)
                    }
                    None => "Default::default()".to_string(),
                }
            }
            TypeKind::Struct { fields, .. } => {
                let defaultable = self.defaults.named(name);
                if depth >= MAX_DEPTH && defaultable {
                    return format!("{path}::default()");
                }
                // Opening a model costs a value per field, so that a spent budget stops here.
                if self.budget < fields.len() {
                    return self.smallest(&TypeRef::Named(name.to_string()), depth);
                }
                self.budget -= fields.len();
                let object = example.and_then(Value::as_object);
                let mut arguments = Vec::new();
                let mut setters = String::new();
                for field in fields {
                    let field_example = object
                        .and_then(|o| o.get(&field.json_name))
                        .or(field.example.as_ref())
                        .or(field.default.as_ref());
                    if field.constant.is_some() {
                        continue;
                    }
                    if def.takes(field) {
                        arguments.push(self.required_value(field, field_example, depth));
                    } else if field_example.is_some()
                        && depth < MAX_DEPTH
                        && !def.never_sends(field)
                    {
                        if let Some(value) = self.optional_value(field, field_example, depth) {
                            let method = field.rust_name.trim_start_matches("r#");
                            setters.push_str(&format!(".with_{method}({value})"));
                        }
                    }
                }
                format!("{path}::new({}){setters}", arguments.join(", "))
            }
        }
    }

    /// The constructor's argument for a required field: unboxed, and a plain literal for a
    /// string, as constructors take `impl Into<…>`.
    fn required_value(&mut self, field: &Field, example: Option<&Value>, depth: usize) -> String {
        let value = self.contained(&field.ty, false, false, example, &field.json_name, depth);
        into_string_argument(&field.ty, value)
    }

    /// The `with_` method's argument for an optional field (the value itself, or `Nullable::Null`),
    /// or `None` where the value would spell out a model being spelled out already.
    fn optional_value(
        &mut self,
        field: &Field,
        example: Option<&Value>,
        depth: usize,
    ) -> Option<String> {
        if field.is_three_state() && matches!(example, Some(Value::Null)) {
            return Some(format!("{}Nullable::Null", self.models));
        }
        if self.would_recurse(&field.ty) || matches!(example, Some(Value::Null)) {
            return None;
        }
        let value = self.value_at(field.ty.non_null(), example, &field.json_name, depth + 1);
        Some(into_string_argument(field.ty.non_null(), value))
    }

    /// A value for a field or alternative of type `ty` inside a model: boxed when the model
    /// boxes it, and `Some(…)` (or `None`, to end a recursion) when it is optional or nullable.
    fn contained(
        &mut self,
        ty: &TypeRef,
        boxed: bool,
        optional: bool,
        example: Option<&Value>,
        hint: &str,
        depth: usize,
    ) -> String {
        let optional = optional || matches!(ty, TypeRef::Nullable(_));
        let inner_ty = ty.non_null();
        if optional && (matches!(example, Some(Value::Null)) || self.would_recurse(inner_ty)) {
            return "None".to_string();
        }
        let value = self.value_at(inner_ty, example, hint, depth + 1);
        let value = if boxed {
            format!("Box::new({value})")
        } else {
            value
        };
        if optional {
            format!("Some({value})")
        } else {
            value
        }
    }

    /// Whether a value of `ty` would spell out a model that is being spelled out already.
    fn would_recurse(&self, ty: &TypeRef) -> bool {
        match ty.non_null() {
            TypeRef::Named(name) => self.expanding.iter().any(|n| n == name),
            _ => false,
        }
    }
}

/// `value`, of type `ty`, as an argument that takes `impl Into<String>` when `ty` is a string:
/// the plain literal, without `.to_string()`.
fn into_string_argument(ty: &TypeRef, value: String) -> String {
    match ty {
        TypeRef::String(_) => value.trim_end_matches(".to_string()").to_string(),
        _ => value,
    }
}

/// A value of a scalar: the spec's example when it looks like one, parsed at run time.
fn scalar_value(scalar: Scalar, example: Option<&Value>) -> String {
    let (format, looks_right): (&str, fn(&str) -> bool) = match scalar {
        Scalar::Base64 => return "b\"example bytes\".to_vec().into()".to_string(),
        Scalar::DateTime(_) => ("date-time", |t| {
            t.len() >= 20 && t.get(10..11) == Some("T") && t.is_ascii()
        }),
        Scalar::Date(_) => ("date", |t| {
            t.len() == 10 && t.bytes().filter(|b| *b == b'-').count() == 2
        }),
        Scalar::Uuid => ("uuid", |t| {
            t.len() == 36 && t.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
        }),
        Scalar::Url => ("uri", |t| {
            t.starts_with("https://") || t.starts_with("http://")
        }),
    };
    let text = match example.and_then(Value::as_str) {
        Some(text) if looks_right(text) => text.to_string(),
        _ => placeholder_string(Some(format), ""),
    };
    format!("{}.parse()?", string_literal(&text))
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
    Literal::string(text).to_string()
}

/// A spec's JSON example as the tokens of a `serde_json::json!` argument: every string a
/// literal, every number a literal, nesting cut at [`MAX_JSON_DEPTH`].
fn json_tokens(value: &Value, depth: usize) -> TokenStream {
    if depth >= MAX_JSON_DEPTH {
        return quote!(null);
    }
    match value {
        Value::Null => quote!(null),
        Value::Bool(b) => quote!(#b),
        Value::Number(n) => json_number(n),
        Value::String(s) => {
            let literal = Literal::string(s);
            quote!(#literal)
        }
        Value::Array(items) => {
            let items = items.iter().map(|item| json_tokens(item, depth + 1));
            quote!([#(#items),*])
        }
        Value::Object(object) => {
            let entries = object.iter().map(|(key, item)| {
                let key = Literal::string(key);
                let item = json_tokens(item, depth + 1);
                quote!(#key: #item)
            });
            quote!({#(#entries),*})
        }
    }
}

fn json_number(n: &serde_json::Number) -> TokenStream {
    let literal = if let Some(u) = n.as_u64() {
        Literal::u64_unsuffixed(u)
    } else if let Some(i) = n.as_i64() {
        // A negative literal is a `-` token before the magnitude.
        let magnitude = Literal::u64_unsuffixed(i.unsigned_abs());
        return quote!(-#magnitude);
    } else {
        match n.as_f64() {
            Some(f) if f.is_finite() && f < 0.0 => {
                let magnitude = Literal::f64_unsuffixed(-f);
                return quote!(-#magnitude);
            }
            Some(f) if f.is_finite() => Literal::f64_unsuffixed(f),
            _ => return quote!(null),
        }
    };
    quote!(#literal)
}
