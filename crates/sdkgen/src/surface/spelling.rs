//! How the generated crate spells each IR type: as tokens for the code and as plain text for
//! docs and change lists, decided one level deep in one place.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use sdkgen_ir::{DateLibrary, Field, FieldWrap, Scalar, TypeDef, TypeRef};

/// An identifier from a name the IR already made valid.
pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The Rust type a [`TypeRef`] becomes, one level deep: the one place that decides it, for the
/// code ([`rust_type`]) and the docs alike.
pub(crate) enum Spelling<'a> {
    /// A model, by its Rust name.
    Named(&'a str),
    /// A type of the language or a dependency.
    Primitive(Primitive),
    /// `Vec<T>`.
    Vec(&'a TypeRef),
    /// A map from strings.
    Map(&'a TypeRef),
    /// `Option<T>`.
    Option(&'a TypeRef),
    /// The runtime's stream of server-sent events with data of this type.
    EventStream(&'a TypeRef),
}

/// The types that schema types without a model become.
#[derive(Clone, Copy)]
pub(crate) enum Primitive {
    String,
    I32,
    U32,
    U64,
    I64,
    F64,
    Bool,
    Bytes,
    ByteStream,
    File,
    Json,
    Scalar(Scalar),
}

impl Primitive {
    /// As the docs show it.
    pub(crate) fn text(self) -> &'static str {
        match self {
            Primitive::String => "String",
            Primitive::I32 => "i32",
            Primitive::U32 => "u32",
            Primitive::U64 => "u64",
            Primitive::I64 => "i64",
            Primitive::F64 => "f64",
            Primitive::Bool => "bool",
            Primitive::Bytes => "bytes::Bytes",
            Primitive::ByteStream => "ByteStream",
            Primitive::File => "FilePart",
            Primitive::Json => "serde_json::Value",
            Primitive::Scalar(scalar) => match scalar {
                Scalar::DateTime(DateLibrary::Chrono) => "chrono::DateTime<chrono::Utc>",
                Scalar::Date(DateLibrary::Chrono) => "chrono::NaiveDate",
                Scalar::DateTime(DateLibrary::Jiff) => "jiff::Timestamp",
                Scalar::Date(DateLibrary::Jiff) => "jiff::civil::Date",
                Scalar::Uuid => "uuid::Uuid",
                Scalar::Base64 => "Base64",
                Scalar::Url => "url::Url",
            },
        }
    }

    /// As the code spells it: paths from the crate root, so that no model name shadows them.
    pub(crate) fn tokens(self) -> TokenStream {
        match self {
            Primitive::String => quote! { String },
            Primitive::I32 => quote! { i32 },
            Primitive::U32 => quote! { u32 },
            Primitive::U64 => quote! { u64 },
            Primitive::I64 => quote! { i64 },
            Primitive::F64 => quote! { f64 },
            Primitive::Bool => quote! { bool },
            Primitive::Bytes => quote! { ::bytes::Bytes },
            Primitive::ByteStream => quote! { crate::ByteStream },
            Primitive::File => quote! { crate::FilePart },
            Primitive::Json => quote! { ::serde_json::Value },
            Primitive::Scalar(scalar) => match scalar {
                Scalar::DateTime(DateLibrary::Chrono) => {
                    quote! { ::chrono::DateTime<::chrono::Utc> }
                }
                Scalar::Date(DateLibrary::Chrono) => quote! { ::chrono::NaiveDate },
                Scalar::DateTime(DateLibrary::Jiff) => quote! { ::jiff::Timestamp },
                Scalar::Date(DateLibrary::Jiff) => quote! { ::jiff::civil::Date },
                Scalar::Uuid => quote! { ::uuid::Uuid },
                Scalar::Base64 => quote! { crate::Base64 },
                Scalar::Url => quote! { ::url::Url },
            },
        }
    }
}

/// The type an argument of type `ty` converts from, when it takes `impl Into<…>`: strings and
/// byte streams.
pub(crate) fn into_argument(ty: &TypeRef) -> Option<Primitive> {
    match ty {
        TypeRef::String(_) => Some(Primitive::String),
        TypeRef::ByteStream => Some(Primitive::ByteStream),
        _ => None,
    }
}

/// How `ty` is spelled in Rust, one level deep.
pub(crate) fn spelling(ty: &TypeRef) -> Spelling<'_> {
    match ty {
        TypeRef::Named(name) => Spelling::Named(name),
        TypeRef::String(_) => Spelling::Primitive(Primitive::String),
        TypeRef::Integer(format) => Spelling::Primitive(match format.as_deref() {
            Some("int32") => Primitive::I32,
            Some("uint32") => Primitive::U32,
            Some("uint64") => Primitive::U64,
            _ => Primitive::I64,
        }),
        TypeRef::Number(_) => Spelling::Primitive(Primitive::F64),
        TypeRef::Boolean => Spelling::Primitive(Primitive::Bool),
        TypeRef::Scalar(scalar) => Spelling::Primitive(Primitive::Scalar(*scalar)),
        TypeRef::Bytes => Spelling::Primitive(Primitive::Bytes),
        TypeRef::ByteStream => Spelling::Primitive(Primitive::ByteStream),
        TypeRef::File => Spelling::Primitive(Primitive::File),
        TypeRef::EventStream(data) => Spelling::EventStream(data),
        TypeRef::Any => Spelling::Primitive(Primitive::Json),
        TypeRef::Array(item) => Spelling::Vec(item),
        TypeRef::Map(value) => Spelling::Map(value),
        TypeRef::Nullable(inner) => Spelling::Option(inner),
    }
}

/// The Rust type for a [`TypeRef`]; named types are reached through `path` (empty inside the
/// models module, `models::` elsewhere).
pub(crate) fn rust_type(ty: &TypeRef, path: &TokenStream) -> TokenStream {
    match spelling(ty) {
        Spelling::Named(name) => {
            let name = ident(name);
            quote! { #path #name }
        }
        Spelling::Primitive(primitive) => primitive.tokens(),
        Spelling::Vec(item) => {
            let item = rust_type(item, path);
            quote! { Vec<#item> }
        }
        Spelling::Map(value) => {
            let value = rust_type(value, path);
            quote! { ::std::collections::BTreeMap<String, #value> }
        }
        Spelling::Option(inner) => {
            let inner = rust_type(inner, path);
            quote! { Option<#inner> }
        }
        Spelling::EventStream(data) => {
            let data = rust_type(data, path);
            quote! { crate::EventStream<#data> }
        }
    }
}

/// A field's type as its struct declares it, in plain text (`Option<Box<Thing>>`).
pub(crate) fn plain_field_type(def: &TypeDef, field: &Field) -> String {
    let inner = plain_type(field.ty.non_null());
    let inner = if field.boxed {
        format!("Box<{inner}>")
    } else {
        inner
    };
    match def.field_wrap(field) {
        FieldWrap::Bare => inner,
        FieldWrap::Option => format!("Option<{inner}>"),
        FieldWrap::Nullable => format!("Nullable<{inner}>"),
    }
}

/// A type as Rust code spells it, in plain text.
pub(crate) fn plain_type(ty: &TypeRef) -> String {
    match spelling(ty) {
        Spelling::Named(name) => name.to_string(),
        Spelling::Primitive(primitive) => primitive.text().to_string(),
        Spelling::Vec(item) => format!("Vec<{}>", plain_type(item)),
        Spelling::Map(value) => format!("BTreeMap<String, {}>", plain_type(value)),
        Spelling::Option(inner) => format!("Option<{}>", plain_type(inner)),
        Spelling::EventStream(data) => format!("EventStream<{}>", plain_type(data)),
    }
}

/// The name of the field that keeps the properties a schema does not declare.
pub(crate) fn additional_field_name(fields: &[Field]) -> &'static str {
    if fields
        .iter()
        .any(|f| f.rust_name == "additional_properties")
    {
        "additional_properties_"
    } else {
        "additional_properties"
    }
}
