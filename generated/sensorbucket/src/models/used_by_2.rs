//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The `links` property of the spec's `paginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PaginatedResponseLinks {
    /// The `previous` property of the `links` property of the spec's `paginatedResponse` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `next` property of the `links` property of the spec's `paginatedResponse` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}
