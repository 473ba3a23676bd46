//! Lowering: a bundled OpenAPI 3.0 document → the IR ([`sdkgen_ir::Api`]).

mod bodies;
mod constants;
mod constraints;
mod cycles;
mod forms;
mod idempotency;
mod infer_paging;
mod locate;
mod names;
mod pagination;
mod paging_rules;
mod parameters;
mod parse;
mod prune;
mod reach;
mod repair;
mod scalars;
mod schema;
mod sharing;

use std::collections::HashMap;

use indexmap::IndexMap;
use openapiv3::{OpenAPI, Operation as SpecOperation, PathItem, ReferenceOr};
use sdkgen_ir::{
    Api, ApiKeyLocation, Group, HttpMethod, Operation, SecurityScheme, SecuritySchemeKind, Server,
    ServerVariable, TypeDef, Warning,
};
use serde_json::Value;

use crate::config::{cut_quote_runs, TypeSettings, MAX_QUOTE_RUN};
use crate::error::{escape_pointer_segment, Error};
use crate::load::Bundle;
use crate::naming::{
    camel, path_resource, snake, trimmed_method_name, NameSet, RESERVED_TYPE_NAMES,
};
use crate::skeleton::{self, CLIENT_METHODS, CRATE_ROOT_NAMES, GROUP_MODULE_NAMES};
use parameters::{link_path_parameters, parse_path};
use schema::TypeBuilder;

pub(crate) use idempotency::EXTENSION as IDEMPOTENCY_EXTENSION;
pub use paging_rules::apply as apply_paging_rules;

/// The operations of an OpenAPI path item, by their keys.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Extension naming an operation's Rust method, overriding the one derived from `operationId`.
pub const NAME_EXTENSION: &str = "x-sdkgen-name";

/// Extension on an `apiKey` security scheme: text sent before the key (e.g. `ApiKey `).
pub const PREFIX_EXTENSION: &str = "x-sdkgen-prefix";

/// Group for operations without tags.
const UNTAGGED_GROUP: &str = "operations";

/// What becomes of a part of a spec that is not valid OpenAPI (`in: querry`, `type: strin`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum InvalidParts {
    /// The spec is refused, naming the part: a client silently missing a parameter or typing
    /// a body as any value would fail only when called.
    #[default]
    Refuse,
    /// The part is dropped or read as any value, with a warning (sdkgen's `--lenient`).
    Degrade,
}

/// The bundled document as sdkgen reads it: 3.1 forms rewritten to 3.0, harmless slips
/// repaired, and parts that do not parse refused or dropped (`invalid`), with a warning for
/// each change; returns the document, its parsed form, and the warnings.
pub fn normalize(
    bundle: &Bundle,
    invalid: InvalidParts,
) -> Result<(Value, OpenAPI, Vec<Warning>), Error> {
    let version = bundle.document.get("openapi").and_then(Value::as_str);
    match version {
        Some(v) if v.starts_with("3.0") || v.starts_with("3.1") => {}
        Some(v) => {
            return Err(bundle
                .error_at(
                    "/openapi",
                    format!("OpenAPI {v} is not supported; sdkgen reads OpenAPI 3.0 and 3.1"),
                )
                .into())
        }
        None if bundle.document.get("swagger").is_some() => {
            return Err(bundle
                .error_at(
                    "/swagger",
                    "Swagger 2.0 is not supported; convert the spec to OpenAPI 3.0 first",
                )
                .into())
        }
        None => {
            return Err(bundle
                .error_at("", "missing `openapi` version field")
                .into())
        }
    }
    let mut document = bundle.document.clone();
    let mut repairs = repair::downgrade_31(&mut document);
    repairs.extend(repair::repair(&mut document));
    repairs.extend(prune::unparsable_schemas(&mut document));
    if invalid == InvalidParts::Refuse {
        parse::refuse_invalid(bundle, &repairs)?;
    }
    let spec = parse::parse(bundle, &mut document, &mut repairs, invalid)?;
    Ok((document, spec, repairs))
}

/// Normalizes the bundled document and lowers it to the IR.
pub fn lower(
    bundle: &Bundle,
    api_name: &str,
    types: TypeSettings,
    invalid: InvalidParts,
) -> Result<Api, Error> {
    lower_keeping_document(bundle, api_name, types, invalid).map(|(api, _)| api)
}

