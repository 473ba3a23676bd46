//! Lowering: a bundled OpenAPI 3.0 document → the IR ([`sdkgen_ir::Api`]).

mod errors;
mod locate;
mod names;
mod pagination;
mod parse;
mod prune;
mod reach;
mod repair;
mod schema;

use indexmap::IndexMap;
use openapiv3::{
    MediaType, OpenAPI, Operation as SpecOperation, Parameter as SpecParameter, ParameterData,
    ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr, StatusCode,
};
use sdkgen_ir::{
    Api, ApiKeyLocation, BodyEncoding, Constraints, Group, HttpMethod, Operation, Parameter,
    ParameterLocation, ParameterStyle, PathSegment, RequestBody, Response, ResponseBody,
    ResponseHeader, SecurityScheme, SecuritySchemeKind, Server, ServerVariable, StatusMatch,
    TypeRef, Warning,
};
use serde_json::Value;

use crate::error::{escape_pointer_segment, Error};
use crate::load::Bundle;
use crate::naming::{camel, snake, trimmed_method_name, NameSet, RESERVED_TYPE_NAMES};
use schema::{constraints, TypeBuilder};

/// Extension naming an operation's Rust method, overriding the one derived from `operationId`.
pub const NAME_EXTENSION: &str = "x-sdkgen-name";

/// Extension on an `apiKey` security scheme: text sent before the key (e.g. `ApiKey `).
pub const PREFIX_EXTENSION: &str = "x-sdkgen-prefix";

/// Names a group module imports or defines besides the operations' own types (on top of the
/// prelude names every generated module keeps free).
const GROUP_MODULE_NAMES: &[&str] = &[
    "Client",
    "Scheme",
    "Method",
    "Operation",
    "Paginated",
    "Request",
    "RequestParts",
    "Status",
    "Style",
    "Successes",
];

/// Group for operations without tags.
const UNTAGGED_GROUP: &str = "operations";

/// Methods of the generated `Client`; group accessors must not take these names.
const CLIENT_METHODS: &[&str] = &["new", "builder", "base_url", "http_client"];

/// Names at the root of a generated crate that a group's module must not take: its own
/// modules and the crates it uses or re-exports (a tag called `runtime` or `reqwest`).
const CRATE_ROOT_NAMES: &[&str] = &[
    "client",
    "call",
    "default",
    "error",
    "errors",
    "models",
    "runtime",
    "transport",
    "multipart",
    "doc_pages",
    "reqwest",
    "futures_util",
    "serde",
    "serde_json",
    "tokio",
    "percent_encoding",
    "httpdate",
    "fastrand",
    "std",
    "core",
    "alloc",
];

/// The bundled document as sdkgen reads it: 3.1 forms rewritten to 3.0, harmless slips
/// repaired, and parts that do not parse dropped, with a warning for each change; returns the
/// document, its parsed form, and the warnings.
pub fn normalize(bundle: &Bundle) -> Result<(Value, OpenAPI, Vec<Warning>), Error> {
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
    let spec = parse::parse(bundle, &mut document, &mut repairs)?;
    Ok((document, spec, repairs))
}

/// Normalizes the bundled document and lowers it to the IR.
pub fn lower(bundle: &Bundle, api_name: &str) -> Result<Api, Error> {
    let (_, spec, repairs) = normalize(bundle)?;
    let mut api = Lowerer::new(bundle, &spec)?.lower(api_name)?;
    api.warnings.splice(0..0, repairs);
    Ok(api)
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
    /// `x-sdkgen-pagination` extensions, resolved once all types are known: (operation id,
    /// extension, pointer to it).
    pending_pagination: Vec<(String, Value, String)>,
    warnings: Vec<Warning>,
}

static EMPTY_SCHEMAS: std::sync::OnceLock<IndexMap<String, ReferenceOr<openapiv3::Schema>>> =
    std::sync::OnceLock::new();

