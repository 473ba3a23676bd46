//! An operation's responses as the code states them: its success type, the runtime's table of
//! success statuses and decoders, the response enum when successes differ in type, and the
//! status matchers and docs the error enums share.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use sdkgen_ir::{BodyEncoding, Operation, Response, StatusMatch, TypeRef};

use crate::surface::{ident, rust_type, OperationSurface, Success};
use crate::text::doc;

/// The Rust type of a response body, from a group module.
fn value_type(ty: &TypeRef) -> TokenStream {
    rust_type(ty, &quote! { models:: })
}

/// The success type: one type when every success response agrees, else the response enum.
pub(super) fn success_type(surface: &OperationSurface<'_>) -> TokenStream {
    match &surface.success {
        Success::Unit => quote! { () },
        Success::One(ty) => value_type(ty),
        Success::Enum(name) => {
            let name = ident(name);
            quote! { #name }
        }
    }
}

/// The runtime's status matcher for a documented status.
pub(super) fn status_tokens(status: StatusMatch, success: bool) -> TokenStream {
    match status {
        StatusMatch::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            quote! { Status::Code(#code) }
        }
        StatusMatch::Range(digit) => {
            let digit = Literal::u16_unsuffixed(u16::from(digit));
            quote! { Status::Range(#digit) }
        }
        // A `default` among the successes stands for every success status.
        StatusMatch::Default if success => quote! { Status::AnySuccess },
        StatusMatch::Default => quote! { Status::Default },
    }
}

/// The runtime's decoder for a success body. `json` names its type only where a closure
/// wraps it (a response enum); elsewhere the table's type decides.
fn success_decoder(response: &Response, wrapped: bool) -> TokenStream {
    match response.body.as_ref() {
        None => quote! { crate::call::empty },
        Some(body) => match body.encoding {
            BodyEncoding::Text => quote! { crate::call::text },
            BodyEncoding::Binary => quote! { crate::call::bytes },
            BodyEncoding::EventStream => quote! { crate::stream::events },
            _ if wrapped => {
                let ty = value_type(&body.ty);
                quote! { crate::call::json::<#ty> }
            }
            _ => quote! { crate::call::json },
        },
    }
}

/// The success table: each documented success status with how its body decodes. Error
/// statuses are the error enum's (`errors.rs`).
pub(super) fn success_table(surface: &OperationSurface<'_>) -> Vec<TokenStream> {
    let success_enum = match &surface.success {
        Success::Enum(name) => Some(ident(name)),
        _ => None,
    };
    surface
        .op
        .responses
        .iter()
        .map(|r| {
            let status = status_tokens(r.status, true);
            let decode = success_decoder(r, success_enum.is_some());
            if let Some(enum_name) = &success_enum {
                let variant = ident(&r.variant_name);
                let wrap = if r.body.is_some() {
                    quote! { #enum_name::#variant }
                } else {
                    quote! { |()| #enum_name::#variant }
                };
                quote! { (#status, |raw| #decode(raw).map(|response| response.map(#wrap))) }
            } else {
                quote! { (#status, #decode) }
            }
        })
        .collect()
}

pub(super) fn response_doc(response: &Response) -> String {
    let description = response.description.trim();
    let label = response.status.label();
    if description.is_empty() {
        format!("`{label}`.")
    } else {
        format!("`{label}`: {}", doc::sanitize(description))
    }
}

pub(super) fn response_enum(op: &Operation, name: &str, method_link: &str) -> TokenStream {
    let name = ident(name);
    let enum_doc = format!(" The success responses of [`{method_link}`].");
    let variants = op.responses.iter().map(|r| {
        let variant = ident(&r.variant_name);
        let docs = doc::lines(&response_doc(r));
        match &r.body {
            None => quote! { #docs #variant, },
            Some(body) => {
                let ty = value_type(&body.ty);
                quote! { #docs #variant(#ty), }
            }
        }
    });
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    }
}
