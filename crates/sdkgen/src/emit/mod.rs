//! Emitters: the IR → the files of a client crate.

mod builders;
mod client;
mod docs;
mod errors;
mod example;
mod features;
mod format;
mod mock;
mod operations;
mod origin;
mod responses;
mod types;

use std::collections::BTreeMap;
use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;
use rayon::prelude::*;
use sdkgen_ir::{Api, DateLibrary, Scalar};

use crate::config::Settings;
use crate::error::Error;
use crate::skeleton::GENERATED_MARKER;
use crate::text::{doc, md};
pub use docs::Templates;
use format::{format, format_in_chunks};

/// The names of the crate's Cargo features: its groups' (when it has group features), then
/// `tracing` and `mock`.
pub fn feature_names(api: &Api, settings: &Settings) -> Vec<String> {
    let features = features::Features::new(api, settings);
    let optional = if features.optional_runtime {
        OPTIONAL_RUNTIME_FEATURES
    } else {
        &[]
    };
    features
        .names(api)
        .into_iter()
        .chain(optional.iter().copied())
        .map(str::to_string)
        .collect()
}

/// The Cargo features that add runtime parts: telemetry and test doubles.
const OPTIONAL_RUNTIME_FEATURES: &[&str] = &["tracing", "mock"];

/// The runtime every generated crate carries (responses, errors, parameter encoding).
const RUNTIME: &str = include_str!("../../runtime/runtime.rs");

/// The one execution path of every operation: request description, response table, sending.
const CALL: &str = include_str!("../../runtime/call.rs");

/// `pages()` and `items()`, added to crates with operations that page.
const CALL_PAGING: &str = include_str!("../../runtime/paging.rs");

/// The error types every generated crate has.
const ERROR: &str = include_str!("../../runtime/error.rs");

/// Sending with retries, timeouts and hooks; the same in every generated crate.
const TRANSPORT: &str = include_str!("../../runtime/transport.rs");

/// Runtime support for `multipart/form-data` bodies, added to crates that send them (it needs
/// reqwest's `multipart` feature).
const RUNTIME_MULTIPART: &str = include_str!("../../runtime/multipart.rs");

/// `Base64`, added to crates with `format: byte` strings (it needs the `base64` crate).
const RUNTIME_BASE64: &str = include_str!("../../runtime/base64.rs");

/// `ByteStream` and `StreamError`, added to crates with binary bodies or event streams (it
/// needs reqwest's `stream` feature, `futures-core` and `tokio-util`).
const RUNTIME_STREAM: &str = include_str!("../../runtime/stream.rs");

/// Server-sent events, added to `stream.rs` in crates with event-stream responses.
const RUNTIME_EVENTS: &str = include_str!("../../runtime/events.rs");

/// `Nullable`, added to crates with optional, nullable properties.
const RUNTIME_NULLABLE: &str = include_str!("../../runtime/nullable.rs");

/// Fresh idempotency keys, added to crates with operations that declare an idempotency header
/// (it needs `uuid`).
const RUNTIME_IDEMPOTENCY: &str = include_str!("../../runtime/idempotency.rs");

/// Telemetry without the `tracing` feature: nothing.
const TELEMETRY: &str = include_str!("../../runtime/telemetry.rs");

/// Telemetry with the `tracing` feature: spans per call and attempt.
const TELEMETRY_TRACING: &str = include_str!("../../runtime/telemetry_tracing.rs");

/// The test doubles of the `mock` feature.
const MOCK: &str = include_str!("../../runtime/mock.rs");

/// Renders every file of the client crate for `api`. The docs and the Rust code are rendered
/// side by side, each in parallel, and collected in a sorted map, so the output is the same
/// as a serial run's.
pub fn render_crate(
    api: &Api,
    settings: &Settings,
    templates: &Templates,
) -> Result<BTreeMap<PathBuf, String>, Error> {
    let features = features::Features::new(api, settings);
    let (docs, code) = rayon::join(
        || docs::render(api, settings, templates, features),
        || code_files(api, features),
    );
    let mut files = docs?;
    let doc_pages: Vec<PathBuf> = files.keys().cloned().collect();
    files.insert(
        PathBuf::from("Cargo.toml"),
        cargo_toml(api, settings, features),
    );
    files.insert(
        PathBuf::from("src/lib.rs"),
        format(lib_rs(api, settings, features, &doc_pages), "src/lib.rs")?,
    );
    files.extend(code?);
    for (path, text) in files.iter_mut() {
        if path.extension().is_some_and(|ext| ext == "rs") {
            text.insert_str(0, GENERATED_MARKER);
        }
    }
    Ok(files)
}

