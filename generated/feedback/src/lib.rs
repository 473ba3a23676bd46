//! # feedback-api-client
//!
//! A client for the Feedback API (API version `1.0.0`).
//!
//! Collects and serves end-user feedback. This spec covers the Credentials controller: creating,
//! rotating and deleting the tenant's private key.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(clippy::result_large_err)]
#![allow(clippy::large_enum_variant)]
#![recursion_limit = "256"]
mod client;
#[allow(dead_code)]
mod call;
#[allow(dead_code)]
mod error;
#[allow(dead_code)]
mod runtime;
#[allow(dead_code)]
mod transport;
#[allow(dead_code)]
#[cfg_attr(feature = "tracing", path = "telemetry_tracing.rs")]
mod telemetry;
#[cfg(feature = "mock")]
#[allow(dead_code)]
pub mod mock;
pub mod models;
#[cfg(feature = "credentials")]
pub mod credentials;
pub use call::{CallFuture, CallResult, Request};
pub use client::{Client, ClientBuilder};
pub use client::Server;
pub use error::{
    ApiError, BuildError, CallError, DecodeError, DocumentedError, Error, ErrorResponse,
    TransportError,
};
pub use transport::{Attempt, Hook, RetryConfig};
pub use client::DEFAULT_BASE_URL;
pub use runtime::{RawResponse, Response};
/// The HTTP client library this crate uses, for building a custom `reqwest::Client` and
/// reading headers.
pub use reqwest;
/// The byte buffers of binary bodies.
pub use bytes;
/// The version of the API this client was generated from (`info.version` of the spec).
pub const API_VERSION: &str = "1.0.0";
/// The markdown docs, so that `cargo test` compiles every example in them.
#[cfg(doctest)]
mod doc_pages {
    #[doc = include_str!("../README.md")]
    struct Page0;
    #[cfg(feature = "credentials")]
    #[doc = include_str!("../docs/credentials.md")]
    struct Page1;
    #[cfg(feature = "credentials")]
    #[doc = include_str!("../docs/models/Credentials.md")]
    struct Page2;
    #[cfg(feature = "credentials")]
    #[doc = include_str!("../docs/models/InternalServerErrorException.md")]
    struct Page3;
    #[cfg(feature = "credentials")]
    #[doc = include_str!("../docs/models/InternalServerErrorExceptionMessage.md")]
    struct Page4;
    #[cfg(feature = "credentials")]
    #[doc = include_str!("../docs/models/TooManyRequestsException.md")]
    struct Page5;
    #[cfg(feature = "credentials")]
    #[doc = include_str!("../docs/models/TooManyRequestsExceptionMessage.md")]
    struct Page6;
    #[cfg(feature = "credentials")]
    #[doc = include_str!("../docs/models/UnauthorizedException.md")]
    struct Page7;
    #[cfg(feature = "credentials")]
    #[doc = include_str!("../docs/models/UnauthorizedExceptionMessage.md")]
    struct Page8;
    #[cfg(all(feature = "mock", feature = "credentials"))]
    #[doc = include_str!("../docs/testing.md")]
    struct Page9;
}
