//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The spec's `paginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PaginatedResponse {
    /// The `links` property of the spec's `paginatedResponse` schema.
    pub links: PaginatedResponseLinks,
    /// The `page_size` property of the spec's `paginatedResponse` schema.
    pub page_size: i64,
    /// The `total_count` property of the spec's `paginatedResponse` schema.
    pub total_count: i64,
    /// The `data` property of the spec's `paginatedResponse` schema.
    pub data: Vec<::serde_json::Value>,
}
