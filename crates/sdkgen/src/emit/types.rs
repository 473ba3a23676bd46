//! Models: one Rust type per named IR type.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;
use sdkgen_ir::{
    Api, EnumVariant, EnumVariants, Field, FieldWrap, TypeDef, TypeKind, TypeRef, UnionVariant,
};

use super::features::{Features, FULL_SERDE};
use crate::naming::NameSet;
use crate::surface::{additional_field_name, ident, rust_type, Defaults};
use crate::text::doc;

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
pub fn type_def(def: &TypeDef, has_default: bool, features: Features) -> TokenStream {
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
            ..
        } => struct_def(
            def,
            &docs,
            fields,
            additional_properties.as_ref(),
            has_default,
            features,
        ),
        TypeKind::Enum { variants } => enum_def(&name, &docs, variants),
        TypeKind::Union {
            discriminator,
            variants,
        } => union_def(def, &docs, discriminator.as_deref(), variants, features),
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
    features: Features,
) -> TokenStream {
    let name = &ident(&def.name);
    // A struct with `Default` is read and written by the runtime's `object!`, not serde's
    // derives, and needs no serde attributes.
    let serde_by_hand = derive_default;
    let (serde, optional_serde) = if serde_by_hand {
        (TokenStream::new(), None)
    } else {
        features.serde_derives(def, false)
    };
    // Without a serde derive outside the feature, serde's field attributes go behind it too.
    let serde_attr = if serde_by_hand {
        SerdeAttr::None
    } else if features.gates_serialize(def) && features.gates_deserialize(def) {
        SerdeAttr::Gated
    } else {
        SerdeAttr::Plain
    };
    let field_tokens = fields
        .iter()
        .map(|field| field_def(def, field, derive_default, serde_attr));
    let extra = additional.map(|ty| {
        let ty = rust_type(ty, &TokenStream::new());
        let field_name = ident(additional_field_name(fields));
        let flatten = serde_attr.tokens(quote! { flatten });
        quote! {
            /// Properties not declared by the schema.
            #flatten
            pub #field_name: ::std::collections::BTreeMap<String, #ty>,
        }
    });
    let fixed = fields
        .iter()
        .any(|f| f.constant.is_some() || f.tag.is_some());
    let default = (derive_default && !fixed).then(|| quote! { Default, });
    let default_impl = (derive_default && fixed).then(|| fixed_default(name, fields, additional));
    let object = serde_by_hand
        .then(|| super::objects::object_impls(def, fields, additional.is_some(), features));
    let builders = def
        .sent
        .then(|| super::builders::constructor_and_setters(def, fields, additional.is_some()));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default #serde)]
        #optional_serde
        #[non_exhaustive]
        pub struct #name {
            #(#field_tokens)*
            #extra
        }
        #default_impl
        #object
        #builders
    }
}

/// How a struct's serde attributes are written: plain, behind the full-serde feature when
/// every serde derive of the struct is, or not at all without a derive.
#[derive(Debug, Clone, Copy)]
enum SerdeAttr {
    Plain,
    Gated,
    None,
}

