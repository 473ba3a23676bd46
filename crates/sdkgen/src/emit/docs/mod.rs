//! Markdown docs: the crate README, one page per group and one per model, rendered from the
//! minijinja templates in `templates/` (or a caller's override directory). The Rust code shown
//! in them is built here, from the IR, so that every example compiles.

mod contract;
mod models;
mod programs;
mod spelled;
mod streams;
mod testing;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use minijinja::{context, Environment};
use quote::quote;
use sdkgen_ir::{
    Api, DateLibrary, Group, Operation, PaginationKind, Parameter, ParameterLocation, Response,
    Scalar, SecuritySchemeKind, TypeKind,
};
use serde::Serialize;

use super::client::{default_base_url, scheme_how};
use super::example::Examples;
use super::features::{Features, UNREFERENCED_MODELS};
use crate::config::Settings;
use crate::error::Error;
use crate::surface::{error_path, OperationSurface, Primitive, Success};
use crate::text::md;
use models::model_view;
use programs::format_program;
use rayon::prelude::*;
use spelled::md_type;
pub(crate) use testing::example_operation as testing_operation;

/// The templates shipped with sdkgen, by name.
const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "README.md.j2",
        include_str!("../../../../../templates/README.md.j2"),
    ),
    (
        "docs/group.md.j2",
        include_str!("../../../../../templates/docs/group.md.j2"),
    ),
    (
        "docs/model.md.j2",
        include_str!("../../../../../templates/docs/model.md.j2"),
    ),
    (
        "docs/testing.md.j2",
        include_str!("../../../../../templates/docs/testing.md.j2"),
    ),
];

/// Where templates come from: the built-in ones, each replaceable by a file of the same name
/// in an override directory.
#[derive(Debug, Clone, Default)]
pub struct Templates {
    overrides: Option<PathBuf>,
}

impl Templates {
    /// The directory of template overrides, if any.
    pub fn overrides_dir(&self) -> Option<&Path> {
        self.overrides.as_deref()
    }

    /// Templates from `dir` where it has them, the built-in ones otherwise.
    pub fn with_overrides(dir: impl AsRef<Path>) -> Self {
        Templates {
            overrides: Some(dir.as_ref().to_path_buf()),
        }
    }

    fn environment(&self) -> Result<Environment<'static>, Error> {
        let mut env = Environment::new();
        env.set_keep_trailing_newline(true);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        // Spec text reaches a page only through these filters (see `md`).
        env.add_filter("text", |text: String| md::text(&text));
        env.add_filter("code", |text: String| md::code(&text));
        env.add_filter("oneline", |text: String| md::cell(&text));
        env.add_filter("markdown", |text: String| md::prose(&text));
        for (name, builtin) in BUILTIN_TEMPLATES {
            let source = match &self.overrides {
                Some(dir) if dir.join(name).exists() => {
                    let path = dir.join(name);
                    std::fs::read_to_string(&path)
                        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?
                }
                _ => (*builtin).to_string(),
            };
            env.add_template_owned(*name, source)
                .map_err(|e| template_error(&self.overrides, name, &e))?;
        }
        Ok(env)
    }
}

fn template_error(overrides: &Option<PathBuf>, name: &str, error: &minijinja::Error) -> Error {
    match overrides
        .as_ref()
        .map(|dir| dir.join(name))
        .filter(|path| path.exists())
    {
        Some(path) => crate::error::SpecError {
            file: path,
            location: match error.line() {
                Some(line) => crate::error::Location::Line { line, column: 1 },
                None => crate::error::Location::File,
            },
            message: format!("{error:#}"),
        }
        .into(),
        None => Error::Internal(format!("built-in template {name}: {error:#}")),
    }
}

fn describe_constraints(p: &Parameter) -> Vec<String> {
    let c = &p.constraints;
    let mut notes = Vec::new();
    if let Some(default) = &p.default {
        notes.push(format!("Default: {}.", md::code(&default.to_string())));
    }
    if let Some(min) = c.minimum {
        notes.push(format!(
            "Minimum{}: {min}.",
            if c.exclusive_minimum {
                " (exclusive)"
            } else {
                ""
            }
        ));
    }
    if let Some(max) = c.maximum {
        notes.push(format!(
            "Maximum{}: {max}.",
            if c.exclusive_maximum {
                " (exclusive)"
            } else {
                ""
            }
        ));
    }
    if let Some(n) = c.min_length {
        notes.push(format!("Minimum length: {n}."));
    }
    if let Some(n) = c.max_length {
        notes.push(format!("Maximum length: {n}."));
    }
    if let Some(pattern) = &c.pattern {
        notes.push(format!("Pattern: {}.", md::code(pattern)));
    }
    if let Some(n) = c.min_items {
        notes.push(format!("At least {n} items."));
    }
    if let Some(n) = c.max_items {
        notes.push(format!("At most {n} items."));
    }
    if p.deprecated {
        notes.push("Deprecated.".to_string());
    }
    notes
}