/// Lowers like [`lower`], and returns the normalized document too.
pub fn lower_keeping_document(
    bundle: &Bundle,
    api_name: &str,
    types: TypeSettings,
    invalid: InvalidParts,
) -> Result<(Api, Value), Error> {
    let (document, spec, repairs) = normalize(bundle, invalid)?;
    let mut api = Lowerer::new(bundle, &spec, types)?.lower(api_name)?;
    if invalid == InvalidParts::Refuse {
        // Lowering finds what parses but is still not OpenAPI (`type: strin`).
        parse::refuse_invalid(bundle, &api.warnings)?;
    }
    api.warnings.splice(0..0, repairs);
    Ok((api, document))
}

/// Turns serde_path_to_error's path into a JSON pointer.
pub(crate) fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(format!("/{index}")),
            Segment::Map { key } => Some(format!("/{}", escape_pointer_segment(key))),
            Segment::Enum { variant } => Some(format!("/{}", escape_pointer_segment(variant))),
            Segment::Unknown => None,
        })
        .collect()
}

struct Lowerer<'a> {
    bundle: &'a Bundle,
    spec: &'a OpenAPI,
    types: TypeBuilder<'a>,
    scheme_names: Vec<String>,
    /// The names a header parameter that carries idempotency keys may have.
    idempotency_headers: Vec<String>,
    /// `x-sdkgen-pagination` extensions, resolved once all types are known: (operation id,
    /// extension, pointer to it).
    pending_pagination: Vec<(String, Value, String)>,
    warnings: Vec<Warning>,
}

static EMPTY_SCHEMAS: std::sync::OnceLock<IndexMap<String, ReferenceOr<openapiv3::Schema>>> =
    std::sync::OnceLock::new();