impl SerdeAttr {
    fn tokens(self, arguments: TokenStream) -> Option<TokenStream> {
        match self {
            SerdeAttr::Plain => Some(quote! { #[serde(#arguments)] }),
            SerdeAttr::Gated => {
                Some(quote! { #[cfg_attr(feature = #FULL_SERDE, serde(#arguments))] })
            }
            SerdeAttr::None => None,
        }
    }
}

/// A struct field: its docs, serde attributes and type.
fn field_def(
    def: &TypeDef,
    field: &Field,
    derive_default: bool,
    serde_attr: SerdeAttr,
) -> TokenStream {
    let rust_name = ident(&field.rust_name);
    let ty = field_type(def, field);
    let json_name = &field.json_name;
    let rename = (json_name != &field.rust_name)
        .then(|| serde_attr.tokens(quote! { rename = #json_name }))
        .flatten();
    let skip = field_skip(def, field).and_then(|arguments| serde_attr.tokens(arguments));
    let description = description_or(
        field.description.as_deref(),
        super::origin::property_sentence(json_name, &def.origin),
    );
    let notes = field_notes(def, field, derive_default);
    let docs =
        doc::attrs(std::iter::once(description.as_str()).chain(notes.iter().map(String::as_str)));
    let deprecated = field.deprecated.then(|| quote! { #[deprecated] });
    quote! {
        #docs
        #deprecated
        #rename
        #skip
        pub #rust_name: #ty,
    }
}

/// When serde's derive leaves a field out: never for files (they travel beside the JSON), on
/// sending for what only the server sets, and when empty for optional fields.
fn field_skip(def: &TypeDef, field: &Field) -> Option<TokenStream> {
    let default = quote! { default, };
    if field.ty.is_file() {
        Some(quote! { skip })
    } else if def.never_sends(field) {
        Some(quote! { #default skip_serializing })
    } else if field.is_three_state() {
        Some(quote! { #default skip_serializing_if = "crate::Nullable::is_absent" })
    } else {
        (!def.requires(field)).then(|| quote! { #default skip_serializing_if = "Option::is_none" })
    }
}

/// The sentences a field's docs add to its description: tag, fixed value, direction, default.
fn field_notes(def: &TypeDef, field: &Field, derive_default: bool) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(tag) = &field.tag {
        let value = crate::text::md::code(&format!("{tag:?}"));
        notes.push(format!(
            "The tag that selects this alternative of a union is {value}."
        ));
    }
    if let Some(constant) = &field.constant {
        let value = crate::text::md::code(&format!("{constant:?}"));
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
            crate::text::md::code(&default.to_string())
        ));
    }
    notes
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

/// An enum with a fallback variant for values this client does not know, and the runtime's
/// `open_enum!` over its values (the values are literal tokens, never code).
fn enum_def(name: &Ident, docs: &TokenStream, variants: &EnumVariants) -> TokenStream {
    let texts = variants.texts();
    let variant_docs = texts.iter().map(|(_, text)| {
        let text = format!(" {}", crate::text::md::code(text));
        quote! { #[doc = #text] }
    });
    let variant_names = texts.iter().map(|(rust_name, _)| ident(rust_name));
    let (unknown, values) = match variants {
        EnumVariants::String(values) => (
            quote! { String },
            wire_values(values, |value| Literal::string(value)),
        ),
        EnumVariants::Integer(values) => {
            let number = |value: &i64| Literal::i64_unsuffixed(*value);
            (quote! { i64 }, wire_values(values, number))
        }
    };
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #variant_names,)*
            /// A value this client did not know when it was generated.
            Unknown(#unknown),
        }

        crate::runtime::open_enum! {
            #name(#unknown) { #(#values),* }
        }
    }
}

/// `Variant("value")` per known value, as `open_enum!` reads them.
fn wire_values<T>(values: &[EnumVariant<T>], literal: impl Fn(&T) -> Literal) -> Vec<TokenStream> {
    values
        .iter()
        .map(|v| {
            let variant = ident(&v.rust_name);
            let value = literal(&v.value);
            quote! { #variant(#value) }
        })
        .collect()
}

fn union_def(
    def: &TypeDef,
    docs: &TokenStream,
    discriminator: Option<&str>,
    variants: &[UnionVariant],
    features: Features,
) -> TokenStream {
    let name = &ident(&def.name);
    let variant_tokens: Vec<TokenStream> = variants.iter().map(union_variant).collect();
    let default = quote! {
        /// `Unknown(null)`: a placeholder in a model built field by field.
        impl Default for #name {
            fn default() -> Self {
                #name::Unknown(::serde_json::Value::Null)
            }
        }
    };
    let Some(property) = discriminator else {
        let (serde, optional_serde) = features.serde_derives(def, false);
        return quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, #serde)]
            #optional_serde
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
    let deserialize = tagged_deserialize(name, property, variants);
    let deserialize_cfg = features
        .gates_deserialize(def)
        .then(|| quote! { #[cfg(feature = #FULL_SERDE)] });
    let unknown_doc = format!(
        " An alternative this client did not know when it was generated (another {} value, or none), as the JSON the server sent.",
        crate::text::md::code(property)
    );
    // `Deserialize` is written out (the tag picks the alternative); `Serialize` is derived.
    let (serialize, optional_serialize) = features.serde_derives(def, true);
    let untagged = if optional_serialize.is_some() {
        quote! { #[cfg_attr(feature = #FULL_SERDE, serde(untagged))] }
    } else {
        quote! { #[serde(untagged)] }
    };
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #serialize)]
        #optional_serialize
        #untagged
        #[non_exhaustive]
        pub enum #name {
            #(#variant_tokens)*
            #[doc = #unknown_doc]
            Unknown(::serde_json::Value),
        }
        #default

        #deserialize_cfg
        #deserialize
    }
}

/// An alternative of a union, holding its value.
fn union_variant(variant: &UnionVariant) -> TokenStream {
    let rust_name = ident(&variant.rust_name);
    let inner = rust_type(variant.ty.non_null(), &TokenStream::new());
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
        Some(tag) => format!(" The {} alternative.", crate::text::md::code(tag)),
        None => format!(" The `{}` alternative.", variant.rust_name),
    };
    quote! {
        #[doc = #text]
        #rust_name(#inner),
    }
}

/// `Deserialize` for a union with a discriminator: the tag picks the alternative, and an
/// object with an unknown tag, or none, keeps the JSON (servers and mocks leave out tags that
/// specs put in the wrong place).
fn tagged_deserialize(name: &Ident, property: &str, variants: &[UnionVariant]) -> TokenStream {
    let mut seen_tags = std::collections::BTreeSet::new();
    let arms = variants.iter().filter_map(|variant| {
        // Two alternatives with one tag (the same schema listed twice) decode as the first.
        let tag = variant.tag.as_ref().filter(|tag| seen_tags.insert(*tag))?;
        let rust_name = ident(&variant.rust_name);
        Some(quote! {
            Some(#tag) => ::serde_json::from_value(value).map(#name::#rust_name).map_err(::serde::de::Error::custom),
        })
    });
    let missing = format!("expected an object with a discriminator `{property}`");
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(::serde_json::Value::as_str).map(str::to_string);
                match tag.as_deref() {
                    #(#arms)*
                    _ if value.is_object() => Ok(#name::Unknown(value)),
                    _ => Err(::serde::de::Error::custom(#missing)),
                }
            }
        }
    }
}
