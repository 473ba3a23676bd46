//! One module per group: the group handle, and per operation its parameters struct, the
//! setters of its optional parameters, its request description and its response table. How
//! a call is sent and answered is the runtime's (`call.rs`); nothing of it is repeated here.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;
use sdkgen_ir::{
    Api, BodyEncoding, FieldStep, Group, HttpMethod, Operation, Pagination, PaginationKind,
    Parameter, ParameterLocation, ParameterStyle, PathSegment, RequestBody, TypeRef,
};

use super::client::scheme_variant;
use super::features::Features;
use super::responses::{response_enum, success_table, success_type};
use crate::error::Error;
use crate::surface::{ident, rust_type, Input, InputSource, OperationSurface, Success, Takes};
use crate::text::doc;
use crate::text::md::code;

fn models_path() -> TokenStream {
    quote! { models:: }
}

/// The Rust type of a value the caller gives: a parameter or a body.
fn value_type(ty: &TypeRef) -> TokenStream {
    rust_type(ty, &models_path())
}

/// The type an argument or setter declares, and the expression that turns the value into the
/// parameters struct's field, unless it is stored as it is: strings are taken as
/// `impl Into<String>`, arrays as any iterable of their items (of `impl Into<String>` for
/// strings).
fn takes_tokens(input: &Input<'_>) -> (TokenStream, Option<TokenStream>) {
    let value = ident(input.name);
    match input.takes() {
        Takes::Value => (value_type(input.ty), None),
        Takes::Into(target) => {
            let target = target.tokens();
            (
                quote! { impl Into<#target> },
                Some(quote! { #value.into() }),
            )
        }
        Takes::Items {
            into: Some(target), ..
        } => {
            let target = target.tokens();
            (
                quote! { impl IntoIterator<Item = impl Into<#target>> },
                Some(quote! { #value.into_iter().map(Into::into).collect() }),
            )
        }
        Takes::Items { item, into: None } => {
            let item = value_type(item);
            (
                quote! { impl IntoIterator<Item = #item> },
                Some(quote! { #value.into_iter().collect() }),
            )
        }
    }
}

/// The module for one group; an error only when the IR breaks its own invariants.
pub fn group_module(api: &Api, group: &Group, features: Features) -> Result<TokenStream, Error> {
    let ty = ident(&group.type_name);
    let methods = group.operations.iter().map(method);
    let items = group
        .operations
        .iter()
        .map(|op| operation_items(api, group, op, features))
        .collect::<Result<Vec<_>, Error>>()?;
    let module_doc = format!(" Operations of the {} group.", code(&group.name));
    let handle_doc = doc::lines(&match group
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
    {
        Some(description) => format!(
            "{}\n\nGet one from [`Client::{}`].",
            doc::sanitize(description),
            group.rust_name
        ),
        None => format!(
            "Operations of the {} group; get one from [`Client::{}`].",
            code(&group.name),
            group.rust_name
        ),
    });
    let imports = group_imports(&group.operations);
    Ok(quote! {
        #![doc = #module_doc]

        use ::reqwest::Method;
        #imports

        #handle_doc
        #[derive(Debug, Clone)]
        pub struct #ty {
            pub(crate) client: Client,
        }

        impl #ty {
            #(#methods)*
        }

        #(#items)*
    })
}

/// The group module's `use`s of the crate's own items, one per module: what every group
/// needs, and what its operations use (models, statuses, parameter styles, credentials,
/// paging).
fn group_imports(ops: &[Operation]) -> TokenStream {
    let parameters = || ops.iter().flat_map(|op| &op.parameters);
    let wanted = [
        ("call", "Operation", true),
        (
            "call",
            "Paginated",
            ops.iter().any(|op| op.pagination.is_some()),
        ),
        ("call", "Request", true),
        ("call", "RequestParts", true),
        (
            "call",
            "Status",
            ops.iter().any(|op| !op.responses.is_empty()),
        ),
        ("call", "Successes", true),
        ("client", "Client", true),
        (
            "client",
            "Scheme",
            ops.iter().any(|op| !op.security.is_empty()),
        ),
        (
            "runtime",
            "Explode",
            parameters().any(|p| p.location != ParameterLocation::Cookie),
        ),
        (
            "runtime",
            "Secrecy",
            parameters().any(|p| p.location == ParameterLocation::Header),
        ),
        (
            "runtime",
            "Style",
            parameters().any(|p| {
                matches!(
                    p.location,
                    ParameterLocation::Path | ParameterLocation::Query
                )
            }),
        ),
    ];
    let mut by_module: BTreeMap<&str, Vec<proc_macro2::Ident>> = BTreeMap::new();
    for (module, name, used) in wanted {
        if used {
            by_module.entry(module).or_default().push(ident(name));
        }
    }
    let uses = by_module.into_iter().map(|(module, names)| {
        let module = ident(module);
        match names.as_slice() {
            [one] => quote! { use crate::#module::#one; },
            _ => quote! { use crate::#module::{#(#names),*}; },
        }
    });
    let models = ops
        .iter()
        .any(mentions_named_type)
        .then(|| quote! { use crate::models; });
    quote! { #(#uses)* #models }
}

fn mentions_named_type(op: &Operation) -> bool {
    op.parameters.iter().any(|p| p.ty.mentions_named())
        || op
            .request_body
            .as_ref()
            .is_some_and(|b| b.ty.mentions_named())
        || op
            .responses
            .iter()
            .chain(&op.errors)
            .any(|r| r.body.as_ref().is_some_and(|b| b.ty.mentions_named()))
        || op
            .pagination
            .as_ref()
            .is_some_and(|p| p.item_type.mentions_named())
}

fn operation_doc(op: &Operation) -> String {
    let mut paragraphs = Vec::new();
    if let Some(summary) = op.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        paragraphs.push(doc::sanitize(summary));
    }
    if let Some(description) = op.description.as_deref().filter(|s| !s.trim().is_empty()) {
        let description = doc::sanitize(description);
        if paragraphs.first() != Some(&description) {
            paragraphs.push(description);
        }
    }
    if paragraphs.is_empty() {
        paragraphs.push(format!("The {} operation.", code(&op.id)));
    }
    paragraphs.push(code(&format!("{} {}", op.method.as_str(), op.path)));
    paragraphs.join("\n\n")
}

/// The group handle's method: takes the required parameters and the body, and returns the
/// request.
fn method(op: &Operation) -> TokenStream {
    let surface = OperationSurface::new(op);
    let name = ident(&op.rust_name);
    let params = ident(&op.type_name);
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for input in &surface.arguments {
        let field = ident(input.name);
        let (ty, converted) = takes_tokens(input);
        args.push(quote! { #field: #ty });
        inits.push(match converted {
            Some(value) => quote! { #field: #value },
            None => quote! { #field },
        });
    }
    for input in &surface.setters {
        let field = ident(input.name);
        inits.push(quote! { #field: None });
    }
    // The method mirrors the spec's required parameters, however many it has.
    let many = (args.len() >= 7).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    let next = if surface.setters.is_empty() {
        "`.await` the returned [`Request`] (or set call options on it first)"
    } else {
        "set optional parameters on the returned [`Request`], then `.await` it"
    };
    let docs = doc::lines(&format!("{}: {next}.", operation_doc(op)));
    let deprecated = op.deprecated.then(|| quote! { #[deprecated] });
    quote! {
        #docs
        #deprecated
        #many
        pub fn #name(&self, #(#args),*) -> Request<#params> {
            Request::new(&self.client, #params { #(#inits),* })
        }
    }
}

/// What the docs say of an idempotency header parameter.
pub(super) const IDEMPOTENCY_NOTE: &str = "The key the API deduplicates requests by: left unset, the client sends a fresh one with each call, the same with every retry of that call, and retries the call like an idempotent one.";

fn parameter_doc(p: &Parameter) -> String {
    let mut text = match p.description.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(d) => doc::sanitize(d),
        None => format!("The {} parameter.", code(&p.api_name)),
    };
    if let Some(default) = &p.default {
        text.push_str(&format!(
            "\n\nThe server's default: {}.",
            code(&default.to_string())
        ));
    }
    text
}

fn operation_items(
    api: &Api,
    group: &Group,
    op: &Operation,
    features: Features,
) -> Result<TokenStream, Error> {
    let params = ident(&op.type_name);
    let method_link = format!("{}::{}", group.type_name, op.rust_name);
    let surface = OperationSurface::new(op);
    let params_struct = params_struct(op, &method_link);
    let setters = setters(&surface);
    let operation_impl = operation_impl(api, &surface)?;
    let response_enum = match &surface.success {
        Success::Enum(name) => Some(response_enum(op, name, &method_link)),
        _ => None,
    };
    let pagination = op.pagination.as_ref().map(|p| paginated_impl(op, p));
    let error_enum = super::errors::error_enum(group, op);
    let mock_reply = features
        .optional_runtime
        .then(|| super::mock::reply_impl(op));
    let setters = (!setters.is_empty()).then(|| {
        quote! {
            impl Request<#params> {
                #(#setters)*
            }
        }
    });
    Ok(quote! {
        #params_struct
        #setters
        #operation_impl
        #mock_reply
        #pagination
        #response_enum
        #error_enum
    })
}

/// The parameters struct, with a `Debug` that hides the values of credential parameters.
fn params_struct(op: &Operation, method_link: &str) -> TokenStream {
    let params = ident(&op.type_name);
    let fields = op.parameters.iter().map(|p| {
        let name = ident(&p.rust_name);
        let ty = if p.required {
            value_type(&p.ty)
        } else {
            value_type(p.ty.non_null())
        };
        if p.required {
            quote! { #name: #ty, }
        } else {
            quote! { #name: Option<#ty>, }
        }
    });
    let body_field = op.request_body.as_ref().map(|b| {
        let ty = value_type(&b.ty);
        if b.required {
            quote! { body: #ty, }
        } else {
            quote! { body: Option<#ty>, }
        }
    });
    let struct_doc = doc::lines(&params_doc(op, method_link));
    let sensitive = op.parameters.iter().any(|p| p.sensitive);
    let derive = if sensitive {
        quote! { #[derive(Clone)] }
    } else {
        quote! { #[derive(Debug, Clone)] }
    };
    let debug = sensitive.then(|| params_debug(op));
    quote! {
        #struct_doc
        #derive
        pub struct #params {
            #(#fields)*
            #body_field
        }
        #debug
    }
}

/// The parameters struct's docs: the operation, and the setters of its optional parameters,
/// which rustdoc shows on the page of `Request` alone.
fn params_doc(op: &Operation, method_link: &str) -> String {
    let mut text = format!(
        "The parameters of [`{method_link}`] ({}).",
        code(&format!("{} {}", op.method.as_str(), op.path))
    );
    let surface = OperationSurface::new(op);
    if !surface.setters.is_empty() {
        text.push_str("\n\nSet its optional parameters on the [`Request`] the method returns:\n");
        for input in &surface.setters {
            let setter = format!(".{}({})", input.name, input.declared_type());
            text.push_str(&format!("\n- {}", code(&setter)));
        }
    }
    text
}

/// `Debug` for parameters that carry credentials, by the runtime's `redacted_debug!`: such
/// values show as `<redacted>`.
fn params_debug(op: &Operation) -> TokenStream {
    let params = ident(&op.type_name);
    let fields = op.parameters.iter().map(|p| {
        let field = ident(&p.rust_name);
        match (p.sensitive, p.required) {
            (false, _) => quote! { #field },
            (true, true) => quote! { #field(secret) },
            (true, false) => quote! { #field(optional_secret) },
        }
    });
    let body = op.request_body.as_ref().map(|_| quote! { body });
    let fields = fields.chain(body);
    quote! {
        crate::runtime::redacted_debug! {
            #params { #(#fields),* }
        }
    }
}

/// Setters of the optional parameters and of an optional body. A parameter that may be
/// `null` takes the value itself: leaving it unset sends nothing.
fn setters(surface: &OperationSurface<'_>) -> Vec<TokenStream> {
    surface
        .setters
        .iter()
        .map(|input| {
            let name = ident(input.name);
            let docs = doc::lines(&setter_doc(surface.op, input));
            let deprecated = input.deprecated().then(|| quote! { #[deprecated] });
            let (ty, converted) = takes_tokens(input);
            let value = converted.unwrap_or_else(|| quote! { #name });
            quote! {
                #docs
                #deprecated
                pub fn #name(mut self, #name: #ty) -> Self {
                    self.params.#name = Some(#value);
                    self
                }
            }
        })
        .collect()
}

/// What a setter's docs say: the parameter's or the body's description.
fn setter_doc(op: &Operation, input: &Input<'_>) -> String {
    match input.source {
        InputSource::Parameter(p) => {
            let mut text = parameter_doc(p);
            if op.idempotency_header.as_ref() == Some(&p.api_name) {
                text.push_str("\n\n");
                text.push_str(IDEMPOTENCY_NOTE);
            }
            text
        }
        InputSource::Body(body) => {
            match body.description.as_deref().filter(|d| !d.trim().is_empty()) {
                Some(d) => doc::sanitize(d),
                None => "The request body.".to_string(),
            }
        }
    }
}

/// The file parts of a form: the fields of its model that are files.
fn file_fields<'a>(api: &'a Api, ty: &TypeRef) -> impl Iterator<Item = &'a sdkgen_ir::Field> {
    let fields = match ty {
        TypeRef::Named(name) => match api.type_def(name).map(|def| &def.kind) {
            Some(sdkgen_ir::TypeKind::Struct { fields, .. }) => fields.as_slice(),
            _ => &[],
        },
        _ => &[],
    };
    fields.iter().filter(|field| field.ty.is_file())
}

fn explode_tokens(explode: bool) -> TokenStream {
    if explode {
        quote! { Explode::Yes }
    } else {
        quote! { Explode::No }
    }
}

fn style_tokens(style: ParameterStyle) -> TokenStream {
    match style {
        ParameterStyle::Simple => quote! { Style::Simple },
        ParameterStyle::Form => quote! { Style::Form },
        ParameterStyle::Matrix => quote! { Style::Matrix },
        ParameterStyle::Label => quote! { Style::Label },
        ParameterStyle::SpaceDelimited => quote! { Style::SpaceDelimited },
        ParameterStyle::PipeDelimited => quote! { Style::PipeDelimited },
        ParameterStyle::DeepObject => quote! { Style::DeepObject },
    }
}

fn method_tokens(method: HttpMethod) -> TokenStream {
    match method {
        HttpMethod::Get => quote! { Method::GET },
        HttpMethod::Put => quote! { Method::PUT },
        HttpMethod::Post => quote! { Method::POST },
        HttpMethod::Delete => quote! { Method::DELETE },
        HttpMethod::Options => quote! { Method::OPTIONS },
        HttpMethod::Head => quote! { Method::HEAD },
        HttpMethod::Patch => quote! { Method::PATCH },
        HttpMethod::Trace => quote! { Method::TRACE },
    }
}

/// Media types the operation can answer with, JSON first as the server should prefer it.
pub(super) fn accept(op: &Operation) -> Option<String> {
    let types = op.response_media_types();
    (!types.is_empty()).then(|| types.join(", "))
}

/// `impl Operation`: output and error types, the response table and `describe`.
fn operation_impl(api: &Api, surface: &OperationSurface<'_>) -> Result<TokenStream, Error> {
    let op = surface.op;
    let params = ident(&op.type_name);
    let output = success_type(surface);
    let error = ident(&op.error_type);
    let table = success_table(surface);
    let describe = describe(api, op)?;
    // `stream_alone` in lowering leaves an event stream only as the one success type.
    let streamed = matches!(op.single_success_type(), Some(TypeRef::EventStream(_)))
    .then(|| quote! { const STREAMED: Option<crate::call::StreamedDecoder<Self::Output>> = Some(crate::stream::event_stream); });
    let (id, template) = (&op.id, &op.path);
    let idempotency = op.idempotency_header.as_ref().map(|header| {
        quote! {
            const IDEMPOTENCY_KEY: Option<crate::call::IdempotencyKey> =
                Some((#header, crate::runtime::idempotency_key));
        }
    });
    Ok(quote! {
        impl Operation for #params {
            type Output = #output;
            type Error = #error;
            const SUCCESSES: Successes<Self::Output> = &[#(#table),*];
            #streamed
            const ID: &'static str = #id;
            const PATH_TEMPLATE: &'static str = #template;
            #idempotency

            fn describe(&self) -> Result<RequestParts, String> {
                #describe
            }
        }
    })
}

/// The body of `describe`: path, parameters, credentials wanted, accepted media and body.
/// Spec text (names, media types, path literals) enters only as string literals.
fn describe(api: &Api, op: &Operation) -> Result<TokenStream, Error> {
    let method = method_tokens(op.method);
    let (first, mut statements) = path_statements(op)?;
    statements.extend(op.parameters.iter().filter_map(parameter_statement));
    statements.extend(
        op.request_body
            .as_ref()
            .map(|body| body_statement(api, body)),
    );
    let security = op.security.iter().map(|alternative| {
        let schemes = alternative.iter().filter_map(|name| {
            let scheme = api.security_schemes.iter().find(|s| &s.name == name)?;
            let variant = scheme_variant(scheme);
            Some(quote! { Scheme::#variant })
        });
        quote! { &[#(#schemes),*] }
    });
    let accept = match accept(op) {
        Some(accept) => quote! { Some(#accept) },
        None => quote! { None },
    };
    let binding = if statements.is_empty() {
        quote! { let parts }
    } else {
        quote! { let mut parts }
    };
    Ok(quote! {
        #binding = RequestParts::new(#method, #first, &[#(#security),*], #accept);
        #(#statements)*
        Ok(parts)
    })
}

/// The path's first literal (the request starts from it) and the statements that append the
/// rest, parameters encoded in their style.
fn path_statements(op: &Operation) -> Result<(String, Vec<TokenStream>), Error> {
    let mut statements = Vec::new();
    let mut first = String::new();
    for (i, segment) in op.path_segments.iter().enumerate() {
        match segment {
            PathSegment::Literal(text) if i == 0 => first.clone_from(text),
            PathSegment::Literal(text) => statements.push(quote! { parts.path(#text); }),
            PathSegment::Parameter { name, parameter } => {
                let p = op.parameters.get(*parameter).ok_or_else(|| {
                    Error::Internal(format!("path parameter `{name}` of {} is missing", op.id))
                })?;
                let field = ident(&p.rust_name);
                let (style, explode) = (style_tokens(p.style), explode_tokens(p.explode));
                statements
                    .push(quote! { parts.path_param(#name, &self.#field, #style, #explode)?; });
            }
        }
    }
    Ok((first, statements))
}

/// The statement that adds a query, header or cookie parameter (path parameters are part of
/// the path).
fn parameter_statement(p: &Parameter) -> Option<TokenStream> {
    let field = ident(&p.rust_name);
    let name = &p.api_name;
    let (style, explode) = (style_tokens(p.style), explode_tokens(p.explode));
    let secrecy = if p.sensitive {
        quote! { Secrecy::Secret }
    } else {
        quote! { Secrecy::Plain }
    };
    Some(match p.location {
        ParameterLocation::Path => return None,
        ParameterLocation::Query => {
            quote! { parts.query(#name, &self.#field, #style, #explode)?; }
        }
        ParameterLocation::Header => {
            quote! { parts.header(#name, &self.#field, #explode, #secrecy)?; }
        }
        ParameterLocation::Cookie => quote! { parts.cookie(#name, &self.#field)?; },
    })
}

/// The statement that attaches the request body in its encoding, when there is one.
fn body_statement(api: &Api, body: &RequestBody) -> TokenStream {
    let media_type = &body.media_type;
    let attach = match body.encoding {
        BodyEncoding::Json => quote! { parts.json_body(#media_type, body)?; },
        BodyEncoding::Form => quote! { parts.form_body(#media_type, body)?; },
        BodyEncoding::Multipart => {
            let files = file_fields(api, &body.ty).map(|field| {
                let (name, rust_name) = (&field.json_name, ident(&field.rust_name));
                quote! { (#name, crate::runtime::file_parts(&body.#rust_name)) }
            });
            quote! { parts.multipart_body(body, [#(#files),*])?; }
        }
        BodyEncoding::Binary => quote! { parts.stream_body(#media_type, body.clone())?; },
        BodyEncoding::Text | BodyEncoding::EventStream => {
            quote! { parts.raw_body(#media_type, body.clone()); }
        }
    };
    if body.required {
        quote! { let body = &self.body; #attach }
    } else {
        quote! { if let Some(body) = &self.body { #attach } }
    }
}

/// An `Option` chain that borrows along `steps`, starting from `Some(start)`.
fn borrowed_path(start: TokenStream, steps: &[FieldStep]) -> TokenStream {
    steps.iter().fold(quote! { Some(#start) }, |chain, step| {
        let field = ident(&step.rust_name);
        if step.three_state {
            quote! { #chain.and_then(|value| value.#field.value()) }
        } else if step.optional {
            quote! { #chain.and_then(|value| value.#field.as_ref()) }
        } else {
            quote! { #chain.map(|value| &value.#field) }
        }
    })
}

/// An `Option` chain that moves along `steps`, starting from `Some(start)`.
fn owned_path(start: TokenStream, steps: &[FieldStep]) -> TokenStream {
    steps.iter().fold(quote! { Some(#start) }, |chain, step| {
        let field = ident(&step.rust_name);
        if step.three_state {
            quote! { #chain.and_then(|value| value.#field.into_value()) }
        } else if step.optional {
            quote! { #chain.and_then(|value| value.#field) }
        } else {
            quote! { #chain.map(|value| value.#field) }
        }
    })
}

/// `impl Paginated`: where a page's items are and which request fetches the next page.
fn paginated_impl(op: &Operation, pagination: &Pagination) -> TokenStream {
    let params = ident(&op.type_name);
    let item = value_type(&pagination.item_type);
    // A bare array body is the list itself.
    let (count, items) = if pagination.items.is_empty() {
        (quote! { page.body().len() }, quote! { page })
    } else {
        let count = borrowed_path(quote! { page.body() }, &pagination.items);
        let items = owned_path(quote! { page }, &pagination.items);
        (
            quote! { #count.map_or(0, |items| items.len()) },
            quote! { #items.unwrap_or_default() },
        )
    };
    // The page parameter is one field of the parameters struct; the others stay as they were.
    let others =
        (op.parameters.len() > 1 || op.request_body.is_some()).then(|| quote! { ..self.clone() });
    let next = match &pagination.kind {
        PaginationKind::Cursor {
            parameter,
            wire_name,
            next,
        } => {
            let parameter = ident(parameter);
            let cursor = borrowed_path(quote! { page.body() }, next);
            quote! {
                let cursor = #cursor.map(|value| crate::call::next_cursor(&value.to_string(), #wire_name))?;
                let fresh = count > 0 && !cursor.is_empty() && self.#parameter.as_deref() != Some(cursor.as_str());
                if fresh { Some(Self { #parameter: Some(cursor), #others }) } else { None }
            }
        }
        PaginationKind::Offset { parameter, limit } => {
            let parameter = ident(parameter);
            // A page shorter than the limit it was asked with is the last, so that a mock
            // answering every page alike does not page forever.
            let full = limit.as_ref().map(|limit| {
                let limit = ident(limit);
                quote! { && self.#limit.and_then(|limit| u64::try_from(limit).ok()).is_none_or(|limit| count as u64 >= limit) }
            });
            quote! {
                let offset = self.#parameter.unwrap_or_default();
                let step = count.try_into().unwrap_or(offset.max(1));
                if count > 0 #full { Some(Self { #parameter: Some(offset.saturating_add(step)), #others }) } else { None }
            }
        }
        PaginationKind::LinkHeader {
            parameter,
            wire_name,
        } => {
            let parameter = ident(parameter);
            quote! {
                let link = crate::call::next_link(page.headers())?;
                let next = crate::call::next_cursor(&link, #wire_name).parse().ok()?;
                if count > 0 && self.#parameter != Some(next) { Some(Self { #parameter: Some(next), #others }) } else { None }
            }
        }
    };
    quote! {
        impl Paginated for #params {
            type Item = #item;

            fn next_page(&self, page: &crate::Response<Self::Output>) -> Option<Self> {
                let count = #count;
                #next
            }

            fn into_items(page: Self::Output) -> Vec<Self::Item> {
                #items
            }
        }
    }
}