impl<'a> Lowerer<'a> {
    fn new(bundle: &'a Bundle, spec: &'a OpenAPI) -> Result<Self, Error> {
        let schemas = match &spec.components {
            Some(components) => &components.schemas,
            None => EMPTY_SCHEMAS.get_or_init(IndexMap::new),
        };
        Ok(Lowerer {
            bundle,
            spec,
            types: TypeBuilder::new(bundle, schemas)?,
            scheme_names: Vec::new(),
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

    fn lower(mut self, api_name: &str) -> Result<Api, Error> {
        let security_schemes = self.security_schemes()?;
        self.scheme_names = security_schemes.iter().map(|s| s.name.clone()).collect();
        let mut server_names = NameSet::default();
        let servers = self
            .spec
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
            .collect();
        let mut groups = self.groups()?;
        let error_types = errors::share(&mut groups);
        // A scheme no operation asks for would give the client credentials it never sends.
        let (security_schemes, unused): (Vec<_>, Vec<_>) =
            security_schemes.into_iter().partition(|scheme| {
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
        let (mut types, type_warnings) = self.types.finish();
        for (operation_id, extension, pointer) in std::mem::take(&mut self.pending_pagination) {
            let operation = groups
                .iter_mut()
                .flat_map(|g| g.operations.iter_mut())
                .find(|op| op.id == operation_id);
            if let Some(operation) = operation {
                operation.pagination = Some(pagination::resolve(
                    self.bundle,
                    &extension,
                    &pointer,
                    operation,
                    &types,
                )?);
            }
        }
        reach::mark(&groups, &mut types);
        let mut warnings = type_warnings;
        warnings.extend(self.warnings);
        Ok(Api {
            name: api_name.to_string(),
            title: self.spec.info.title.clone(),
            api_version: self.spec.info.version.clone(),
            description: self.spec.info.description.clone(),
            servers,
            security_schemes,
            groups,
            types,
            error_types,
            warnings,
        })
    }

    fn security_schemes(&mut self) -> Result<Vec<SecurityScheme>, Error> {
        let Some(components) = &self.spec.components else {
            return Ok(Vec::new());
        };
        // Scheme names become setters on the client builder, next to these.
        let mut names =
            NameSet::with_reserved(["base_url", "http_client", "build", "new", "builder"]);
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
            use openapiv3::SecurityScheme as S;
            let (kind, description) = match scheme {
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
            };
            schemes.push(SecurityScheme {
                name: name.clone(),
                rust_name: names.take(&snake(name), "_"),
                description: description.clone(),
                kind,
            });
        }
        Ok(schemes)
    }

    fn groups(&mut self) -> Result<Vec<Group>, Error> {
        // Tag → operations, in order of first appearance, each with its trimmed method name.
        let mut by_tag: IndexMap<String, Vec<(Operation, Option<String>)>> = IndexMap::new();
        let mut ids = NameSet::default();
        let spec = self.spec;
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
                let tag = operation
                    .tags
                    .first()
                    .cloned()
                    .unwrap_or_else(|| UNTAGGED_GROUP.to_string());
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
                by_tag.entry(tag).or_default().push((lowered, trimmed));
            }
        }
        let mut group_names =
            NameSet::with_reserved(CLIENT_METHODS.iter().chain(CRATE_ROOT_NAMES).copied());
        let mut group_types = NameSet::with_reserved(
            ["Error", "Response"]
                .into_iter()
                .chain(GROUP_MODULE_NAMES.iter().copied())
                .chain(RESERVED_TYPE_NAMES.iter().copied()),
        );
        let mut groups = Vec::new();
        for (tag, operations) in by_tag {
            let type_name = group_types.take(&camel(&tag), "");
            let mut method_names = NameSet::default();
            let mut type_names = NameSet::with_reserved(
                GROUP_MODULE_NAMES
                    .iter()
                    .chain(RESERVED_TYPE_NAMES)
                    .copied()
                    .chain([type_name.as_str()]),
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
                operation.type_name = base;
            }
            groups.push(Group {
                rust_name: group_names.take(&snake(&tag), "_"),
                type_name,
                description: spec
                    .tags
                    .iter()
                    .find(|t| t.name == tag)
                    .and_then(|t| t.description.clone()),
                name: tag,
                operations,
            });
        }
        Ok(groups)
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
        let path_segments = parse_path(path);
        let parameters = self.parameters(item, operation, &path_segments, pointer, &type_name)?;
        let request_body = self.request_body(operation, pointer, &type_name)?;
        let (responses, errors) = self.responses(operation, pointer, &type_name)?;
        let security = self.security(operation, pointer);
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
            error_type: None,
            security,
            pagination: None,
        })
    }

