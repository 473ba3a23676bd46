//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The `paginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PaginatedResponse {
    /// The `links` property.
    pub links: PaginatedResponseLinks,
    /// The `page_size` property.
    pub page_size: i64,
    /// The `total_count` property.
    pub total_count: i64,
    /// The `data` property.
    pub data: Vec<::serde_json::Value>,
}
