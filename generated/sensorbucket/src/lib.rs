//! # sensorbucket-client
//!
//! A client for the Sensorbucket API (API version `1.2.5`).
//!
//! SensorBucket processes data from different sources and devices into a single standardized
//! format. This spec covers the API keys of a tenant: creating, reading, listing and revoking them.
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
#[cfg(feature = "api_keys")]
pub mod api_keys;
pub use call::{CallFuture, CallResult, Request};
pub use client::{Client, ClientBuilder};
pub use client::Server;
pub use error::{
    ApiError, BuildError, CallError, DecodeError, DocumentedError, Error, ErrorResponse,
    TransportError,
};
pub use transport::{Attempt, Hook, RetryConfig};
/// The streams library that `pages()` and `items()` return streams of; bring
/// `futures_util::TryStreamExt` into scope to read them.
pub use futures_util;
pub use client::DEFAULT_BASE_URL;
pub use runtime::{RawResponse, Response};
/// The HTTP client library this crate uses, for building a custom `reqwest::Client` and
/// reading headers.
pub use reqwest;
/// The byte buffers of binary bodies.
pub use bytes;
/// The `chrono` crate, whose types the models use.
pub use chrono;
/// The version of the API this client was generated from (`info.version` of the spec).
pub const API_VERSION: &str = "1.2.5";
/// The markdown docs, so that `cargo test` compiles every example in them.
#[cfg(doctest)]
mod doc_pages {
    #[doc = include_str!("../README.md")]
    struct Page0;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/api_keys.md")]
    struct Page1;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ApiError.md")]
    struct Page2;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ApiKey.md")]
    struct Page3;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ApiKeyCreated.md")]
    struct Page4;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/CreateApiKeyRequest.md")]
    struct Page5;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ListApiKeys200Response.md")]
    struct Page6;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ListApiKeys200ResponseLinks.md")]
    struct Page7;
    #[cfg(feature = "other-models")]
    #[doc = include_str!("../docs/models/PaginatedResponse.md")]
    struct Page8;
    #[cfg(any(feature = "api_keys", feature = "other-models"))]
    #[doc = include_str!("../docs/models/PaginatedResponseLinks.md")]
    struct Page9;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/RevokeApiKey200Response.md")]
    struct Page10;
    #[cfg(all(feature = "mock", feature = "api_keys"))]
    #[doc = include_str!("../docs/testing.md")]
    struct Page11;
}
