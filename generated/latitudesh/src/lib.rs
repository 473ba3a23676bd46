//! # latitudesh-client
//!
//! A client for the Latitude.sh API (API version `2023-06-01`).
//!
//! The Latitude.sh API manages bare-metal infrastructure. This spec covers API keys: listing,
//! creating, regenerating and deleting the keys of the current user.
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
pub const API_VERSION: &str = "2023-06-01";
