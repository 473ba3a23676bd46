//! The docs page on testing code that uses the client (`docs/testing.md`): programs that stub
//! an operation on the `mock` feature's server and call it, run as doctests.

use std::collections::BTreeSet;

use quote::quote;
use sdkgen_ir::{
    Api, BodyEncoding, Group, HttpMethod, Operation, Response, StatusMatch, TypeKind, TypeRef,
};

use super::programs::format_program;
use super::DocWriter;
use crate::error::Error;
use crate::surface::error_path;
use crate::surface::{rust_type, Defaults};

/// The page's programs: a stubbed success, and where the operation allows them, a retry
/// seen through replies in turn and a documented error.
pub(super) struct TestingExamples {
    pub(super) operation: String,
    pub(super) success: Option<String>,
    pub(super) retry: Option<String>,
    pub(super) error: Option<String>,
    /// A raw reply, when no operation suits a typed one.
    pub(super) raw: Option<String>,
}

/// The operation the page's programs call: one a typed stub suits, else the first whose
/// request a stub can describe, for a raw reply.
pub(crate) fn example_operation(api: &Api) -> Option<(&Group, &Operation)> {
    typed_operation(api).or_else(|| {
        api.operations().find(|(_, op)| {
            op.request_body
                .as_ref()
                .map_or(true, |b| plain_body(b.encoding))
        })
    })
}

/// Whether a stub compares a request body of this encoding (and can describe it twice).
fn plain_body(encoding: BodyEncoding) -> bool {
    matches!(encoding, BodyEncoding::Json | BodyEncoding::Form)
}

/// The operation the typed programs call: the first whose success is one JSON body of a
/// type that a test can build with `Default`, and whose request can be described twice (no
/// stream or multipart body); an idempotent one first, so that the retry program applies.
fn typed_operation(api: &Api) -> Option<(&Group, &Operation)> {
    let mut defaults = Defaults::new(api);
    let mut usable = api.operations().filter(|(_, op)| {
        let json_success = op.single_success_type().is_some_and(|ty| {
            defaults.type_ref(ty) && default_round_trips(api, ty, &mut BTreeSet::new())
        }) && op
            .responses
            .iter()
            .filter_map(|r| r.body.as_ref())
            .all(|body| body.encoding == BodyEncoding::Json);
        json_success
            && op
                .request_body
                .as_ref()
                .map_or(true, |b| plain_body(b.encoding))
    });
    let first = usable.next()?;
    if retried(first.1) {
        return Some(first);
    }
    usable.find(|(_, op)| retried(op)).or(Some(first))
}

/// Whether a value of `ty` made by `Default` decodes again once encoded: a union's default
/// (`Unknown`) matches none of its alternatives. A type met again (recursion) is optional or
/// in a list where its default is, so it adds nothing.
fn default_round_trips(api: &Api, ty: &TypeRef, seen: &mut BTreeSet<String>) -> bool {
    let TypeRef::Named(name) = ty else {
        return true;
    };
    if !seen.insert(name.clone()) {
        return true;
    }
    match api.type_def(name).map(|def| (def, &def.kind)) {
        Some((def, TypeKind::Struct { fields, .. })) => fields
            .iter()
            .filter(|f| def.requires(f) && !matches!(f.ty, TypeRef::Nullable(_)))
            .all(|f| default_round_trips(api, &f.ty, seen)),
        Some((_, TypeKind::Alias { target })) => default_round_trips(api, target, seen),
        Some((_, TypeKind::Enum { .. })) => true,
        Some((_, TypeKind::Union { .. })) | None => false,
    }
}

/// Whether a `503` of the operation is retried by default.
fn retried(op: &Operation) -> bool {
    op.idempotency_header.is_some() || !matches!(op.method, HttpMethod::Post | HttpMethod::Patch)
}

/// A type as a program names it (models under `models::`); the type's tokens hold no words
/// that need a space between them.
fn code_type(ty: &TypeRef) -> String {
    let spaced = rust_type(ty, &quote! { models:: }).to_string();
    spaced.replace(' ', "")
}

/// The status a stubbed success of the operation has.
fn success_status(op: &Operation) -> u16 {
    match op
        .responses
        .iter()
        .find(|r| r.body.is_some())
        .map(|r| r.status)
    {
        Some(StatusMatch::Code(code)) => code,
        Some(StatusMatch::Range(digit)) => u16::from(digit) * 100,
        _ => 200,
    }
}

