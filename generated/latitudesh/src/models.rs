//! Types of the request and response bodies.
#[cfg(feature = "api_keys")]
pub use used_by_0::*;
#[cfg(feature = "api_keys")]
mod used_by_0;