impl<'a> Lowerer<'a> {
    fn new(bundle: &'a Bundle, spec: &'a OpenAPI, types: TypeSettings) -> Result<Self, Error> {
        let schemas = match &spec.components {
            Some(components) => &components.schemas,
            None => EMPTY_SCHEMAS.get_or_init(IndexMap::new),
        };
        Ok(Lowerer {
            bundle,
            spec,
            types: TypeBuilder::new(bundle, schemas, types)?,
            scheme_names: Vec::new(),
            idempotency_headers: idempotency::header_names(spec, bundle)?,
            pending_pagination: Vec::new(),
            warnings: Vec::new(),
        })
    }

    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: message.into(),
        });
    }

    /// `text` as Cargo.toml can hold it (see [`cut_quote_runs`]), with a warning when it was cut.
    fn toml_safe(&mut self, text: &str, pointer: &str) -> String {
        let cut = cut_quote_runs(text);
        if cut != text {
            self.warn(
                pointer,
                format!("has more than {MAX_QUOTE_RUN} quote characters in a row, which Cargo.toml cannot hold; each such run is cut to {MAX_QUOTE_RUN}"),
            );
        }
        cut
    }

    fn lower(mut self, api_name: &str) -> Result<Api, Error> {
        let title = self.toml_safe(&self.spec.info.title, "/info/title");
        let api_version = self.toml_safe(&self.spec.info.version, "/info/version");
        let security_schemes = self.security_schemes()?;
        self.scheme_names = security_schemes.iter().map(|s| s.name.clone()).collect();
        let servers = self.servers();
        let mut groups = self.groups()?;
        let security_schemes = self.used_schemes(security_schemes, &groups);
        let (mut types, mut warnings) = self.types.finish();
        let pending = std::mem::take(&mut self.pending_pagination);
        let notes = paginate(self.bundle, pending, &mut groups, &types)?;
        forms::mark(&groups, &mut types, &mut warnings);
        reach::mark(&groups, &mut types);
        warnings.extend(self.warnings);
        Ok(Api {
            name: api_name.to_string(),
            title,
            api_version,
            description: self.spec.info.description.clone(),
            servers,
            security_schemes,
            groups,
            types,
            warnings,
            notes,
        })
    }

    /// The spec's servers, each named by its description when that makes a short name.
    fn servers(&self) -> Vec<Server> {
        let mut server_names = NameSet::default();
        self.spec
            .servers
            .iter()
            .enumerate()
            .map(|(i, server)| Server {
                rust_name: server_names.take(
                    &server
                        .description
                        .as_deref()
                        .map(camel)
                        .filter(|name| name.len() <= 32 && name != "Value")
                        .unwrap_or_else(|| format!("Server{}", i + 1)),
                    "",
                ),
                url: server.url.clone(),
                description: server.description.clone(),
                variables: server
                    .variables
                    .iter()
                    .flatten()
                    .map(|(name, variable)| ServerVariable {
                        name: name.clone(),
                        default: variable.default.clone(),
                        allowed: variable.enumeration.clone(),
                        description: variable.description.clone(),
                    })
                    .collect(),
            })
            .collect()
    }

    /// The schemes some operation asks for: another would give the client credentials it
    /// never sends, so it is left out with a warning.
    fn used_schemes(
        &mut self,
        schemes: Vec<SecurityScheme>,
        groups: &[Group],
    ) -> Vec<SecurityScheme> {
        let (used, unused): (Vec<_>, Vec<_>) = schemes.into_iter().partition(|scheme| {
            groups.iter().flat_map(|g| &g.operations).any(|op| {
                op.security
                    .iter()
                    .flatten()
                    .any(|name| *name == scheme.name)
            })
        });
        for scheme in unused {
            self.warn(
                &format!(
                    "/components/securitySchemes/{}",
                    escape_pointer_segment(&scheme.name)
                ),
                "no operation uses this security scheme; the client leaves it out",
            );
        }
        used
    }

    fn security_schemes(&mut self) -> Result<Vec<SecurityScheme>, Error> {
        let Some(components) = &self.spec.components else {
            return Ok(Vec::new());
        };
        // Scheme names become setters on the client builder, next to these.
        let mut names = NameSet::with_reserved(skeleton::BUILDER_METHODS.iter().copied());
        let mut schemes = Vec::new();
        for (name, scheme) in &components.security_schemes {
            let pointer = format!(
                "/components/securitySchemes/{}",
                escape_pointer_segment(name)
            );
            let ReferenceOr::Item(scheme) = scheme else {
                return Err(self
                    .bundle
                    .error_at(&pointer, "references to security schemes are not supported")
                    .into());
            };
            let (kind, description) = self.scheme_kind(&pointer, scheme)?;
            schemes.push(SecurityScheme {
                name: name.clone(),
                rust_name: names.take(&snake(name), "_"),
                description: description.clone(),
                kind,
            });
        }
        Ok(schemes)
    }

    /// What kind of credential a scheme takes and where it goes, with its description.
    fn scheme_kind<'s>(
        &self,
        pointer: &str,
        scheme: &'s openapiv3::SecurityScheme,
    ) -> Result<(SecuritySchemeKind, &'s Option<String>), Error> {
        use openapiv3::SecurityScheme as S;
        Ok(match scheme {
            S::APIKey {
                location,
                name: parameter_name,
                description,
                extensions,
            } => (
                SecuritySchemeKind::ApiKey {
                    location: match location {
                        openapiv3::APIKeyLocation::Header => ApiKeyLocation::Header,
                        openapiv3::APIKeyLocation::Query => ApiKeyLocation::Query,
                        openapiv3::APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                    },
                    parameter_name: parameter_name.clone(),
                    prefix: match extensions.get(PREFIX_EXTENSION) {
                        None => None,
                        Some(Value::String(prefix)) => Some(prefix.clone()),
                        Some(_) => {
                            return Err(self
                                .bundle
                                .error_at(
                                    &format!("{pointer}/{PREFIX_EXTENSION}"),
                                    "must be a string",
                                )
                                .into())
                        }
                    },
                },
                description,
            ),
            S::HTTP {
                scheme,
                bearer_format,
                description,
                ..
            } => {
                let kind = if scheme.eq_ignore_ascii_case("basic") {
                    SecuritySchemeKind::HttpBasic
                } else if scheme.eq_ignore_ascii_case("bearer") {
                    SecuritySchemeKind::HttpToken {
                        scheme: "Bearer".to_string(),
                        bearer_format: bearer_format.clone(),
                    }
                } else {
                    SecuritySchemeKind::HttpToken {
                        scheme: scheme.clone(),
                        bearer_format: bearer_format.clone(),
                    }
                };
                (kind, description)
            }
            S::OAuth2 { description, .. } | S::OpenIDConnect { description, .. } => {
                (SecuritySchemeKind::OAuth2, description)
            }
        })
    }

    fn groups(&mut self) -> Result<Vec<Group>, Error> {
        let by_tag = self.operations_by_tag()?;
        let mut group_names =
            NameSet::with_reserved(CLIENT_METHODS.iter().chain(CRATE_ROOT_NAMES).copied());
        let mut group_types = NameSet::with_reserved(
            ["Error", "Response"]
                .into_iter()
                .chain(GROUP_MODULE_NAMES.iter().copied())
                .chain(RESERVED_TYPE_NAMES.iter().copied()),
        );
        let mut groups = Vec::new();
        for (tag, (by_path, operations)) in by_tag {
            let type_name = group_types.take(&camel(&tag), "");
            let operations = name_operations(operations, &type_name);
            let description = match by_path {
                true => None,
                false => self
                    .spec
                    .tags
                    .iter()
                    .find(|t| t.name == tag)
                    .and_then(|t| t.description.clone()),
            };
            groups.push(Group {
                rust_name: group_names.take(&snake(&tag), "_"),
                type_name,
                description,
                name: tag,
                by_path,
                operations,
            });
        }
        Ok(groups)
    }

    /// The operations under each tag (their first; for an operation without one, the first
    /// resource of its path), in order of first appearance, each with its method name trimmed
    /// of what the operationId repeats, if it can be.
    fn operations_by_tag(&mut self) -> Result<OperationsByTag, Error> {
        let mut by_tag = OperationsByTag::new();
        let mut ids = NameSet::default();
        let spec = self.spec;
        let tags = tags_by_module_name(spec);
        for (path, item) in &spec.paths.paths {
            let item_pointer = format!("/paths/{}", escape_pointer_segment(path));
            let item =
                match item {
                    ReferenceOr::Item(item) => item,
                    ReferenceOr::Reference { .. } => return Err(self
                        .bundle
                        .error_at(
                            &item_pointer,
                            "references to path items inside the same document are not supported",
                        )
                        .into()),
                };
            for (method, operation) in methods(item) {
                let pointer = format!("{item_pointer}/{}", method.as_str().to_ascii_lowercase());
                let (tag, by_path) = group_of(operation, path, &tags);
                let lowered = self.operation(path, item, method, operation, &pointer, &mut ids)?;
                // Only names derived from a real operationId are trimmed; `x-sdkgen-name` wins.
                let trimmed = match (
                    &operation.operation_id,
                    operation.extensions.get(NAME_EXTENSION),
                ) {
                    (Some(_), None) => {
                        trimmed_method_name(&lowered.id, &tag, path, method.as_str())
                    }
                    _ => None,
                };
                by_tag
                    .entry(tag)
                    .or_insert_with(|| (by_path, Vec::new()))
                    .1
                    .push((lowered, trimmed));
            }
        }
        Ok(by_tag)
    }

    fn operation(
        &mut self,
        path: &str,
        item: &PathItem,
        method: HttpMethod,
        operation: &SpecOperation,
        pointer: &str,
        ids: &mut NameSet,
    ) -> Result<Operation, Error> {
        let id = match &operation.operation_id {
            Some(id) => ids.take(id, "_"),
            None => ids.take(
                &format!("{} {}", method.as_str().to_ascii_lowercase(), path),
                "_",
            ),
        };
        let rust_name = match operation.extensions.get(NAME_EXTENSION) {
            Some(Value::String(name)) => snake(name),
            Some(_) => {
                return Err(self
                    .bundle
                    .error_at(&format!("{pointer}/{NAME_EXTENSION}"), "must be a string")
                    .into())
            }
            None => snake(&id),
        };
        let type_name = camel(&rust_name);
        let template = parse_path(path);
        let security = self.security(operation, pointer);
        // An `Authorization` header parameter is kept only where no scheme sends credentials.
        let authenticated = security.iter().any(|names| !names.is_empty());
        let parameters = self.parameters(
            item,
            operation,
            &template,
            pointer,
            &type_name,
            authenticated,
        )?;
        let path_segments = link_path_parameters(template, &parameters)?;
        let request_body = self.request_body(operation, pointer, &type_name)?;
        let (responses, errors) = self.responses(operation, pointer, &type_name)?;
        let idempotency_header =
            idempotency::declared_header(&parameters, &self.idempotency_headers);
        if let Some(extension) = operation.extensions.get(pagination::EXTENSION) {
            self.pending_pagination.push((
                id.clone(),
                extension.clone(),
                format!("{pointer}/{}", pagination::EXTENSION),
            ));
        }
        Ok(Operation {
            id,
            rust_name,
            type_name,
            method,
            path: path.to_string(),
            path_segments,
            summary: operation.summary.clone(),
            description: operation.description.clone(),
            deprecated: operation.deprecated,
            parameters,
            request_body,
            responses,
            errors,
            error_type: String::new(),
            security,
            pagination: None,
            idempotency_header,
        })
    }

    /// The item itself, or the component a reference names; `None`, with a warning that the
    /// part is `left_out`, when the reference names something of another kind.
    fn item_or_component<'s, T: 'a>(
        &mut self,
        item: &'s ReferenceOr<T>,
        kind: &str,
        pointer: &str,
        left_out: &str,
        select: impl Fn(&'a openapiv3::Components) -> &'a IndexMap<String, ReferenceOr<T>>,
    ) -> Option<&'s T>
    where
        'a: 's,
    {
        match item {
            ReferenceOr::Item(item) => Some(item),
            ReferenceOr::Reference { reference } => {
                match component(self.bundle, self.spec, kind, reference, pointer, select) {
                    Ok(found) => Some(found),
                    Err(e) => {
                        self.warn(pointer, format!("{}; {left_out}", message_of(&e)));
                        None
                    }
                }
            }
        }
    }

    fn security(&mut self, operation: &SpecOperation, pointer: &str) -> Vec<Vec<String>> {
        let requirements = operation.security.as_ref().or(self.spec.security.as_ref());
        let mut alternatives = Vec::new();
        for requirement in requirements.into_iter().flatten() {
            let mut names = Vec::new();
            for name in requirement.keys() {
                if self.scheme_names.contains(name) {
                    names.push(name.clone());
                } else {
                    self.warn(
                        pointer,
                        format!("security scheme `{name}` is not defined; ignoring it"),
                    );
                }
            }
            if !alternatives.contains(&names) {
                alternatives.push(names);
            }
        }
        alternatives
    }
}