impl DocWriter<'_> {
    /// The programs of the testing page, or `None` when no operation suits them.
    pub(super) fn testing_examples(&mut self) -> Result<Option<TestingExamples>, Error> {
        let Some((group, op)) = typed_operation(self.api) else {
            return self.raw_example();
        };
        let Some(ty) = op.single_success_type() else {
            return Ok(None);
        };
        let body_type = code_type(ty);
        let call = self.call(group, op);
        let status = success_status(op);
        let lib = self.lib_name.clone();
        let success = self.stub_program(
            op,
            &call,
            &[format!("use {lib}::mock::MockServer;")],
            &format!("    let body: {body_type} = Default::default();\n    server.on(&request).respond(body).await;\n\n    let response = request.await?;\n    assert_eq!(response.status(), {status});\n    println!(\"{{:?}}\", response.body());\n    let received = server.received().await;\n    assert_eq!(received.len(), 1);"),
        )?;
        let retry = retried(op)
            .then(|| {
                self.stub_program(
                    op,
                    &call,
                    &[format!("use {lib}::mock::{{MockServer, Reply}};")],
                    &format!("    let body: {body_type} = Default::default();\n    server\n        .on(&request)\n        .replies([Reply::raw(503, \"\"), Reply::Success(body)])\n        .await;\n\n    let response = request.clone().await?;\n    assert_eq!(response.status(), {status});\n    let received = server.received_like(&request).await;\n    assert_eq!(received.len(), 2);"),
                )
            })
            .transpose()?;
        let error = match self.documented_error(group, op) {
            Some((uses, statements)) => Some(self.stub_program(op, &call, &uses, &statements)?),
            None => None,
        };
        Ok(Some(TestingExamples {
            operation: format!(
                "[`{}`]({}.md#{})",
                op.rust_name, group.rust_name, op.rust_name
            ),
            success: Some(success),
            retry,
            error,
            raw: None,
        }))
    }

    /// A program with a raw reply, for an API whose successes a test cannot build by `Default`.
    fn raw_example(&mut self) -> Result<Option<TestingExamples>, Error> {
        let Some((group, op)) = example_operation(self.api) else {
            return Ok(None);
        };
        let call = self.call(group, op);
        let lib = self.lib_name.clone();
        let raw = self.stub_program(
            op,
            &call,
            &[format!("use {lib}::mock::MockServer;")],
            "    server.on(&request).respond_raw(418, \"I'm a teapot\").await;\n\n    let result = request.await;\n    let status = result.err().and_then(|error| error.status());\n    assert_eq!(status.map(|status| status.as_u16()), Some(418));",
        )?;
        Ok(Some(TestingExamples {
            operation: format!(
                "[`{}`]({}.md#{})",
                op.rust_name, group.rust_name, op.rust_name
            ),
            success: None,
            retry: None,
            error: None,
            raw: Some(raw),
        }))
    }

    /// The `use`s and statements that stub and check the operation's first documented error
    /// whose body a test can build (a JSON body of a type with `Default`, or none).
    fn documented_error(&self, group: &Group, op: &Operation) -> Option<(Vec<String>, String)> {
        let mut defaults = Defaults::new(self.api);
        // A `404` without a body would pass unstubbed: the server's answer to an unmatched call.
        let (response, code) = op.errors.iter().find_map(|r: &Response| {
            let StatusMatch::Code(code) = r.status else {
                return None;
            };
            let buildable = match &r.body {
                None => code != 404,
                Some(body) => {
                    body.encoding == BodyEncoding::Json
                        && defaults.type_ref(&body.ty)
                        && default_round_trips(self.api, &body.ty, &mut BTreeSet::new())
                }
            };
            buildable.then_some((r, code))
        })?;
        let error = error_path(group, op);
        let short = error.rsplit("::").next().unwrap_or(&error).to_string();
        let (lib, variant) = (&self.lib_name, &response.variant_name);
        let uses = vec![
            format!("use {lib}::mock::MockServer;"),
            format!("use {lib}::{{CallError, ErrorResponse, {error}}};"),
        ];
        let (build, check) = match &response.body {
            Some(body) => (
                format!("    let error_body: {} = Default::default();\n    let error = {short}::{variant}(ErrorResponse::mock({code}, error_body));", code_type(&body.ty)),
                format!("{{\n            assert_eq!(response.status(), {code});\n            assert!(response.body().is_some(), \"the body decodes\");\n        }}"),
            ),
            None => (
                format!("    let error = {short}::{variant}(ErrorResponse::mock({code}, ()));"),
                format!("assert_eq!(response.status(), {code}),"),
            ),
        };
        Some((uses, format!(
            "{build}\n    server.on(&request).respond_error(error).await;\n\n    match request.await {{\n        Err(CallError::Api({short}::{variant}(response))) => {check}\n        other => panic!(\"expected the documented error, got {{other:?}}\"),\n    }}"
        )))
    }

    /// A program that starts the server, builds a client for it and the request, and runs
    /// `statements`.
    fn stub_program(
        &self,
        op: &Operation,
        call: &str,
        extra_uses: &[String],
        statements: &str,
    ) -> Result<String, Error> {
        let code = format!("{call}\n{statements}");
        let program = format!(
            "{uses}\n{extra_uses}\n\n#[tokio::main]\n{deprecated}async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n    let server = MockServer::start().await;\n{client}\n    let request = client\n{call};\n{statements}\n    Ok(())\n}}",
            uses = self.uses(&code, &[]),
            extra_uses = extra_uses.join("\n"),
            deprecated = if op.deprecated { "#[allow(deprecated)]\n" } else { "" },
            client = self.test_client_lines(op),
        );
        format_program(&program)
    }
}