    fn parameters(
        &mut self,
        item: &PathItem,
        operation: &SpecOperation,
        path_segments: &[PathSegment],
        pointer: &str,
        type_name: &str,
    ) -> Result<Vec<Parameter>, Error> {
        let item_pointer = pointer.rsplit_once('/').map(|(p, _)| p).unwrap_or(pointer);
        // Path-level parameters first, replaced by operation-level ones with the same name and
        // location.
        let mut resolved: Vec<(SpecParameter, String)> = Vec::new();
        let listed = item
            .parameters
            .iter()
            .enumerate()
            .map(|(i, p)| (p, format!("{item_pointer}/parameters/{i}")))
            .chain(
                operation
                    .parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p, format!("{pointer}/parameters/{i}"))),
            );
        for (parameter, parameter_pointer) in listed {
            let Some(parameter) = self
                .item_or_component(
                    parameter,
                    "parameters",
                    &parameter_pointer,
                    "the parameter is left out",
                    |c| &c.parameters,
                )
                .cloned()
            else {
                continue;
            };
            let key = (
                parameter.parameter_data_ref().name.clone(),
                location_of(&parameter),
            );
            resolved.retain(|(p, _)| (p.parameter_data_ref().name.clone(), location_of(p)) != key);
            resolved.push((parameter, parameter_pointer));
        }
        // Parameter names become setters on the request builder, next to these.
        let mut names = NameSet::with_reserved([
            "body",
            "self_",
            "send",
            "into_future",
            "client",
            "options",
            "retries",
            "timeout",
            "pages",
            "items",
        ]);
        let mut lowered = Vec::new();
        for (parameter, parameter_pointer) in &resolved {
            let data = parameter.parameter_data_ref();
            let location = location_of(parameter);
            if location == ParameterLocation::Header
                && ["accept", "content-type", "authorization"]
                    .contains(&data.name.to_ascii_lowercase().as_str())
            {
                self.warn(
                    parameter_pointer,
                    format!(
                        "header parameter `{}` is ignored, as OpenAPI requires",
                        data.name
                    ),
                );
                continue;
            }
            let (style, explode) = style_of(parameter);
            let hint = format!("{type_name}{}", camel(&data.name));
            let (ty, constraints, default, schema_example) =
                self.parameter_type(data, parameter_pointer, &hint)?;
            let sensitive = is_credential(location, &data.name, &ty);
            lowered.push(Parameter {
                api_name: data.name.clone(),
                rust_name: names.take(&snake(&data.name), "_"),
                location,
                ty,
                required: data.required || location == ParameterLocation::Path,
                deprecated: data.deprecated.unwrap_or(false),
                default,
                example: data.example.clone().or(schema_example),
                constraints,
                style,
                explode,
                description: data.description.clone(),
                sensitive,
            });
        }
        // Every template variable needs a path parameter; a missing one degrades to a string.
        for segment in path_segments {
            if let PathSegment::Parameter(name) = segment {
                let declared = lowered
                    .iter()
                    .any(|p| p.location == ParameterLocation::Path && &p.api_name == name);
                if !declared {
                    self.warn(
                        pointer,
                        format!("path parameter `{name}` is not declared; treating it as a required string"),
                    );
                    lowered.push(Parameter {
                        api_name: name.clone(),
                        rust_name: names.take(&snake(name), "_"),
                        location: ParameterLocation::Path,
                        ty: TypeRef::String(None),
                        required: true,
                        deprecated: false,
                        default: None,
                        example: None,
                        constraints: Constraints::default(),
                        style: ParameterStyle::Simple,
                        explode: false,
                        description: None,
                        sensitive: false,
                    });
                }
            }
        }
        let template_order = |p: &Parameter| {
            path_segments
                .iter()
                .position(|s| matches!(s, PathSegment::Parameter(n) if *n == p.api_name))
                .unwrap_or(usize::MAX)
        };
        let (mut path_params, others): (Vec<_>, Vec<_>) = lowered
            .into_iter()
            .partition(|p| p.location == ParameterLocation::Path);
        let (path_params_used, unused): (Vec<_>, Vec<_>) = path_params
            .drain(..)
            .partition(|p| template_order(p) != usize::MAX);
        for parameter in unused {
            self.warn(
                pointer,
                format!(
                    "path parameter `{}` is not in the path; ignoring it",
                    parameter.api_name
                ),
            );
        }
        let mut path_params = path_params_used;
        path_params.sort_by_key(template_order);
        path_params.extend(others);
        Ok(path_params)
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

    fn parameter_type(
        &mut self,
        data: &ParameterData,
        pointer: &str,
        hint: &str,
    ) -> Result<(TypeRef, Constraints, Option<Value>, Option<Value>), Error> {
        match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let ty = self
                    .types
                    .type_of(schema, &format!("{pointer}/schema"), hint)?;
                let (constraints, default, example) = match schema {
                    ReferenceOr::Item(s) => (
                        constraints(s),
                        s.schema_data.default.clone(),
                        s.schema_data.example.clone(),
                    ),
                    ReferenceOr::Reference { .. } => (Constraints::default(), None, None),
                };
                Ok((ty, constraints, default, example))
            }
            ParameterSchemaOrContent::Content(content) => {
                self.warn(pointer, "parameters with `content` are sent as JSON text");
                let ty = match content.first().and_then(|(_, m)| m.schema.as_ref()) {
                    Some(schema) => {
                        self.types
                            .type_of(schema, &format!("{pointer}/content"), hint)?
                    }
                    None => TypeRef::Any,
                };
                Ok((ty, Constraints::default(), None, None))
            }
        }
    }

    fn request_body(
        &mut self,
        operation: &SpecOperation,
        pointer: &str,
        type_name: &str,
    ) -> Result<Option<RequestBody>, Error> {
        let Some(body) = &operation.request_body else {
            return Ok(None);
        };
        let body_pointer = format!("{pointer}/requestBody");
        let Some(body) = self.item_or_component(
            body,
            "requestBodies",
            &body_pointer,
            "the operation is sent without a body",
            |c| &c.request_bodies,
        ) else {
            return Ok(None);
        };
        let Some((media_type, media, encoding)) = pick_media_type(&body.content) else {
            self.warn(
                &body_pointer,
                "request body without content; the operation sends no body",
            );
            return Ok(None);
        };
        let content_pointer = format!(
            "{body_pointer}/content/{}",
            escape_pointer_segment(media_type)
        );
        let ty = self.body_type(
            media,
            encoding,
            &content_pointer,
            &format!("{type_name}Request"),
        )?;
        Ok(Some(RequestBody {
            required: body.required,
            description: body.description.clone(),
            media_type: media_type.clone(),
            media_types: body.content.keys().cloned().collect(),
            encoding,
            ty,
            example: example_of(media),
        }))
    }

    fn body_type(
        &mut self,
        media: &MediaType,
        encoding: BodyEncoding,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef, Error> {
        Ok(match encoding {
            BodyEncoding::Binary => TypeRef::Bytes,
            BodyEncoding::Text => TypeRef::String(None),
            BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart => {
                match &media.schema {
                    Some(schema) => {
                        self.types
                            .type_of(schema, &format!("{pointer}/schema"), hint)?
                    }
                    None => TypeRef::Any,
                }
            }
        })
    }

    fn responses(
        &mut self,
        operation: &SpecOperation,
        pointer: &str,
        type_name: &str,
    ) -> Result<(Vec<Response>, Vec<Response>), Error> {
        let mut entries: Vec<(StatusMatch, &ReferenceOr<openapiv3::Response>, String)> = Vec::new();
        for (status, response) in &operation.responses.responses {
            let (status, label) = match status {
                StatusCode::Code(code) => (StatusMatch::Code(*code), code.to_string()),
                StatusCode::Range(digit) => {
                    (StatusMatch::Range(*digit as u8), format!("{digit}XX"))
                }
            };
            entries.push((status, response, format!("{pointer}/responses/{label}")));
        }
        if let Some(default) = &operation.responses.default {
            entries.push((
                StatusMatch::Default,
                default,
                format!("{pointer}/responses/default"),
            ));
        }
        entries.sort_by_key(|(status, _, _)| *status);
        let has_success = entries.iter().any(|(status, _, _)| is_success(*status));
        let mut success_names = NameSet::default();
        let mut error_names = NameSet::default();
        let mut successes = Vec::new();
        let mut errors = Vec::new();
        for (status, response, response_pointer) in entries {
            let Some(response) = self.item_or_component(
                response,
                "responses",
                &response_pointer,
                "the response is left out",
                |c| &c.responses,
            ) else {
                continue;
            };
            // A lone `default` describes the success response too.
            let success = is_success(status) || (!has_success && status == StatusMatch::Default);
            let hint = format!("{type_name}{}Response", status.label().replace("XX", "xx"));
            let body = match pick_media_type(&response.content) {
                None => None,
                Some((media_type, media, encoding)) => {
                    let content_pointer = format!(
                        "{response_pointer}/content/{}",
                        escape_pointer_segment(media_type)
                    );
                    let encoding =
                        if encoding == BodyEncoding::Form || encoding == BodyEncoding::Multipart {
                            self.warn(
                                &content_pointer,
                                "form-encoded responses are read as raw bytes",
                            );
                            BodyEncoding::Binary
                        } else {
                            encoding
                        };
                    Some(ResponseBody {
                        media_type: media_type.clone(),
                        encoding,
                        ty: self.body_type(media, encoding, &content_pointer, &hint)?,
                    })
                }
            };
            let mut headers = Vec::new();
            for (name, header) in &response.headers {
                let header_pointer = format!(
                    "{response_pointer}/headers/{}",
                    escape_pointer_segment(name)
                );
                let Some(header) = self.item_or_component(
                    header,
                    "headers",
                    &header_pointer,
                    "the header is left out",
                    |c| &c.headers,
                ) else {
                    continue;
                };
                let ty = match &header.format {
                    ParameterSchemaOrContent::Schema(schema) => self.types.type_of(
                        schema,
                        &format!("{header_pointer}/schema"),
                        &format!("{hint}{}", camel(name)),
                    )?,
                    ParameterSchemaOrContent::Content(_) => TypeRef::String(None),
                };
                headers.push(ResponseHeader {
                    name: name.clone(),
                    description: header.description.clone(),
                    ty,
                });
            }
            let names = if success {
                &mut success_names
            } else {
                &mut error_names
            };
            let entry = Response {
                status,
                variant_name: names.take(&status_variant_name(status), ""),
                description: response.description.clone(),
                body,
                headers,
            };
            if success {
                successes.push(entry);
            } else if status != StatusMatch::Code(304) {
                // The runtime answers a 304 with its own outcome, whatever the table says.
                errors.push(entry);
            }
        }
        Ok((successes, errors))
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

fn parse_path(path: &str) -> Vec<PathSegment> {
    let mut segments = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        if open > 0 {
            segments.push(PathSegment::Literal(rest[..open].to_string()));
        }
        segments.push(PathSegment::Parameter(
            rest[open + 1..open + close].to_string(),
        ));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        segments.push(PathSegment::Literal(rest.to_string()));
    }
    segments
}

fn location_of(parameter: &SpecParameter) -> ParameterLocation {
    match parameter {
        SpecParameter::Query { .. } => ParameterLocation::Query,
        SpecParameter::Header { .. } => ParameterLocation::Header,
        SpecParameter::Path { .. } => ParameterLocation::Path,
        SpecParameter::Cookie { .. } => ParameterLocation::Cookie,
    }
}

/// Whether a parameter carries a credential. Path parameters never do (they name
/// resources). A header, query or cookie parameter does when its schema is a string of
/// `format: password`, or when a word of its name (split at punctuation and where lower case
/// turns upper) is `auth`, `authorization` or `sid`, contains `session` or `sessid`, or ends
/// with `key`, `token`, `secret`, `password`, `passwd`, `credential(s)` or `cookie`; but not
/// when a word is `page`, `next` or `continuation` (paging tokens are no secret, and hiding
/// them would hamper debugging). So `X-API-KEY`, `api_key`, `apiKey`, `access_token`,
/// `X-Auth-Token`, `PHPSESSID` are credentials and `author`, `keyword`, `keys`, `pageToken`
/// are not.
fn is_credential(location: ParameterLocation, name: &str, ty: &TypeRef) -> bool {
    const ENDINGS: &[&str] = &[
        "key",
        "token",
        "secret",
        "password",
        "passwd",
        "credential",
        "credentials",
        "cookie",
    ];
    let is_password =
        matches!(ty.non_null(), TypeRef::String(Some(format)) if format == "password");
    let credential_word = |word: &str| {
        matches!(word, "auth" | "authorization" | "sid")
            || word.contains("session")
            || word.contains("sessid")
            || ENDINGS.iter().any(|ending| word.ends_with(ending))
    };
    let paging_word = |word: &str| matches!(word, "page" | "next" | "continuation");
    let words = name_words(name);
    let named_credential = words.iter().any(|word| credential_word(word))
        && !words.iter().any(|word| paging_word(word));
    location != ParameterLocation::Path && (is_password || named_credential)
}

/// The lowercase words of a name, split at characters that are not letters or digits and
/// where a lowercase letter is followed by an uppercase one (`xAuthToken` → x, auth, token).
fn name_words(name: &str) -> Vec<String> {
    let mut words = vec![String::new()];
    let mut previous_lowercase = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            words.push(String::new());
        } else if previous_lowercase && c.is_uppercase() {
            words.push(c.to_lowercase().collect());
        } else if let Some(word) = words.last_mut() {
            word.extend(c.to_lowercase());
        }
        previous_lowercase = c.is_lowercase();
    }
    words.retain(|word| !word.is_empty());
    words
}

