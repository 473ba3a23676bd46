//! A model struct's serde impls, written by the runtime's `object!` from the struct's keys:
//! serde's derives expand to several times the code, and were half of what `cargo check`
//! spent on a large crate.

use proc_macro2::TokenStream;
use quote::quote;
use sdkgen_ir::{Field, FieldWrap, TypeDef};

use super::features::{Features, FULL_SERDE};
use crate::surface::{additional_field_name, ident};

/// Whether a field must be in every object, as serde's derive requires a field that is neither
/// `Option` nor defaulted.
fn required_on_the_wire(def: &TypeDef, field: &Field) -> bool {
    !field.ty.is_file()
        && written(def, field) == Written::Always
        && def.field_wrap(field) == FieldWrap::Bare
}

/// `Serialize`, `Deserialize` and `Object` for a struct that has `Default` (a struct read from
/// JSON starts from its default and sets the fields the object has), as a call of the
/// runtime's `object!`: the model lists its keys, the runtime writes the impls.
pub(super) fn object_impls(
    def: &TypeDef,
    fields: &[Field],
    keeps_others: bool,
    features: Features,
) -> TokenStream {
    let name = ident(&def.name);
    // Files travel beside the JSON: a struct neither reads nor writes them.
    let in_json = || fields.iter().filter(|f| !f.ty.is_file());
    let always = keys(in_json().filter(|f| written(def, f) == Written::Always));
    let optional = keys(in_json().filter(|f| written(def, f) == Written::WhenSet));
    let read_only = keys(in_json().filter(|f| written(def, f) == Written::Never));
    let optional = (!optional.is_empty()).then(|| quote! { optional { #(#optional),* } });
    let read_only = (!read_only.is_empty()).then(|| quote! { read_only { #(#read_only),* } });
    let required = fields
        .iter()
        .filter(|f| required_on_the_wire(def, f))
        .map(|f| f.json_name.as_str());
    let others = keeps_others.then(|| {
        let field_name = ident(additional_field_name(fields));
        quote! { others = #field_name }
    });
    let serialize_if = features
        .gates_serialize(def)
        .then(|| quote! { serialize if #FULL_SERDE });
    let deserialize_if = features
        .gates_deserialize(def)
        .then(|| quote! { deserialize if #FULL_SERDE });
    let allow_deprecated = fields
        .iter()
        .any(|f| f.deprecated)
        .then(|| quote! { #[allow(deprecated)] });
    quote! {
        crate::runtime::object! {
            #allow_deprecated
            #name { #(#always),* } #optional #read_only required = [#(#required),*] #others
            #serialize_if #deserialize_if
        }
    }
}

/// When an object written from the struct has a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    Always,
    WhenSet,
    Never,
}

/// Never for what only the server sets, when set for an optional field, else always.
fn written(def: &TypeDef, field: &Field) -> Written {
    if def.never_sends(field) {
        Written::Never
    } else if field.is_three_state() || !def.requires(field) {
        Written::WhenSet
    } else {
        Written::Always
    }
}

/// The fields as `object!` lists them: the field's name, with its key when that differs.
fn keys<'a>(fields: impl Iterator<Item = &'a Field>) -> Vec<TokenStream> {
    fields
        .map(|field| {
            let field_name = ident(&field.rust_name);
            if field.json_name == field.rust_name {
                quote! { #field_name }
            } else {
                let key = field.json_name.as_str();
                quote! { #field_name = #key }
            }
        })
        .collect()
}
