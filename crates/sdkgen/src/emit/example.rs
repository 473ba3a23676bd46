//! Example values as Rust expressions, for the generated docs: the spec's examples and
//! defaults where it has them, plausible placeholders elsewhere.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use sdkgen_ir::{Api, Constraints, EnumVariants, Field, Scalar, TypeDef, TypeKind, TypeRef};
use serde_json::Value;

use super::fitting;
use crate::surface::{ident, Defaults};

/// Where a value goes: the name placeholders are made from, and the schema's validation
/// keywords there, which the value keeps to.
#[derive(Clone, Copy)]
pub struct Place<'p> {
    /// The parameter's or property's name.
    pub name: &'p str,
    /// Its schema's constraints, where the IR has them.
    pub constraints: Option<&'p Constraints>,
}

impl<'p> Place<'p> {
    /// A place known only by name.
    pub fn named(name: &'p str) -> Self {
        Place {
            name,
            constraints: None,
        }
    }

    fn field(field: &'p Field) -> Self {
        Place {
            name: &field.json_name,
            constraints: Some(&field.constraints),
        }
    }

    /// The same name with the constraints of the array's items, for its items.
    fn items(self) -> Self {
        Place {
            name: self.name,
            constraints: self.constraints.and_then(|c| c.items.as_deref()),
        }
    }
}

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
    /// Named types being spelled out right now, outermost first.
    expanding: Vec<String>,
    /// How many more values the current example may spell out.
    budget: usize,
    /// Whether an expression built since the last [`Examples::take_models_named`] names the
    /// `models` module.
    models_named: bool,
    /// How deep models are spelled out before `Default::default()` stands in for them.
    max_depth: usize,
}

impl<'a> Examples<'a> {
    /// Examples that name models through the `models` module.
    pub fn new(api: &'a Api) -> Self {
        Examples {
            api,
            defaults: Defaults::new(api),
            expanding: Vec::new(),
            budget: MAX_VALUES,
            models_named: false,
            max_depth: MAX_DEPTH,
        }
    }

    /// Examples for calls that must be valid requests (the contract tests): models spelled
    /// out as deep as values nest, as a stand-in `Default` may lack what the server requires.
    pub fn complete(api: &'a Api) -> Self {
        Examples {
            max_depth: MAX_NESTING,
            ..Examples::new(api)
        }
    }

    /// Whether the expressions built since the last call name the `models` module, which
    /// their program then imports.
    pub fn take_models_named(&mut self) -> bool {
        std::mem::take(&mut self.models_named)
    }