fn style_of(parameter: &SpecParameter) -> (ParameterStyle, bool) {
    let (style, default_explode) = match parameter {
        SpecParameter::Query { style, .. } => (
            match style {
                QueryStyle::Form => ParameterStyle::Form,
                QueryStyle::SpaceDelimited => ParameterStyle::SpaceDelimited,
                QueryStyle::PipeDelimited => ParameterStyle::PipeDelimited,
                QueryStyle::DeepObject => ParameterStyle::DeepObject,
            },
            matches!(style, QueryStyle::Form),
        ),
        SpecParameter::Cookie { .. } => (ParameterStyle::Form, true),
        SpecParameter::Header { .. } => (ParameterStyle::Simple, false),
        SpecParameter::Path { style, .. } => (
            match style {
                openapiv3::PathStyle::Matrix => ParameterStyle::Matrix,
                openapiv3::PathStyle::Label => ParameterStyle::Label,
                openapiv3::PathStyle::Simple => ParameterStyle::Simple,
            },
            false,
        ),
    };
    (
        style,
        parameter
            .parameter_data_ref()
            .explode
            .unwrap_or(default_explode),
    )
}

fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

fn encoding_of(media_type: &str) -> BodyEncoding {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if is_json(&essence) {
        BodyEncoding::Json
    } else if essence == "application/x-www-form-urlencoded" {
        BodyEncoding::Form
    } else if essence == "multipart/form-data" {
        BodyEncoding::Multipart
    } else if essence.starts_with("text/") {
        BodyEncoding::Text
    } else {
        BodyEncoding::Binary
    }
}

