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
/// from its default and sets the fields the object has).
pub(super) fn object_impls(
    def: &TypeDef,
    fields: &[Field],
    keeps_others: bool,
    features: Features,
) -> TokenStream {
    let name = ident(&def.name);
    // Files travel beside the JSON: a struct read from JSON leaves them empty.
    let read = fields.iter().filter(|f| !f.ty.is_file());
    let arms: Vec<TokenStream> = read
        .map(|field| {
            let key = field.json_name.as_str();
            let field_name = ident(&field.rust_name);
            quote! { #key => self.#field_name = map.next_value()?, }
        })
        .collect();
    let required = fields
        .iter()
        .filter(|f| required_on_the_wire(def, f))
        .map(|f| f.json_name.as_str());
    let others = if keeps_others {
        let field_name = ident(additional_field_name(fields));
        quote! { crate::runtime::keep_value(&mut self.#field_name, key, map)? }
    } else {
        quote! { crate::runtime::skip_value(map)? }
    };
    let body = if arms.is_empty() && !keeps_others {
        quote! { let _ = key; #others; }
    } else if arms.is_empty() {
        quote! { #others; }
    } else {
        quote! { match key { #(#arms)* _ => #others, } }
    };
    let cfg = features
        .gates_deserialize(def)
        .then(|| quote! { #[cfg(feature = #FULL_SERDE)] });
    let allow_deprecated = fields
        .iter()
        .any(|f| f.deprecated)
        .then(|| quote! { #[allow(deprecated)] });
    quote! {
        #cfg
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
                crate::runtime::decode_object(input)
            }
        }

        #cfg
        #allow_deprecated
        impl crate::runtime::Object for #name {
            const REQUIRED: &'static [&'static str] = &[#(#required),*];

            fn read<'de, A: ::serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
                #body
                Ok(())
            }
        }
    }
}