/// The Rust files but `lib.rs`: the runtime, the client, models and group modules.
fn code_files(api: &Api, features: features::Features) -> Result<Vec<(PathBuf, String)>, Error> {
    let mut runtime = RUNTIME.to_string();
    if api.has_forms() {
        runtime.push_str(RUNTIME_MULTIPART);
    }
    if api.scalars().contains(&Scalar::Base64) {
        runtime.push_str(RUNTIME_BASE64);
    }
    if api.has_three_state_fields() {
        runtime.push_str(RUNTIME_NULLABLE);
    }
    if uses_idempotency_keys(api) {
        runtime.push_str(RUNTIME_IDEMPOTENCY);
    }
    let call = if uses_pagination(api) {
        format!("{CALL}{CALL_PAGING}")
    } else {
        CALL.to_string()
    };
    let mut files = vec![(PathBuf::from("src/runtime.rs"), runtime)];
    if uses_streams(api) {
        let mut stream = RUNTIME_STREAM.to_string();
        if api.has_event_streams() {
            stream.push_str(RUNTIME_EVENTS);
        }
        files.push((PathBuf::from("src/stream.rs"), stream));
    }
    files.extend([
        (PathBuf::from("src/transport.rs"), TRANSPORT.to_string()),
        (PathBuf::from("src/call.rs"), call),
        (PathBuf::from("src/error.rs"), ERROR.to_string()),
        (PathBuf::from("src/telemetry.rs"), TELEMETRY.to_string()),
        (
            PathBuf::from("src/client.rs"),
            format(client::client_module(api, features), "src/client.rs")?,
        ),
    ]);
    if features.optional_runtime {
        files.push((
            PathBuf::from("src/telemetry_tracing.rs"),
            TELEMETRY_TRACING.to_string(),
        ));
        files.push((PathBuf::from("src/mock.rs"), MOCK.to_string()));
    }
    let model_files = types::model_files(api, features);
    if features.enabled {
        files.push((
            PathBuf::from("src/models.rs"),
            format(types::models_root(&model_files, api), "src/models.rs")?,
        ));
    }
    for file in &model_files {
        let text = format_in_chunks(
            types::model_file_head(file, api),
            &file.types,
            |(def, has_default)| types::type_def(def, *has_default),
            &file.path,
        )?;
        files.push((PathBuf::from(&file.path), text));
    }
    // Groups are independent: they are emitted and formatted in parallel, and collected in
    // group order.
    let modules: Vec<(PathBuf, String)> = api
        .groups
        .par_iter()
        .map(|group| {
            let path = format!("src/{}.rs", group.rust_name);
            let text = format(operations::group_module(api, group, features)?, &path)?;
            Ok((PathBuf::from(path), text))
        })
        .collect::<Result<_, Error>>()?;
    files.extend(modules);
    Ok(files)
}

fn uses_idempotency_keys(api: &Api) -> bool {
    api.operations()
        .any(|(_, op)| op.idempotency_header.is_some())
}

fn uses_pagination(api: &Api) -> bool {
    api.operations().any(|(_, op)| op.pagination.is_some())
}

/// Whether a request sends bytes or a form (whose files may be streams), or a success arrives
/// as bytes or as events: what the `stream` module serves.
fn uses_streams(api: &Api) -> bool {
    api.has_event_streams()
        || api.has_forms()
        || api.has_binary_uploads()
        || api.has_binary_downloads()
}

