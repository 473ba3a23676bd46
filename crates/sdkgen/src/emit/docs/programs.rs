//! The example programs of the docs: a client with credentials, a call, and the README's
//! examples of retries, hooks, servers, pagination and errors, built as tokens and formatted
//! like the code.

use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;
use sdkgen_ir::{Group, Operation, SecuritySchemeKind, TypeRef};

use super::{is_page_parameter, DocWriter};
use crate::emit::example::Place;
use crate::error::Error;
use crate::surface::{error_path, ident, plain_type, Input, InputSource, OperationSurface};

/// The method calls that make an operation's request in an example (`.items().get_item(1)`
/// and setters), and whether their values name the `models` module.
#[derive(Clone)]
pub(super) struct Call {
    pub(super) tokens: TokenStream,
    pub(super) names_models: bool,
}

impl DocWriter<'_> {
    pub(super) fn lib(&self) -> Ident {
        ident(&self.lib_name)
    }

    fn env_var(&self, suffix: &str) -> Literal {
        Literal::string(&format!("{}_{}", self.api.name, suffix).to_shouty_snake_case())
    }

    /// Builder calls that set the credentials of an operation's first security alternative:
    /// read from the environment, or for a test double, made-up values.
    pub(super) fn credentials(&self, op: Option<&Operation>, made_up: bool) -> TokenStream {
        let names: Vec<&String> = match op {
            Some(op) => op
                .security
                .iter()
                .find(|alt| !alt.is_empty())
                .map(|alt| alt.iter().collect())
                .unwrap_or_default(),
            None => self
                .api
                .security_schemes
                .first()
                .map(|s| vec![&s.name])
                .unwrap_or_default(),
        };
        names
            .into_iter()
            .filter_map(|name| self.api.security_schemes.iter().find(|s| &s.name == name))
            .map(|scheme| {
                let setter = ident(&scheme.rust_name);
                match scheme.kind {
                    SecuritySchemeKind::HttpBasic if made_up => {
                        quote! { .#setter("test-user", "test-password") }
                    }
                    _ if made_up => {
                        let value = Literal::string(&format!("test-{}", scheme.rust_name));
                        quote! { .#setter(#value) }
                    }
                    SecuritySchemeKind::HttpBasic => {
                        let user = self.env_var(&format!("{}_username", scheme.rust_name));
                        let password = self.env_var(&format!("{}_password", scheme.rust_name));
                        quote! { .#setter(std::env::var(#user)?, std::env::var(#password)?) }
                    }
                    _ => {
                        let variable = self.env_var(&scheme.rust_name);
                        quote! { .#setter(std::env::var(#variable)?) }
                    }
                }
            })
            .collect()
    }

    /// `let client = …;` with the credentials `op` takes (the API's first without one), and
    /// `base_url` set first when given.
    pub(super) fn client_statement(
        &self,
        op: Option<&Operation>,
        base_url: Option<TokenStream>,
    ) -> TokenStream {
        let credentials = self.credentials(op, false);
        quote! {
            let client = Client::builder() #base_url #credentials .build()?;
        }
    }

    /// A client for the test double `server`, with made-up credentials for `op`.
    pub(super) fn test_client_statement(&self, op: &Operation) -> TokenStream {
        let credentials = self.credentials(Some(op), true);
        quote! {
            let client = server.client_builder() #credentials .build()?;
        }
    }

    /// The calls that make the request, e.g. `.api_keys().get_api_key(56)` with setters.
    pub(super) fn call(&mut self, group: &Group, op: &Operation) -> Call {
        self.examples.take_models_named();
        let surface = OperationSurface::new(op);
        let arguments: Vec<TokenStream> = surface
            .arguments
            .iter()
            .map(|input| self.input_example(input))
            .collect();
        let shown = surface
            .setters
            .iter()
            .filter(|input| match input.parameter() {
                Some(p) => !p.deprecated && !is_page_parameter(op, p) && !is_idempotency_key(op, p),
                None => true,
            });
        let setters: Vec<TokenStream> = shown
            .map(|input| {
                let setter = ident(input.name);
                let value = self.input_example(input);
                quote! { .#setter(#value) }
            })
            .collect();
        let (group_method, method) = (ident(&group.rust_name), ident(&op.rust_name));
        Call {
            tokens: quote! { .#group_method().#method(#(#arguments),*) #(#setters)* },
            names_models: self.examples.take_models_named(),
        }
    }

    /// An example value for an argument or setter, as it takes it.
    pub(super) fn input_example(&mut self, input: &Input<'_>) -> TokenStream {
        match input.source {
            InputSource::Parameter(p) => {
                let example = p.example.as_ref().or(p.default.as_ref());
                let at = Place {
                    name: &p.api_name,
                    constraints: Some(&p.constraints),
                };
                self.examples.argument(input.ty, example, at)
            }
            InputSource::Body(body) => {
                self.examples
                    .argument(input.ty, body.example.as_ref(), Place::named("body"))
            }
        }
    }

    /// The program of an operation's page: a client, the call, and its response shown.
    pub(super) fn example(&mut self, group: &Group, op: &Operation) -> Result<String, Error> {
        let call = self.call(group, op);
        let mut request = call.tokens.clone();
        // A stream is shown read as it arrives; anything else, whole.
        let show = match op.single_success_type() {
            Some(TypeRef::EventStream(_)) => quote! {
                let mut events = response.into_body();
                while let Some(event) = events.next_event().await {
                    let event = event?;
                    println!("{:?}", event.data);
                }
            },
            Some(TypeRef::Bytes) => {
                request.extend(quote! { .stream() });
                quote! {
                    let mut body = response.into_body();
                    while let Some(chunk) = body.next_chunk().await {
                        let chunk = chunk?;
                        println!("{} bytes", chunk.len());
                    }
                }
            }
            _ if op.responses.iter().any(|r| r.body.is_some()) => {
                quote! { println!("{:?}", response.body()); }
            }
            _ => quote! { println!("{}", response.status()); },
        };
        let uses = self.uses(call.names_models, &[]);
        let client = self.client_statement(Some(op), None);
        let deprecated = op.deprecated.then(|| quote! { #[allow(deprecated)] });
        format_program(quote! {
            #uses
            #[tokio::main]
            #deprecated
            async fn main() -> Result<(), Box<dyn std::error::Error>> {
                #client
                let response = client #request.await?;
                #show
                Ok(())
            }
        })
    }

    /// `use`s for an example program: the client and `extra` items of the crate, and the
    /// models module when the program names models.
    pub(super) fn uses(&self, names_models: bool, extra: &[&str]) -> TokenStream {
        let lib = self.lib();
        let items: Vec<Ident> = std::iter::once("Client")
            .chain(extra.iter().copied())
            .map(ident)
            .collect();
        let models = names_models.then(|| quote! { use #lib::models; });
        match items.as_slice() {
            [only] => quote! { use #lib::#only; #models },
            _ => quote! { use #lib::{#(#items),*}; #models },
        }
    }

    pub(super) fn signature(&self, group: &Group, op: &Operation) -> String {
        let surface = OperationSurface::new(op);
        let args: Vec<String> = surface
            .arguments
            .iter()
            .map(|input| format!("{}: {}", input.name, input.declared_type()))
            .collect();
        let mut lines = vec![format!(
            "client.{}().{}({})",
            group.rust_name,
            op.rust_name,
            args.join(", ")
        )];
        for input in &surface.setters {
            lines.push(format!(
                "    .{}({})  // optional",
                input.name,
                input.declared_type()
            ));
        }
        lines.push("    .retries(RetryConfig)  // optional, overrides the client's".to_string());
        lines.push("    .timeout(Duration)  // optional, per attempt".to_string());
        lines.push("    .deadline(Duration)  // optional, for the whole call".to_string());
        let error = error_path(group, op);
        let success = surface.success_type();
        if let Some(pagination) = &op.pagination {
            lines.push(format!(
                "    .pages() -> impl Stream<Item = Result<Response<{success}>, CallError<{error}>>>  // or:",
            ));
            lines.push(format!(
                "    .items() -> impl Stream<Item = Result<{}, CallError<{error}>>>  // or:",
                plain_type(&pagination.item_type),
            ));
        }
        if op.single_success_type() == Some(&TypeRef::Bytes) {
            lines.push(format!(
                "    .stream() -> Result<Response<ByteStream>, CallError<{error}>>  // or:"
            ));
        }
        lines.push(format!(
            "    .await -> Result<Response<{success}>, CallError<{error}>>"
        ));
        lines.join("\n")
    }

    pub(super) fn retry_example(&mut self) -> Result<String, Error> {
        let api = self.api;
        let call = api
            .operations()
            .next()
            .map(|(group, op)| self.call(group, op));
        let one_call = call.as_ref().map(|call| {
            let request = &call.tokens;
            quote! {
                let _request = client
                    #request
                    .retries(RetryConfig::disabled())
                    .timeout(Duration::from_secs(5))
                    .deadline(Duration::from_secs(20));
            }
        });
        let names_models = call.as_ref().is_some_and(|call| call.names_models);
        let uses = self.uses(names_models, &["RetryConfig"]);
        let base_url = api
            .servers
            .is_empty()
            .then(|| quote! { .base_url("https://api.example.com") });
        format_program(quote! {
            use std::time::Duration;
            #uses
            fn main() -> Result<(), Box<dyn std::error::Error>> {
                let client = Client::builder()
                    #base_url
                    .retries(
                        RetryConfig::default()
                            .max_attempts(5)
                            .initial_backoff(Duration::from_millis(200)),
                    )
                    .timeout(Duration::from_secs(30))
                    .connect_timeout(Duration::from_secs(5))
                    .deadline(Duration::from_secs(120))
                    .build()?;
                #one_call
                Ok(())
            }
        })
    }

    pub(super) fn hook_example(&self) -> Result<String, Error> {
        let lib = self.lib();
        let base_url = self
            .api
            .servers
            .is_empty()
            .then(|| quote! { .base_url("https://api.example.com") });
        format_program(quote! {
            use #lib::{Attempt, Client, Hook};

            /// Logs every attempt.
            struct Log;

            impl Hook for Log {
                fn before_request(&self, request: &mut #lib::reqwest::Request) {
                    eprintln!("-> {} {}", request.method(), request.url().path());
                }

                fn after_response(&self, attempt: &Attempt<'_>) {
                    eprintln!(
                        "<- {:?} after {:?} (attempt {})",
                        attempt.status, attempt.elapsed, attempt.number
                    );
                }
            }

            fn main() -> Result<(), Box<dyn std::error::Error>> {
                let client = Client::builder() #base_url .hook(Log).build()?;
                println!("{}", client.base_url());
                Ok(())
            }
        })
    }

    pub(super) fn server_example(&self) -> Result<Option<String>, Error> {
        let Some(server) = self.api.servers.get(1).or_else(|| self.api.servers.first()) else {
            return Ok(None);
        };
        let variable = server.variables.first().map(|v| {
            let value = Literal::string(v.allowed.last().unwrap_or(&v.default));
            let name = Literal::string(&v.name);
            quote! { .server_variable(#name, #value) }
        });
        let (lib, variant) = (self.lib(), ident(&server.rust_name));
        format_program(quote! {
            use #lib::{Client, Server};

            fn main() -> Result<(), Box<dyn std::error::Error>> {
                let client = Client::builder()
                    .server(Server::#variant)
                    #variable
                    .build()?;
                println!("{}", client.base_url());
                Ok(())
            }
        })
        .map(Some)
    }

    pub(super) fn pagination_example(&mut self) -> Result<Option<String>, Error> {
        let api = self.api;
        let Some((group, op)) = api.operations().find(|(_, op)| op.pagination.is_some()) else {
            return Ok(None);
        };
        let call = self.call(group, op);
        let (uses, lib) = (self.uses(call.names_models, &[]), self.lib());
        let client = self.client_statement(Some(op), None);
        let request = &call.tokens;
        format_program(quote! {
            #uses
            use #lib::futures_util::TryStreamExt;

            #[tokio::main]
            async fn main() -> Result<(), Box<dyn std::error::Error>> {
                #client
                let items = client #request.items();
                let mut items = std::pin::pin!(items);
                while let Some(item) = items.try_next().await? {
                    println!("{item:?}");
                }
                Ok(())
            }
        })
        .map(Some)
    }

    pub(super) fn error_example(
        &mut self,
        group: &Group,
        op: &Operation,
    ) -> Result<Option<String>, Error> {
        let Some(first) = op.errors.first() else {
            return Ok(None);
        };
        let call = self.call(group, op);
        let (uses, lib) = (self.uses(call.names_models, &["CallError"]), self.lib());
        let client = self.client_statement(Some(op), None);
        let request = &call.tokens;
        let (group_module, error) = (ident(&group.rust_name), ident(&op.error_type));
        let variant = ident(&first.variant_name);
        let message = Literal::string(&format!("{}: {{:?}}", first.status.label()));
        let deprecated = op.deprecated.then(|| quote! { #[allow(deprecated)] });
        format_program(quote! {
            #uses
            use #lib::#group_module::#error;

            #[tokio::main]
            #deprecated
            async fn main() -> Result<(), Box<dyn std::error::Error>> {
                #client
                let result = client #request.await;
                match result {
                    Ok(response) => println!("{}", response.status()),
                    Err(CallError::Api(#error::#variant(response))) => {
                        eprintln!(#message, response.body());
                    }
                    Err(CallError::Api(other)) => eprintln!("another documented error: {other}"),
                    Err(CallError::UnexpectedStatus(raw)) => {
                        eprintln!("{}: {}", raw.status(), raw.text())
                    }
                    Err(other) => return Err(other.into()),
                }
                Ok(())
            }
        })
        .map(Some)
    }
}

/// Whether the parameter is the idempotency key, which examples leave to the client.
pub(super) fn is_idempotency_key(op: &Operation, parameter: &sdkgen_ir::Parameter) -> bool {
    op.idempotency_header.as_ref() == Some(&parameter.api_name)
}

/// Formats an example program like the generated code, with blank lines between items; a
/// program that does not parse is a bug of the docs emitter.
pub(super) fn format_program(program: TokenStream) -> Result<String, Error> {
    let text = super::super::format::format(program, "an example program in the docs")?;
    Ok(text.trim_end().to_string())
}
