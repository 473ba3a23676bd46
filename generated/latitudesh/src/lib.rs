//! # latitudesh-client
//!
//! A client for the Latitude.sh API (API version `2023-06-01`).
//!
//! The Latitude.sh API manages bare-metal infrastructure. This spec covers API keys: listing,
//! creating, regenerating and deleting the keys of the current user.
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
pub const API_VERSION: &str = "2023-06-01";
/// The markdown docs, so that `cargo test` compiles every example in them.
#[cfg(doctest)]
mod doc_pages {
    #[doc = include_str!("../README.md")]
    struct Page0;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/api_keys.md")]
    struct Page1;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ApiKey.md")]
    struct Page2;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ApiKeyType.md")]
    struct Page3;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ApiKeyUser.md")]
    struct Page4;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/Attributes.md")]
    struct Page5;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/CreateApiKey.md")]
    struct Page6;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/CreateApiKeyAttributes.md")]
    struct Page7;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/CreateApiKeyType.md")]
    struct Page8;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/Data.md")]
    struct Page9;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/PostApiKeyResponseBody.md")]
    struct Page10;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/UpdateApiKey.md")]
    struct Page11;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/UpdateApiKeyAttributes.md")]
    struct Page12;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/UpdateApiKeyData.md")]
    struct Page13;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/UpdateApiKeyResponseBody.md")]
    struct Page14;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/UpdateApiKeyType.md")]
    struct Page15;
    #[cfg(all(feature = "mock", feature = "api_keys"))]
    #[doc = include_str!("../docs/testing.md")]
    struct Page16;
}
