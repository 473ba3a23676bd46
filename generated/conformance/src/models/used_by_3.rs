//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The `Reading` schema.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Reading {
    /// The `id` property.
    pub id: ::uuid::Uuid,
    /// The `taken_at` property.
    pub taken_at: ::chrono::DateTime<::chrono::Utc>,
    /// The `day` property.
    pub day: ::chrono::NaiveDate,
    /// The `payload` property.
    pub payload: crate::Base64,
    /// The `source` property.
    pub source: ::url::Url,
    /// The `checked_at` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The `related` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<Vec<::uuid::Uuid>>,
}
