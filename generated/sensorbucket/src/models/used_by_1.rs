//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The `apiError` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiError {
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `code` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The `http_status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<i64>,
}
/// The `ApiKey` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiKey {
    /// The `id` property.
    pub id: i64,
    /// The `name` property.
    pub name: String,
    /// The `tenant_id` property.
    pub tenant_id: i64,
    /// The `tenant_name` property.
    pub tenant_name: String,
    /// The `expiration_date` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The `created` property.
    pub created: ::chrono::DateTime<::chrono::Utc>,
}
/// The `ApiKeyCreated` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiKeyCreated {
    /// The `api_key` property.
    pub api_key: String,
}
/// The `CreateApiKeyRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyRequest {
    /// The `name` property.
    pub name: String,
    /// The `tenant_id` property.
    pub tenant_id: i64,
    /// The `permissions` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// The `expiration_date` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<::chrono::DateTime<::chrono::Utc>>,
}
#[allow(deprecated)]
impl CreateApiKeyRequest {
    /// A `CreateApiKeyRequest` with the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>, tenant_id: i64) -> Self {
        Self {
            name: name.into(),
            tenant_id,
            permissions: None,
            expiration_date: None,
        }
    }
    /// Sets `permissions`.
    pub fn with_permissions(mut self, value: Vec<String>) -> Self {
        self.permissions = Some(value);
        self
    }
    /// Sets `expiration_date`.
    pub fn with_expiration_date(
        mut self,
        value: ::chrono::DateTime<::chrono::Utc>,
    ) -> Self {
        self.expiration_date = Some(value);
        self
    }
}
/// The `schema` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListApiKeys200Response {
    /// The `links` property.
    pub links: PaginatedResponseLinks,
    /// The `page_size` property.
    pub page_size: i64,
    /// The `total_count` property.
    pub total_count: i64,
    /// The `data` property.
    pub data: Vec<ApiKey>,
}
/// The `schema` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RevokeApiKey200Response {
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