#[derive(Serialize)]
struct ParameterRow {
    name: String,
    ty: String,
    location: &'static str,
    required: bool,
    description: String,
}

#[derive(Serialize)]
struct ErrorRow {
    status: String,
    description: String,
    variant: String,
    body: String,
}

#[derive(Serialize)]
struct ResponseRow {
    status: String,
    description: String,
    headers: String,
}

#[derive(Serialize)]
struct OperationDoc {
    anchor: String,
    rust_name: String,
    method: &'static str,
    path: String,
    summary: Option<String>,
    description: Option<String>,
    deprecated: bool,
    signature: String,
    parameters: Vec<ParameterRow>,
    returns: String,
    auth: Vec<String>,
    content_type: Option<String>,
    accept: Option<String>,
    example: String,
    errors: Vec<ErrorRow>,
    responses: Vec<ResponseRow>,
    paging: Option<String>,
}

/// Renders README.md and everything under docs/.
pub fn render(
    api: &Api,
    settings: &Settings,
    templates: &Templates,
    features: Features,
) -> Result<BTreeMap<PathBuf, String>, Error> {
    let env = templates.environment()?;
    let render = |name: &str, ctx: minijinja::Value| -> Result<String, Error> {
        env.get_template(name)
            .and_then(|t| t.render(ctx))
            .map_err(|e| template_error(&templates.overrides, name, &e))
    };
    let lib_name = settings.lib_name();
    let writer = || DocWriter {
        api,
        lib_name: lib_name.clone(),
        examples: Examples::new(api),
    };
    // Each group's page is independent: rendered in parallel, collected in group order.
    let pages: Vec<(PathBuf, String)> = api
        .groups
        .par_iter()
        .map(|group| {
            let mut writer = writer();
            let operations: Vec<OperationDoc> = group
                .operations
                .iter()
                .map(|op| writer.operation(group, op))
                .collect::<Result<_, _>>()?;
            let page = render(
                "docs/group.md.j2",
                context! {
                    group => group,
                    operations => operations,
                    lib_name => &lib_name,
                    base_url => default_base_url(api),
                },
            )?;
            Ok((group_page(group), page))
        })
        .collect::<Result<_, Error>>()?;
    let mut files: BTreeMap<PathBuf, String> = pages.into_iter().collect();
    let models: Vec<(PathBuf, String)> = api
        .types
        .par_iter()
        .map(|def| {
            let model = model_view(def);
            // A model only unreferenced models use is compiled with their feature alone.
            let feature = (features.enabled && def.unreferenced && def.groups.is_empty())
                .then_some(UNREFERENCED_MODELS);
            let page = render(
                "docs/model.md.j2",
                context! { model => model, lib_name => &lib_name, feature => feature },
            )?;
            Ok((model_page(def), page))
        })
        .collect::<Result<_, Error>>()?;
    files.extend(models);
    // An API without operations has nothing to call.
    if api.operations().next().is_some() {
        let mut contract_writer = DocWriter {
            examples: Examples::complete(api),
            ..writer()
        };
        files.insert(
            PathBuf::from(contract::CONTRACT_TESTS),
            contract_writer.contract_tests(features)?,
        );
    }
    let readme = render("README.md.j2", writer().readme_context(settings, features)?)?;
    files.insert(PathBuf::from("README.md"), readme);
    if features.optional_runtime {
        let testing = writer().testing_examples()?;
        let page = render(
            "docs/testing.md.j2",
            context! {
                package => &settings.package,
                lib_name => &lib_name,
                operation => testing.as_ref().map(|t| t.operation.clone()),
                success_example => testing.as_ref().and_then(|t| t.success.clone()),
                raw_example => testing.as_ref().and_then(|t| t.raw.clone()),
                retry_example => testing.as_ref().and_then(|t| t.retry.clone()),
                error_example => testing.as_ref().and_then(|t| t.error.clone()),
            },
        )?;
        files.insert(PathBuf::from(TESTING_PAGE), page);
    }
    Ok(files)
}

