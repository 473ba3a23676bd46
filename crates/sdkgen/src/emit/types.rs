//! Models: one Rust type per named IR type.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use sdkgen_ir::{
    Api, DateLibrary, EnumVariant, EnumVariants, Field, FieldWrap, Scalar, TypeDef, TypeKind,
    TypeRef, UnionVariant,
};

use super::doc;
use super::features::Features;
use crate::naming::NameSet;

/// An identifier from a name the IR already made valid.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The Rust type a [`TypeRef`] becomes, one level deep: the one place that decides it, for the
/// code ([`rust_type`]) and the docs alike.
pub enum Spelling<'a> {
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
pub enum Primitive {
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
    pub fn text(self) -> &'static str {
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
    pub fn tokens(self) -> TokenStream {
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
pub fn into_argument(ty: &TypeRef) -> Option<Primitive> {
    match ty {
        TypeRef::String(_) => Some(Primitive::String),
        TypeRef::ByteStream => Some(Primitive::ByteStream),
        _ => None,
    }
}

/// How `ty` is spelled in Rust, one level deep.
pub fn spelling(ty: &TypeRef) -> Spelling<'_> {
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
pub fn rust_type(ty: &TypeRef, path: &TokenStream) -> TokenStream {
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

/// Whether a type has a `Default` implementation in generated code.
pub struct Defaults<'a> {
    api: &'a Api,
    memo: BTreeMap<String, bool>,
}

impl<'a> Defaults<'a> {
    /// Answers for the types of `api`.
    pub fn new(api: &'a Api) -> Self {
        Defaults {
            api,
            memo: BTreeMap::new(),
        }
    }

    /// Whether the type implements `Default`.
    pub fn type_ref(&mut self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(name) => self.named(name),
            // A URL has no meaningful default, nor a stream.
            TypeRef::Scalar(Scalar::Url) | TypeRef::EventStream(_) => false,
            _ => true,
        }
    }

    /// Whether the named type implements `Default`.
    pub fn named(&mut self, name: &str) -> bool {
        if let Some(known) = self.memo.get(name) {
            return *known;
        }
        // Assume no while recursing, so cycles settle on "no".
        self.memo.insert(name.to_string(), false);
        let api = self.api;
        let result = match api.type_def(name).map(|def| (def, &def.kind)) {
            Some((def, TypeKind::Struct { fields, .. })) => fields.iter().all(|f| {
                !def.requires(f) || matches!(f.ty, TypeRef::Nullable(_)) || self.type_ref(&f.ty)
            }),
            Some((_, TypeKind::Alias { target })) => self.type_ref(target),
            // Their `Unknown` variant is the default.
            Some((_, TypeKind::Enum { .. } | TypeKind::Union { .. })) => true,
            None => false,
        };
        self.memo.insert(name.to_string(), result);
        result
    }
}

/// A model and whether it implements `Default`.
pub type Model<'a> = (&'a TypeDef, bool);

/// One file of models: the types it holds and the `cfg` of the groups that use them.
pub struct ModelFile<'a> {
    /// The file, relative to the crate.
    pub path: String,
    /// The types, in IR order, each with whether it implements `Default`.
    pub types: Vec<Model<'a>>,
    /// The module of a set of groups' models and its `cfg`; `None` for `models.rs` itself
    /// when features are off.
    set: Option<(String, Option<TokenStream>)>,
}

/// The files of the models module. Without features, `src/models.rs` holds every type. With
/// features, each set of groups that use some types gets a private module file compiled when
/// one of them is on, and `src/models.rs` re-exports them all, so that every type stays
/// `models::Name`.
pub fn model_files(api: &Api, features: Features) -> Vec<ModelFile<'_>> {
    let mut defaults = Defaults::new(api);
    let types = api.types.iter().map(|def| (def, defaults.named(&def.name)));
    if !features.enabled {
        return vec![ModelFile {
            path: "src/models.rs".to_string(),
            types: types.collect(),
            set: None,
        }];
    }
    let mut sets: BTreeMap<(&[String], bool), Vec<Model<'_>>> = BTreeMap::new();
    for (def, has_default) in types {
        let key = (def.groups.as_slice(), def.unreferenced);
        sets.entry(key).or_default().push((def, has_default));
    }
    let mut names = NameSet::default();
    sets.into_iter()
        .map(|((groups, unreferenced), types)| {
            let module = names.take(&set_module(groups, unreferenced), "_");
            let cfg = types.first().and_then(|(def, _)| features.model_cfg(def));
            ModelFile {
                path: format!("src/models/{module}.rs"),
                types,
                set: Some((module, cfg)),
            }
        })
        .collect()
}

