//! A Rockset API client that `build.rs` generates with `sdkgen::Generator` at build time,
//! from `specs/rockset.yaml`: the crate is the client, so the generated file is included at
//! its root.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// The generated code's errors and enums carry whole responses; see the generated crates.
#![allow(clippy::result_large_err)]
#![allow(clippy::large_enum_variant)]

include!(concat!(env!("OUT_DIR"), "/rockset.rs"));
