//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The `links` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PaginatedResponseLinks {
    /// The `previous` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `next` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}
