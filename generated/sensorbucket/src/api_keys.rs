//! Operations of the `APIKeys` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::call::Status;
use crate::runtime::Style;
use crate::client::Scheme;
use crate::call::Paginated;
/// API keys give an organisation access to SensorBucket without a user session.
///
/// Get one from [`Client::api_keys`].
#[derive(Debug, Clone)]
pub struct ApiKeys {
    pub(crate) client: Client,
}
impl ApiKeys {
    /// List API Keys
    ///
    /// Lists API Keys
    ///
    /// `GET /api-keys`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn list_api_keys(&self) -> Request<ListApiKeys> {
        Request::new(
            &self.client,
            ListApiKeys {
                tenant_id: None,
                cursor: None,
                limit: None,
            },
        )
    }
    /// Creates a new API key for the given Tenant
    ///
    /// Create an API key for a tenant with an expiration date. Permissions for the API key within that organisation must be set
    ///
    /// `POST /api-keys`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn create_api_key(&self) -> Request<CreateApiKey> {
        Request::new(&self.client, CreateApiKey { body: None })
    }
    /// Get an API Key by ID
    ///
    /// `GET /api-keys/{api_key_id}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn get_api_key(&self, api_key_id: i64) -> Request<GetApiKey> {
        Request::new(&self.client, GetApiKey { api_key_id })
    }
    /// Revokes an API key
    ///
    /// Revokes an API key so that it can't be used anymore
    ///
    /// `DELETE /api-keys/{api_key_id}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn revoke_api_key(&self, api_key_id: i64) -> Request<RevokeApiKey> {
        Request::new(&self.client, RevokeApiKey { api_key_id })
    }
}
/// The parameters of [`ApiKeys::list_api_keys`] (`GET /api-keys`).
#[derive(Debug, Clone)]
pub struct ListApiKeys {
    tenant_id: Option<i64>,
    cursor: Option<String>,
    limit: Option<i64>,
}
impl Request<ListApiKeys> {
    /// The id of the tenant from which to retrieve API keys
    pub fn tenant_id(mut self, value: i64) -> Self {
        self.params.tenant_id = Some(value);
        self
    }
    /// The cursor for the current page
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.params.cursor = Some(value.into());
        self
    }
    /// The maximum amount of items per page. Not applicable if `cursor` parameter is given. System limits are in place.
    pub fn limit(mut self, value: i64) -> Self {
        self.params.limit = Some(value);
        self
    }
}
impl Operation for ListApiKeys {
    type Output = models::ListApiKeys200Response;
    type Error = ListApiKeysError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "ListApiKeys";
    const PATH_TEMPLATE: &'static str = "/api-keys";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/api-keys",
            &[&[Scheme::CookieSession], &[Scheme::ApiKey]],
            Some("application/json"),
        );
        parts.query("tenant_id", &self.tenant_id, Style::Form, true)?;
        parts.query("cursor", &self.cursor, Style::Form, true)?;
        parts.query("limit", &self.limit, Style::Form, true)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for ListApiKeys {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
impl Paginated for ListApiKeys {
    type Item = models::ApiKey;
    fn next_page(&self, page: &crate::Response<Self::Output>) -> Option<Self> {
        let count = Some(page.body())
            .map(|value| &value.data)
            .map_or(0, |items| items.len());
        let cursor = Some(page.body())
            .map(|value| &value.links)
            .and_then(|value| value.next.as_ref())
            .map(|value| crate::call::next_cursor(&value.to_string(), "cursor"))?;
        let fresh = count > 0 && !cursor.is_empty()
            && self.cursor.as_deref() != Some(cursor.as_str());
        if fresh {
            Some(Self {
                cursor: Some(cursor),
                ..self.clone()
            })
        } else {
            None
        }
    }
    fn into_items(page: Self::Output) -> Vec<Self::Item> {
        Some(page).map(|value| value.data).unwrap_or_default()
    }
}
/// The documented errors of [`ApiKeys::list_api_keys`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListApiKeysError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(crate::ErrorResponse<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(crate::ErrorResponse<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(crate::ErrorResponse<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(crate::ErrorResponse<models::ApiError>),
}
impl crate::DocumentedError for ListApiKeysError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for ListApiKeysError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(
                crate::ErrorResponse::json(
                    raw,
                    "The request failed because of a malformed or invalid request",
                ),
            ),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(
                crate::ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials are invalid or missing",
                ),
            ),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(
                crate::ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials do not have the required permissions to perform this action",
                ),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(
                    raw,
                    "The request failed because of an unexpected server error",
                ),
            ),
        ),
    ];
}
impl ::std::fmt::Display for ListApiKeysError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for ListApiKeysError {}
/// The parameters of [`ApiKeys::create_api_key`] (`POST /api-keys`).
#[derive(Debug, Clone)]
pub struct CreateApiKey {
    body: Option<models::CreateApiKeyRequest>,
}
impl Request<CreateApiKey> {
    /// The request body.
    pub fn body(mut self, value: models::CreateApiKeyRequest) -> Self {
        self.params.body = Some(value);
        self
    }
}
impl Operation for CreateApiKey {
    type Output = models::ApiKeyCreated;
    type Error = CreateApiKeyError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(201), crate::call::json)];
    const ID: &'static str = "CreateApiKey";
    const PATH_TEMPLATE: &'static str = "/api-keys";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::POST,
            "/api-keys",
            &[&[Scheme::CookieSession], &[Scheme::ApiKey]],
            Some("application/json"),
        );
        if let Some(body) = &self.body {
            parts.json_body("application/json", body)?;
        }
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for CreateApiKey {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        201,
        "application/json",
        body,
    );
}
/// The documented errors of [`ApiKeys::create_api_key`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateApiKeyError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(crate::ErrorResponse<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(crate::ErrorResponse<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(crate::ErrorResponse<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(crate::ErrorResponse<models::ApiError>),
}
impl crate::DocumentedError for CreateApiKeyError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for CreateApiKeyError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(
                crate::ErrorResponse::json(
                    raw,
                    "The request failed because of a malformed or invalid request",
                ),
            ),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(
                crate::ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials are invalid or missing",
                ),
            ),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(
                crate::ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials do not have the required permissions to perform this action",
                ),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(
                    raw,
                    "The request failed because of an unexpected server error",
                ),
            ),
        ),
    ];
}
impl ::std::fmt::Display for CreateApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for CreateApiKeyError {}
/// The parameters of [`ApiKeys::get_api_key`] (`GET /api-keys/{api_key_id}`).
#[derive(Debug, Clone)]
pub struct GetApiKey {
    api_key_id: i64,
}
impl Operation for GetApiKey {
    type Output = models::ApiKey;
    type Error = GetApiKeyError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "GetAPIKey";
    const PATH_TEMPLATE: &'static str = "/api-keys/{api_key_id}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/api-keys/",
            &[&[Scheme::CookieSession], &[Scheme::ApiKey]],
            Some("application/json"),
        );
        parts.path_param("api_key_id", &self.api_key_id, Style::Simple, false)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for GetApiKey {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`ApiKeys::get_api_key`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetApiKeyError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(crate::ErrorResponse<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(crate::ErrorResponse<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(crate::ErrorResponse<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(crate::ErrorResponse<models::ApiError>),
}
impl crate::DocumentedError for GetApiKeyError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for GetApiKeyError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(
                crate::ErrorResponse::json(
                    raw,
                    "The request failed because of a malformed or invalid request",
                ),
            ),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(
                crate::ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials are invalid or missing",
                ),
            ),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(
                crate::ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials do not have the required permissions to perform this action",
                ),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(
                    raw,
                    "The request failed because of an unexpected server error",
                ),
            ),
        ),
    ];
}
impl ::std::fmt::Display for GetApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for GetApiKeyError {}
/// The parameters of [`ApiKeys::revoke_api_key`] (`DELETE /api-keys/{api_key_id}`).
#[derive(Debug, Clone)]
pub struct RevokeApiKey {
    api_key_id: i64,
}
impl Operation for RevokeApiKey {
    type Output = models::RevokeApiKey200Response;
    type Error = RevokeApiKeyError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "RevokeApiKey";
    const PATH_TEMPLATE: &'static str = "/api-keys/{api_key_id}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::DELETE,
            "/api-keys/",
            &[&[Scheme::CookieSession], &[Scheme::ApiKey]],
            Some("application/json"),
        );
        parts.path_param("api_key_id", &self.api_key_id, Style::Simple, false)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for RevokeApiKey {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`ApiKeys::revoke_api_key`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RevokeApiKeyError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(crate::ErrorResponse<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(crate::ErrorResponse<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(crate::ErrorResponse<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(crate::ErrorResponse<models::ApiError>),
}
impl crate::DocumentedError for RevokeApiKeyError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for RevokeApiKeyError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(
                crate::ErrorResponse::json(
                    raw,
                    "The request failed because of a malformed or invalid request",
                ),
            ),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(
                crate::ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials are invalid or missing",
                ),
            ),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(
                crate::ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials do not have the required permissions to perform this action",
                ),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(
                    raw,
                    "The request failed because of an unexpected server error",
                ),
            ),
        ),
    ];
}
impl ::std::fmt::Display for RevokeApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for RevokeApiKeyError {}
