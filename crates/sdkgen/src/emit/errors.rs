//! An operation's error enum: a variant per documented error status, in the operation's group
//! module beside its parameters, so that a new status is a new variant of the same type.

use proc_macro2::TokenStream;
use quote::quote;
use sdkgen_ir::{BodyEncoding, Group, Operation, Response};

use super::responses::{response_doc, status_tokens};
use crate::surface::{ident, rust_type};
use crate::text::doc;

/// The body type a variant holds.
fn body_type(response: &Response) -> TokenStream {
    match &response.body {
        None => quote! { () },
        Some(body) => rust_type(&body.ty, &quote! { models:: }),
    }
}

/// The error enum of `op`, with what the runtime needs of it: the raw response of each variant
/// and the table that picks the variant from a status.
pub fn error_enum(group: &Group, op: &Operation) -> TokenStream {
    let name = ident(&op.error_type);
    let statuses = op.errors.iter().map(|r| {
        let status = status_tokens(r.status, false);
        let variant = ident(&r.variant_name);
        let description = r.description.trim();
        let make = match r.body.as_ref().map(|b| b.encoding) {
            None => quote! { crate::ErrorResponse::empty },
            Some(BodyEncoding::Text) => quote! { crate::ErrorResponse::text },
            Some(BodyEncoding::Binary) => quote! { crate::ErrorResponse::bytes },
            Some(_) => quote! { crate::ErrorResponse::json },
        };
        quote! { (#status, |raw| Self::#variant(#make(raw, #description))) }
    });
    let method = format!("[`{}::{}`]", group.type_name, op.rust_name);
    let enum_doc = if op.errors.is_empty() {
        format!(
            " The documented errors of {method}: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant."
        )
    } else {
        format!(" The documented errors of {method}: a variant per error status.")
    };
    let variants = op.errors.iter().map(|r| {
        let variant = ident(&r.variant_name);
        let ty = body_type(r);
        let docs = doc::lines(&response_doc(r));
        quote! { #docs #variant(crate::ErrorResponse<#ty>), }
    });
    let names: Vec<_> = op.errors.iter().map(|r| ident(&r.variant_name)).collect();
    // An enum without variants never formats anything.
    let formatter = if names.is_empty() {
        quote! { _ }
    } else {
        quote! { f }
    };
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }

        impl crate::DocumentedError for #name {
            fn raw(&self) -> &crate::RawResponse {
                match *self {
                    #(Self::#names(ref response) => response.raw(),)*
                }
            }
        }

        impl crate::call::ErrorTable for #name {
            const STATUSES: crate::call::ErrorStatuses<Self> = &[#(#statuses),*];
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, #formatter: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match *self {
                    #(Self::#names(ref response) => ::std::fmt::Display::fmt(response, f),)*
                }
            }
        }

        impl ::std::error::Error for #name {}
    }
}
