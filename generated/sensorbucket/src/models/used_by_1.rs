//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The spec's `apiError` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiError {
    /// The `message` property of the spec's `apiError` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `code` property of the spec's `apiError` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The `http_status` property of the spec's `apiError` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<i64>,
}
/// The spec's `ApiKey` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiKey {
    /// The `id` property of the spec's `ApiKey` schema.
    pub id: i64,
    /// The `name` property of the spec's `ApiKey` schema.
    pub name: String,
    /// The `tenant_id` property of the spec's `ApiKey` schema.
    pub tenant_id: i64,
    /// The `tenant_name` property of the spec's `ApiKey` schema.
    pub tenant_name: String,
    /// The `expiration_date` property of the spec's `ApiKey` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The `created` property of the spec's `ApiKey` schema.
    pub created: ::chrono::DateTime<::chrono::Utc>,
}
/// The spec's `ApiKeyCreated` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiKeyCreated {
    /// The `api_key` property of the spec's `ApiKeyCreated` schema.
    pub api_key: String,
}
/// The spec's `CreateApiKeyRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyRequest {
    /// The `name` property of the spec's `CreateApiKeyRequest` schema.
    pub name: String,
    /// The `tenant_id` property of the spec's `CreateApiKeyRequest` schema.
    pub tenant_id: i64,
    /// The `permissions` property of the spec's `CreateApiKeyRequest` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// The `expiration_date` property of the spec's `CreateApiKeyRequest` schema.
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
/// The `200` response body of `GET /api-keys`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListApiKeys200Response {
    /// The `links` property of the `200` response body of `GET /api-keys`.
    pub links: ListApiKeys200ResponseLinks,
    /// The `page_size` property of the `200` response body of `GET /api-keys`.
    pub page_size: i64,
    /// The `total_count` property of the `200` response body of `GET /api-keys`.
    pub total_count: i64,
    /// The `data` property of the `200` response body of `GET /api-keys`.
    pub data: Vec<ApiKey>,
}
/// The `links` property of the `200` response body of `GET /api-keys`.
pub type ListApiKeys200ResponseLinks = PaginatedResponseLinks;
/// The `200` response body of `DELETE /api-keys/{api_key_id}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RevokeApiKey200Response {
    /// The `message` property of the `200` response body of `DELETE /api-keys/{api_key_id}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
