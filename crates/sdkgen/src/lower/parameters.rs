//! Parameters: path, query, header and cookie parameters of an operation, and the path
//! template they fill.

use openapiv3::{
    Operation as SpecOperation, Parameter as SpecParameter, ParameterData,
    ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr,
};
use sdkgen_ir::{Constraints, Parameter, ParameterLocation, ParameterStyle, PathSegment, TypeRef};
use serde_json::Value;

use super::Lowerer;
use crate::error::Error;
use crate::naming::{camel, snake, NameSet};

/// Where a parameter is declared: its pointer, the operation's type name its inline types
/// are named after, and whether a security scheme authenticates the operation.
#[derive(Clone, Copy)]
struct Place<'p> {
    pointer: &'p str,
    type_name: &'p str,
    authenticated: bool,
}

impl<'a> Lowerer<'a> {
    /// The parameters of an operation: path parameters first, in template order, then the
    /// others in spec order; `authenticated` says whether a security scheme sends credentials
    /// for it.
    pub(super) fn parameters(
        &mut self,
        item: &PathItem,
        operation: &SpecOperation,
        template: &[TemplatePiece],
        pointer: &str,
        type_name: &str,
        authenticated: bool,
    ) -> Result<Vec<Parameter>, Error> {
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
        for (parameter, parameter_pointer) in self.declared_parameters(item, operation, pointer) {
            let place = Place {
                pointer: &parameter_pointer,
                type_name,
                authenticated,
            };
            lowered.extend(self.parameter(&parameter, place, &mut names)?);
        }
        self.add_undeclared_path_variables(&mut lowered, template, pointer, &mut names);
        Ok(self.in_template_order(lowered, template, pointer))
    }

    /// The parameters an operation declares with their pointers: its path's first, replaced by
    /// the operation's own with the same name and location.
    fn declared_parameters(
        &mut self,
        item: &PathItem,
        operation: &SpecOperation,
        pointer: &str,
    ) -> Vec<(SpecParameter, String)> {
        let item_pointer = pointer.rsplit_once('/').map(|(p, _)| p).unwrap_or(pointer);
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
        let mut declared: Vec<(SpecParameter, String)> = Vec::new();
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
            let same = |p: &SpecParameter| {
                p.parameter_data_ref().name == parameter.parameter_data_ref().name
                    && location_of(p) == location_of(&parameter)
            };
            declared.retain(|(p, _)| !same(p));
            declared.push((parameter, parameter_pointer));
        }
        declared
    }

    /// One parameter; `None`, with a warning, for the headers OpenAPI says to ignore. An
    /// `Authorization` header is ignored only where a security scheme sends it: without one,
    /// ignoring it would leave no way to authenticate, so it is kept (as a credential).
    fn parameter(
        &mut self,
        parameter: &SpecParameter,
        place: Place<'_>,
        names: &mut NameSet,
    ) -> Result<Option<Parameter>, Error> {
        let Place {
            pointer,
            type_name,
            authenticated,
        } = place;
        let data = parameter.parameter_data_ref();
        let location = location_of(parameter);
        let header = data.name.to_ascii_lowercase();
        if location == ParameterLocation::Header {
            let ignored = match header.as_str() {
                "accept" | "content-type" => Some("as OpenAPI requires"),
                "authorization" if authenticated => {
                    Some("as OpenAPI requires: the operation's security scheme sends it")
                }
                "authorization" => {
                    self.warn(
                        pointer,
                        "header parameter `Authorization` is kept, as a credential, although \
                         OpenAPI says to ignore it: no security scheme of the operation sends it",
                    );
                    None
                }
                _ => None,
            };
            if let Some(why) = ignored {
                self.warn(
                    pointer,
                    format!("header parameter `{}` is ignored, {why}", data.name),
                );
                return Ok(None);
            }
        }
        let (style, explode) = style_of(parameter);
        let hint = format!("{type_name}{}", camel(&data.name));
        let (ty, inline) = self.parameter_type(data, pointer, &hint)?;
        let sensitive = is_credential(location, &data.name, &ty);
        Ok(Some(Parameter {
            api_name: data.name.clone(),
            rust_name: names.take(&snake(&data.name), "_"),
            location,
            ty,
            required: data.required || location == ParameterLocation::Path,
            deprecated: data.deprecated.unwrap_or(false),
            default: inline.default,
            example: data.example.clone().or(inline.example),
            constraints: inline.constraints,
            style,
            explode,
            description: data
                .description
                .clone()
                .filter(|text| !text.trim().is_empty())
                .or(inline.description),
            sensitive,
        }))
    }

    /// Every template variable needs a path parameter; a missing one degrades to a string.
    fn add_undeclared_path_variables(
        &mut self,
        lowered: &mut Vec<Parameter>,
        template: &[TemplatePiece],
        pointer: &str,
        names: &mut NameSet,
    ) {
        for piece in template {
            let TemplatePiece::Variable(name) = piece else {
                continue;
            };
            let declared = lowered
                .iter()
                .any(|p| p.location == ParameterLocation::Path && &p.api_name == name);
            if declared {
                continue;
            }
            self.warn(
                pointer,
                format!(
                    "path parameter `{name}` is not declared; treating it as a required string"
                ),
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

    /// Path parameters in template order, then the others; a path parameter the template does
    /// not use is left out with a warning.
    fn in_template_order(
        &mut self,
        lowered: Vec<Parameter>,
        template: &[TemplatePiece],
        pointer: &str,
    ) -> Vec<Parameter> {
        let template_order = |p: &Parameter| {
            template
                .iter()
                .position(|s| matches!(s, TemplatePiece::Variable(n) if *n == p.api_name))
        };
        let (path_params, others): (Vec<_>, Vec<_>) = lowered
            .into_iter()
            .partition(|p| p.location == ParameterLocation::Path);
        let (mut used, unused): (Vec<_>, Vec<_>) = path_params
            .into_iter()
            .partition(|p| template_order(p).is_some());
        for parameter in unused {
            self.warn(
                pointer,
                format!(
                    "path parameter `{}` is not in the path; ignoring it",
                    parameter.api_name
                ),
            );
        }
        used.sort_by_key(template_order);
        used.extend(others);
        used
    }

    fn parameter_type(
        &mut self,
        data: &ParameterData,
        pointer: &str,
        hint: &str,
    ) -> Result<(TypeRef, InlineSchema), Error> {
        match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let ty = self
                    .types
                    .type_of(schema, &format!("{pointer}/schema"), hint)?;
                let inline = match schema {
                    ReferenceOr::Item(s) => InlineSchema {
                        constraints: self.types.constraints_of(schema),
                        default: s.schema_data.default.clone(),
                        example: s.schema_data.example.clone(),
                        description: s.schema_data.description.clone(),
                    },
                    ReferenceOr::Reference { .. } => InlineSchema {
                        constraints: self.types.constraints_of(schema),
                        ..InlineSchema::default()
                    },
                };
                Ok((ty, inline))
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
                Ok((ty, InlineSchema::default()))
            }
        }
    }
}

