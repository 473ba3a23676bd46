//! The `Client`: base URL, HTTP client, credentials and one accessor per group.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeSet;

use sdkgen_ir::{Api, ApiKeyLocation, ParameterLocation, SecurityScheme, SecuritySchemeKind};

use super::features::Features;
use crate::surface::ident;
use crate::text::doc;
use crate::text::md::code;

/// The default base URL: the first server, with its variables at their defaults.
pub fn default_base_url(api: &Api) -> Option<String> {
    let server = api.servers.first()?;
    let mut url = server.url.clone();
    for variable in &server.variables {
        url = url.replace(&format!("{{{}}}", variable.name), &variable.default);
    }
    Some(url.trim_end_matches('/').to_string())
}

/// The variant of the internal `Scheme` enum for a security scheme.
pub fn scheme_variant(scheme: &SecurityScheme) -> proc_macro2::Ident {
    ident(&heck::ToUpperCamelCase::to_upper_camel_case(
        scheme.rust_name.as_str(),
    ))
}

/// How a scheme's credential travels, in words.
pub fn scheme_how(scheme: &SecurityScheme) -> String {
    match &scheme.kind {
        SecuritySchemeKind::ApiKey {
            location,
            parameter_name,
            prefix,
        } => {
            let name = code(parameter_name);
            let place = match location {
                ApiKeyLocation::Header => format!("sent in the {name} header"),
                ApiKeyLocation::Query => format!("sent as the {name} query parameter"),
                ApiKeyLocation::Cookie => format!("sent as the {name} cookie"),
            };
            match prefix {
                Some(prefix) => format!("{place}, as {}", code(&format!("{prefix}<key>"))),
                None => place,
            }
        }
        SecuritySchemeKind::HttpBasic => "sent as HTTP basic authentication".to_string(),
        SecuritySchemeKind::HttpToken { scheme: word, .. } => {
            format!(
                "sent as {}",
                code(&format!("Authorization: {word} <token>"))
            )
        }
        SecuritySchemeKind::OAuth2 => {
            "an OAuth 2 access token, sent as `Authorization: Bearer <token>`".to_string()
        }
    }
}

fn scheme_doc(scheme: &SecurityScheme) -> String {
    let how = scheme_how(scheme);
    let mut text = format!("The {} credential: {how}.", code(&scheme.name));
    if let Some(description) = scheme
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
    {
        text.push_str("\n\n");
        text.push_str(&doc::sanitize(description));
    }
    text
}

