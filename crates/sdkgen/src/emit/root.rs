//! The generated crate's `lib.rs`: its docs, its modules (the runtime's and the groups'),
//! what it re-exports, and the module that compiles the markdown pages' examples.

use std::collections::BTreeMap;
use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use sdkgen_ir::Api;

use super::features::Features;
use super::manifest::scalar_dependencies;
use super::{client, docs, uses_pagination, uses_streams};
use crate::config::Settings;
use crate::surface::ident;
use crate::text::{doc, md};

/// The crate root.
pub(super) fn lib_rs(
    api: &Api,
    settings: &Settings,
    features: Features,
    doc_pages: &[PathBuf],
) -> TokenStream {
    let crate_doc = crate_doc(api, settings);
    let runtime_modules = runtime_modules(api, features);
    let groups = api.groups.iter().map(|group| {
        let name = ident(&group.rust_name);
        let cfg = features.group_cfg(group);
        quote! { #cfg pub mod #name; }
    });
    let exports = exports(api);
    let api_version = &api.api_version;
    let doc_pages = doc_pages_module(api, features, doc_pages);
    quote! {
        #crate_doc
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]
        // Errors carry the decoded error body so that callers can match status and body in one
        // pattern; boxing them to appease this lint would take that away.
        #![allow(clippy::result_large_err)]
        // Enum variants mirror the spec's alternatives and responses; boxing the large ones
        // would trade easy matching for a memory layout few callers need.
        #![allow(clippy::large_enum_variant)]
        // Deeply nested models (Stripe's) overflow the trait solver's default depth when
        // rustdoc lists their auto traits, and `cargo doc` fails.
        #![recursion_limit = "256"]

        #runtime_modules

        pub mod models;
        #(#groups)*

        #exports

        /// The version of the API this client was generated from (`info.version` of the spec).
        pub const API_VERSION: &str = #api_version;

        #doc_pages
    }
}

/// The crate's docs: its name, the API it is a client for, and the API's description.
fn crate_doc(api: &Api, settings: &Settings) -> TokenStream {
    let mut text = format!(
        "# {}\n\nA client for the {} (API version {}).",
        settings.package.name,
        doc::sanitize(&api.title).replace('\n', " "),
        md::code(&api.api_version)
    );
    if let Some(description) = api.description.as_deref().filter(|d| !d.trim().is_empty()) {
        text.push_str("\n\n");
        text.push_str(&doc::sanitize(description));
    }
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote! { #![doc = #line] }
    });
    quote! { #(#lines)* }
}

/// The runtime's modules: the client, the call path, errors, responses and transport, and
/// the parts only some APIs or features use.
fn runtime_modules(api: &Api, features: Features) -> TokenStream {
    let telemetry = if features.optional_runtime {
        quote! {
            #[allow(dead_code)]
            #[cfg_attr(feature = "tracing", path = "telemetry_tracing.rs")]
            mod telemetry;
            #[cfg(feature = "mock")]
            #[allow(dead_code)]
            pub mod mock;
        }
    } else {
        quote! {
            #[allow(dead_code)]
            mod telemetry;
        }
    };
    let stream = uses_streams(api).then(|| {
        quote! {
            #[allow(dead_code)]
            mod stream;
        }
    });
    quote! {
        mod client;
        // The runtime is shared by every generated crate; each API uses a subset of it.
        #[allow(dead_code)]
        mod call;
        #[allow(dead_code)]
        mod error;
        #[allow(dead_code)]
        mod runtime;
        #[allow(dead_code)]
        mod transport;
        #telemetry
        #stream
    }
}

/// What the crate root re-exports: the client, requests and errors, and the runtime's and
/// dependencies' types that the API's operations and models use.
fn exports(api: &Api) -> TokenStream {
    let server = (!api.servers.is_empty()).then(|| quote! { pub use client::Server; });
    let futures = uses_pagination(api).then(|| {
        quote! {
            /// The streams library that `pages()` and `items()` return streams of; bring
            /// `futures_util::TryStreamExt` into scope to read them.
            pub use futures_util;
        }
    });
    let default_base_url =
        client::default_base_url(api).map(|_| quote! { pub use client::DEFAULT_BASE_URL; });
    let scalars = scalar_exports(api);
    let nullable = api
        .has_three_state_fields()
        .then(|| quote! { pub use runtime::Nullable; });
    let streams = uses_streams(api)
        .then(|| quote! { pub use stream::{ByteStream, StreamError, StreamFuture}; });
    let events = api
        .has_event_streams()
        .then(|| quote! { pub use stream::{Event, EventStream}; });
    let file = api
        .has_forms()
        .then(|| quote! { pub use runtime::FilePart; });
    quote! {
        pub use call::{CallFuture, CallResult, Request};
        pub use client::{Client, ClientBuilder};
        #server
        pub use error::{
            ApiError, BuildError, CallError, DecodeError, DocumentedError, Error, ErrorResponse,
            TransportError,
        };
        pub use transport::{Attempt, Hook, RetryConfig};
        #futures
        #default_base_url
        pub use runtime::{RawResponse, Response};
        /// The HTTP client library this crate uses, for building a custom `reqwest::Client` and
        /// reading headers.
        pub use reqwest;
        /// The byte buffers of binary bodies.
        pub use bytes;
        #(#scalars)*
        #nullable
        #streams
        #events
        #file
    }
}