struct DocWriter<'a> {
    api: &'a Api,
    lib_name: String,
    examples: Examples<'a>,
}

impl DocWriter<'_> {
    fn operation(&mut self, group: &Group, op: &Operation) -> Result<OperationDoc, Error> {
        let (errors, responses) = response_rows(group, op);
        Ok(OperationDoc {
            anchor: op.rust_name.clone(),
            rust_name: op.rust_name.clone(),
            method: op.method.as_str(),
            path: op.path.clone(),
            summary: op.summary.clone(),
            description: op
                .description
                .clone()
                .filter(|d| Some(d) != op.summary.as_ref()),
            deprecated: op.deprecated,
            signature: self.signature(group, op),
            parameters: parameter_rows(op),
            returns: returns_md(op),
            auth: self.auth_links(op),
            content_type: op.request_body.as_ref().map(|b| b.media_type.clone()),
            accept: super::operations::accept(op),
            example: self.example(group, op)?,
            errors,
            responses,
            paging: op.pagination.as_ref().map(|p| {
                format!(
                    "This operation pages. `.pages()` streams whole pages and `.items()` streams the items ({}) across pages; the next page is requested only when the stream needs it. See [Pagination](../README.md#pagination).",
                    md_type(&p.item_type, "models/")
                )
            }),
        })
    }

    /// Links to the README's sections on the credentials an operation takes, each once.
    fn auth_links(&self, op: &Operation) -> Vec<String> {
        let auth = op
            .security
            .iter()
            .flatten()
            .filter_map(|name| self.api.security_schemes.iter().find(|s| &s.name == name))
            .map(|s| format!("[{}](../README.md#auth-{})", md::code(&s.name), s.rust_name))
            .collect::<Vec<_>>();
        let mut auth_unique = Vec::new();
        for link in auth {
            if !auth_unique.contains(&link) {
                auth_unique.push(link);
            }
        }
        auth_unique
    }

    /// The README's first program: a client for the default server (or an example URL).
    fn client_example(&mut self) -> Result<String, Error> {
        let base_url = default_base_url(self.api)
            .is_none()
            .then(|| quote! { .base_url("https://api.example.com") });
        let client = self.client_statement(None, base_url);
        let lib = self.lib();
        format_program(quote! {
            use #lib::Client;

            fn main() -> Result<(), Box<dyn std::error::Error>> {
                #client
                println!("requests go to {}", client.base_url());
                Ok(())
            }
        })
    }

    fn readme_context(
        &mut self,
        settings: &Settings,
        features: Features,
    ) -> Result<minijinja::Value, Error> {
        let api = self.api;
        let error_example = match api.operations().find(|(_, op)| !op.errors.is_empty()) {
            Some((group, op)) => self.error_example(group, op)?,
            None => None,
        };
        Ok(context! {
            api => api,
            api_description => api.description.as_deref().map(str::trim),
            package => &settings.package,
            lib_name => &self.lib_name,
            base_url => default_base_url(api),
            servers => &api.servers,
            schemes => scheme_rows(api),
            first_group => api.groups.first().map(|g| g.rust_name.clone()).unwrap_or_default(),
            client_example => self.client_example()?,
            error_example => error_example,
            retry_example => self.retry_example()?,
            hook_example => self.hook_example()?,
            server_example => self.server_example()?,
            pagination_example => self.pagination_example()?,
            type_notes => type_notes(api, &self.lib_name),
            stream_notes => streams::stream_notes(api, &self.lib_name),
            paginated => operation_links(api, |op| op.pagination.is_some()),
            operations => operation_rows(api),
            idempotent_operations => operation_links(api, |op| op.idempotency_header.is_some()),
            idempotency_headers => api
                .operations()
                .filter_map(|(_, op)| op.idempotency_header.as_deref())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .map(md::code)
                .collect::<Vec<_>>(),
            first_path => api.operations().next().map(|(_, op)| op.path.clone()),
            models => api.types.iter().map(|t| t.name.clone()).collect::<Vec<_>>(),
            features => features_context(api, features),
            full_serde => features.has_full_serde(api),
        })
    }
}