/// The group an operation is in, and whether it is named for a path resource: its first tag;
/// else the first resource of its path, or the tag that resource would be the module of (a tag
/// `Customers` and an untagged `/customers` are one group, wherever either first appears, so
/// that an untagged operation added to a spec never renames a tag's module); else
/// [`UNTAGGED_GROUP`].
fn group_of(
    operation: &SpecOperation,
    path: &str,
    tags: &HashMap<String, String>,
) -> (String, bool) {
    if let Some(tag) = operation.tags.first() {
        return (tag.clone(), false);
    }
    match path_resource(path) {
        Some(resource) => match tags.get(&snake(resource)) {
            Some(tag) => (tag.clone(), false),
            None => (resource.to_string(), true),
        },
        None => (UNTAGGED_GROUP.to_string(), false),
    }
}

/// The tags operations are grouped by, under the module name each gives (the first tag of a
/// name, in document order).
fn tags_by_module_name(spec: &OpenAPI) -> HashMap<String, String> {
    let mut tags = HashMap::new();
    let items = spec.paths.paths.values().filter_map(ReferenceOr::as_item);
    for (_, operation) in items.flat_map(methods) {
        if let Some(tag) = operation.tags.first() {
            tags.entry(snake(tag)).or_insert_with(|| tag.clone());
        }
    }
    tags
}