/// `pub use` of each crate whose types the models use, so that callers name the same version.
fn scalar_exports(api: &Api) -> Vec<TokenStream> {
    scalar_dependencies(api)
        .into_iter()
        .map(|(name, ..)| match name {
            "base64" => quote! {
                pub use runtime::Base64;
            },
            name => {
                let name = ident(name);
                let doc = format!(" The `{name}` crate, whose types the models use.");
                quote! {
                    #[doc = #doc]
                    pub use #name;
                }
            }
        })
        .collect()
}

/// The pages rustdoc could find a doctest in: those with a fenced or an indented code block.
/// The others (GitHub: 7,200 model pages of tables) would only add lines to `lib.rs`.
pub fn pages_with_code(files: &BTreeMap<PathBuf, String>) -> Vec<PathBuf> {
    files
        .iter()
        .filter(|(path, _)| path.extension().is_some_and(|ext| ext == "md"))
        .filter(|(_, text)| {
            text.lines().any(|line| {
                let code_fence =
                    line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~");
                code_fence || line.starts_with("    ") || line.starts_with('\t')
            })
        })
        .map(|(path, _)| path.clone())
        .collect()
}

/// The markdown pages as doc items, so that `cargo test` compiles every example in them; a
/// group's or a model's page compiles with what it shows.
fn doc_pages_module(api: &Api, features: Features, doc_pages: &[PathBuf]) -> TokenStream {
    let model_pages = api
        .types
        .iter()
        .map(|def| (docs::model_page(def), features.model_cfg(def)));
    let group_pages = api
        .groups
        .iter()
        .map(|group| (docs::group_page(group), features.group_cfg(group)));
    let mut page_cfgs: BTreeMap<PathBuf, Option<TokenStream>> =
        model_pages.chain(group_pages).collect();
    page_cfgs.insert(
        PathBuf::from(docs::TESTING_PAGE),
        testing_page_cfg(api, features),
    );
    let items = doc_pages.iter().enumerate().map(|(i, page)| {
        let path = format!("../{}", page.display());
        let name = format_ident!("Page{i}");
        let cfg = page_cfgs.get(page).cloned().flatten();
        quote! {
            #cfg
            #[doc = include_str!(#path)]
            struct #name;
        }
    });
    quote! {
        /// The markdown docs, so that `cargo test` compiles every example in them.
        #[cfg(doctest)]
        mod doc_pages {
            #(#items)*
        }
    }
}

/// The testing page compiles with the `mock` feature and the group its examples call.
fn testing_page_cfg(api: &Api, features: Features) -> Option<TokenStream> {
    let group = docs::testing_operation(api)
        .filter(|_| features.enabled)
        .map(|(group, _)| group.rust_name.as_str());
    Some(match group {
        Some(group) => quote! { #[cfg(all(feature = "mock", feature = #group))] },
        None => quote! { #[cfg(feature = "mock")] },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pages_with_a_code_block_are_doctest_pages() {
        let files: BTreeMap<PathBuf, String> = [
            ("README.md", "# Api\n\n```rust,no_run\nfn main() {}\n```\n"),
            ("docs/tilde.md", "~~~\nlet x = 1;\n~~~\n"),
            ("docs/indented.md", "Text.\n\n    let x = 1;\n"),
            (
                "docs/models/Pet.md",
                "# Pet\n\n| Name | Type |\n| --- | --- |\n",
            ),
        ]
        .into_iter()
        .map(|(path, text)| (PathBuf::from(path), text.to_string()))
        .collect();
        let pages: Vec<String> = pages_with_code(&files)
            .iter()
            .map(|path| path.display().to_string())
            .collect();
        assert_eq!(pages, ["README.md", "docs/indented.md", "docs/tilde.md"]);
    }
}
