//! One module per group: the group handle, and per operation a request builder, its error enum
//! and, where successes differ in type, its response enum.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use sdkgen_ir::{
    Api, BodyEncoding, FieldStep, Group, HttpMethod, Operation, Pagination, PaginationKind,
    Parameter, ParameterLocation, ParameterStyle, PathSegment, Response, StatusMatch, TypeRef,
};

use super::client::scheme_variant;
use super::doc;
use super::md::code;
use super::types::{ident, rust_type};

fn models_path() -> TokenStream {
    quote! { models:: }
}

/// Whether the operation's Rust signature takes `String` arguments as `impl Into<String>`.
fn is_string(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::String(_))
}

/// The module for one group.
pub fn group_module(api: &Api, group: &Group) -> TokenStream {
    let ty = ident(&group.type_name);
    let methods = group.operations.iter().map(method);
    let items = group
        .operations
        .iter()
        .map(|op| operation_items(api, group, op));
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
    let uses_models = group.operations.iter().any(mentions_named_type);
    let models_import = uses_models.then(|| quote! { use crate::models; });
    let uses_scheme = group.operations.iter().any(|op| !op.security.is_empty())
        && !api.security_schemes.is_empty();
    let uses_style = group
        .operations
        .iter()
        .flat_map(|op| &op.parameters)
        .any(|p| {
            matches!(
                p.location,
                ParameterLocation::Path | ParameterLocation::Query
            )
        });
    let style_import = uses_style.then(|| quote! { use crate::runtime::Style; });
    let scheme_import = uses_scheme.then(|| quote! { use crate::client::Scheme; });
    quote! {
        #![doc = #module_doc]

        use std::future::{Future, IntoFuture};
        use std::pin::Pin;

        use crate::client::Client;
        #scheme_import
        #models_import
        use std::time::Duration;

        use crate::runtime::{DocumentedError, Error, Response};
        use crate::transport::{CallOptions, RetryConfig};
        #style_import

        #handle_doc
        #[derive(Debug, Clone, Copy)]
        pub struct #ty<'a> {
            pub(crate) client: &'a Client,
        }

        impl<'a> #ty<'a> {
            #(#methods)*
        }

        #(#items)*
    }
}

fn mentions_named_type(op: &Operation) -> bool {
    fn named(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(_) => true,
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => named(inner),
            _ => false,
        }
    }
    op.parameters.iter().any(|p| named(&p.ty))
        || op.request_body.as_ref().is_some_and(|b| named(&b.ty))
        || op
            .responses
            .iter()
            .chain(&op.errors)
            .any(|r| r.body.as_ref().is_some_and(|b| named(&b.ty)))
}