/// Per group name: whether it is named for a path resource, and its operations with their
/// trimmed method names.
type OperationsByTag = IndexMap<String, (bool, Vec<(Operation, Option<String>)>)>;

/// Names a group's operations: method names unique in the group (trimmed where that stays
/// unique), and type names (parameters, error and response enums) unique in its module.
fn name_operations(
    operations: Vec<(Operation, Option<String>)>,
    type_name: &str,
) -> Vec<Operation> {
    let mut method_names = NameSet::default();
    let mut type_names = NameSet::with_reserved(
        GROUP_MODULE_NAMES
            .iter()
            .chain(RESERVED_TYPE_NAMES)
            .copied()
            .chain([type_name]),
    );
    let (mut operations, trimmed): (Vec<Operation>, Vec<Option<String>>) =
        operations.into_iter().unzip();
    let chosen = names::method_names_of_group(
        operations.iter().map(|op| op.rust_name.clone()).collect(),
        trimmed,
        &type_names,
    );
    for (operation, name) in operations.iter_mut().zip(chosen) {
        operation.rust_name = name;
    }
    for operation in &mut operations {
        operation.rust_name = method_names.take(&operation.rust_name, "_");
        let stem = camel(&operation.rust_name);
        let mut base = stem.clone();
        let related = |base: &str| {
            [
                base.to_string(),
                format!("{base}Error"),
                format!("{base}Response"),
            ]
        };
        let mut n = 2;
        while related(&base).iter().any(|name| type_names.contains(name)) {
            base = format!("{stem}{n}");
            n += 1;
        }
        for name in related(&base) {
            type_names.take(&name, "");
        }
        operation.error_type = format!("{base}Error");
        operation.type_name = base;
    }
    operations
}