/// The crate manifest, built with a TOML library so that spec text (the title) and settings
/// are always quoted values, never TOML syntax.
fn cargo_toml(api: &Api, settings: &Settings, features: features::Features) -> String {
    use toml_edit::{value, Array, DocumentMut, InlineTable, Item, Table};

    let package_settings = &settings.package;
    let mut package = Table::new();
    package["name"] = value(&package_settings.name);
    package["version"] = value(&package_settings.version);
    package["edition"] = value("2024");
    package["rust-version"] = value("1.85");
    for (key, setting) in [
        ("description", &package_settings.description),
        ("license", &package_settings.license),
        ("repository", &package_settings.repository),
    ] {
        if let Some(setting) = setting {
            package[key] = value(setting);
        }
    }
    package["readme"] = value("README.md");
    package["keywords"] = value(Array::from_iter(&package_settings.keywords));
    package["categories"] = value(Array::from_iter(&package_settings.categories));
    if !package_settings.publish {
        package["publish"] = value(false);
    }
    let mut sdkgen = Table::new();
    sdkgen["api-title"] = value(&api.title);
    sdkgen["api-version"] = value(&api.api_version);
    sdkgen["surface"] = value(crate::surface::GENERATION);
    let mut types = InlineTable::new();
    for (format, choice) in settings.types.choices() {
        types.insert(format, choice.into());
    }
    sdkgen["types"] = value(types);
    let mut metadata = Table::new();
    metadata.set_implicit(true);
    metadata["sdkgen"] = Item::Table(sdkgen);
    package["metadata"] = Item::Table(metadata);

    let table = |version: &str, default_features: bool, features: &[&str]| {
        let mut table = InlineTable::new();
        table.insert("version", version.into());
        if !default_features {
            table.insert("default-features", false.into());
        }
        if !features.is_empty() {
            table.insert(
                "features",
                Array::from_iter(features.iter().copied()).into(),
            );
        }
        table
    };
    let dependency = |version: &str, default_features: bool, features: &[&str]| {
        if default_features && features.is_empty() {
            value(version)
        } else {
            value(table(version, default_features, features))
        }
    };
    let optional = |version: &str, default_features: bool, features: &[&str]| {
        let mut table = table(version, default_features, features);
        table.insert("optional", true.into());
        value(table)
    };
    let mut reqwest_features = vec!["charset", "http2"];
    if api.has_forms() {
        reqwest_features.push("multipart");
    }
    reqwest_features.push("rustls-tls");
    let mut tokio_features = vec!["time"];
    if uses_streams(api) {
        reqwest_features.push("stream");
        tokio_features.insert(0, "fs");
    }
    let mut dependencies = Table::new();
    dependencies["fastrand"] = value("2");
    dependencies["bytes"] = value("1");
    if uses_pagination(api) {
        dependencies["futures-util"] = dependency("0.3", false, &[]);
    }
    for (name, version, default_features, features) in scalar_dependencies(api) {
        dependencies[name] = dependency(version, default_features, features);
    }
    if uses_idempotency_keys(api) {
        let features: &[&str] = if api.scalars().contains(&Scalar::Uuid) {
            &["serde", "v4"]
        } else {
            &["v4"]
        };
        dependencies["uuid"] = dependency("1", true, features);
    }
    dependencies["httpdate"] = value("1");
    dependencies["percent-encoding"] = value("2");
    dependencies["reqwest"] = dependency("0.12", false, &reqwest_features);
    dependencies["serde"] = dependency("1", true, &["derive"]);
    dependencies["serde_json"] = value("1");
    dependencies["tokio"] = dependency("1", true, &tokio_features);
    if uses_streams(api) {
        dependencies["futures-core"] = value("0.3");
        dependencies["tokio-util"] = dependency("0.7", true, &["io"]);
    }
    if api.has_event_streams() {
        dependencies["eventsource-stream"] = value("0.2");
    }
    if features.optional_runtime {
        dependencies["tracing"] = optional("0.1", false, &["std"]);
        dependencies["wiremock"] = optional("0.6", true, &[]);
    }
    let mut dev_dependencies = Table::new();
    dev_dependencies["tokio"] = dependency("1", true, &["macros", "rt-multi-thread", "time"]);

    let mut manifest = DocumentMut::new();
    manifest["package"] = Item::Table(package);
    let groups = features.names(api);
    let mut table = Table::new();
    if !groups.is_empty() {
        let defaults = groups
            .iter()
            .filter(|g| **g != features::UNREFERENCED_MODELS);
        table["default"] = value(Array::from_iter(defaults.copied()));
        for group in &groups {
            table[group] = value(Array::new());
        }
    }
    if features.optional_runtime {
        for (feature, dependency) in OPTIONAL_RUNTIME_FEATURES
            .iter()
            .zip(["tracing", "wiremock"])
        {
            table[feature] = value(Array::from_iter([format!("dep:{dependency}")]));
        }
    }
    if !table.is_empty() {
        manifest["features"] = Item::Table(table);
    }
    manifest["dependencies"] = Item::Table(dependencies);
    manifest["dev-dependencies"] = Item::Table(dev_dependencies);
    format!(
        "# Generated by sdkgen from an OpenAPI spec ([package.metadata.sdkgen] names it). Do not edit.\n{manifest}"
    )
}

/// A dependency: name, version, whether with default features, and features.
type Dependency = (&'static str, &'static str, bool, &'static [&'static str]);

/// The crates the scalars of `api` need. The date crates come without their clock and time
/// zone database, which parsing and printing RFC 3339 do not need.
fn scalar_dependencies(api: &Api) -> Vec<Dependency> {
    let mut crates: Vec<Dependency> = api
        .scalars()
        .into_iter()
        .map(|scalar| match scalar {
            Scalar::DateTime(DateLibrary::Chrono) | Scalar::Date(DateLibrary::Chrono) => {
                ("chrono", "0.4", false, &["serde", "std"][..])
            }
            Scalar::DateTime(DateLibrary::Jiff) | Scalar::Date(DateLibrary::Jiff) => {
                ("jiff", "1", false, &["serde", "std"][..])
            }
            Scalar::Uuid => ("uuid", "1", true, &["serde"][..]),
            Scalar::Base64 => ("base64", "0.22", true, &[][..]),
            Scalar::Url => ("url", "2", true, &["serde"][..]),
        })
        .collect();
    crates.dedup();
    crates
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
                let name = crate::surface::ident(name);
                let doc = format!(" The `{name}` crate, whose types the models use.");
                quote! {
                    #[doc = #doc]
                    pub use #name;
                }
            }
        })
        .collect()
}