/// The statements that add a scheme's credential (`secret`) to the request `parts`. Spec
/// text (names, prefixes, scheme words) enters only as string literal arguments.
fn apply_credential(scheme: &SecurityScheme) -> TokenStream {
    let scheme_name = &scheme.name;
    match &scheme.kind {
        SecuritySchemeKind::ApiKey {
            location,
            parameter_name,
            prefix,
        } => {
            let key = match prefix.as_deref().filter(|p| !p.is_empty()) {
                Some(prefix) => quote! { &format!("{}{}", #prefix, secret.expose()) },
                None => quote! { secret.expose() },
            };
            match location {
                ApiKeyLocation::Header => {
                    quote! { parts.credential_header(#parameter_name, #scheme_name, #key)?; }
                }
                ApiKeyLocation::Query => {
                    quote! { parts.query.push((#parameter_name.to_string(), String::from(#key))); }
                }
                ApiKeyLocation::Cookie => {
                    quote! { parts.cookies.extend(crate::runtime::cookie_param(#parameter_name, #key)?); }
                }
            }
        }
        SecuritySchemeKind::HttpBasic => quote! {
            parts.basic_auth = Some((secret.0.clone(), secret.1.clone()));
        },
        SecuritySchemeKind::HttpToken { scheme: word, .. } => quote! {
            parts.credential_header("authorization", #scheme_name, &format!("{} {}", #word, secret.expose()))?;
        },
        SecuritySchemeKind::OAuth2 => quote! {
            parts.credential_header("authorization", #scheme_name, &format!("Bearer {}", secret.expose()))?;
        },
    }
}

/// The names of the query parameters that carry credentials: API keys in the query and
/// parameters the spec marks as credentials, each once, in order.
fn secret_query_parameters(api: &Api) -> Vec<&str> {
    let keys = api.security_schemes.iter().filter_map(|s| match &s.kind {
        SecuritySchemeKind::ApiKey {
            location: ApiKeyLocation::Query,
            parameter_name,
            ..
        } => Some(parameter_name.as_str()),
        _ => None,
    });
    let parameters = api
        .operations()
        .flat_map(|(_, op)| &op.parameters)
        .filter(|p| p.sensitive && p.location == ParameterLocation::Query)
        .map(|p| p.api_name.as_str());
    let names: BTreeSet<&str> = keys.chain(parameters).collect();
    names.into_iter().collect()
}

/// The `client` module.
pub fn client_module(api: &Api, features: Features) -> TokenStream {
    let default_const = default_base_url(api).map(|url| {
        let text = format!(" The base URL of the spec's first server: {}.", code(&url));
        quote! {
            #[doc = #text]
            pub const DEFAULT_BASE_URL: &str = #url;
        }
    });
    let servers = server_enum(api);
    let credentials = credentials(api, features);
    let client = client_struct(api, features);
    let builder = builder_struct(api);
    let secret_query = secret_query_parameters(api);
    let secret_import = (!api.security_schemes.is_empty()).then(|| {
        quote! { use crate::runtime::Secret; use ::std::sync::{PoisonError, RwLock}; }
    });
    quote! {
        //! The client: where requests go, with which credentials, and how they are retried.

        use std::sync::Arc;
        use std::time::Duration;

        use crate::call::RequestParts;
        use crate::error::{BuildError, TransportError};
        #secret_import
        use crate::transport::{Hook, RetryConfig, Transport};

        #default_const

        #servers

        /// The `User-Agent` of every request.
        pub(crate) const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        /// Query parameters that carry credentials; hooks see their values redacted.
        const SECRET_QUERY_PARAMETERS: &[&str] = &[#(#secret_query),*];

        #credentials
        #client
        #builder
    }
}

/// The credentials store, the `Scheme` enum operations name their security with, and
/// `authorize`, which adds the credentials of an operation's first satisfiable alternative.
fn credentials(api: &Api, features: Features) -> TokenStream {
    let declarations = credential_declarations(api, features);
    if api.security_schemes.is_empty() {
        return quote! {
            #declarations

            impl Client {
                /// The spec declares no credentials: there is nothing to add.
                pub(crate) fn authorize(&self, _parts: &mut RequestParts) -> Result<(), String> {
                    Ok(())
                }
            }
        };
    }
    let authorize = authorize_method(api);
    quote! {
        #declarations

        #authorize
    }
}

/// The `Credentials` store and the `Scheme` enum.
fn credential_declarations(api: &Api, features: Features) -> TokenStream {
    let schemes = &api.security_schemes;
    let fields = schemes.iter().map(|s| {
        let name = ident(&s.rust_name);
        match s.kind {
            SecuritySchemeKind::HttpBasic => quote! { #name: Option<(Secret, Secret)>, },
            _ => quote! { #name: Option<Secret>, },
        }
    });
    let variants = schemes.iter().map(|s| {
        let variant = scheme_variant(s);
        let text = format!(" {}.", code(&s.name));
        quote! { #[doc = #text] #variant, }
    });
    // Only the operations of the groups that are on name their schemes.
    let unused_variants = features.enabled.then(|| quote! { #[allow(dead_code)] });
    quote! {
        /// Credentials for each security scheme; `Debug` shows which are set, never their values.
        #[derive(Debug, Default, Clone)]
        struct Credentials {
            #(#fields)*
        }

        /// The security schemes of the spec.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #unused_variants
        pub(crate) enum Scheme {
            #(#variants)*
        }
    }
}

/// `Credentials::has` and `Client::authorize`, for a spec with security schemes.
fn authorize_method(api: &Api) -> TokenStream {
    let schemes = &api.security_schemes;
    let has_arms = schemes.iter().map(|s| {
        let variant = scheme_variant(s);
        let name = ident(&s.rust_name);
        quote! { Scheme::#variant => self.#name.is_some(), }
    });
    let apply_arms = schemes.iter().map(|s| {
        let variant = scheme_variant(s);
        let name = ident(&s.rust_name);
        let apply = apply_credential(s);
        quote! {
            Scheme::#variant => if let Some(secret) = &credentials.#name { #apply },
        }
    });
    quote! {
        impl Credentials {
            fn has(&self, scheme: Scheme) -> bool {
                match scheme {
                    #(#has_arms)*
                }
            }
        }

        impl Client {
            /// Adds the credentials of the first alternative whose schemes all have credentials
            /// set; an operation that needs no authentication has no alternatives. A
            /// credential that a header or cookie cannot carry is refused, never sent.
            pub(crate) fn authorize(&self, parts: &mut RequestParts) -> Result<(), String> {
                let credentials = self.inner.credentials.read().unwrap_or_else(PoisonError::into_inner);
                let Some(chosen) = parts
                    .security
                    .iter()
                    .find(|schemes| !schemes.is_empty() && schemes.iter().all(|scheme| credentials.has(*scheme)))
                else {
                    return Ok(());
                };
                for scheme in *chosen {
                    match *scheme {
                        #(#apply_arms)*
                    }
                }
                Ok(())
            }
        }
    }
}

/// A credential setter's parameters, and the stored value they make.
fn credential_arguments(scheme: &SecurityScheme) -> (TokenStream, TokenStream) {
    match scheme.kind {
        SecuritySchemeKind::HttpBasic => (
            quote! { username: impl Into<String>, password: impl Into<String> },
            quote! { (Secret::new(username), Secret::new(password)) },
        ),
        _ => (
            quote! { value: impl Into<String> },
            quote! { Secret::new(value) },
        ),
    }
}

/// The `Client` handle: an `Arc` around the transport, base URL and credentials, with the
/// credential setters and one accessor per group.
fn client_struct(api: &Api, features: Features) -> TokenStream {
    let setters = credential_setters(api);
    let accessors = group_accessors(api, features);
    let title = format!(
        " A client for the {} (API version {}).",
        doc::sanitize(&api.title).replace('\n', " "),
        code(&api.api_version)
    );
    let credentials_field =
        (!api.security_schemes.is_empty()).then(|| quote! { credentials: RwLock<Credentials>, });
    quote! {
        #[doc = #title]
        ///
        /// A cheap handle: clones share the connection pool, the settings and the credentials,
        /// and requests own a clone, so they can be sent from spawned tasks.
        #[derive(Debug, Clone)]
        pub struct Client {
            inner: Arc<Inner>,
        }

        #[derive(Debug)]
        struct Inner {
            transport: Transport,
            base_url: String,
            #credentials_field
        }

        impl Client {
            /// A client for the default server, without credentials.
            pub fn new() -> Result<Self, BuildError> {
                Self::builder().build()
            }

            /// A builder to set the server, credentials, retries, timeouts and hooks.
            pub fn builder() -> ClientBuilder {
                ClientBuilder::default()
            }

            /// The base URL every request path is appended to.
            pub fn base_url(&self) -> &str {
                &self.inner.base_url
            }

            /// The HTTP client requests go through.
            pub fn http_client(&self) -> &::reqwest::Client {
                &self.inner.transport.http
            }

            pub(crate) fn transport(&self) -> &Transport {
                &self.inner.transport
            }

            #(#setters)*

            #(#accessors)*
        }
    }
}

/// `Client::set_…`: replace a credential on a built client.
fn credential_setters(api: &Api) -> impl Iterator<Item = TokenStream> + '_ {
    api.security_schemes.iter().map(|s| {
        let name = ident(&s.rust_name);
        let set_name = format_ident!("set_{}", s.rust_name.trim_end_matches('_'));
        let set_doc = format!(
            " Replaces the {} credential; every clone of this client uses the new value from its next request on.",
            code(&s.name)
        );
        let (params, value) = credential_arguments(s);
        quote! {
            #[doc = #set_doc]
            pub fn #set_name(&self, #params) {
                self.inner.credentials.write().unwrap_or_else(PoisonError::into_inner).#name = Some(#value);
            }
        }
    })
}

/// One accessor per group: `client.pets()`.
fn group_accessors(api: &Api, features: Features) -> impl Iterator<Item = TokenStream> + '_ {
    api.groups.iter().map(move |group| {
        let name = ident(&group.rust_name);
        let module = ident(&group.rust_name);
        let ty = ident(&group.type_name);
        let text = format!(" Operations of the {} group.", code(&group.name));
        let cfg = features.group_cfg(group);
        quote! {
            #[doc = #text]
            #cfg
            pub fn #name(&self) -> crate::#module::#ty {
                crate::#module::#ty { client: self.clone() }
            }
        }
    })
}

/// `ClientBuilder`: server, HTTP client, retries, timeouts, hooks and credentials.
fn builder_struct(api: &Api) -> TokenStream {
    let (server_field, server_setters, server_url) = server_settings(api);
    let declaration = builder_declaration(api, server_field);
    let methods = builder_methods(api, server_setters);
    let build = build_method(api, server_url);
    quote! {
        #declaration

        impl ClientBuilder {
            #methods

            #build
        }
    }
}

/// The `ClientBuilder` struct and its `Debug`, which shows which credentials are set and
/// never their values.
fn builder_declaration(api: &Api, server_field: TokenStream) -> TokenStream {
    let server_debug = (!api.servers.is_empty())
        .then(|| quote! { .field("server", &self.server).field("server_variables", &self.server_variables) });
    quote! {
        /// Configures a [`Client`].
        #[derive(Default)]
        pub struct ClientBuilder {
            base_url: Option<String>,
            #server_field
            http: Option<::reqwest::Client>,
            retry: RetryConfig,
            timeout: Option<Duration>,
            connect_timeout: Option<Duration>,
            deadline: Option<Duration>,
            hooks: Vec<Arc<dyn Hook>>,
            credentials: Credentials,
        }

        impl ::std::fmt::Debug for ClientBuilder {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("ClientBuilder")
                    .field("base_url", &self.base_url)
                    #server_debug
                    .field("retry", &self.retry)
                    .field("timeout", &self.timeout)
                    .field("connect_timeout", &self.connect_timeout)
                    .field("deadline", &self.deadline)
                    .field("hooks", &self.hooks.len())
                    .field("credentials", &self.credentials)
                    .finish_non_exhaustive()
            }
        }
    }
}

/// The builder's setters: where requests go, how they are sent, and the credentials.
fn builder_methods(api: &Api, server_setters: TokenStream) -> TokenStream {
    let credential_setters = api.security_schemes.iter().map(|s| {
        let name = ident(&s.rust_name);
        let builder_doc = doc::lines(&scheme_doc(s));
        let (params, value) = credential_arguments(s);
        quote! {
            #builder_doc
            pub fn #name(mut self, #params) -> Self {
                self.credentials.#name = Some(#value);
                self
            }
        }
    });
    quote! {
            /// Sends requests to this base URL instead of the spec's servers.
            pub fn base_url(mut self, url: impl Into<String>) -> Self {
                self.base_url = Some(url.into());
                self
            }

            #server_setters

            /// Sends requests through this HTTP client (for proxies or TLS settings). Its own
            /// redirect policy and connect timeout apply: the client this crate builds follows
            /// redirects only within the same origin, so that credentials never follow one
            /// elsewhere.
            pub fn http_client(mut self, client: ::reqwest::Client) -> Self {
                self.http = Some(client);
                self
            }

            /// Retries failed requests like this (see [`RetryConfig`] for the default);
            /// each call can override it.
            pub fn retries(mut self, retry: RetryConfig) -> Self {
                self.retry = retry;
                self
            }

            /// Fails each attempt that takes longer than this; each call can override it.
            /// No timeout by default.
            pub fn timeout(mut self, timeout: Duration) -> Self {
                self.timeout = Some(timeout);
                self
            }

            /// Gives up connecting to the server after this long (10 seconds by default).
            pub fn connect_timeout(mut self, timeout: Duration) -> Self {
                self.connect_timeout = Some(timeout);
                self
            }

            /// Fails each call that takes longer than this in all, retries and the waits
            /// between them included; each call can override it. No deadline by default.
            pub fn deadline(mut self, deadline: Duration) -> Self {
                self.deadline = Some(deadline);
                self
            }

            /// Runs this hook around every attempt of every request.
            pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
                self.hooks.push(Arc::new(hook));
                self
            }

            #(#credential_setters)*
    }
}

/// `ClientBuilder::build`: the base URL (or the chosen server's), the HTTP client and the
/// transport.
fn build_method(api: &Api, server_url: TokenStream) -> TokenStream {
    let credentials_init = (!api.security_schemes.is_empty())
        .then(|| quote! { credentials: RwLock::new(self.credentials) });
    quote! {
            /// Builds the client.
            pub fn build(self) -> Result<Client, BuildError> {
                let base_url = match self.base_url {
                    Some(url) => url,
                    None => #server_url,
                }
                .trim_end_matches('/')
                .to_string();
                let http = match self.http {
                    Some(http) => http,
                    None => ::reqwest::Client::builder()
                        .redirect(crate::runtime::same_origin_redirects())
                        .connect_timeout(self.connect_timeout.unwrap_or(crate::transport::DEFAULT_CONNECT_TIMEOUT))
                        .build()
                        .map_err(|e| BuildError::Http(TransportError::new("cannot build the HTTP client", Some(e))))?,
                };
                let transport = Transport {
                    http,
                    retry: self.retry,
                    timeout: self.timeout,
                    deadline: self.deadline,
                    hooks: self.hooks,
                    secret_query_parameters: SECRET_QUERY_PARAMETERS,
                };
                let inner = Inner { transport, base_url, #credentials_init };
                Ok(Client { inner: Arc::new(inner) })
            }
    }
}

/// The builder's server field, its setters, and the chosen server's URL when no base URL is
/// set (a spec without servers has none: building fails).
fn server_settings(api: &Api) -> (TokenStream, TokenStream, TokenStream) {
    if api.servers.is_empty() {
        return (
            TokenStream::new(),
            TokenStream::new(),
            quote! { return Err(BuildError::MissingBaseUrl) },
        );
    }
    (
        quote! {
            server: Server,
            server_variables: Vec<(String, String)>,
        },
        quote! {
            /// Sends requests to this server of the spec (ignored when a base URL is set).
            pub fn server(mut self, server: Server) -> Self {
                self.server = server;
                self
            }

            /// Sets a variable of the server's URL template (the others keep their defaults).
            pub fn server_variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.server_variables.push((name.into(), value.into()));
                self
            }
        },
        quote! { self.server.url(&self.server_variables)? },
    )
}

/// The `Server` enum: one variant per server of the spec.
fn server_enum(api: &Api) -> Option<TokenStream> {
    api.servers.first()?;
    let variants = api.servers.iter().enumerate().map(|(i, server)| {
        let variant = ident(&server.rust_name);
        let default = (i == 0).then(|| quote! { #[default] });
        let text = match server
            .description
            .as_deref()
            .filter(|d| !d.trim().is_empty())
        {
            Some(description) => format!(
                " {}: {}",
                code(&server.url),
                doc::sanitize(description).replace('\n', " ")
            ),
            None => format!(" {}.", code(&server.url)),
        };
        quote! { #[doc = #text] #default #variant, }
    });
    let templates = api.servers.iter().map(|server| {
        let variant = ident(&server.rust_name);
        let url = &server.url;
        quote! { Server::#variant => #url, }
    });
    let variables = api.servers.iter().map(|server| {
        let variant = ident(&server.rust_name);
        let entries = server.variables.iter().map(|v| {
            let name = &v.name;
            let default = &v.default;
            let allowed = &v.allowed;
            quote! { (#name, #default, &[#(#allowed),*]) }
        });
        quote! { Server::#variant => &[#(#entries),*], }
    });
    Some(quote! {
        /// The servers the spec lists; the first is the default.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        #[non_exhaustive]
        pub enum Server {
            #(#variants)*
        }

        impl Server {
            /// The URL template, with `{variable}` placeholders.
            pub fn url_template(self) -> &'static str {
                match self {
                    #(#templates)*
                }
            }

            /// The template's variables: name, default value and allowed values (empty: any).
            pub fn variables(self) -> &'static [(&'static str, &'static str, &'static [&'static str])] {
                match self {
                    #(#variables)*
                }
            }

            /// The URL with the given variables filled in and the others at their defaults.
            pub fn url(self, values: &[(String, String)]) -> Result<String, BuildError> {
                crate::runtime::fill_server_url(self.url_template(), self.variables(), values)
            }
        }
    })
}
