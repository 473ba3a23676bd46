//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The spec's `Identity` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Identity {
    /// The `user` property of the spec's `Identity` schema.
    pub user: String,
}
