//! Types of the request and response bodies.
#[cfg(feature = "other-models")]
pub use used_by_0::*;
#[cfg(feature = "other-models")]
mod used_by_0;
#[cfg(feature = "api_keys")]
pub use used_by_1::*;
#[cfg(feature = "api_keys")]
mod used_by_1;
#[cfg(any(feature = "api_keys", feature = "other-models"))]
pub use used_by_2::*;
#[cfg(any(feature = "api_keys", feature = "other-models"))]
mod used_by_2;
