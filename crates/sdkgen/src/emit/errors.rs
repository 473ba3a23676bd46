//! The `errors` module: one enum per distinct error table, shared by the operations that
//! document the same error statuses.

use proc_macro2::TokenStream;
use quote::quote;
use sdkgen_ir::{Api, BodyEncoding, ErrorType, Response};

use super::doc;
use super::features::Features;
use super::operations::{response_doc, status_tokens};
use super::types::{ident, rust_type};

/// The `errors` module.
pub fn errors_module(api: &Api, features: Features) -> TokenStream {
    let enums = api.error_types.iter().map(|e| error_enum(e, features));
    let uses_models = api
        .error_types
        .iter()
        .flat_map(|e| &e.variants)
        .any(|r| r.body.as_ref().is_some_and(|b| b.ty.mentions_named()));
    // With the groups that use them off, the imports go unused.
    let allow = features
        .enabled
        .then(|| quote! { #[allow(unused_imports)] });
    let models_import = uses_models.then(|| quote! { #allow use crate::models; });
    let error_import = (!api.error_types.is_empty()).then(|| {
        quote! {
            #allow use crate::call::{ErrorStatuses, ErrorTable, Status};
            #allow use crate::error::{DocumentedError, ErrorResponse};
            #allow use crate::runtime::RawResponse;
        }
    });
    quote! {
        //! The documented error statuses of operations: one enum per set of statuses, shared
        //! by every operation that documents the same ones.

        #models_import
        #error_import

        #(#enums)*
    }
}

/// The body type a variant holds.
fn body_type(response: &Response) -> TokenStream {
    match &response.body {
        None => quote! { () },
        Some(body) => rust_type(&body.ty, &quote! { models:: }),
    }
}

fn error_enum(error: &ErrorType, features: Features) -> TokenStream {
    let name = ident(&error.name);
    let cfg = features.cfg(&error.groups);
    let statuses = error.variants.iter().map(|r| {
        let status = status_tokens(r.status, false);
        let variant = ident(&r.variant_name);
        let description = r.description.trim();
        let make = match r.body.as_ref().map(|b| b.encoding) {
            None => quote! { ErrorResponse::empty },
            Some(BodyEncoding::Text) => quote! { ErrorResponse::text },
            Some(BodyEncoding::Binary) => quote! { ErrorResponse::bytes },
            Some(_) => quote! { ErrorResponse::json },
        };
        quote! { (#status, |raw| Self::#variant(#make(raw, #description))) }
    });
    let enum_doc = match error.operations {
        1 => " The error statuses one operation documents.".to_string(),
        n => format!(" The error statuses {n} operations document alike."),
    };
    let variants = error.variants.iter().map(|r| {
        let variant = ident(&r.variant_name);
        let ty = body_type(r);
        let docs = doc::lines(&response_doc(r));
        quote! { #docs #variant(ErrorResponse<#ty>), }
    });
    let names: Vec<_> = error
        .variants
        .iter()
        .map(|r| ident(&r.variant_name))
        .collect();
    quote! {
        #[doc = #enum_doc]
        #cfg
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }

        #cfg
        impl DocumentedError for #name {
            fn raw(&self) -> &RawResponse {
                match self {
                    #(Self::#names(response) => response.raw(),)*
                }
            }
        }

        #cfg
        impl ErrorTable for #name {
            const STATUSES: ErrorStatuses<Self> = &[#(#statuses),*];
        }

        #cfg
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    #(Self::#names(response) => ::std::fmt::Display::fmt(response, f),)*
                }
            }
        }

        #cfg
        impl ::std::error::Error for #name {}
    }
}
