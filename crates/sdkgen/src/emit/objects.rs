//! A model struct's `Deserialize`, written out as a `match` on its keys over the runtime's
//! `Object` loop: serde's derive expands to several times the code, and was half of what
//! `cargo check` spent on a large crate.

use proc_macro2::TokenStream;
use quote::quote;
use sdkgen_ir::{Field, FieldWrap, TypeDef};

use super::features::{Features, FULL_SERDE};
use crate::surface::{additional_field_name, ident};

/// Whether a field must be in every object, as serde's derive requires a field that is neither
/// `Option` nor defaulted.
fn required_on_the_wire(def: &TypeDef, field: &Field) -> bool {
    super::types::field_skip(def, field, true).is_none() && def.field_wrap(field) == FieldWrap::Bare
}

/// `Deserialize` and `Object` for a struct that has `Default` (a struct read from JSON starts
/// from its default and sets the fields the object has), as a call of the runtime's `object!`:
/// the model lists its keys, the runtime writes the two impls.
pub(super) fn object_impls(
    def: &TypeDef,
    fields: &[Field],
    keeps_others: bool,
    features: Features,
) -> TokenStream {
    let name = ident(&def.name);
    // Files travel beside the JSON: a struct read from JSON leaves them empty.
    let keys = fields.iter().filter(|f| !f.ty.is_file()).map(|field| {
        let field_name = ident(&field.rust_name);
        if field.json_name == field.rust_name {
            quote! { #field_name }
        } else {
            let key = field.json_name.as_str();
            quote! { #field_name = #key }
        }
    });
    let required = fields
        .iter()
        .filter(|f| required_on_the_wire(def, f))
        .map(|f| f.json_name.as_str());
    let others = keeps_others.then(|| {
        let field_name = ident(additional_field_name(fields));
        quote! { others = #field_name }
    });
    let cfg = features
        .gates_deserialize(def)
        .then(|| quote! { #[cfg(feature = #FULL_SERDE)] });
    let allow_deprecated = fields
        .iter()
        .any(|f| f.deprecated)
        .then(|| quote! { #[allow(deprecated)] });
    quote! {
        #cfg
        crate::runtime::object! {
            #allow_deprecated
            #name { #(#keys),* } required = [#(#required),*] #others
        }
    }
}
