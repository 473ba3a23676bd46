//! An operation's error enum: a variant per documented error status, in the operation's group
//! module beside its parameters, so that a new status is a new variant of the same type.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use sdkgen_ir::{BodyEncoding, Group, Operation, Response, StatusMatch};

use super::responses::response_doc;
use crate::surface::{ident, rust_type};
use crate::text::doc;

/// The body type a variant holds.
fn body_type(response: &Response) -> TokenStream {
    match &response.body {
        None => quote! { () },
        Some(body) => rust_type(&body.ty, &quote! { models:: }),
    }
}

/// The error enum of `op`, and the runtime's `error_impls!` over its variants: the raw response
/// of each, the table that picks one by status, `Display` and `Error`.
pub fn error_enum(group: &Group, op: &Operation) -> TokenStream {
    let name = ident(&op.error_type);
    let statuses = op.errors.iter().map(|r| {
        let variant = ident(&r.variant_name);
        let status = status_tokens(r.status);
        let make = ident(match r.body.as_ref().map(|b| b.encoding) {
            None => "empty",
            Some(BodyEncoding::Text) => "text",
            Some(BodyEncoding::Binary) => "bytes",
            Some(_) => "json",
        });
        let description = r.description.trim();
        quote! { #variant(#status, #make, #description) }
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
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }

        crate::call::error_impls! {
            #name { #(#statuses),* }
        }
    }
}

/// An error status as `error_impls!` reads it: the `Status` variant, then its number if any.
fn status_tokens(status: StatusMatch) -> TokenStream {
    match status {
        StatusMatch::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            quote! { Code(#code) }
        }
        StatusMatch::Range(digit) => {
            let digit = Literal::u16_unsuffixed(u16::from(digit));
            quote! { Range(#digit) }
        }
        StatusMatch::Default => quote! { Default },
    }
}