fn required_args(op: &Operation) -> Vec<(proc_macro2::Ident, TokenStream)> {
    let models = models_path();
    let mut args: Vec<_> = op
        .parameters
        .iter()
        .filter(|p| p.required)
        .map(|p| {
            let name = ident(&p.rust_name);
            if is_string(&p.ty) {
                (name, quote! { impl Into<String> })
            } else {
                (name, rust_type(&p.ty, &models))
            }
        })
        .collect();
    if let Some(body) = op.request_body.as_ref().filter(|b| b.required) {
        let ty = rust_type(&body.ty, &models);
        args.push((format_ident!("body"), ty));
    }
    args
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

fn method(op: &Operation) -> TokenStream {
    let name = ident(&op.rust_name);
    let builder = ident(&op.type_name);
    let args = required_args(op);
    // The method mirrors the spec's required parameters, however many it has.
    let many = (args.len() >= 7).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    let params = args.into_iter().map(|(name, ty)| quote! { #name: #ty });
    let inits = op.parameters.iter().map(|p| {
        let name = ident(&p.rust_name);
        if p.required {
            if is_string(&p.ty) {
                quote! { #name: #name.into(), }
            } else {
                quote! { #name, }
            }
        } else {
            quote! { #name: None, }
        }
    });
    let body_init = op.request_body.as_ref().map(|b| {
        if b.required {
            quote! { body, }
        } else {
            quote! { body: None, }
        }
    });
    let docs = doc::lines(&operation_doc(op));
    let deprecated = op.deprecated.then(|| quote! { #[deprecated] });
    quote! {
        #docs
        #deprecated
        #many
        pub fn #name(&self, #(#params),*) -> #builder<'a> {
            #builder {
                client: self.client,
                options: CallOptions::default(),
                #(#inits)*
                #body_init
            }
        }
    }
}

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

/// The success type: one type when every success response agrees, else the response enum.
fn success_type(op: &Operation) -> (TokenStream, bool) {
    let models = models_path();
    let distinct = op.success_body_types();
    match distinct.as_slice() {
        [] | [None] => (quote! { () }, false),
        [Some(ty)] => (rust_type(ty, &models), false),
        _ => {
            let name = format_ident!("{}Response", op.type_name);
            (quote! { #name }, true)
        }
    }
}

fn operation_items(api: &Api, group: &Group, op: &Operation) -> TokenStream {
    let models = models_path();
    let builder = ident(&op.type_name);
    let error = format_ident!("{}Error", op.type_name);
    let method_link = format!("{}::{}", group.type_name, op.rust_name);
    let (success, success_enum) = success_type(op);
    let output = quote! { Result<Response<#success>, Error<#error>> };

    let fields = op.parameters.iter().map(|p| {
        let name = ident(&p.rust_name);
        let ty = rust_type(&p.ty, &models);
        if p.required {
            quote! { #name: #ty, }
        } else {
            quote! { #name: Option<#ty>, }
        }
    });
    let body_field = op.request_body.as_ref().map(|b| {
        let ty = rust_type(&b.ty, &models);
        if b.required {
            quote! { body: #ty, }
        } else {
            quote! { body: Option<#ty>, }
        }
    });
    let setters = op.parameters.iter().filter(|p| !p.required).map(|p| {
        let name = ident(&p.rust_name);
        let docs = doc::lines(&parameter_doc(p));
        let deprecated = p.deprecated.then(|| quote! { #[deprecated] });
        if is_string(&p.ty) {
            quote! {
                #docs
                #deprecated
                pub fn #name(mut self, value: impl Into<String>) -> Self {
                    self.#name = Some(value.into());
                    self
                }
            }
        } else {
            let ty = rust_type(&p.ty, &models);
            quote! {
                #docs
                #deprecated
                pub fn #name(mut self, value: #ty) -> Self {
                    self.#name = Some(value);
                    self
                }
            }
        }
    });
    let body_setter = op.request_body.as_ref().filter(|b| !b.required).map(|b| {
        let ty = rust_type(&b.ty, &models);
        let text = match b.description.as_deref().filter(|d| !d.trim().is_empty()) {
            Some(d) => doc::sanitize(d),
            None => "The request body.".to_string(),
        };
        let docs = doc::lines(&text);
        quote! {
            #docs
            pub fn body(mut self, value: #ty) -> Self {
                self.body = Some(value);
                self
            }
        }
    });
    let send_body = send_body(api, op, &error, success_enum);
    let builder_doc = doc::lines(&format!(
        "A {} request: set optional parameters, then `.await` it (or call [`{builder}::send`]).\n\nMade by [`{method_link}`].",
        code(&format!("{} {}", op.method.as_str(), op.path)),
    ));
    let pagination = op
        .pagination
        .as_ref()
        .map(|p| pagination_methods(op, p, &output, &error));
    let error_enum = error_enum(op, &error, &method_link);
    let response_enum = success_enum.then(|| response_enum(op, &method_link));
    let builder_debug = builder_debug(op, &builder);
    quote! {
        #builder_doc
        #[derive(Clone)]
        #[must_use = "a request does nothing until it is awaited or sent"]
        pub struct #builder<'a> {
            client: &'a Client,
            options: CallOptions,
            #(#fields)*
            #body_field
        }

        impl<'a> #builder<'a> {
            #(#setters)*
            #body_setter

            /// Retries this call like this instead of as the client is configured.
            pub fn retries(mut self, retry: RetryConfig) -> Self {
                self.options.retry = Some(retry);
                self
            }

            /// Fails this call (each attempt) after this long instead of the client's timeout.
            pub fn timeout(mut self, timeout: Duration) -> Self {
                self.options.timeout = Some(timeout);
                self
            }

            #pagination

            /// Sends the request and decodes the response.
            pub async fn send(self) -> #output {
                #send_body
            }
        }

        #builder_debug

        impl<'a> IntoFuture for #builder<'a> {
            type Output = #output;
            type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }

        #error_enum
        #response_enum
    }
}

/// `Debug` for a request builder: like the derived one, but parameters that carry
/// credentials show as `<redacted>` (or whether they are set).
fn builder_debug(op: &Operation, builder: &proc_macro2::Ident) -> TokenStream {
    let type_name = &op.type_name;
    let fields = op.parameters.iter().map(|p| {
        let field = ident(&p.rust_name);
        let name = &p.rust_name;
        let value = match (p.sensitive, p.required) {
            (false, _) => quote! { &self.#field },
            (true, true) => quote! { &crate::runtime::Redacted },
            (true, false) => quote! { &self.#field.as_ref().map(|_| crate::runtime::Redacted) },
        };
        quote! { .field(#name, #value) }
    });
    let body = op
        .request_body
        .as_ref()
        .map(|_| quote! { .field("body", &self.body) });
    quote! {
        impl ::std::fmt::Debug for #builder<'_> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#type_name)
                    .field("client", &self.client)
                    .field("options", &self.options)
                    #(#fields)*
                    #body
                    .finish()
            }
        }
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
        HttpMethod::Get => quote! { ::reqwest::Method::GET },
        HttpMethod::Put => quote! { ::reqwest::Method::PUT },
        HttpMethod::Post => quote! { ::reqwest::Method::POST },
        HttpMethod::Delete => quote! { ::reqwest::Method::DELETE },
        HttpMethod::Options => quote! { ::reqwest::Method::OPTIONS },
        HttpMethod::Head => quote! { ::reqwest::Method::HEAD },
        HttpMethod::Patch => quote! { ::reqwest::Method::PATCH },
        HttpMethod::Trace => quote! { ::reqwest::Method::TRACE },
    }
}

/// Statements that encode the path parameters, and the expression for the request path. The
/// template's literal parts go in as string literals, never into a format string.
fn request_path(op: &Operation) -> (Vec<TokenStream>, TokenStream) {
    let mut statements = Vec::new();
    let mut pieces = Vec::new();
    for segment in &op.path_segments {
        match segment {
            PathSegment::Literal(text) => pieces.push(quote! { #text }),
            PathSegment::Parameter(name) => {
                let parameter = op
                    .parameters
                    .iter()
                    .find(|p| p.location == ParameterLocation::Path && &p.api_name == name);
                // Lowering declares every template variable; an undeclared one stays empty.
                let Some(p) = parameter else { continue };
                let field = ident(&p.rust_name);
                let style = style_tokens(p.style);
                let explode = p.explode;
                let api_name = &p.api_name;
                let local = format_ident!("path_{}", p.rust_name.trim_end_matches('_'));
                statements.push(quote! {
                    let #local = crate::runtime::path_param(#api_name, &self.#field, #style, #explode)
                        .map_err(Error::InvalidRequest)?;
                });
                pieces.push(quote! { #local.as_str() });
            }
        }
    }
    let path = if statements.is_empty() {
        let text: String = op
            .path_segments
            .iter()
            .filter_map(|segment| match segment {
                PathSegment::Literal(text) => Some(text.as_str()),
                PathSegment::Parameter(_) => None,
            })
            .collect();
        quote! { #text }
    } else {
        quote! { &[#(#pieces),*].concat() }
    };
    (statements, path)
}

/// Media types the operation can answer with, JSON first as the server should prefer it.
pub(super) fn accept(op: &Operation) -> Option<String> {
    let types = op.response_media_types();
    (!types.is_empty()).then(|| types.join(", "))
}

fn send_body(
    api: &Api,
    op: &Operation,
    error: &proc_macro2::Ident,
    success_enum: bool,
) -> TokenStream {
    let invalid = quote! { .map_err(Error::InvalidRequest)? };
    let (path_statements, path) = request_path(op);
    let method = method_tokens(op.method);

    let query_params: Vec<&Parameter> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Query)
        .collect();
    let cookie_params: Vec<&Parameter> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Cookie)
        .collect();
    let authorize = !op.security.is_empty() && !api.security_schemes.is_empty();
    let needs_query = authorize || !query_params.is_empty();
    let needs_cookies = authorize || !cookie_params.is_empty();

    let mut statements = path_statements;
    statements.push(quote! { let request = self.client.request(#method, #path); });
    if needs_query {
        statements.push(quote! { let mut query: Vec<(String, String)> = Vec::new(); });
    }
    if needs_cookies {
        statements.push(quote! { let mut cookies: Vec<String> = Vec::new(); });
    }
    for p in &op.parameters {
        let field = ident(&p.rust_name);
        let api_name = &p.api_name;
        let style = style_tokens(p.style);
        let explode = p.explode;
        let sensitive = p.sensitive;
        let apply = match p.location {
            ParameterLocation::Path => continue,
            ParameterLocation::Query => quote! {
                query.extend(crate::runtime::query_param(#api_name, value, #style, #explode) #invalid);
            },
            ParameterLocation::Header => quote! {
                let request = request.header(#api_name, crate::runtime::header_param(#api_name, value, #explode, #sensitive) #invalid);
            },
            ParameterLocation::Cookie => quote! {
                cookies.push(crate::runtime::cookie_param(#api_name, value) #invalid);
            },
        };
        if p.required {
            statements.push(quote! { let value = &self.#field; #apply });
        } else if p.location == ParameterLocation::Header {
            // Shadowing `request` inside the `if let` would not escape it.
            statements.push(quote! {
                let request = match &self.#field {
                    Some(value) => request.header(#api_name, crate::runtime::header_param(#api_name, value, #explode, #sensitive) #invalid),
                    None => request,
                };
            });
        } else {
            statements.push(quote! { if let Some(value) = &self.#field { #apply } });
        }
    }
    if authorize {
        let alternatives = op.security.iter().map(|alternative| {
            let schemes = alternative.iter().filter_map(|name| {
                api.security_schemes
                    .iter()
                    .find(|s| &s.name == name)
                    .map(|s| {
                        let variant = scheme_variant(s);
                        quote! { Scheme::#variant }
                    })
            });
            quote! { &[#(#schemes),*] }
        });
        statements.push(quote! {
            let request = self.client.authorize(request, &mut query, &mut cookies, &[#(#alternatives),*]) #invalid;
        });
    }
    if needs_query {
        statements.push(quote! {
            let request = if query.is_empty() { request } else { request.query(&query) };
        });
    }
    if needs_cookies {
        statements.push(quote! {
            let request = if cookies.is_empty() {
                request
            } else {
                request.header(::reqwest::header::COOKIE, crate::runtime::cookie_header(&cookies) #invalid)
            };
        });
    }
    if let Some(accept) = accept(op) {
        statements
            .push(quote! { let request = request.header(::reqwest::header::ACCEPT, #accept); });
    }
    if let Some(body) = &op.request_body {
        let media_type = &body.media_type;
        let typed = |encoded: TokenStream| {
            quote! { request.header(::reqwest::header::CONTENT_TYPE, #media_type).body(#encoded) }
        };
        let attach = match body.encoding {
            // reqwest writes the multipart Content-Type itself, with the boundary.
            BodyEncoding::Multipart => {
                quote! { request.multipart(crate::runtime::multipart_body(body) #invalid) }
            }
            BodyEncoding::Json => typed(quote! { crate::runtime::json_body(body) #invalid }),
            BodyEncoding::Form => typed(quote! { crate::runtime::form_body(body) #invalid }),
            BodyEncoding::Text => typed(quote! { body.clone().into_bytes() }),
            BodyEncoding::Binary => typed(quote! { body.clone() }),
        };
        if body.required {
            statements.push(quote! { let body = &self.body; let request = #attach; });
        } else {
            statements.push(quote! {
                let request = match &self.body {
                    Some(body) => #attach,
                    None => request,
                };
            });
        }
    }
    statements.push(quote! { let response = self.client.send(request, &self.options).await?; });

    let success_arms = op.responses.iter().map(|r| {
        let pattern = status_pattern(op, r);
        let decoded = decode(r);
        let value = if success_enum {
            let enum_name = format_ident!("{}Response", op.type_name);
            let variant = ident(&r.variant_name);
            if r.body.is_some() {
                quote! { #decoded.map(#enum_name::#variant) }
            } else {
                quote! { #decoded.map(|()| #enum_name::#variant) }
            }
        } else {
            decoded
        };
        quote! { #pattern => Ok(#value), }
    });
    let error_arms = op.errors.iter().map(|r| {
        let pattern = status_pattern(op, r);
        let decoded = decode(r);
        let variant = ident(&r.variant_name);
        quote! { #pattern => Err(Error::Api(#error::#variant(#decoded))), }
    });
    let catch_all = (!op.errors.iter().any(|r| r.status == StatusMatch::Default))
        .then(|| quote! { _ => Err(Error::UnexpectedStatus(response)), });
    // Specific codes before ranges before `default`, whatever their order in the tables.
    let mut arms: Vec<(u8, TokenStream)> = Vec::new();
    for ((r, arm), _) in op.responses.iter().zip(success_arms).zip(0..) {
        arms.push((rank(op, r), arm));
    }
    for (r, arm) in op.errors.iter().zip(error_arms) {
        arms.push((rank(op, r), arm));
    }
    arms.sort_by_key(|(rank, _)| *rank);
    let arms = arms.into_iter().map(|(_, arm)| arm);
    quote! {
        #(#statements)*
        match response.status().as_u16() {
            #(#arms)*
            #catch_all
        }
    }
}

fn rank(op: &Operation, response: &Response) -> u8 {
    match response.status {
        StatusMatch::Code(_) => 0,
        StatusMatch::Range(_) => 1,
        StatusMatch::Default
            if op
                .responses
                .iter()
                .any(|r| r.status == StatusMatch::Default) =>
        {
            1
        }
        StatusMatch::Default => 2,
    }
}

fn status_pattern(op: &Operation, response: &Response) -> TokenStream {
    match response.status {
        StatusMatch::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            quote! { #code }
        }
        StatusMatch::Range(digit) => {
            let low = Literal::u16_unsuffixed(u16::from(digit) * 100);
            let high = Literal::u16_unsuffixed(u16::from(digit) * 100 + 99);
            quote! { #low..=#high }
        }
        // A `default` among the successes stands for every success status.
        StatusMatch::Default
            if op
                .responses
                .iter()
                .any(|r| r.status == StatusMatch::Default) =>
        {
            quote! { 200..=299 }
        }
        StatusMatch::Default => quote! { _ },
    }
}

fn decode(response: &Response) -> TokenStream {
    match &response.body {
        None => quote! { response.empty() },
        Some(body) => match body.encoding {
            BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart => {
                let ty = rust_type(&body.ty, &models_path());
                quote! { response.json::<#ty>()? }
            }
            BodyEncoding::Text => quote! { response.text_body() },
            BodyEncoding::Binary => quote! { response.bytes_body() },
        },
    }
}

fn body_type(response: &Response) -> TokenStream {
    match &response.body {
        None => quote! { () },
        Some(body) => rust_type(&body.ty, &models_path()),
    }
}

fn response_doc(response: &Response) -> String {
    let description = response.description.trim();
    let label = response.status.label();
    if description.is_empty() {
        format!("`{label}`.")
    } else {
        format!("`{label}`: {}", doc::sanitize(description))
    }
}

fn error_enum(op: &Operation, error: &proc_macro2::Ident, method_link: &str) -> TokenStream {
    let enum_doc = format!(" The error statuses documented for [`{method_link}`].");
    let variants = op.errors.iter().map(|r| {
        let variant = ident(&r.variant_name);
        let ty = body_type(r);
        let docs = doc::lines(&response_doc(r));
        quote! { #docs #variant(Response<#ty>), }
    });
    let names: Vec<_> = op.errors.iter().map(|r| ident(&r.variant_name)).collect();
    // The description is an argument, never part of the format string: spec text such as
    // `{id}` or `{self}` must not become formatting code.
    let displays = op.errors.iter().map(|r| {
        let description = r.description.trim();
        if description.is_empty() {
            let label = r.status.label();
            quote! {{
                let label = #label;
                write!(f, "error status {} ({label})", response.status())
            }}
        } else {
            quote! {{
                let description = #description;
                write!(f, "error status {}: {description}", response.status())
            }}
        }
    });
    let formatter = if names.is_empty() {
        format_ident!("_f")
    } else {
        format_ident!("f")
    };
    let (status_body, headers_body, display_body) = if names.is_empty() {
        (
            quote! { match *self {} },
            quote! { match *self {} },
            quote! { match *self {} },
        )
    } else {
        (
            quote! { match self { #(#error::#names(response) => response.status(),)* } },
            quote! { match self { #(#error::#names(response) => response.headers(),)* } },
            quote! { match self { #(#error::#names(response) => #displays,)* } },
        )
    };
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #error {
            #(#variants)*
        }

        impl DocumentedError for #error {
            fn status(&self) -> ::reqwest::StatusCode {
                #status_body
            }

            fn headers(&self) -> &::reqwest::header::HeaderMap {
                #headers_body
            }
        }

        impl ::std::fmt::Display for #error {
            fn fmt(&self, #formatter: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #display_body
            }
        }

        impl ::std::error::Error for #error {}
    }
}

fn response_enum(op: &Operation, method_link: &str) -> TokenStream {
    let name = format_ident!("{}Response", op.type_name);
    let enum_doc = format!(" The success responses of [`{method_link}`].");
    let variants = op.responses.iter().map(|r| {
        let variant = ident(&r.variant_name);
        let docs = doc::lines(&response_doc(r));
        match &r.body {
            None => quote! { #docs #variant, },
            Some(_) => {
                let ty = body_type(r);
                quote! { #docs #variant(#ty), }
            }
        }
    });
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    }
}

/// An `Option` chain that borrows along `steps`, starting from `Some(start)`.
fn borrowed_path(start: TokenStream, steps: &[FieldStep]) -> TokenStream {
    steps.iter().fold(quote! { Some(#start) }, |chain, step| {
        let field = ident(&step.rust_name);
        if step.optional {
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
        if step.optional {
            quote! { #chain.and_then(|value| value.#field) }
        } else {
            quote! { #chain.map(|value| value.#field) }
        }
    })
}

/// `pages()` and `items()` for an operation that pages.
fn pagination_methods(
    op: &Operation,
    pagination: &Pagination,
    output: &TokenStream,
    error: &proc_macro2::Ident,
) -> TokenStream {
    let models = models_path();
    let item = rust_type(&pagination.item_type, &models);
    let count = borrowed_path(quote! { page.body() }, &pagination.items);
    let items = owned_path(quote! { page.into_body() }, &pagination.items);
    let next = match &pagination.kind {
        PaginationKind::Cursor { parameter, next } => {
            let api_name = op
                .parameters
                .iter()
                .find(|p| &p.rust_name == parameter)
                .map(|p| p.api_name.clone())
                .unwrap_or_default();
            let parameter = ident(parameter);
            let cursor = borrowed_path(quote! { page.body() }, next);
            quote! {
                let cursor = #cursor.map(|value| crate::runtime::next_cursor(&value.to_string(), #api_name));
                match cursor {
                    Some(cursor)
                        if count > 0
                            && !cursor.is_empty()
                            && request.#parameter.as_deref() != Some(cursor.as_str()) =>
                    {
                        Some(request.#parameter(cursor))
                    }
                    _ => None,
                }
            }
        }
        PaginationKind::Offset { parameter } => {
            let parameter = ident(parameter);
            quote! {
                if count == 0 {
                    None
                } else {
                    let offset = request.#parameter.unwrap_or_default();
                    Some(request.#parameter(offset.saturating_add(count.try_into().unwrap_or(offset.max(1)))))
                }
            }
        }
    };
    let how = match &pagination.kind {
        PaginationKind::Cursor { .. } => "the cursor each page names",
        PaginationKind::Offset { .. } => "the offset after the items so far",
    };
    let pages_doc = format!(
        " Every page, from this request on, following {how}; a page is requested only when the stream is polled, and the stream ends at a page without items or without a next page."
    );
    quote! {
        #[doc = #pages_doc]
        pub fn pages(self) -> impl ::futures_util::Stream<Item = #output> + 'a {
            ::futures_util::stream::try_unfold(Some(self), |state| async move {
                let Some(request) = state else {
                    return Ok(None);
                };
                let page = request.clone().send().await?;
                let count = #count.map_or(0, |items| items.len());
                let following = { #next };
                Ok(Some((page, following)))
            })
        }

        /// Every item of every page, requesting pages as the stream is polled.
        pub fn items(self) -> impl ::futures_util::Stream<Item = Result<#item, Error<#error>>> + 'a {
            use ::futures_util::TryStreamExt as _;
            self.pages()
                .map_ok(|page| {
                    let items = #items.unwrap_or_default();
                    ::futures_util::stream::iter(items.into_iter().map(Ok::<_, Error<#error>>))
                })
                .try_flatten()
        }
    }
}