/// The README's table of security schemes: name, anchor, builder call and how it travels.
fn scheme_rows(api: &Api) -> Vec<BTreeMap<&'static str, String>> {
    api.security_schemes
        .iter()
        .map(|s| {
            let builder = match s.kind {
                SecuritySchemeKind::HttpBasic => format!("{}(username, password)", s.rust_name),
                _ => format!("{}(value)", s.rust_name),
            };
            BTreeMap::from([
                ("name", s.name.clone()),
                ("anchor", format!("auth-{}", s.rust_name)),
                ("builder", builder),
                ("how", scheme_how(s)),
                ("description", s.description.clone().unwrap_or_default()),
            ])
        })
        .collect()
}

/// The README's table of operations, each linked to its docs page.
fn operation_rows(api: &Api) -> Vec<BTreeMap<&'static str, String>> {
    api.operations()
        .map(|(group, op)| {
            let summary = op.summary.as_ref().or(op.description.as_ref());
            BTreeMap::from([
                ("group", group.rust_name.clone()),
                ("rust_name", op.rust_name.clone()),
                (
                    "link",
                    format!("docs/{}.md#{}", group.rust_name, op.rust_name),
                ),
                ("method", op.method.as_str().to_string()),
                ("path", op.path.clone()),
                ("summary", summary.cloned().unwrap_or_default()),
            ])
        })
        .collect()
}

/// Markdown links to the docs of the operations `keep` selects.
fn operation_links(api: &Api, keep: impl Fn(&Operation) -> bool) -> Vec<String> {
    api.operations()
        .filter(|(_, op)| keep(op))
        .map(|(group, op)| {
            format!(
                "[`{}`](docs/{}.md#{})",
                op.rust_name, group.rust_name, op.rust_name
            )
        })
        .collect()
}

/// What the README says about the types the models use beyond plain JSON values, a line each.
fn type_notes(api: &Api, lib: &str) -> Vec<String> {
    let mut notes: Vec<String> = api
        .scalars()
        .into_iter()
        .map(|scalar| match scalar {
            Scalar::DateTime(library) => format!(
                "`date-time` strings are `{}` (RFC 3339 on the wire; `{lib}::{}` is the crate, re-exported).",
                Primitive::Scalar(scalar).text(),
                date_crate(library)
            ),
            Scalar::Date(_) => format!(
                "`date` strings are `{}` (`YYYY-MM-DD` on the wire).",
                Primitive::Scalar(scalar).text()
            ),
            Scalar::Uuid => format!("`uuid` strings are `uuid::Uuid` (`{lib}::uuid`)."),
            Scalar::Url => format!("`uri` strings are `url::Url` (`{lib}::url`)."),
            Scalar::Base64 => format!(
                "`byte` strings are `{lib}::Base64`: the decoded bytes, sent as standard base64."
            ),
        })
        .collect();
    if api.has_three_state_fields() {
        notes.push(format!(
            "A property that is optional and nullable is a `{lib}::Nullable`: `Absent` is left out of a request, `Null` sends `null` (to clear a value), `Value(…)` sends the value; responses tell the three apart."
        ));
    }
    let discriminated = api.types.iter().any(|def| {
        matches!(
            &def.kind,
            TypeKind::Union {
                discriminator: Some(_),
                ..
            }
        )
    });
    if discriminated {
        notes.push("A union chosen by a property has an `Unknown` variant: an alternative this client does not know yet decodes into it, with the JSON kept, instead of failing the call.".to_string());
    }
    let read_only = api.types.iter().any(|def| match &def.kind {
        TypeKind::Struct { fields, .. } => fields.iter().any(|f| def.never_sends(f)),
        _ => false,
    });
    if read_only {
        notes.push("Read-only properties (set by the server) are `Option`s in models that requests send, and are never sent.".to_string());
    }
    notes
}

fn date_crate(library: DateLibrary) -> &'static str {
    match library {
        DateLibrary::Chrono => "chrono",
        DateLibrary::Jiff => "jiff",
    }
}

/// Each group's feature, with the group's name and size, for the README's table.
fn features_context(api: &Api, features: Features) -> Vec<BTreeMap<&'static str, String>> {
    if !features.enabled {
        return Vec::new();
    }
    let groups = api.groups.iter().map(|g| {
        BTreeMap::from([
            ("feature", g.rust_name.clone()),
            ("group", g.name.clone()),
            ("operations", g.operations.len().to_string()),
            ("default", "yes".to_string()),
        ])
    });
    let unreferenced = api.types.iter().filter(|t| t.unreferenced).count();
    let other = (unreferenced > 0).then(|| {
        BTreeMap::from([
            ("feature", UNREFERENCED_MODELS.to_string()),
            (
                "group",
                format!("{unreferenced} models that no operation uses (such as webhook payloads)"),
            ),
            ("operations", "0".to_string()),
            ("default", "no".to_string()),
        ])
    });
    groups.chain(other).collect()
}

