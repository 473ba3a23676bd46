//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// API keys are used to authenticate requests to Rockset's API. An API key is tied to the user who creates it.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiKey {
    /// Date that API key was created (ISO-8601 format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Email of API key owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Name of the API key that was used to create this object if one was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_apikey_name: Option<String>,
    /// The expiration date of this API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_time: Option<String>,
    /// This field will only be populated with the full key when creating an API key. Otherwise, it will be an API key identifier of 6 characters.
    pub key: String,
    /// Date that API key was most recently used (ISO-8601 format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_access_time: Option<String>,
    /// Name of the API key.
    pub name: String,
    /// Role specifying access control. If not specified, API key will have access to all of the associated user's roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Current state of this key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ApiKeyState>,
}
/// Current state of this key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiKeyState {
    /// `ACTIVE`
    Active,
    /// `SUSPENDED`
    Suspended,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for ApiKeyState {
    fn default() -> Self {
        ApiKeyState::Unknown(Default::default())
    }
}
impl ApiKeyState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ApiKeyState::Active => "ACTIVE",
            ApiKeyState::Suspended => "SUSPENDED",
            ApiKeyState::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApiKeyState {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => ApiKeyState::Active,
            "SUSPENDED" => ApiKeyState::Suspended,
            other => ApiKeyState::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for ApiKeyState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ApiKeyState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ApiKeyState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(ApiKeyState::from(value.as_str()))
    }
}
/// The spec's `CreateApiKeyRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyRequest {
    /// The `created_by` property of the spec's `CreateApiKeyRequest` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// If provided, the API key will automatically expire at this time (ISO-8601 format). Requires premium.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_time: Option<String>,
    /// Name for this API key.
    pub name: String,
    /// The `role` property of the spec's `CreateApiKeyRequest` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
