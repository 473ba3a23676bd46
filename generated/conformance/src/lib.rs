//! # sdkgen-conformance-client
//!
//! A client for the sdkgen conformance API (API version `1.0`).
//!
//! A made-up API that exercises what the four customer APIs do not: API keys in the query,
//! a header or a cookie, HTTP basic, OAuth 2 tokens, a custom HTTP auth scheme word,
//! operations without authentication, string path parameters, header, cookie and credential
//! parameters, error descriptions that look like format strings, offset pagination and server
//! variables. Its client is generated and tested like the others but never published.
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
#[allow(dead_code)]
mod stream;
pub mod models;
#[cfg(feature = "files")]
pub mod files;
#[cfg(feature = "readings")]
pub mod readings;
#[cfg(feature = "items")]
pub mod items;
#[cfg(feature = "auth")]
pub mod auth;
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
/// The `uuid` crate, whose types the models use.
pub use uuid;
pub use runtime::Base64;
/// The `url` crate, whose types the models use.
pub use url;
pub use runtime::Nullable;
pub use stream::{ByteStream, StreamError, StreamFuture};
pub use stream::{Event, EventStream};
pub use runtime::FilePart;
/// The version of the API this client was generated from (`info.version` of the spec).
pub const API_VERSION: &str = "1.0";
/// The markdown docs, so that `cargo test` compiles every example in them.
#[cfg(doctest)]
mod doc_pages {
    #[doc = include_str!("../README.md")]
    struct Page0;
    #[cfg(feature = "auth")]
    #[doc = include_str!("../docs/auth.md")]
    struct Page1;
    #[cfg(feature = "files")]
    #[doc = include_str!("../docs/files.md")]
    struct Page2;
    #[cfg(feature = "items")]
    #[doc = include_str!("../docs/items.md")]
    struct Page3;
    #[cfg(feature = "readings")]
    #[doc = include_str!("../docs/models/AttachPhotos201Response.md")]
    struct Page4;
    #[cfg(feature = "readings")]
    #[doc = include_str!("../docs/models/AttachPhotosRequest.md")]
    struct Page5;
    #[cfg(feature = "readings")]
    #[doc = include_str!("../docs/models/Camera.md")]
    struct Page6;
    #[cfg(feature = "files")]
    #[doc = include_str!("../docs/models/File.md")]
    struct Page7;
    #[cfg(feature = "auth")]
    #[doc = include_str!("../docs/models/Identity.md")]
    struct Page8;
    #[cfg(feature = "items")]
    #[doc = include_str!("../docs/models/Item.md")]
    struct Page9;
    #[cfg(feature = "items")]
    #[doc = include_str!("../docs/models/ItemPage.md")]
    struct Page10;
    #[cfg(feature = "items")]
    #[doc = include_str!("../docs/models/NewItem.md")]
    struct Page11;
    #[cfg(any(feature = "items", feature = "readings"))]
    #[doc = include_str!("../docs/models/Problem.md")]
    struct Page12;
    #[cfg(feature = "readings")]
    #[doc = include_str!("../docs/models/Reading.md")]
    struct Page13;
    #[cfg(feature = "readings")]
    #[doc = include_str!("../docs/models/Sensor.md")]
    struct Page14;
    #[cfg(feature = "readings")]
    #[doc = include_str!("../docs/models/Thermometer.md")]
    struct Page15;
    #[cfg(feature = "readings")]
    #[doc = include_str!("../docs/models/Tick.md")]
    struct Page16;
    #[cfg(feature = "readings")]
    #[doc = include_str!("../docs/readings.md")]
    struct Page17;
    #[cfg(all(feature = "mock", feature = "files"))]
    #[doc = include_str!("../docs/testing.md")]
    struct Page18;
}
