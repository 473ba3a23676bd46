//! # rockset-client
//!
//! A client for the Rockset REST API (API version `v1`).
//!
//! Rockset's REST API allows for creating and managing all resources in Rockset. This spec covers API keys: creating, listing, retrieving, updating and deleting them.
//!
//! All requests must be authorized with a Rockset API key, provided as `ApiKey <api_key>` in the `Authorization` request header.
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
/// The version of the API this client was generated from (`info.version` of the spec).
pub const API_VERSION: &str = "v1";
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
    #[doc = include_str!("../docs/models/ApiKeyState.md")]
    struct Page3;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/CreateApiKeyRequest.md")]
    struct Page4;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/CreateApiKeyResponse.md")]
    struct Page5;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/DeleteApiKeyResponse.md")]
    struct Page6;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ErrorModel.md")]
    struct Page7;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ErrorModelType.md")]
    struct Page8;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/GetApiKeyResponse.md")]
    struct Page9;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/ListApiKeysResponse.md")]
    struct Page10;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/UpdateApiKeyRequest.md")]
    struct Page11;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/UpdateApiKeyRequestState.md")]
    struct Page12;
    #[cfg(feature = "api_keys")]
    #[doc = include_str!("../docs/models/UpdateApiKeyResponse.md")]
    struct Page13;
    #[cfg(all(feature = "mock", feature = "api_keys"))]
    #[doc = include_str!("../docs/testing.md")]
    struct Page14;
}