#[allow(deprecated)]
impl CreateApiKeyRequest {
    /// A `CreateApiKeyRequest` with the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            created_by: None,
            expiry_time: None,
            name: name.into(),
            role: None,
        }
    }
    /// Sets `created_by`.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `expiry_time`.
    pub fn with_expiry_time(mut self, value: impl Into<String>) -> Self {
        self.expiry_time = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn with_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
/// The spec's `CreateApiKeyResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyResponse {
    /// The `data` property of the spec's `CreateApiKeyResponse` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ApiKey>,
}
/// The spec's `DeleteApiKeyResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteApiKeyResponse {
    /// The `data` property of the spec's `DeleteApiKeyResponse` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ApiKey>,
}
/// Describes details about an error
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorModel {
    /// Column where the error happened (if applicable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<i32>,
    /// ID of the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_id: Option<String>,
    /// Line where the error happened (if applicable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<i32>,
    /// Descriptive message about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// ID of the query (if applicable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    /// Internal trace ID to help with debugging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// Category of the error.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<ErrorModelType>,
    /// Virtual Instance RRN for the Virtual Instance that the query was run on (if applicable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub virtual_instance_rrn: Option<String>,
}
/// Category of the error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorModelType {
    /// `AUTHEXCEPTION`
    Authexception,
    /// `VERSIONEXCEPTION`
    Versionexception,
    /// `INTERNALERROR`
    Internalerror,
    /// `INVALIDINPUT`
    Invalidinput,
    /// `NOTIMPLEMENTEDYET`
    Notimplementedyet,
    /// `RESOURCEEXCEEDED`
    Resourceexceeded,
    /// `ALREADYEXISTS`
    Alreadyexists,
    /// `METHODNOTALLOWED`
    Methodnotallowed,
    /// `NOTACCEPTABLE`
    Notacceptable,
    /// `UNSUPPORTEDMEDIATYPE`
    Unsupportedmediatype,
    /// `NOTFOUND`
    Notfound,
    /// `DEPENDENTRESOURCES`
    Dependentresources,
    /// `QUERY_ERROR`
    QueryError,
    /// `NOT_READY`
    NotReady,
    /// `FORBIDDEN`
    Forbidden,
    /// `QUERY_TIMEOUT`
    QueryTimeout,
    /// `CONNECTION_ERROR`
    ConnectionError,
    /// `CONTENTTOOLARGE`
    Contenttoolarge,
    /// `CREATING`
    Creating,
    /// `BADREQUEST`
    Badrequest,
    /// `SERVICEUNAVAILABLE`
    Serviceunavailable,
    /// `CONFLICT`
    Conflict,
    /// `RATELIMITEXCEEDED`
    Ratelimitexceeded,
    /// `QUERY_CANCELLED`
    QueryCancelled,
    /// `CLIENT_CONNECTION_ERROR`
    ClientConnectionError,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for ErrorModelType {
    fn default() -> Self {
        ErrorModelType::Unknown(Default::default())
    }
}
impl ErrorModelType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorModelType::Authexception => "AUTHEXCEPTION",
            ErrorModelType::Versionexception => "VERSIONEXCEPTION",
            ErrorModelType::Internalerror => "INTERNALERROR",
            ErrorModelType::Invalidinput => "INVALIDINPUT",
            ErrorModelType::Notimplementedyet => "NOTIMPLEMENTEDYET",
            ErrorModelType::Resourceexceeded => "RESOURCEEXCEEDED",
            ErrorModelType::Alreadyexists => "ALREADYEXISTS",
            ErrorModelType::Methodnotallowed => "METHODNOTALLOWED",
            ErrorModelType::Notacceptable => "NOTACCEPTABLE",
            ErrorModelType::Unsupportedmediatype => "UNSUPPORTEDMEDIATYPE",
            ErrorModelType::Notfound => "NOTFOUND",
            ErrorModelType::Dependentresources => "DEPENDENTRESOURCES",
            ErrorModelType::QueryError => "QUERY_ERROR",
            ErrorModelType::NotReady => "NOT_READY",
            ErrorModelType::Forbidden => "FORBIDDEN",
            ErrorModelType::QueryTimeout => "QUERY_TIMEOUT",
            ErrorModelType::ConnectionError => "CONNECTION_ERROR",
            ErrorModelType::Contenttoolarge => "CONTENTTOOLARGE",
            ErrorModelType::Creating => "CREATING",
            ErrorModelType::Badrequest => "BADREQUEST",
            ErrorModelType::Serviceunavailable => "SERVICEUNAVAILABLE",
            ErrorModelType::Conflict => "CONFLICT",
            ErrorModelType::Ratelimitexceeded => "RATELIMITEXCEEDED",
            ErrorModelType::QueryCancelled => "QUERY_CANCELLED",
            ErrorModelType::ClientConnectionError => "CLIENT_CONNECTION_ERROR",
            ErrorModelType::Unknown(value) => value,
        }
    }
}
impl From<&str> for ErrorModelType {
    fn from(value: &str) -> Self {
        match value {
            "AUTHEXCEPTION" => ErrorModelType::Authexception,
            "VERSIONEXCEPTION" => ErrorModelType::Versionexception,
            "INTERNALERROR" => ErrorModelType::Internalerror,
            "INVALIDINPUT" => ErrorModelType::Invalidinput,
            "NOTIMPLEMENTEDYET" => ErrorModelType::Notimplementedyet,
            "RESOURCEEXCEEDED" => ErrorModelType::Resourceexceeded,
            "ALREADYEXISTS" => ErrorModelType::Alreadyexists,
            "METHODNOTALLOWED" => ErrorModelType::Methodnotallowed,
            "NOTACCEPTABLE" => ErrorModelType::Notacceptable,
            "UNSUPPORTEDMEDIATYPE" => ErrorModelType::Unsupportedmediatype,
            "NOTFOUND" => ErrorModelType::Notfound,
            "DEPENDENTRESOURCES" => ErrorModelType::Dependentresources,
            "QUERY_ERROR" => ErrorModelType::QueryError,
            "NOT_READY" => ErrorModelType::NotReady,
            "FORBIDDEN" => ErrorModelType::Forbidden,
            "QUERY_TIMEOUT" => ErrorModelType::QueryTimeout,
            "CONNECTION_ERROR" => ErrorModelType::ConnectionError,
            "CONTENTTOOLARGE" => ErrorModelType::Contenttoolarge,
            "CREATING" => ErrorModelType::Creating,
            "BADREQUEST" => ErrorModelType::Badrequest,
            "SERVICEUNAVAILABLE" => ErrorModelType::Serviceunavailable,
            "CONFLICT" => ErrorModelType::Conflict,
            "RATELIMITEXCEEDED" => ErrorModelType::Ratelimitexceeded,
            "QUERY_CANCELLED" => ErrorModelType::QueryCancelled,
            "CLIENT_CONNECTION_ERROR" => ErrorModelType::ClientConnectionError,
            other => ErrorModelType::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for ErrorModelType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ErrorModelType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorModelType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(ErrorModelType::from(value.as_str()))
    }
}
/// The spec's `GetApiKeyResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetApiKeyResponse {
    /// The `data` property of the spec's `GetApiKeyResponse` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ApiKey>,
}
/// The spec's `ListApiKeysResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListApiKeysResponse {
    /// List of API key objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ApiKey>>,
}
/// The spec's `UpdateApiKeyRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateApiKeyRequest {
    /// If set to true, the expiration time for this key will be cleared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clear_expiry_time: Option<bool>,
    /// If provided, the API key will automatically expire at this time (ISO-8601 format). Requires premium.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_time: Option<String>,
    /// State that the api key should be set to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<UpdateApiKeyRequestState>,
}
#[allow(deprecated)]
impl UpdateApiKeyRequest {
    /// A `UpdateApiKeyRequest` with the required fields; set the others with the `with_` methods.
    pub fn new() -> Self {
        Self {
            clear_expiry_time: None,
            expiry_time: None,
            state: None,
        }
    }
    /// Sets `clear_expiry_time`.
    pub fn with_clear_expiry_time(mut self, value: bool) -> Self {
        self.clear_expiry_time = Some(value);
        self
    }
    /// Sets `expiry_time`.
    pub fn with_expiry_time(mut self, value: impl Into<String>) -> Self {
        self.expiry_time = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn with_state(mut self, value: UpdateApiKeyRequestState) -> Self {
        self.state = Some(value);
        self
    }
}
/// State that the api key should be set to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateApiKeyRequestState {
    /// `ACTIVE`
    Active,
    /// `SUSPENDED`
    Suspended,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for UpdateApiKeyRequestState {
    fn default() -> Self {
        UpdateApiKeyRequestState::Unknown(Default::default())
    }
}
impl UpdateApiKeyRequestState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateApiKeyRequestState::Active => "ACTIVE",
            UpdateApiKeyRequestState::Suspended => "SUSPENDED",
            UpdateApiKeyRequestState::Unknown(value) => value,
        }
    }
}
impl From<&str> for UpdateApiKeyRequestState {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => UpdateApiKeyRequestState::Active,
            "SUSPENDED" => UpdateApiKeyRequestState::Suspended,
            other => UpdateApiKeyRequestState::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for UpdateApiKeyRequestState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UpdateApiKeyRequestState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateApiKeyRequestState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(UpdateApiKeyRequestState::from(value.as_str()))
    }
}
/// The spec's `UpdateApiKeyResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateApiKeyResponse {
    /// The `data` property of the spec's `UpdateApiKeyResponse` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ApiKey>,
}