/// What a parameter's own (not referenced) schema says besides its type.
#[derive(Default)]
struct InlineSchema {
    constraints: Constraints,
    default: Option<Value>,
    example: Option<Value>,
    /// Specs often describe the parameter here rather than on the parameter itself.
    description: Option<String>,
}

/// A piece of a path template, before its variables are linked to their parameters.
pub(super) enum TemplatePiece {
    Text(String),
    Variable(String),
}

pub(super) fn parse_path(path: &str) -> Vec<TemplatePiece> {
    let mut pieces = Vec::new();
    let mut rest = path;
    while let Some((before, after)) = rest.split_once('{') {
        let Some((variable, next)) = after.split_once('}') else {
            break;
        };
        if !before.is_empty() {
            pieces.push(TemplatePiece::Text(before.to_string()));
        }
        pieces.push(TemplatePiece::Variable(variable.to_string()));
        rest = next;
    }
    if !rest.is_empty() {
        pieces.push(TemplatePiece::Text(rest.to_string()));
    }
    pieces
}

/// The path's segments, each variable linked to its parameter. `parameters` declares every
/// variable of the template (a missing one was added as a string), so each link is found.
pub(super) fn link_path_parameters(
    template: Vec<TemplatePiece>,
    parameters: &[Parameter],
) -> Result<Vec<PathSegment>, Error> {
    template
        .into_iter()
        .map(|piece| match piece {
            TemplatePiece::Text(text) => Ok(PathSegment::Literal(text)),
            TemplatePiece::Variable(name) => parameters
                .iter()
                .position(|p| p.location == ParameterLocation::Path && p.api_name == name)
                .map(|parameter| PathSegment::Parameter {
                    name: name.clone(),
                    parameter,
                })
                .ok_or_else(|| Error::Internal(format!("path variable `{name}` has no parameter"))),
        })
        .collect()
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