    /// An argument for a parameter or body of type `ty`, using `example` when it fits: strings
    /// are plain literals, as arguments take `impl Into<String>`, and arrays are array
    /// literals of such items, as arguments take any iterable of them.
    pub fn argument(
        &mut self,
        ty: &TypeRef,
        example: Option<&Value>,
        at: Place<'_>,
    ) -> TokenStream {
        self.budget = MAX_VALUES;
        match ty {
            TypeRef::Array(item) => {
                let first = match example {
                    Some(Value::Array(items)) => items.first(),
                    _ => None,
                };
                let value = self.taken_value(item, first, at.items(), 1);
                let values = std::iter::repeat(value).take(item_count(at));
                quote! { [#(#values),*] }
            }
            _ => self.taken_value(ty, example, at, 0),
        }
    }

    /// A value as an argument that takes `impl Into<…>` takes it: a string as a plain literal.
    fn taken_value(
        &mut self,
        ty: &TypeRef,
        example: Option<&Value>,
        at: Place<'_>,
        depth: usize,
    ) -> TokenStream {
        match ty {
            TypeRef::String(format) if depth < MAX_NESTING && self.budget > 0 => {
                self.budget -= 1;
                let literal = Literal::string(&string_text(format.as_deref(), example, at));
                quote! { #literal }
            }
            _ => self.value_at(ty, example, at, depth),
        }
    }

    fn value_at(
        &mut self,
        ty: &TypeRef,
        example: Option<&Value>,
        at: Place<'_>,
        depth: usize,
    ) -> TokenStream {
        if depth >= MAX_NESTING || self.budget == 0 {
            return self.smallest(ty, depth);
        }
        self.budget -= 1;
        match ty {
            TypeRef::String(format) => {
                let literal = Literal::string(&string_text(format.as_deref(), example, at));
                quote! { #literal.to_string() }
            }
            TypeRef::Scalar(scalar) => scalar_value(*scalar, example),
            TypeRef::Integer(format) => integer_value(format.as_deref(), example, at),
            TypeRef::Number(_) => number_value(example, at),
            TypeRef::Boolean => {
                let value = example.and_then(Value::as_bool).unwrap_or(true);
                quote! { #value }
            }
            TypeRef::Array(item) => {
                let first = match example {
                    Some(Value::Array(items)) => items.first(),
                    _ => None,
                };
                let item = self.value_at(item, first, at.items(), depth + 1);
                let items = std::iter::repeat(item).take(item_count(at));
                quote! { vec![#(#items),*] }
            }
            // An entry only where the schema asks for one: examples stay short.
            TypeRef::Map(value)
                if at.constraints.and_then(|c| c.min_properties).unwrap_or(0) > 0 =>
            {
                let key = Literal::string(&format!("{}-key", at.name));
                let value = self.value_at(value, None, at.items(), depth + 1);
                quote! { [(#key.to_string(), #value)].into_iter().collect() }
            }
            TypeRef::Map(_) => quote! { Default::default() },
            TypeRef::Nullable(inner) => {
                if matches!(example, Some(Value::Null)) || self.would_recurse(inner) {
                    quote! { None }
                } else {
                    let value = self.value_at(inner, example, at, depth);
                    quote! { Some(#value) }
                }
            }
            TypeRef::Bytes => quote! { b"example bytes".to_vec().into() },
            TypeRef::File => {
                self.models_named = true;
                quote! { models::FilePart::new(b"example bytes".to_vec()).file_name("example.txt") }
            }
            // Only a body argument is a stream, and it takes `impl Into<ByteStream>`.
            TypeRef::ByteStream => quote! { b"example bytes".to_vec() },
            // Only a response is an event stream, and responses have no examples.
            TypeRef::EventStream(_) => self.smallest(ty, depth),
            TypeRef::Any => match example {
                Some(value) => {
                    let json = json_tokens(value, 0);
                    quote! { serde_json::json!(#json) }
                }
                // An empty object: servers read a `null` body as no body at all.
                None => quote! { serde_json::json!({}) },
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
    fn smallest(&mut self, ty: &TypeRef, depth: usize) -> TokenStream {
        match ty {
            TypeRef::Nullable(_) => quote! { None },
            TypeRef::Array(_) => quote! { vec![] },
            TypeRef::Named(name) => {
                let api = self.api;
                match api.type_def(name).map(|def| &def.kind) {
                    Some(TypeKind::Enum { .. }) => self.named(name, None, depth),
                    Some(TypeKind::Alias { target }) if !matches!(target, TypeRef::Named(_)) => {
                        self.smallest(target, depth)
                    }
                    _ if self.defaults.named(name) => {
                        let path = self.model_path(name);
                        quote! { #path::default() }
                    }
                    // A model that contains itself in every one of its shapes has no finite
                    // literal; the example reads one from JSON instead.
                    _ => quote! { serde_json::from_value(serde_json::Value::Null)? },
                }
            }
            TypeRef::String(_) => quote! { String::new() },
            TypeRef::Integer(_) => quote! { 0 },
            TypeRef::Number(_) => quote! { 0.0 },
            TypeRef::Boolean => quote! { false },
            TypeRef::Scalar(Scalar::Url) => scalar_value(Scalar::Url, None),
            TypeRef::ByteStream => quote! { Vec::new() },
            TypeRef::File => {
                self.models_named = true;
                quote! { models::FilePart::default() }
            }
            TypeRef::Any => quote! { serde_json::Value::Null },
            TypeRef::Map(_) | TypeRef::Scalar(_) | TypeRef::Bytes | TypeRef::EventStream(_) => {
                quote! { Default::default() }
            }
        }
    }

    /// `models::Name`, noting that the program names the module.
    fn model_path(&mut self, name: &str) -> TokenStream {
        self.models_named = true;
        let name = ident(name);
        quote! { models::#name }
    }

    fn named(&mut self, name: &str, example: Option<&Value>, depth: usize) -> TokenStream {
        let api = self.api;
        let Some(def) = api.type_def(name) else {
            return quote! { Default::default() };
        };
        match &def.kind {
            TypeKind::Alias { target } => {
                let at = Place {
                    name,
                    constraints: Some(&def.constraints),
                };
                self.value_at(target, example, at, depth)
            }
            TypeKind::Enum { variants } => {
                let path = self.model_path(name);
                let chosen = example
                    .and_then(|example| variants.find(example))
                    .or_else(|| variants.first());
                match (chosen, variants) {
                    (Some(variant), _) => {
                        let variant = ident(variant);
                        quote! { #path::#variant }
                    }
                    (None, EnumVariants::String(_)) => {
                        quote! { #path::Unknown("value".to_string()) }
                    }
                    (None, EnumVariants::Integer(_)) => quote! { #path::Unknown(0) },
                }
            }
            TypeKind::Union { variants, .. } => {
                // The first alternative that does not lead back into a model being spelled out.
                let chosen = variants
                    .iter()
                    .find(|v| !self.would_recurse(&v.ty))
                    .or_else(|| variants.first());
                let Some(variant) = chosen else {
                    return quote! { Default::default() };
                };
                let inner = self.contained(
                    &variant.ty,
                    variant.boxed,
                    false,
                    example,
                    Place::named(&variant.rust_name),
                    depth,
                );
                let path = self.model_path(name);
                let variant = ident(&variant.rust_name);
                quote! { #path::#variant(#inner) }
            }
            TypeKind::Struct {
                fields,
                required_alternatives,
                ..
            } => {
                // The alternative that asks least of the example: the fewest optional fields.
                let optional = |set: &&Vec<String>| {
                    let is_optional = |name: &String| {
                        fields.iter().any(|f| &f.json_name == name && !def.takes(f))
                    };
                    set.iter().filter(|name| is_optional(name)).count()
                };
                let also_required = required_alternatives
                    .iter()
                    .min_by_key(optional)
                    .map_or(&[][..], Vec::as_slice);
                self.struct_value(def, fields, also_required, example, depth)
            }
        }
    }

    /// A model built with `new` and, where the example sets them (or a request must, by
    /// `also_required`), its `with_` methods.
    fn struct_value(
        &mut self,
        def: &TypeDef,
        fields: &[Field],
        also_required: &[String],
        example: Option<&Value>,
        depth: usize,
    ) -> TokenStream {
        let name = &def.name;
        let path = self.model_path(name);
        if depth >= self.max_depth && self.defaults.named(name) {
            return quote! { #path::default() };
        }
        // Opening a model costs a value per field, so that a spent budget stops here.
        if self.budget < fields.len() {
            return self.smallest(&TypeRef::Named(name.to_string()), depth);
        }
        self.budget -= fields.len();
        let object = example.and_then(Value::as_object);
        let mut arguments = Vec::new();
        let mut setters = Vec::new();
        for field in fields.iter().filter(|field| field.constant.is_none()) {
            let field_example = object
                .and_then(|o| o.get(&field.json_name))
                .or(field.example.as_ref())
                .or(field.default.as_ref());
            // A property the spec requires that the struct keeps optional (write-only in a type
            // responses carry too) is still required in a request.
            // A property with one allowed value is always valid to send, and often what tells a
            // union's alternatives apart (`type: areacode`): sent, it makes the value match one.
            let required = field.required
                || also_required.contains(&field.json_name)
                || self.has_one_value(&field.ty);
            let wanted = field_example.is_some() || (def.sent && required);
            if def.takes(field) {
                arguments.push(self.required_value(field, field_example, depth));
            } else if wanted && depth < self.max_depth && !def.never_sends(field) {
                if let Some(value) = self.optional_value(field, field_example, depth) {
                    let method = format_ident!("with_{}", field.rust_name.trim_start_matches("r#"));
                    setters.push(quote! { .#method(#value) });
                }
            }
        }
        quote! { #path::new(#(#arguments),*) #(#setters)* }
    }

    /// Whether `ty` is an enum of one value (through aliases, which identical inline enums
    /// become).
    fn has_one_value(&self, ty: &TypeRef) -> bool {
        let mut ty = ty.non_null();
        // Aliases of aliases end: lowering breaks alias cycles; the bound is for safety.
        for _ in 0..MAX_NESTING {
            let TypeRef::Named(name) = ty else {
                return false;
            };
            match self.api.type_def(name).map(|def| &def.kind) {
                Some(TypeKind::Enum { variants }) => return variants.texts().len() == 1,
                Some(TypeKind::Alias { target }) => ty = target.non_null(),
                _ => return false,
            }
        }
        false
    }

    /// The constructor's argument for a required field: unboxed, and a plain literal for a
    /// string, as constructors take `impl Into<…>`.
    fn required_value(
        &mut self,
        field: &Field,
        example: Option<&Value>,
        depth: usize,
    ) -> TokenStream {
        if matches!(field.ty, TypeRef::String(_)) {
            return self.taken_value(&field.ty, example, Place::field(field), depth + 1);
        }
        self.contained(&field.ty, false, false, example, Place::field(field), depth)
    }

    /// The `with_` method's argument for an optional field (the value itself, or `Nullable::Null`),
    /// or `None` where the value would spell out a model being spelled out already.
    fn optional_value(
        &mut self,
        field: &Field,
        example: Option<&Value>,
        depth: usize,
    ) -> Option<TokenStream> {
        if field.is_three_state() && matches!(example, Some(Value::Null)) {
            self.models_named = true;
            return Some(quote! { models::Nullable::Null });
        }
        if self.would_recurse(&field.ty) || matches!(example, Some(Value::Null)) {
            return None;
        }
        Some(self.taken_value(field.ty.non_null(), example, Place::field(field), depth + 1))
    }

    /// A value for a field or alternative of type `ty` inside a model: boxed when the model
    /// boxes it, and `Some(…)` (or `None`, to end a recursion) when it is optional or nullable.
    fn contained(
        &mut self,
        ty: &TypeRef,
        boxed: bool,
        optional: bool,
        example: Option<&Value>,
        at: Place<'_>,
        depth: usize,
    ) -> TokenStream {
        let optional = optional || matches!(ty, TypeRef::Nullable(_));
        let inner_ty = ty.non_null();
        if optional && (matches!(example, Some(Value::Null)) || self.would_recurse(inner_ty)) {
            return quote! { None };
        }
        let value = self.value_at(inner_ty, example, at, depth + 1);
        let value = if boxed {
            quote! { Box::new(#value) }
        } else {
            value
        };
        if optional {
            quote! { Some(#value) }
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

/// How many items an array example has: one, or as many as `minItems` asks (a few at most).
fn item_count(at: Place<'_>) -> usize {
    let least = at.constraints.and_then(|c| c.min_items).unwrap_or(1);
    usize::try_from(least).unwrap_or(1).clamp(1, 8)
}

/// The text of a string value: the spec's example when it is a scalar, else a placeholder,
/// made to keep to the place's length and pattern where it does not.
fn string_text(format: Option<&str>, example: Option<&Value>, at: Place<'_>) -> String {
    let text = match example {
        Some(Value::String(s)) => s.clone(),
        Some(other) if !other.is_null() && !other.is_object() && !other.is_array() => {
            other.to_string()
        }
        _ => placeholder_string(format, at.name),
    };
    // Specs' examples break their own formats ("string" for a date-time, a date with a
    // time); a value that does not parse would fail the call it is an example of.
    let text = match format {
        Some(format) if !fitting::keeps_to_format(&text, format) => {
            placeholder_string(Some(format), at.name)
        }
        _ => text,
    };
    match at.constraints {
        Some(constraints) => fitting::string(text, constraints),
        None => text,
    }
}

/// An integer in the range of its format and its schema: the spec's example where it fits,
/// else 1.
fn integer_value(format: Option<&str>, example: Option<&Value>, at: Place<'_>) -> TokenStream {
    let number = example.and_then(Value::as_i64).unwrap_or(1);
    let number = match at.constraints {
        Some(constraints) => fitting::integer(number, constraints),
        None => number,
    };
    let number = match format {
        Some("int32") => i32::try_from(number).map_or(1, i64::from),
        Some("uint32") => u32::try_from(number).map_or(1, i64::from),
        Some("uint64") => number.max(0),
        _ => number,
    };
    let magnitude = Literal::u64_unsuffixed(number.unsigned_abs());
    if number < 0 {
        quote! { -#magnitude }
    } else {
        quote! { #magnitude }
    }
}

/// A finite number in its schema's range: the spec's example where it is one, else 1.5.
fn number_value(example: Option<&Value>, at: Place<'_>) -> TokenStream {
    let number = example
        .and_then(Value::as_f64)
        .filter(|n| n.is_finite())
        .unwrap_or(1.5);
    let number = match at.constraints {
        Some(constraints) => fitting::number(number, constraints),
        None => number,
    };
    let magnitude = Literal::f64_unsuffixed(number.abs());
    if number < 0.0 {
        quote! { -#magnitude }
    } else {
        quote! { #magnitude }
    }
}

/// A value of a scalar: the spec's example when it looks like one, parsed at run time.
fn scalar_value(scalar: Scalar, example: Option<&Value>) -> TokenStream {
    let (format, looks_right): (&str, fn(&str) -> bool) = match scalar {
        Scalar::Base64 => return quote! { b"example bytes".to_vec().into() },
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
    let literal = Literal::string(&text);
    quote! { #literal.parse()? }
}

fn placeholder_string(format: Option<&str>, hint: &str) -> String {
    match format {
        Some("date-time") => "2024-01-01T00:00:00Z".to_string(),
        Some("date") => "2024-01-01".to_string(),
        Some("uuid") => "3fa85f64-5717-4562-b3fc-2c963f66afa6".to_string(),
        Some("email") => "user@example.com".to_string(),
        Some("uri") | Some("url") | Some("uri-reference") | Some("iri") => {
            "https://example.com".to_string()
        }
        Some("ipv4") => "192.0.2.1".to_string(),
        Some("ipv6") => "2001:db8::1".to_string(),
        Some("hostname") => "example.com".to_string(),
        Some("time") => "00:00:00Z".to_string(),
        _ => {
            format!("{hint}-example").replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "-")
        }
    }
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
