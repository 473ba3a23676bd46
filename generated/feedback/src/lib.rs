//! # feedback-api-client
//!
//! A client for the Feedback API (API version `1.0.0`).
//!
//! Collects and serves end-user feedback. This spec covers the Credentials controller: creating,
//! rotating and deleting the tenant's private key.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(clippy::result_large_err)]
mod client;
#[allow(dead_code)]
mod runtime;
pub mod models;
pub mod credentials;
pub use client::{Client, ClientBuilder};
pub use client::DEFAULT_BASE_URL;
pub use runtime::{
    BuildError, DecodeError, DocumentedError, Error, RawResponse, Response,
};
/// The HTTP client library this crate uses, for building a custom `reqwest::Client` and
/// reading headers.
pub use reqwest;
/// The version of the API this client was generated from (`info.version` of the spec).
pub const API_VERSION: &str = "1.0.0";