/// The message of an error, without the file and location (a warning carries its own).
fn message_of(error: &Error) -> String {
    match error {
        Error::Spec(spec) => spec.message.clone(),
        other => other.to_string(),
    }
}

fn methods(item: &PathItem) -> impl Iterator<Item = (HttpMethod, &SpecOperation)> {
    [
        (HttpMethod::Get, &item.get),
        (HttpMethod::Post, &item.post),
        (HttpMethod::Put, &item.put),
        (HttpMethod::Patch, &item.patch),
        (HttpMethod::Delete, &item.delete),
        (HttpMethod::Options, &item.options),
        (HttpMethod::Head, &item.head),
        (HttpMethod::Trace, &item.trace),
    ]
    .into_iter()
    .filter_map(|(method, op)| op.as_ref().map(|op| (method, op)))
}

/// Follows a `#/components/<kind>/<name>` reference (and chains of them).
fn component<'s, T>(
    bundle: &Bundle,
    spec: &'s OpenAPI,
    kind: &str,
    reference: &str,
    pointer: &str,
    select: impl Fn(&'s openapiv3::Components) -> &'s IndexMap<String, ReferenceOr<T>>,
) -> Result<&'s T, Error> {
    let mut reference = reference.to_string();
    for _ in 0..32 {
        let prefix = format!("#/components/{kind}/");
        let target = reference
            .strip_prefix(&prefix)
            .map(crate::error::unescape_pointer_segment)
            .and_then(|name| spec.components.as_ref().and_then(|c| select(c).get(&name)));
        match target {
            Some(ReferenceOr::Item(item)) => return Ok(item),
            Some(ReferenceOr::Reference { reference: next }) => reference.clone_from(next),
            None => {
                return Err(bundle
                    .error_at(
                        pointer,
                        format!("reference `{reference}` does not resolve to a {kind} entry"),
                    )
                    .into())
            }
        }
    }
    Err(bundle
        .error_at(
            pointer,
            format!("reference `{reference}` is part of a cycle"),
        )
        .into())
}

/// Pagination for each operation: from its extension or settings rule when it has one,
/// else inferred from its shape, with a note saying what was inferred.
fn paginate(
    bundle: &Bundle,
    pending: Vec<(String, Value, String)>,
    groups: &mut [Group],
    types: &[TypeDef],
) -> Result<Vec<Warning>, Error> {
    // An operation whose extension says how (or that it does not page) is not inferred.
    let mut decided = std::collections::HashSet::new();
    for (operation_id, extension, pointer) in pending {
        let operation = groups
            .iter_mut()
            .flat_map(|g| g.operations.iter_mut())
            .find(|op| op.id == operation_id);
        if let Some(operation) = operation {
            decided.insert(operation_id);
            if extension != Value::Bool(false) {
                operation.pagination = Some(pagination::resolve(
                    bundle, &extension, &pointer, operation, types,
                )?);
            }
        }
    }
    let mut notes = Vec::new();
    for operation in groups.iter_mut().flat_map(|g| g.operations.iter_mut()) {
        if decided.contains(&operation.id) {
            continue;
        }
        if let Some((pagination, note)) = infer_paging::infer(operation, types) {
            let pointer = format!(
                "/paths/{}/{}",
                escape_pointer_segment(&operation.path),
                operation.method.as_str().to_ascii_lowercase()
            );
            notes.push(Warning {
                pointer,
                message: note,
            });
            operation.pagination = Some(pagination);
        }
    }
    Ok(notes)
}

#[cfg(test)]
mod shape_tests;
#[cfg(test)]
mod tests;