/// The docs page of a group.
pub fn group_page(group: &sdkgen_ir::Group) -> PathBuf {
    PathBuf::from(format!("docs/{}.md", group.rust_name))
}

/// The docs page on testing with the `mock` feature's test doubles.
pub const TESTING_PAGE: &str = "docs/testing.md";

/// The docs page of a model.
pub fn model_page(def: &sdkgen_ir::TypeDef) -> PathBuf {
    PathBuf::from(format!("docs/models/{}.md", def.name))
}

/// The parameters table of an operation's page: its parameters, then its body.
fn parameter_rows(op: &Operation) -> Vec<ParameterRow> {
    let mut parameters: Vec<ParameterRow> = op
        .parameters
        .iter()
        .map(|p| {
            let mut description = p.description.clone().unwrap_or_default();
            for note in describe_constraints(p) {
                description.push(' ');
                description.push_str(&note);
            }
            if op.idempotency_header.as_ref() == Some(&p.api_name) {
                description.push(' ');
                description.push_str(super::operations::IDEMPOTENCY_NOTE);
            }
            ParameterRow {
                name: p.rust_name.clone(),
                ty: md_type(if p.required { &p.ty } else { p.ty.non_null() }, "models/"),
                location: match p.location {
                    ParameterLocation::Path => "path",
                    ParameterLocation::Query => "query",
                    ParameterLocation::Header => "header",
                    ParameterLocation::Cookie => "cookie",
                },
                required: p.required,
                description: if p.api_name == p.rust_name {
                    description.trim().to_string()
                } else {
                    format!(
                        "{} on the wire. {}",
                        md::code(&p.api_name),
                        description.trim()
                    )
                },
            }
        })
        .collect();
    if let Some(body) = &op.request_body {
        parameters.push(ParameterRow {
            name: "body".to_string(),
            ty: md_type(&body.ty, "models/"),
            location: "body",
            required: body.required,
            description: format!(
                "{} Sent as {}.",
                body.description
                    .as_deref()
                    .unwrap_or("The request body.")
                    .trim(),
                md::code(&body.media_type)
            ),
        });
    }
    parameters
}

/// The error and response tables of an operation's page.
fn response_rows(group: &Group, op: &Operation) -> (Vec<ErrorRow>, Vec<ResponseRow>) {
    let errors = op
        .errors
        .iter()
        .map(|r| ErrorRow {
            status: r.status.label(),
            description: r.description.clone(),
            variant: format!("{}::{}", error_path(group, op), r.variant_name),
            body: body_md(r),
        })
        .collect();
    let responses = op
        .responses
        .iter()
        .chain(&op.errors)
        .map(|r| ResponseRow {
            status: r.status.label(),
            description: r.description.clone(),
            headers: r
                .headers
                .iter()
                .map(|h| md::code(&h.name))
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();
    (errors, responses)
}

/// Whether the parameter carries the page position, which examples leave to the pager.
fn is_page_parameter(op: &Operation, parameter: &Parameter) -> bool {
    match op.pagination.as_ref().map(|p| &p.kind) {
        Some(PaginationKind::Cursor {
            parameter: name, ..
        })
        | Some(PaginationKind::Offset {
            parameter: name, ..
        })
        | Some(PaginationKind::LinkHeader {
            parameter: name, ..
        }) => *name == parameter.rust_name,
        None => false,
    }
}

fn body_md(response: &Response) -> String {
    match &response.body {
        Some(body) => md_type(&body.ty, "models/"),
        None => "none".to_string(),
    }
}

fn returns_md(op: &Operation) -> String {
    match OperationSurface::new(op).success {
        Success::Unit => "`()`: the response has no body.".to_string(),
        Success::One(ty) => md_type(ty, "models/"),
        Success::Enum(name) => {
            let variants: Vec<String> = op
                .responses
                .iter()
                .map(|r| match &r.body {
                    Some(body) => format!(
                        "`{}` ({}): {}",
                        r.variant_name,
                        r.status.label(),
                        md_type(&body.ty, "models/")
                    ),
                    None => format!("`{}` ({}): no body", r.variant_name, r.status.label()),
                })
                .collect();
            format!(
                "`{name}`, one variant per success status: {}.",
                variants.join("; ")
            )
        }
    }
}
