//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The spec's `APIKey` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiKey {
    /// The `id` property of the spec's `APIKey` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `type` property of the spec's `APIKey` schema.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<ApiKeyType>,
    /// The `attributes` property of the spec's `APIKey` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Attributes>,
}
/// The `type` property of the spec's `APIKey` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiKeyType {
    /// `api_keys`
    ApiKeys,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for ApiKeyType {
    fn default() -> Self {
        ApiKeyType::Unknown(Default::default())
    }
}
impl ApiKeyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ApiKeyType::ApiKeys => "api_keys",
            ApiKeyType::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApiKeyType {
    fn from(value: &str) -> Self {
        match value {
            "api_keys" => ApiKeyType::ApiKeys,
            other => ApiKeyType::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for ApiKeyType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ApiKeyType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ApiKeyType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(ApiKeyType::from(value.as_str()))
    }
}
/// The owner of the key.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiKeyUser {
    /// The `id` property of the spec's `APIKeyUser` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `email` property of the spec's `APIKeyUser` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
/// API key attributes.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Attributes {
    /// Name of the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The API version tied to the key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// The last five characters of the key's token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_last_slice: Option<String>,
    /// Time of the last request made with the key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The `user` property of the spec's `Attributes` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<ApiKeyUser>,
    /// The `created_at` property of the spec's `Attributes` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The `updated_at` property of the spec's `Attributes` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<::chrono::DateTime<::chrono::Utc>>,
}
/// The spec's `CreateAPIKey` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateApiKey {
    /// The `data` property of the spec's `CreateAPIKey` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Data>,
}
#[allow(deprecated)]
impl CreateApiKey {
    /// A `CreateApiKey` with the required fields; set the others with the `with_` methods.
    pub fn new() -> Self {
        Self { data: None }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: Data) -> Self {
        self.data = Some(value);
        self
    }
}
/// The spec's `CreateAPIKeyAttributes` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyAttributes {
    /// Name of the API key.
    ///
    /// Default: `"Name of the API Key"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
#[allow(deprecated)]
impl CreateApiKeyAttributes {
    /// A `CreateApiKeyAttributes` with the required fields; set the others with the `with_` methods.
    pub fn new() -> Self {
        Self { name: None }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The spec's `CreateAPIKeyType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateApiKeyType {
    /// `api_keys`
    ApiKeys,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for CreateApiKeyType {
    fn default() -> Self {
        CreateApiKeyType::Unknown(Default::default())
    }
}
impl CreateApiKeyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CreateApiKeyType::ApiKeys => "api_keys",
            CreateApiKeyType::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreateApiKeyType {
    fn from(value: &str) -> Self {
        match value {
            "api_keys" => CreateApiKeyType::ApiKeys,
            other => CreateApiKeyType::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for CreateApiKeyType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CreateApiKeyType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateApiKeyType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(CreateApiKeyType::from(value.as_str()))
    }
}
/// The spec's `Data` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Data {
    /// The `type` property of the spec's `Data` schema.
    #[serde(rename = "type")]
    pub type_: CreateApiKeyType,
    /// The `attributes` property of the spec's `Data` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<CreateApiKeyAttributes>,
}
#[allow(deprecated)]
impl Data {
    /// A `Data` with the required fields; set the others with the `with_` methods.
    pub fn new(type_: CreateApiKeyType) -> Self {
        Self { type_, attributes: None }
    }
    /// Sets `attributes`.
    pub fn with_attributes(mut self, value: CreateApiKeyAttributes) -> Self {
        self.attributes = Some(value);
        self
    }
}
/// The spec's `PostAPIKeyResponseBody` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PostApiKeyResponseBody {
    /// The `data` property of the spec's `PostAPIKeyResponseBody` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ApiKey>,
}
/// The spec's `UpdateAPIKey` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateApiKey {
    /// The `data` property of the spec's `UpdateAPIKey` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<UpdateApiKeyData>,
}
#[allow(deprecated)]
impl UpdateApiKey {
    /// A `UpdateApiKey` with the required fields; set the others with the `with_` methods.
    pub fn new() -> Self {
        Self { data: None }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: UpdateApiKeyData) -> Self {
        self.data = Some(value);
        self
    }
}
/// The spec's `UpdateAPIKeyAttributes` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateApiKeyAttributes {
    /// Name of the API key.
    ///
    /// Default: `"Name of the API Key"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The API version to use.
    ///
    /// Default: `"2023-06-01"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
}
#[allow(deprecated)]
impl UpdateApiKeyAttributes {
    /// A `UpdateApiKeyAttributes` with the required fields; set the others with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            api_version: None,
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `api_version`.
    pub fn with_api_version(mut self, value: impl Into<String>) -> Self {
        self.api_version = Some(value.into());
        self
    }
}
/// The spec's `UpdateAPIKeyData` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateApiKeyData {
    /// The `id` property of the spec's `UpdateAPIKeyData` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `type` property of the spec's `UpdateAPIKeyData` schema.
    #[serde(rename = "type")]
    pub type_: UpdateApiKeyType,
    /// The `attributes` property of the spec's `UpdateAPIKeyData` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<UpdateApiKeyAttributes>,
}
#[allow(deprecated)]
impl UpdateApiKeyData {
    /// A `UpdateApiKeyData` with the required fields; set the others with the `with_` methods.
    pub fn new(type_: UpdateApiKeyType) -> Self {
        Self {
            id: None,
            type_,
            attributes: None,
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn with_attributes(mut self, value: UpdateApiKeyAttributes) -> Self {
        self.attributes = Some(value);
        self
    }
}
/// The spec's `UpdateAPIKeyResponseBody` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateApiKeyResponseBody {
    /// The `data` property of the spec's `UpdateAPIKeyResponseBody` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ApiKey>,
}
/// The spec's `UpdateAPIKeyType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateApiKeyType {
    /// `api_keys`
    ApiKeys,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for UpdateApiKeyType {
    fn default() -> Self {
        UpdateApiKeyType::Unknown(Default::default())
    }
}
impl UpdateApiKeyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateApiKeyType::ApiKeys => "api_keys",
            UpdateApiKeyType::Unknown(value) => value,
        }
    }
}
impl From<&str> for UpdateApiKeyType {
    fn from(value: &str) -> Self {
        match value {
            "api_keys" => UpdateApiKeyType::ApiKeys,
            other => UpdateApiKeyType::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for UpdateApiKeyType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UpdateApiKeyType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateApiKeyType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(UpdateApiKeyType::from(value.as_str()))
    }
}