/// The module of the models a set of groups uses: named for its group, or for the first of
/// its groups and how many others share it; `unreferenced` for the models no operation uses.
fn set_module(groups: &[String], unreferenced: bool) -> String {
    // Inside a longer name, a group's keyword-avoiding `_` would double.
    let part = |group: &String| group.trim_end_matches('_').to_string();
    let used_by = match groups {
        [] => return "unreferenced".to_string(),
        [one] if !unreferenced => return one.clone(),
        [one] => part(one),
        [first, second] => format!("shared_by_{}_and_{}", part(first), part(second)),
        [first, others @ ..] => format!("shared_by_{}_and_{}_more", part(first), others.len()),
    };
    if unreferenced {
        format!("{used_by}_and_unreferenced")
    } else {
        used_by
    }
}

/// `src/models.rs` when its types are in set files: their modules and re-exports.
pub fn models_root(files: &[ModelFile<'_>], api: &Api) -> TokenStream {
    let modules = files.iter().filter_map(|file| {
        let (module, cfg) = file.set.as_ref()?;
        let module = ident(module);
        Some(quote! {
            #cfg
            pub use #module::*;
            #cfg
            mod #module;
        })
    });
    let exports = runtime_exports(api);
    quote! {
        //! Types of the request and response bodies.
        #exports
        #(#modules)*
    }
}

/// `Nullable` and `FilePart`, where examples and callers look for the models' types, when a
/// model uses them.
fn runtime_exports(api: &Api) -> TokenStream {
    let nullable = api.has_three_state_fields().then(|| {
        quote! {
            pub use crate::Nullable;
        }
    });
    let file = api.has_file_fields().then(|| {
        quote! {
            pub use crate::FilePart;
        }
    });
    quote! { #nullable #file }
}

/// What a models file starts with, before its types.
pub fn model_file_head(file: &ModelFile<'_>, api: &Api) -> TokenStream {
    match file.set {
        None => {
            let exports = runtime_exports(api);
            quote! {
                //! Types of the request and response bodies.
                #exports
            }
        }
        Some(_) => quote! {
            //! The models of one set of groups, compiled when one of them is on.
            #[allow(unused_imports)]
            use super::*;
        },
    }
}

fn description_or(description: Option<&str>, fallback: String) -> String {
    match description.map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => doc::sanitize(d),
        None => fallback,
    }
}

/// The items of one model: its type and the impls it needs.
pub fn type_def(def: &TypeDef, has_default: bool) -> TokenStream {
    let name = ident(&def.name);
    let description = description_or(
        def.description.as_deref(),
        super::origin::schema_sentence(&def.origin),
    );
    let docs = match super::origin::rename_note(&def.name, &def.origin) {
        Some(note) => doc::lines(&format!("{description}\n\n{note}")),
        None => doc::lines(&description),
    };
    match &def.kind {
        TypeKind::Struct {
            fields,
            additional_properties,
        } => struct_def(
            def,
            &docs,
            fields,
            additional_properties.as_ref(),
            has_default,
        ),
        TypeKind::Enum { variants } => enum_def(&name, &docs, variants),
        TypeKind::Union {
            discriminator,
            variants,
        } => union_def(&name, &docs, discriminator.as_deref(), variants),
        TypeKind::Alias { target } => {
            let target = rust_type(target, &TokenStream::new());
            quote! {
                #docs
                pub type #name = #target;
            }
        }
    }
}

/// The Rust type of `field` in `def`.
fn field_type(def: &TypeDef, field: &Field) -> TokenStream {
    let none = TokenStream::new();
    let inner = rust_type(field.ty.non_null(), &none);
    let inner = if field.boxed {
        quote! { Box<#inner> }
    } else {
        inner
    };
    match def.field_wrap(field) {
        FieldWrap::Nullable => quote! { crate::Nullable<#inner> },
        FieldWrap::Bare => inner,
        FieldWrap::Option => quote! { Option<#inner> },
    }
}

fn struct_def(
    def: &TypeDef,
    docs: &TokenStream,
    fields: &[Field],
    additional: Option<&TypeRef>,
    derive_default: bool,
) -> TokenStream {
    let name = &ident(&def.name);
    let field_tokens = fields.iter().map(|field| {
        let rust_name = ident(&field.rust_name);
        let ty = field_type(def, field);
        let json_name = &field.json_name;
        let rename =
            (json_name != &field.rust_name).then(|| quote! { #[serde(rename = #json_name)] });
        let skip = if field.ty.is_file() {
            // A file part travels beside the JSON of the form's other fields.
            Some(quote! { #[serde(skip)] })
        } else if def.never_sends(field) {
            Some(quote! { #[serde(default, skip_serializing)] })
        } else if field.is_three_state() {
            Some(quote! { #[serde(default, skip_serializing_if = "crate::Nullable::is_absent")] })
        } else {
            (!def.requires(field))
                .then(|| quote! { #[serde(default, skip_serializing_if = "Option::is_none")] })
        };
        let mut notes = Vec::new();
        if let Some(tag) = &field.tag {
            let value = super::md::code(&format!("{tag:?}"));
            notes.push(format!(
                "The tag that selects this alternative of a union is {value}."
            ));
        }
        if let Some(constant) = &field.constant {
            let value = super::md::code(&format!("{constant:?}"));
            notes.push(match (def.sent, derive_default) {
                (true, true) => format!("Always {value} (set by `new` and `Default`)."),
                (true, false) => format!("Always {value} (set by `new`)."),
                (false, true) => format!("Always {value} (set by `Default`)."),
                (false, false) => format!("Always {value}."),
            });
        }
        if field.read_only {
            notes.push("Set by the server; never sent in requests.".to_string());
        }
        if field.write_only {
            notes.push("Only sent in requests; responses leave it out.".to_string());
        }
        if let Some(default) = &field.default {
            notes.push(format!(
                "Default: {}.",
                super::md::code(&default.to_string())
            ));
        }
        let description = description_or(
            field.description.as_deref(),
            super::origin::property_sentence(json_name, &def.origin),
        );
        let docs = doc::attrs(
            std::iter::once(description.as_str()).chain(notes.iter().map(String::as_str)),
        );
        let deprecated = field.deprecated.then(|| quote! { #[deprecated] });
        quote! {
            #docs
            #deprecated
            #rename
            #skip
            pub #rust_name: #ty,
        }
    });
    let extra = additional.map(|ty| {
        let ty = rust_type(ty, &TokenStream::new());
        let field_name = ident(additional_field_name(fields));
        quote! {
            /// Properties not declared by the schema.
            #[serde(flatten)]
            pub #field_name: ::std::collections::BTreeMap<String, #ty>,
        }
    });
    let fixed = fields
        .iter()
        .any(|f| f.constant.is_some() || f.tag.is_some());
    let default = (derive_default && !fixed).then(|| quote! { Default, });
    let default_impl = (derive_default && fixed).then(|| fixed_default(name, fields, additional));
    let builders = def
        .sent
        .then(|| super::builders::constructor_and_setters(def, fields, additional.is_some()));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default ::serde::Serialize, ::serde::Deserialize)]
        #[non_exhaustive]
        pub struct #name {
            #(#field_tokens)*
            #extra
        }
        #default_impl
        #builders
    }
}

/// `Default` for a struct with fixed-value or tag fields: each holds its value, the others are
/// empty.
fn fixed_default(name: &Ident, fields: &[Field], additional: Option<&TypeRef>) -> TokenStream {
    let inits = fields.iter().map(|field| {
        let field_name = ident(&field.rust_name);
        match field.constant.as_ref().or(field.tag.as_ref()) {
            Some(constant) => quote! { #field_name: #constant.to_string(), },
            None => quote! { #field_name: ::std::default::Default::default(), },
        }
    });
    let extra = additional.map(|_| {
        let field_name = ident(additional_field_name(fields));
        quote! { #field_name: ::std::collections::BTreeMap::new(), }
    });
    quote! {
        #[allow(deprecated)]
        impl Default for #name {
            fn default() -> Self {
                Self {
                    #(#inits)*
                    #extra
                }
            }
        }
    }
}

/// The name of the field that keeps the properties a schema does not declare.
pub fn additional_field_name(fields: &[Field]) -> &'static str {
    if fields
        .iter()
        .any(|f| f.rust_name == "additional_properties")
    {
        "additional_properties_"
    } else {
        "additional_properties"
    }
}

/// An enum with a fallback variant for values this client does not know.
/// A match arm per known value of an enum: the value is a literal token, never code.
fn enum_arms<T>(
    name: &Ident,
    values: &[EnumVariant<T>],
    arm: impl Fn(&Ident, &Ident, &T) -> TokenStream,
) -> Vec<TokenStream> {
    values
        .iter()
        .map(|v| arm(name, &ident(&v.rust_name), &v.value))
        .collect()
}

fn enum_def(name: &Ident, docs: &TokenStream, variants: &EnumVariants) -> TokenStream {
    let texts = variants.texts();
    let variant_docs = texts.iter().map(|(_, text)| {
        let text = format!(" {}", super::md::code(text));
        quote! { #[doc = #text] }
    });
    let variant_names = texts.iter().map(|(rust_name, _)| ident(rust_name));
    let (unknown_ty, as_fn, as_ty, literal_arms, from_arms, serialize, deserialize_ty, display) =
        match variants {
            EnumVariants::String(values) => {
                let as_arms = enum_arms(name, values, |name, variant, text| {
                    quote! { #name::#variant => #text, }
                });
                let from_arms = enum_arms(name, values, |name, variant, text| {
                    quote! { #text => #name::#variant, }
                });
                (
                    quote! { String },
                    quote! { as_str },
                    quote! { &str },
                    quote! { #(#as_arms)* #name::Unknown(value) => value, },
                    quote! {
                        impl From<&str> for #name {
                            fn from(value: &str) -> Self {
                                match value {
                                    #(#from_arms)*
                                    other => #name::Unknown(other.to_string()),
                                }
                            }
                        }
                    },
                    quote! { serializer.serialize_str(self.as_str()) },
                    quote! { let value = <String as ::serde::Deserialize>::deserialize(deserializer)?; Ok(#name::from(value.as_str())) },
                    quote! { f.write_str(self.as_str()) },
                )
            }
            EnumVariants::Integer(values) => {
                let as_arms = enum_arms(name, values, |name, variant, number| {
                    quote! { #name::#variant => #number, }
                });
                let from_arms = enum_arms(name, values, |name, variant, number| {
                    quote! { #number => #name::#variant, }
                });
                (
                    quote! { i64 },
                    quote! { as_i64 },
                    quote! { i64 },
                    quote! { #(#as_arms)* #name::Unknown(value) => *value, },
                    quote! {
                        impl From<i64> for #name {
                            fn from(value: i64) -> Self {
                                match value {
                                    #(#from_arms)*
                                    other => #name::Unknown(other),
                                }
                            }
                        }
                    },
                    quote! { serializer.serialize_i64(self.as_i64()) },
                    quote! { let value = <i64 as ::serde::Deserialize>::deserialize(deserializer)?; Ok(#name::from(value)) },
                    quote! { write!(f, "{}", self.as_i64()) },
                )
            }
        };
    let as_doc = " The value as sent on the wire.";
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #variant_names,)*
            /// A value this client did not know when it was generated.
            Unknown(#unknown_ty),
        }

        /// `Unknown` with an empty value: a placeholder in a model built field by field.
        impl Default for #name {
            fn default() -> Self {
                #name::Unknown(Default::default())
            }
        }

        impl #name {
            #[doc = #as_doc]
            pub fn #as_fn(&self) -> #as_ty {
                match self {
                    #literal_arms
                }
            }
        }

        #from_arms

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #display
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #serialize
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #deserialize_ty
            }
        }
    }
}

fn union_def(
    name: &Ident,
    docs: &TokenStream,
    discriminator: Option<&str>,
    variants: &[UnionVariant],
) -> TokenStream {
    let none = TokenStream::new();
    let variant_tokens = variants.iter().map(|variant| {
        let rust_name = ident(&variant.rust_name);
        let inner = rust_type(variant.ty.non_null(), &none);
        let inner = if variant.boxed {
            quote! { Box<#inner> }
        } else {
            inner
        };
        let inner = if matches!(variant.ty, TypeRef::Nullable(_)) {
            quote! { Option<#inner> }
        } else {
            inner
        };
        let text = match &variant.tag {
            Some(tag) => format!(" The {} alternative.", super::md::code(tag)),
            None => format!(" The `{}` alternative.", variant.rust_name),
        };
        quote! {
            #[doc = #text]
            #rust_name(#inner),
        }
    });
    let default = quote! {
        /// `Unknown(null)`: a placeholder in a model built field by field.
        impl Default for #name {
            fn default() -> Self {
                #name::Unknown(::serde_json::Value::Null)
            }
        }
    };
    let Some(property) = discriminator else {
        return quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
            #[serde(untagged)]
            #[non_exhaustive]
            pub enum #name {
                #(#variant_tokens)*
                /// A value that matches none of the alternatives this client knew when it was generated, as the JSON the server sent.
                Unknown(::serde_json::Value),
            }
            #default
        };
    };
    let mut seen_tags = std::collections::BTreeSet::new();
    let arms = variants.iter().filter_map(|variant| {
        // Two alternatives with one tag (the same schema listed twice) decode as the first.
        let tag = variant.tag.as_ref().filter(|tag| seen_tags.insert(*tag))?;
        let rust_name = ident(&variant.rust_name);
        Some(quote! {
            Some(#tag) => ::serde_json::from_value(value).map(#name::#rust_name).map_err(::serde::de::Error::custom),
        })
    });
    let missing = format!("missing or non-string discriminator `{property}`");
    let unknown_doc = format!(
        " An alternative this client did not know when it was generated (another {} value), as the JSON the server sent.",
        super::md::code(property)
    );
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_tokens)*
            #[doc = #unknown_doc]
            Unknown(::serde_json::Value),
        }
        #default

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(::serde_json::Value::as_str).map(str::to_string);
                match tag.as_deref() {
                    #(#arms)*
                    Some(_) => Ok(#name::Unknown(value)),
                    None => Err(::serde::de::Error::custom(#missing)),
                }
            }
        }
    }
}
