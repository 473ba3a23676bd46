//! Emitters: the IR → the files of a client crate.

mod builders;
mod client;
mod docs;
mod errors;
mod example;
mod features;
pub(crate) mod fitting;
mod format;
mod manifest;
mod mock;
mod objects;
mod operations;
mod origin;
mod pattern;
mod responses;
mod root;
mod types;

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;
use sdkgen_ir::{Api, Scalar, TypeKind};

use crate::config::Settings;
use crate::error::Error;
use crate::skeleton::GENERATED_MARKER;
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
    let full_serde = features.has_full_serde(api).then_some(features::FULL_SERDE);
    features
        .names(api)
        .into_iter()
        .chain(optional.iter().copied())
        .chain(full_serde)
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

/// Reading model structs from JSON objects, added to crates with structs.
const RUNTIME_OBJECT: &str = include_str!("../../runtime/object.rs");

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
    let doc_pages = root::pages_with_code(&files);
    files.insert(
        PathBuf::from("Cargo.toml"),
        manifest::cargo_toml(api, settings, features),
    );
    files.insert(
        PathBuf::from("src/lib.rs"),
        format(
            root::lib_rs(api, settings, features, &doc_pages),
            "src/lib.rs",
        )?,
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
    if api
        .types
        .iter()
        .any(|def| matches!(def.kind, TypeKind::Struct { .. }))
    {
        runtime.push_str(RUNTIME_OBJECT);
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
            |(def, has_default)| types::type_def(def, *has_default, features),
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
