//! The docs page on testing code that uses the client (`docs/testing.md`): programs that stub
//! an operation on the `mock` feature's server and call it, run as doctests.

use std::collections::BTreeSet;

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use sdkgen_ir::{
    Api, BodyEncoding, Group, HttpMethod, Operation, Response, StatusMatch, TypeKind, TypeRef,
};

use super::programs::{format_program, Call};
use super::DocWriter;
use crate::error::Error;
use crate::surface::{ident, rust_type, Defaults};

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

/// A type as a program names it: models under `models::`.
fn code_type(ty: &TypeRef) -> TokenStream {
    rust_type(ty, &quote! { models:: })
}

/// Whether a type names a model, which a program then imports the `models` module for.
fn names_models(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Named(_) => true,
        TypeRef::Array(inner)
        | TypeRef::Map(inner)
        | TypeRef::Nullable(inner)
        | TypeRef::EventStream(inner) => names_models(inner),
        _ => false,
    }
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
        let names_models = names_models(ty);
        let call = self.call(group, op);
        let status = Literal::u16_unsuffixed(success_status(op));
        let lib = self.lib();
        let success = self.stub_program(
            op,
            &call,
            names_models,
            quote! { use #lib::mock::MockServer; },
            quote! {
                let body: #body_type = Default::default();
                server.on(&request).respond(body).await;
                let response = request.await?;
                assert_eq!(response.status(), #status);
                println!("{:?}", response.body());
                let received = server.received().await;
                assert_eq!(received.len(), 1);
            },
        )?;
        let retry = retried(op)
            .then(|| {
                self.stub_program(
                    op,
                    &call,
                    names_models,
                    quote! { use #lib::mock::{MockServer, Reply}; },
                    quote! {
                        let body: #body_type = Default::default();
                        server
                            .on(&request)
                            .replies([Reply::raw(503, ""), Reply::Success(body)])
                            .await;
                        let response = request.clone().await?;
                        assert_eq!(response.status(), #status);
                        let received = server.received_like(&request).await;
                        assert_eq!(received.len(), 2);
                    },
                )
            })
            .transpose()?;
        let error = match self.documented_error(group, op) {
            Some((names, uses, statements)) => {
                Some(self.stub_program(op, &call, names, uses, statements)?)
            }
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
        let lib = self.lib();
        let raw = self.stub_program(
            op,
            &call,
            false,
            quote! { use #lib::mock::MockServer; },
            quote! {
                server.on(&request).respond_raw(418, "I'm a teapot").await;
                let result = request.await;
                let status = result.err().and_then(|error| error.status());
                assert_eq!(status.map(|status| status.as_u16()), Some(418));
            },
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

    /// Whether the statements name models, the `use`s and the statements that stub and check
    /// the operation's first documented error whose body a test can build (a JSON body of a
    /// type with `Default`, or none).
    fn documented_error(
        &self,
        group: &Group,
        op: &Operation,
    ) -> Option<(bool, TokenStream, TokenStream)> {
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
        let (lib, group_module) = (self.lib(), ident(&group.rust_name));
        let (error, variant) = (ident(&op.error_type), ident(&response.variant_name));
        let code = Literal::u16_unsuffixed(code);
        let uses = quote! {
            use #lib::mock::MockServer;
            use #lib::{CallError, ErrorResponse};
            use #lib::#group_module::#error;
        };
        let (names_models, build, check) = match &response.body {
            Some(body) => {
                let ty = code_type(&body.ty);
                (
                    names_models(&body.ty),
                    quote! {
                        let error_body: #ty = Default::default();
                        let error = #error::#variant(ErrorResponse::mock(#code, error_body));
                    },
                    quote! {{
                        assert_eq!(response.status(), #code);
                        assert!(response.body().is_some(), "the body decodes");
                    }},
                )
            }
            None => (
                false,
                quote! { let error = #error::#variant(ErrorResponse::mock(#code, ())); },
                quote! { assert_eq!(response.status(), #code), },
            ),
        };
        Some((
            names_models,
            uses,
            quote! {
                #build
                server.on(&request).respond_error(error).await;
                match request.await {
                    Err(CallError::Api(#error::#variant(response))) => #check
                    other => panic!("expected the documented error, got {other:?}"),
                }
            },
        ))
    }

    /// A program that starts the server, builds a client for it and the request, and runs
    /// `statements`, which name models when `names_models` says so.
    fn stub_program(
        &self,
        op: &Operation,
        call: &Call,
        names_models: bool,
        extra_uses: TokenStream,
        statements: TokenStream,
    ) -> Result<String, Error> {
        let uses = self.uses(call.names_models || names_models, &[]);
        let client = self.test_client_statement(op);
        let request = &call.tokens;
        let deprecated = op.deprecated.then(|| quote! { #[allow(deprecated)] });
        format_program(quote! {
            #uses
            #extra_uses

            #[tokio::main]
            #deprecated
            async fn main() -> Result<(), Box<dyn std::error::Error>> {
                let server = MockServer::start().await;
                #client
                let request = client #request;
                #statements
                Ok(())
            }
        })
    }
}
