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
pub const API_VERSION: &str = "v1";
