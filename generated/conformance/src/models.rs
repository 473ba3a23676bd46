//! Types of the request and response bodies.
pub use crate::Nullable;
pub use crate::FilePart;
#[cfg(feature = "auth")]
pub use used_by_0::*;
#[cfg(feature = "auth")]
mod used_by_0;
#[cfg(feature = "files")]
pub use used_by_1::*;
#[cfg(feature = "files")]
mod used_by_1;
#[cfg(feature = "items")]
pub use used_by_2::*;
#[cfg(feature = "items")]
mod used_by_2;
#[cfg(any(feature = "items", feature = "readings"))]
pub use used_by_3::*;
#[cfg(any(feature = "items", feature = "readings"))]
mod used_by_3;
#[cfg(feature = "readings")]
pub use used_by_4::*;
#[cfg(feature = "readings")]
mod used_by_4;
