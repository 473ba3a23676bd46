//! Per operation, how a test double writes a success body into a response: the
//! `mock::MockReply` impl, compiled with the generated crate's `mock` feature.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use sdkgen_ir::{BodyEncoding, Operation, Response, StatusMatch};

use crate::surface::{ident, response_enum_name};

/// `impl MockReply` for the operation's parameters struct.
pub(super) fn reply_impl(op: &Operation) -> TokenStream {
    let params = ident(&op.type_name);
    let encoder = encoder(op);
    quote! {
        #[cfg(feature = "mock")]
        impl crate::mock::MockReply for #params {
            const REPLY: crate::mock::Encoder<Self::Output> = #encoder;
        }
    }
}

/// The encoder: a closure for one success type, a `match` over the response enum's variants
/// for several.
fn encoder(op: &Operation) -> TokenStream {
    let [first, ..] = op.responses.as_slice() else {
        return quote! { crate::mock::unencodable };
    };
    if op.success_body_types().len() == 1 {
        let response = op
            .responses
            .iter()
            .find(|r| r.body.is_some())
            .unwrap_or(first);
        return match write(response, &quote! { body }) {
            Some(write) if response.body.is_some() => quote! { |body| #write },
            Some(write) => quote! { |_| #write },
            None => quote! { crate::mock::unencodable },
        };
    }
    let enum_name = ident(&response_enum_name(op));
    let arms = op.responses.iter().map(|response| {
        let variant = ident(&response.variant_name);
        let body = quote! { body };
        let write =
            write(response, &body).unwrap_or_else(|| quote! { crate::mock::unencodable(body) });
        match response.body {
            Some(_) => quote! { #enum_name::#variant(body) => #write, },
            None => quote! { #enum_name::#variant => #write, },
        }
    });
    quote! { |response| match response { #(#arms)* } }
}

/// The call that writes `body` as `response`; `None` for an event stream, which a test double
/// answers only with raw text.
fn write(response: &Response, body: &TokenStream) -> Option<TokenStream> {
    let status = Literal::u16_unsuffixed(status_code(response.status));
    let Some(content) = &response.body else {
        return Some(quote! { crate::mock::empty(#status) });
    };
    let media_type = &content.media_type;
    Some(match content.encoding {
        BodyEncoding::Text => quote! { crate::mock::text(#status, #media_type, #body) },
        BodyEncoding::Binary => quote! { crate::mock::bytes(#status, #media_type, #body) },
        BodyEncoding::EventStream => return None,
        BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart => {
            quote! { crate::mock::json(#status, #media_type, #body) }
        }
    })
}

/// The status a reply of this documented response has: a range's or `default`'s first.
fn status_code(status: StatusMatch) -> u16 {
    match status {
        StatusMatch::Code(code) => code,
        StatusMatch::Range(digit) => u16::from(digit) * 100,
        StatusMatch::Default => 200,
    }
}