/// Picks the media type a client uses: JSON when offered, then form, multipart, text, the rest.
fn pick_media_type(
    content: &IndexMap<String, MediaType>,
) -> Option<(&String, &MediaType, BodyEncoding)> {
    let rank = |encoding: BodyEncoding| match encoding {
        BodyEncoding::Json => 0,
        BodyEncoding::Form => 1,
        BodyEncoding::Multipart => 2,
        BodyEncoding::Text => 3,
        BodyEncoding::Binary => 4,
    };
    content
        .iter()
        .map(|(media_type, media)| (media_type, media, encoding_of(media_type)))
        .min_by_key(|(_, _, encoding)| rank(*encoding))
}

fn example_of(media: &MediaType) -> Option<Value> {
    media.example.clone().or_else(|| {
        media.examples.values().find_map(|example| match example {
            ReferenceOr::Item(example) => example.value.clone(),
            ReferenceOr::Reference { .. } => None,
        })
    })
}

/// Whether a documented status is a success: 2xx only. 1xx and 3xx never change an
/// operation's success type; they join its error table.
fn is_success(status: StatusMatch) -> bool {
    match status {
        StatusMatch::Code(code) => (200..300).contains(&code),
        StatusMatch::Range(digit) => digit == 2,
        StatusMatch::Default => false,
    }
}

/// A variant name for a status: its reason phrase where it has a well-known one.
fn status_variant_name(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => match reason_phrase(code) {
            Some(reason) => camel(reason),
            None => format!("Status{code}"),
        },
        StatusMatch::Range(1) => "Informational".to_string(),
        StatusMatch::Range(2) => "Success".to_string(),
        StatusMatch::Range(3) => "Redirection".to_string(),
        StatusMatch::Range(4) => "ClientError".to_string(),
        StatusMatch::Range(5) => "ServerError".to_string(),
        StatusMatch::Range(digit) => format!("Status{digit}xx"),
        StatusMatch::Default => "Default".to_string(),
    }
}

/// Reason phrases of the registered HTTP status codes.
pub fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi Status",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "Im A Teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        511 => "Network Authentication Required",
        _ => return None,
    })
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

#[cfg(test)]
mod tests;
