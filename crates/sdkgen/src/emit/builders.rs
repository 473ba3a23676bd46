//! How callers build a model that requests send: `new` takes its required fields and a `with_`
//! method sets each optional one, so that a new optional field breaks no caller.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use sdkgen_ir::{Field, TypeDef, TypeRef};

use crate::surface::{additional_field_name, ident, into_argument, rust_type};

/// The `impl` of `new` and the `with_` setters of `def`, whose fields are `fields`.
pub fn constructor_and_setters(
    def: &TypeDef,
    fields: &[Field],
    has_additional: bool,
) -> TokenStream {
    let name = ident(&def.name);
    let required: Vec<&Field> = fields.iter().filter(|f| def.takes(f)).collect();
    let params = required.iter().map(|field| {
        let param = ident(&field.rust_name);
        let (ty, _) = argument(def, field);
        quote! { #param: #ty }
    });
    let inits = fields.iter().map(|field| {
        let field_name = ident(&field.rust_name);
        let value = if let Some(constant) = &field.constant {
            quote! { #constant.to_string() }
        } else if def.requires(field) {
            let param = ident(&field.rust_name);
            let (_, converts) = argument(def, field);
            if !converts && !field.boxed {
                return quote! { #field_name, };
            }
            let value = if converts {
                quote! { #param.into() }
            } else {
                quote! { #param }
            };
            stored(field, value, &value_type(def, field))
        } else if field.is_three_state() {
            quote! { crate::Nullable::Absent }
        } else {
            quote! { None }
        };
        quote! { #field_name: #value, }
    });
    let extra = has_additional.then(|| {
        let extra = ident(additional_field_name(fields));
        quote! { #extra: ::std::collections::BTreeMap::new(), }
    });
    let setters = fields
        .iter()
        .filter(|field| !def.requires(field) && !def.never_sends(field))
        .map(|field| setter(def, field));
    let new_doc = format!(
        " A {} with the required fields; set the others with the `with_` methods.",
        crate::text::md::code(&def.name)
    );
    // The arguments are the spec's required fields, however many it has.
    let many = (required.len() > 7).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    quote! {
        #[allow(deprecated)]
        impl #name {
            #[doc = #new_doc]
            #many
            pub fn new(#(#params),*) -> Self {
                Self {
                    #(#inits)*
                    #extra
                }
            }
            #(#setters)*
        }
    }
}

/// `with_<field>`, which sets an optional field and returns the model.
fn setter(def: &TypeDef, field: &Field) -> TokenStream {
    let field_name = ident(&field.rust_name);
    let method = format_ident!("with_{}", field.rust_name.trim_start_matches("r#"));
    let (param, value) = if field.is_three_state() {
        // `Nullable::Null`, or a value.
        let ty = value_type(def, field);
        let ty = quote! { crate::Nullable<#ty> };
        let value = stored(field, quote! { value.into() }, &ty);
        (quote! { impl Into<#ty> }, value)
    } else {
        let (param, converts) = argument(def, field);
        let value = if converts {
            quote! { value.into() }
        } else {
            quote! { value }
        };
        let value = stored(field, value, &value_type(def, field));
        (param, quote! { Some(#value) })
    };
    let doc = format!(" Sets {}.", crate::text::md::code(&field.rust_name));
    let deprecated = field.deprecated.then(|| quote! { #[deprecated] });
    quote! {
        #[doc = #doc]
        #deprecated
        pub fn #method(mut self, value: #param) -> Self {
            self.#field_name = #value;
            self
        }
    }
}

/// The type `new` or a `with_` method takes for `field`, and whether it converts: strings take
/// `impl Into<String>`, as operations' arguments do (see [`into_argument`]); other types are
/// taken as they are, so that untyped values (`"…".parse()?`) infer their type.
fn argument(def: &TypeDef, field: &Field) -> (TokenStream, bool) {
    let ty = value_type(def, field);
    let converts = !(def.requires(field) && matches!(field.ty, TypeRef::Nullable(_)))
        && into_argument(field.ty.non_null()).is_some();
    if converts {
        (quote! { impl Into<#ty> }, true)
    } else {
        (ty, false)
    }
}

/// The type a constructor or setter takes for `field`: its Rust type without the `Option`,
/// `Nullable` or `Box` the model wraps it in (a required nullable field keeps its `Option`).
fn value_type(def: &TypeDef, field: &Field) -> TokenStream {
    let none = TokenStream::new();
    let inner = rust_type(field.ty.non_null(), &none);
    if def.requires(field) && matches!(field.ty, TypeRef::Nullable(_)) {
        quote! { Option<#inner> }
    } else {
        inner
    }
}

/// `value`, of type `ty`, as the field stores it: boxed when the field is.
fn stored(field: &Field, value: TokenStream, ty: &TokenStream) -> TokenStream {
    if !field.boxed {
        return value;
    }
    if matches!(field.ty, TypeRef::Nullable(_)) {
        quote! { { let value: #ty = #value; value.map(Box::new) } }
    } else {
        quote! { Box::new(#value) }
    }
}
