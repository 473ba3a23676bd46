//! `tests/contract.rs`: the docs' example calls made to run. Each operation gets one ignored
//! test that calls it with valid values (the spec's examples, else values made from the
//! schemas) and made-up credentials against the server `SDKGEN_CONTRACT_URL` names, and
//! passes only when a documented success arrives and decodes into its type.

use proc_macro2::TokenStream;
use quote::quote;
use sdkgen_ir::{Group, Operation};

use super::DocWriter;
use crate::emit::features::Features;
use crate::error::Error;
use crate::surface::{ident, OperationSurface};

/// Where the contract tests go in the crate.
pub const CONTRACT_TESTS: &str = "tests/contract.rs";

/// The environment variable that names the server the contract tests call.
pub const CONTRACT_URL: &str = "SDKGEN_CONTRACT_URL";

impl DocWriter<'_> {
    /// The whole test file: a module per group (behind its feature), a test per operation.
    pub(super) fn contract_tests(&mut self, features: Features) -> Result<String, Error> {
        let api = self.api;
        let modules: Vec<TokenStream> = api
            .groups
            .iter()
            .filter(|group| !group.operations.is_empty())
            .map(|group| self.contract_module(group, features))
            .collect();
        let lib = self.lib();
        let without_success = api
            .groups
            .iter()
            .flat_map(|group| &group.operations)
            .any(|op| op.responses.is_empty());
        let documented_outcome = without_success.then(|| documented_outcome(&lib));
        let file = quote! {
            //! Contract tests: every operation called once, with valid values, against the
            //! server that `SDKGEN_CONTRACT_URL` names (a mock server such as Prism, or a
            //! staging server). Ignored by default; run them with
            //! `SDKGEN_CONTRACT_URL=http://127.0.0.1:4010 cargo test --all-features --test contract -- --ignored`.
            #![allow(deprecated, unused_imports)]

            /// The server the tests call.
            fn contract_url() -> Result<String, String> {
                std::env::var(#CONTRACT_URL).map_err(|_| {
                    format!("set {} to the base URL of the server to test against", #CONTRACT_URL)
                })
            }

            /// A client for the server, with made-up credentials, that tries each call once.
            fn client_builder() -> Result<#lib::ClientBuilder, String> {
                Ok(#lib::Client::builder()
                    .base_url(contract_url()?)
                    .retries(#lib::RetryConfig::disabled()))
            }

            /// Why a test failed, printed as it reads (libtest prints what a test returns with
            /// `Debug`).
            struct Failure(String);

            impl std::fmt::Debug for Failure {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(&self.0)
                }
            }

            impl<E: std::fmt::Display> From<E> for Failure {
                fn from(error: E) -> Self {
                    Failure(error.to_string())
                }
            }

            /// A failed call with the body the server answered, which says what it rejected,
            /// and what a validating mock server (Prism) found wrong with the exchange.
            fn call_failure<E: #lib::DocumentedError>(error: #lib::CallError<E>) -> Failure {
                let raw = match &error {
                    #lib::CallError::Api(documented) => Some(documented.raw()),
                    #lib::CallError::UnexpectedStatus(raw) => Some(raw),
                    #lib::CallError::Decode(decode) => Some(decode.response()),
                    _ => None,
                };
                let Some(raw) = raw else {
                    return Failure(error.to_string());
                };
                let violations = raw
                    .headers()
                    .get("sl-violations")
                    .and_then(|value| value.to_str().ok())
                    .map(|value| format!("; sl-violations: {value}"))
                    .unwrap_or_default();
                Failure(format!("{error}; body: {}{violations}", raw.text()))
            }

            #documented_outcome

            #(#modules)*
        };
        super::super::format::format(file, CONTRACT_TESTS)
    }

    fn contract_module(&mut self, group: &Group, features: Features) -> TokenStream {
        let lib = self.lib();
        let module = ident(&group.rust_name);
        let cfg = features.group_cfg(group);
        let tests: Vec<TokenStream> = group
            .operations
            .iter()
            .map(|op| self.contract_test(group, op))
            .collect();
        quote! {
            #cfg
            mod #module {
                use #lib::models;

                #(#tests)*
            }
        }
    }

    fn contract_test(&mut self, group: &Group, op: &Operation) -> TokenStream {
        let name = ident(&op.rust_name);
        let credentials = self.credentials(Some(op), true);
        let request = self.contract_call(group, op);
        let what = format!("{} {}", op.method.as_str(), op.path);
        let outcome = if op.responses.is_empty() {
            quote! { crate::documented_outcome(client #request .await) }
        } else {
            quote! {
                client #request .await.map_err(crate::call_failure)?;
                Ok(())
            }
        };
        quote! {
            #[tokio::test]
            #[ignore = #what]
            async fn #name() -> Result<(), crate::Failure> {
                let client = crate::client_builder()? #credentials .build()?;
                #outcome
            }
        }
    }

    /// The call with every argument and every optional parameter the example values can
    /// fill: the more of the request a test sends, the more of its encoding the server checks.
    /// The idempotency key is left to the client, as users leave it.
    fn contract_call(&mut self, group: &Group, op: &Operation) -> TokenStream {
        let surface = OperationSurface::new(op);
        let arguments: Vec<TokenStream> = surface
            .arguments
            .iter()
            .map(|input| self.input_example(input))
            .collect();
        let setters: Vec<TokenStream> = surface
            .setters
            .iter()
            .filter(|input| {
                input.parameter().map_or(true, |p| {
                    !p.deprecated && !super::programs::is_idempotency_key(op, p)
                })
            })
            .map(|input| {
                let setter = ident(input.name);
                let value = self.input_example(input);
                quote! { .#setter(#value) }
            })
            .collect();
        let (group_method, method) = (ident(&group.rust_name), ident(&op.rust_name));
        quote! { .#group_method().#method(#(#arguments),*) #(#setters)* }
    }
}

/// The check of an operation whose spec documents no success: a documented response that
/// decodes, to a request the server found nothing wrong with, is the most it can answer.
/// Allowed to be dead: the features of every such operation's group may be off.
fn documented_outcome(lib: &proc_macro2::Ident) -> TokenStream {
    quote! {
        /// The outcome of an operation whose spec documents no success response.
        #[allow(dead_code)]
        fn documented_outcome<T, E: #lib::DocumentedError>(
            outcome: Result<T, #lib::CallError<E>>,
        ) -> Result<(), Failure> {
            match outcome {
                Err(#lib::CallError::Api(documented))
                    if !documented.raw().headers().contains_key("sl-violations") =>
                {
                    Ok(())
                }
                Err(error) => Err(call_failure(error)),
                Ok(_) => Ok(()),
            }
        }
    }
}
