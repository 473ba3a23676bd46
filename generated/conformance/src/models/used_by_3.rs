//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The spec's `Problem` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Problem {
    /// The `title` property of the spec's `Problem` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