/// The testing page compiles with the `mock` feature and the group its examples call.
fn testing_page_cfg(api: &Api, features: features::Features) -> Option<TokenStream> {
    let group = docs::testing_operation(api)
        .filter(|_| features.enabled)
        .map(|(group, _)| group.rust_name.as_str());
    Some(match group {
        Some(group) => quote! { #[cfg(all(feature = "mock", feature = #group))] },
        None => quote! { #[cfg(feature = "mock")] },
    })
}

fn lib_rs(
    api: &Api,
    settings: &Settings,
    features: features::Features,
    doc_pages: &[PathBuf],
) -> TokenStream {
    let mut crate_doc = format!(
        "# {}\n\nA client for the {} (API version {}).",
        settings.package.name,
        doc::sanitize(&api.title).replace('\n', " "),
        md::code(&api.api_version)
    );
    if let Some(description) = api.description.as_deref().filter(|d| !d.trim().is_empty()) {
        crate_doc.push_str("\n\n");
        crate_doc.push_str(&doc::sanitize(description));
    }
    let crate_doc_lines = crate_doc.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote! { #![doc = #line] }
    });
    let modules = api.groups.iter().map(|group| {
        let name = crate::surface::ident(&group.rust_name);
        let cfg = features.group_cfg(group);
        quote! { #cfg pub mod #name; }
    });
    let api_version = &api.api_version;
    let server_export = (!api.servers.is_empty()).then(|| quote! { pub use client::Server; });
    let futures_export = uses_pagination(api).then(|| {
        quote! {
            /// The streams library that `pages()` and `items()` return streams of; bring
            /// `futures_util::TryStreamExt` into scope to read them.
            pub use futures_util;
        }
    });
    // A group's or a model's page compiles with what it shows.
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
    let doc_items = doc_pages.iter().enumerate().map(|(i, page)| {
        let path = format!("../{}", page.display());
        let name = quote::format_ident!("Page{i}");
        let cfg = page_cfgs.get(page).cloned().flatten();
        quote! {
            #cfg
            #[doc = include_str!(#path)]
            struct #name;
        }
    });
    let default_base_url =
        client::default_base_url(api).map(|_| quote! { pub use client::DEFAULT_BASE_URL; });
    let scalar_exports = scalar_exports(api);
    let stream_module = uses_streams(api).then(|| {
        quote! {
            #[allow(dead_code)]
            mod stream;
        }
    });
    let stream_exports = uses_streams(api).then(|| {
        quote! {
            pub use stream::{ByteStream, StreamError, StreamFuture};
        }
    });
    let file_export = api.has_forms().then(|| {
        quote! {
            pub use runtime::FilePart;
        }
    });
    let event_exports = api.has_event_streams().then(|| {
        quote! {
            pub use stream::{Event, EventStream};
        }
    });
    let telemetry_module = if features.optional_runtime {
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
    let nullable_export = api.has_three_state_fields().then(|| {
        quote! {
            pub use runtime::Nullable;
        }
    });
    quote! {
        #(#crate_doc_lines)*
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
        #telemetry_module
        #stream_module

        pub mod models;
        #(#modules)*

        pub use call::{CallFuture, CallResult, Request};
        pub use client::{Client, ClientBuilder};
        #server_export
        pub use error::{
            ApiError, BuildError, CallError, DecodeError, DocumentedError, Error, ErrorResponse,
            TransportError,
        };
        pub use transport::{Attempt, Hook, RetryConfig};
        #futures_export
        #default_base_url
        pub use runtime::{RawResponse, Response};
        /// The HTTP client library this crate uses, for building a custom `reqwest::Client` and
        /// reading headers.
        pub use reqwest;
        /// The byte buffers of binary bodies.
        pub use bytes;
        #(#scalar_exports)*
        #nullable_export
        #stream_exports
        #event_exports
        #file_export

        /// The version of the API this client was generated from (`info.version` of the spec).
        pub const API_VERSION: &str = #api_version;

        /// The markdown docs, so that `cargo test` compiles every example in them.
        #[cfg(doctest)]
        mod doc_pages {
            #(#doc_items)*
        }
    }
}
