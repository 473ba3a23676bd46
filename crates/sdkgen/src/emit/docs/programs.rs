//! The example programs of the docs: a client with credentials, a call, and the README's
//! examples of retries, hooks, servers, pagination and errors, each formatted like the code.

use heck::ToShoutySnakeCase;
use sdkgen_ir::{Group, Operation, SecuritySchemeKind, TypeRef};

use super::{is_page_parameter, DocWriter};
use crate::error::Error;
use crate::surface::{error_path, plain_type, Input, InputSource, OperationSurface};

impl DocWriter<'_> {
    fn env_var(&self, suffix: &str) -> String {
        format!("{}_{}", self.api.name, suffix).to_shouty_snake_case()
    }

    /// Builder lines that set the credentials of an operation's first security alternative:
    /// read from the environment, or for a test double, made-up values.
    fn credential_lines(&self, op: Option<&Operation>, made_up: bool) -> Vec<String> {
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
            .map(|scheme| match scheme.kind {
                SecuritySchemeKind::HttpBasic if made_up => format!(
                    "        .{}(\"test-user\", \"test-password\")",
                    scheme.rust_name
                ),
                _ if made_up => format!(
                    "        .{}(\"test-{}\")",
                    scheme.rust_name, scheme.rust_name
                ),
                SecuritySchemeKind::HttpBasic => format!(
                    "        .{}(std::env::var(\"{}\")?, std::env::var(\"{}\")?)",
                    scheme.rust_name,
                    self.env_var(&format!("{}_username", scheme.rust_name)),
                    self.env_var(&format!("{}_password", scheme.rust_name)),
                ),
                _ => format!(
                    "        .{}(std::env::var(\"{}\")?)",
                    scheme.rust_name,
                    self.env_var(&scheme.rust_name)
                ),
            })
            .collect()
    }

    pub(super) fn client_lines(&self, op: Option<&Operation>) -> String {
        let mut lines = vec!["    let client = Client::builder()".to_string()];
        lines.extend(self.credential_lines(op, false));
        lines.push("        .build()?;".to_string());
        lines.join("\n")
    }

    /// A client for the test double `server`, with made-up credentials for `op`.
    pub(super) fn test_client_lines(&self, op: &Operation) -> String {
        let mut lines = vec!["    let client = server.client_builder()".to_string()];
        lines.extend(self.credential_lines(Some(op), true));
        lines.push("        .build()?;".to_string());
        lines.join("\n")
    }

    /// The call expression, e.g. `client.api_keys().get_api_key(56)` with setters.
    pub(super) fn call(&mut self, group: &Group, op: &Operation) -> String {
        let surface = OperationSurface::new(op);
        let args: Vec<String> = surface
            .arguments
            .iter()
            .map(|input| self.input_example(input))
            .collect();
        let mut call = format!(
            "        .{}()\n        .{}({})",
            group.rust_name,
            op.rust_name,
            args.join(", ")
        );
        let shown = surface
            .setters
            .iter()
            .filter(|input| match input.parameter() {
                Some(p) => !p.deprecated && !is_page_parameter(op, p) && !is_idempotency_key(op, p),
                None => true,
            });
        for input in shown {
            let value = self.input_example(input);
            call.push_str(&format!("\n        .{}({value})", input.name));
        }
        call
    }

    /// An example value for an argument or setter, as it takes it.
    fn input_example(&mut self, input: &Input<'_>) -> String {
        match input.source {
            InputSource::Parameter(p) => {
                let example = p.example.as_ref().or(p.default.as_ref());
                self.examples.argument(input.ty, example, &p.api_name)
            }
            InputSource::Body(body) => {
                self.examples
                    .argument(input.ty, body.example.as_ref(), "body")
            }
        }
    }

    pub(super) fn example(&mut self, group: &Group, op: &Operation) -> Result<String, Error> {
        let mut call = self.call(group, op);
        // A stream is shown read as it arrives; anything else, whole.
        let show = match op.single_success_type() {
            Some(TypeRef::EventStream(_)) => "    let mut events = response.into_body();\n    while let Some(event) = events.next_event().await {\n        let event = event?;\n        println!(\"{:?}\", event.data);\n    }",
            Some(TypeRef::Bytes) => {
                call.push_str("\n        .stream()");
                "    let mut body = response.into_body();\n    while let Some(chunk) = body.next_chunk().await {\n        let chunk = chunk?;\n        println!(\"{} bytes\", chunk.len());\n    }"
            }
            _ if op.responses.iter().any(|r| r.body.is_some()) => "    println!(\"{:?}\", response.body());",
            _ => "    println!(\"{}\", response.status());",
        };
        let deprecated = if op.deprecated {
            "#[allow(deprecated)]\n"
        } else {
            ""
        };
        let program = format!(
            "{uses}\n#[tokio::main]\n{deprecated}async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n{client}\n    let response = client\n{call}\n        .await?;\n{show}\n    Ok(())\n}}",
            uses = self.uses(&call, &[]),
            client = self.client_lines(Some(op)),
        );
        format_program(&program)
    }

    /// `use` lines for an example program: the client, the models module when the call
    /// names models, and `extra` items of the crate.
    pub(super) fn uses(&self, code: &str, extra: &[String]) -> String {
        let lib = &self.lib_name;
        let mut items = vec!["Client".to_string()];
        items.extend(extra.iter().cloned());
        let mut lines = if items.len() == 1 {
            vec![format!("use {lib}::Client;")]
        } else {
            vec![format!("use {lib}::{{{}}};", items.join(", "))]
        };
        if code.contains("models::") {
            lines.push(format!("use {lib}::models;"));
        }
        lines.join("\n")
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
        let call = api.operations().next().map(|(group, op)| {
            let call = self.call(group, op);
            format!(
                "    // One call with its own settings:\n    let _request = client\n{call}\n        .retries(RetryConfig::disabled())\n        .timeout(Duration::from_secs(5))\n        .deadline(Duration::from_secs(20));\n"
            )
        });
        let call = call.unwrap_or_default();
        let program = format!(
            "use std::time::Duration;\n\n{uses}\n\nfn main() -> Result<(), Box<dyn std::error::Error>> {{\n    let client = Client::builder()\n{base}        .retries(RetryConfig::default().max_attempts(5).initial_backoff(Duration::from_millis(200)))\n        .timeout(Duration::from_secs(30))\n        .connect_timeout(Duration::from_secs(5))\n        .deadline(Duration::from_secs(120))\n        .build()?;\n{call}    Ok(())\n}}",
            uses = self.uses(&call, &["RetryConfig".to_string()]),
            base = if api.servers.is_empty() { "        .base_url(\"https://api.example.com\")\n" } else { "" },
        );
        format_program(&program)
    }

    pub(super) fn hook_example(&self) -> Result<String, Error> {
        let lib = &self.lib_name;
        let program = format!(
            "use {lib}::{{Attempt, Client, Hook}};\n\n/// Logs every attempt.\nstruct Log;\n\nimpl Hook for Log {{\n    fn before_request(&self, request: &mut {lib}::reqwest::Request) {{\n        eprintln!(\"-> {{}} {{}}\", request.method(), request.url().path());\n    }}\n\n    fn after_response(&self, attempt: &Attempt<'_>) {{\n        eprintln!(\"<- {{:?}} after {{:?}} (attempt {{}})\", attempt.status, attempt.elapsed, attempt.number);\n    }}\n}}\n\nfn main() -> Result<(), Box<dyn std::error::Error>> {{\n    let client = Client::builder(){base}.hook(Log).build()?;\n    println!(\"{{}}\", client.base_url());\n    Ok(())\n}}",
            base = if self.api.servers.is_empty() { ".base_url(\"https://api.example.com\")" } else { "" },
        );
        format_program(&program)
    }

    pub(super) fn server_example(&self) -> Result<Option<String>, Error> {
        let Some(server) = self.api.servers.get(1).or_else(|| self.api.servers.first()) else {
            return Ok(None);
        };
        let variable = server
            .variables
            .first()
            .map(|v| {
                let value = v.allowed.last().unwrap_or(&v.default);
                format!(
                    "\n        .server_variable({}, {})",
                    proc_macro2::Literal::string(&v.name),
                    proc_macro2::Literal::string(value)
                )
            })
            .unwrap_or_default();
        let lib = &self.lib_name;
        format_program(&format!(
            "use {lib}::{{Client, Server}};\n\nfn main() -> Result<(), Box<dyn std::error::Error>> {{\n    let client = Client::builder()\n        .server(Server::{variant}){variable}\n        .build()?;\n    println!(\"{{}}\", client.base_url());\n    Ok(())\n}}",
            variant = server.rust_name,
        ))
        .map(Some)
    }

    pub(super) fn pagination_example(&mut self) -> Result<Option<String>, Error> {
        let api = self.api;
        let Some((group, op)) = api.operations().find(|(_, op)| op.pagination.is_some()) else {
            return Ok(None);
        };
        let call = self.call(group, op);
        let lib = &self.lib_name;
        let program = format!(
            "{uses}\nuse {lib}::futures_util::TryStreamExt;\n\n#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {{\n{client}\n    let items = client\n{call}\n        .items();\n    let mut items = std::pin::pin!(items);\n    while let Some(item) = items.try_next().await? {{\n        println!(\"{{item:?}}\");\n    }}\n    Ok(())\n}}",
            uses = self.uses(&call, &[]),
            client = self.client_lines(Some(op)),
        );
        format_program(&program).map(Some)
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
        let error = error_path(group, op);
        let program = format!(
            "{uses}\nuse {lib}::{error};\n\n#[tokio::main]\n{deprecated}async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n{client}\n    let result = client\n{call}\n        .await;\n    match result {{\n        Ok(response) => println!(\"{{}}\", response.status()),\n        Err(CallError::Api({short}::{variant}(response))) => {{\n            eprintln!(\"{status}: {{:?}}\", response.body());\n        }}\n        Err(CallError::Api(other)) => eprintln!(\"another documented error: {{other}}\"),\n        Err(CallError::UnexpectedStatus(raw)) => eprintln!(\"{{}}: {{}}\", raw.status(), raw.text()),\n        Err(other) => return Err(other.into()),\n    }}\n    Ok(())\n}}",
            uses = self.uses(&call, &["CallError".to_string()]),
            lib = self.lib_name,
            short = error.rsplit("::").next().unwrap_or(&error),
            variant = first.variant_name,
            status = first.status.label(),
            client = self.client_lines(Some(op)),
            deprecated = if op.deprecated { "#[allow(deprecated)]\n" } else { "" },
        );
        format_program(&program).map(Some)
    }
}

/// Whether the parameter is the idempotency key, which examples leave to the client.
fn is_idempotency_key(op: &Operation, parameter: &sdkgen_ir::Parameter) -> bool {
    op.idempotency_header.as_ref() == Some(&parameter.api_name)
}

/// Formats an example program like the generated code, with a blank line after the `use`s;
/// a program that does not parse is a bug of the docs emitter.
pub(super) fn format_program(program: &str) -> Result<String, Error> {
    let formatted = match syn::parse_file(program) {
        Ok(file) => prettyplease::unparse(&file),
        Err(e) => {
            return Err(Error::Internal(format!(
                "an example program in the docs does not parse ({e}):\n{program}"
            )))
        }
    };
    let mut out = String::with_capacity(formatted.len() + 8);
    let mut previous_was_use = false;
    for line in formatted.lines() {
        let is_use = line.starts_with("use ");
        if previous_was_use && !is_use {
            out.push('\n');
        }
        previous_was_use = is_use;
        out.push_str(line);
        out.push('\n');
    }
    Ok(out.trim_end().to_string())
}
