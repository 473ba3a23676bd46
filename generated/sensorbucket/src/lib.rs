//! # sensorbucket-client
//!
//! A client for the Sensorbucket API (API version `1.2.5`).
//!
//! SensorBucket processes data from different sources and devices into a single standardized
//! format. This spec covers the API keys of a tenant: creating, reading, listing and revoking them.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(clippy::result_large_err)]
mod client;
#[allow(dead_code)]
mod runtime;
pub mod models;
pub mod api_keys;
pub use client::{Client, ClientBuilder};
pub use client::DEFAULT_BASE_URL;
pub use runtime::{
    BuildError, DecodeError, DocumentedError, Error, RawResponse, Response,
};
/// The HTTP client library this crate uses, for building a custom `reqwest::Client` and
/// reading headers.
pub use reqwest;
/// The version of the API this client was generated from (`info.version` of the spec).
pub const API_VERSION: &str = "1.2.5";
