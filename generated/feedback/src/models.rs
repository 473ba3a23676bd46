//! Types of the request and response bodies.
#[cfg(feature = "credentials")]
pub use used_by_0::*;
#[cfg(feature = "credentials")]
mod used_by_0;
