//! Per operation, how a test double writes a success body into a response: the
//! `mock::MockReply` impl, compiled with the generated crate's `mock` feature.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use sdkgen_ir::{BodyEncoding, Operation, Response, StatusMatch};

use crate::surface::{ident, response_enum_name};

/// `impl MockReply` for the operation's parameters struct, as a call of the runtime's
/// `mock::reply!`.
pub(super) fn reply_impl(op: &Operation) -> TokenStream {
    let params = ident(&op.type_name);
    let reply = reply(op);
    quote! {
        #[cfg(feature = "mock")]
        crate::mock::reply!(#params #reply);
    }
}

/// What follows the name in `reply!`: how the one success type is written (`json(200,
/// "application/json")`, `unencodable`), or for several success types a `match` over the
/// response enum's variants.
fn reply(op: &Operation) -> TokenStream {
    let [first, ..] = op.responses.as_slice() else {
        return quote! { , unencodable };
    };
    if op.success_body_types().len() == 1 {
        let response = op
            .responses
            .iter()
            .find(|r| r.body.is_some())
            .unwrap_or(first);
        return match writer(response) {
            Some((write, arguments)) => quote! { , #write(#arguments) },
            None => quote! { , unencodable },
        };
    }
    let enum_name = ident(&response_enum_name(op));
    let arms = op.responses.iter().map(|response| {
        let variant = ident(&response.variant_name);
        let write = match (writer(response), &response.body) {
            (Some((write, arguments)), Some(_)) => {
                quote! { #write(#arguments, body) }
            }
            (Some((write, arguments)), None) => quote! { #write(#arguments) },
            (None, _) => quote! { unencodable(body) },
        };
        match response.body {
            Some(_) => quote! { #enum_name::#variant(body) => #write },
            None => quote! { #enum_name::#variant => #write },
        }
    });
    quote! { , match { #(#arms),* } }
}

/// The runtime's function that writes a body of this response, and its arguments before the
/// body: `json` and `200, "application/json"`; `None` for an event stream, which a test
/// double answers only with raw text.
fn writer(response: &Response) -> Option<(Ident, TokenStream)> {
    let status = Literal::u16_unsuffixed(status_code(response.status));
    let Some(content) = &response.body else {
        return Some((format_ident!("empty"), quote! { #status }));
    };
    let write = match content.encoding {
        BodyEncoding::Text => "text",
        BodyEncoding::Binary => "bytes",
        BodyEncoding::EventStream => return None,
        BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart => "json",
    };
    let media_type = &content.media_type;
    Some((format_ident!("{write}"), quote! { #status, #media_type }))
}

/// The status a reply of this documented response has: a range's or `default`'s first.
fn status_code(status: StatusMatch) -> u16 {
    match status {
        StatusMatch::Code(code) => code,
        StatusMatch::Range(digit) => u16::from(digit) * 100,
        StatusMatch::Default => 200,
    }
}
