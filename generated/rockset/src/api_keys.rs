//! Operations of the `API Keys` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::call::Status;
use crate::runtime::Style;
use crate::client::Scheme;
/// Create and manage API keys of the users of your organization.
///
/// Get one from [`Client::api_keys`].
#[derive(Debug, Clone)]
pub struct ApiKeys {
    pub(crate) client: Client,
}
impl ApiKeys {
    /// Create API Key
    ///
    /// Create a new API key for the authenticated user.
    ///
    /// `POST /v1/orgs/self/users/self/apikeys`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn create_api_key(
        &self,
        body: models::CreateApiKeyRequest,
    ) -> Request<CreateApiKey> {
        Request::new(&self.client, CreateApiKey { body })
    }
    /// List API Keys
    ///
    /// List API key metadata for any user in your organization.
    ///
    /// `GET /v1/orgs/self/users/{user}/apikeys`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn list_api_keys(&self, user: impl Into<String>) -> Request<ListApiKeys> {
        Request::new(&self.client, ListApiKeys { user: user.into() })
    }
    /// Retrieve API Key
    ///
    /// Retrieve a particular API key for any user in your organization.
    ///
    /// `GET /v1/orgs/self/users/{user}/apikeys/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn get_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
    ) -> Request<GetApiKey> {
        Request::new(
            &self.client,
            GetApiKey {
                user: user.into(),
                name: name.into(),
                reveal: None,
            },
        )
    }
    /// Update API Key State
    ///
    /// Update the state of an API key for any user in your organization.
    ///
    /// `POST /v1/orgs/self/users/{user}/apikeys/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn update_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
        body: models::UpdateApiKeyRequest,
    ) -> Request<UpdateApiKey> {
        Request::new(
            &self.client,
            UpdateApiKey {
                user: user.into(),
                name: name.into(),
                body,
            },
        )
    }
    /// Delete API Key
    ///
    /// Delete an API key for any user in your organization.
    ///
    /// `DELETE /v1/orgs/self/users/{user}/apikeys/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn delete_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
    ) -> Request<DeleteApiKey> {
        Request::new(
            &self.client,
            DeleteApiKey {
                user: user.into(),
                name: name.into(),
            },
        )
    }
}
/// The parameters of [`ApiKeys::create_api_key`] (`POST /v1/orgs/self/users/self/apikeys`).
#[derive(Debug, Clone)]
pub struct CreateApiKey {
    body: models::CreateApiKeyRequest,
}
impl Operation for CreateApiKey {
    type Output = models::CreateApiKeyResponse;
    type Error = CreateApiKeyError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "createApiKey";
    const PATH_TEMPLATE: &'static str = "/v1/orgs/self/users/self/apikeys";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::POST,
            "/v1/orgs/self/users/self/apikeys",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        let body = &self.body;
        parts.json_body("application/json", body)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for CreateApiKey {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`ApiKeys::create_api_key`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateApiKeyError {
    /// `400`: bad request
    BadRequest(crate::ErrorResponse<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(crate::ErrorResponse<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(crate::ErrorResponse<models::ErrorModel>),
    /// `404`: not found
    NotFound(crate::ErrorResponse<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(crate::ErrorResponse<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(crate::ErrorResponse<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(crate::ErrorResponse<models::ErrorModel>),
    /// `409`: conflict
    Conflict(crate::ErrorResponse<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(crate::ErrorResponse<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(crate::ErrorResponse<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(crate::ErrorResponse<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(crate::ErrorResponse<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(crate::ErrorResponse<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(crate::ErrorResponse<models::ErrorModel>),
}
impl crate::DocumentedError for CreateApiKeyError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::NotFound(ref response) => response.raw(),
            Self::MethodNotAllowed(ref response) => response.raw(),
            Self::NotAcceptable(ref response) => response.raw(),
            Self::RequestTimeout(ref response) => response.raw(),
            Self::Conflict(ref response) => response.raw(),
            Self::UnsupportedMediaType(ref response) => response.raw(),
            Self::TooManyRequests(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
            Self::NotImplemented(ref response) => response.raw(),
            Self::BadGateway(ref response) => response.raw(),
            Self::ServiceUnavailable(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for CreateApiKeyError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(crate::ErrorResponse::json(raw, "bad request")),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "unauthorized")),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(crate::ErrorResponse::json(raw, "forbidden")),
        ),
        (
            Status::Code(404),
            |raw| Self::NotFound(crate::ErrorResponse::json(raw, "not found")),
        ),
        (
            Status::Code(405),
            |raw| Self::MethodNotAllowed(crate::ErrorResponse::json(raw, "not allowed")),
        ),
        (
            Status::Code(406),
            |raw| Self::NotAcceptable(crate::ErrorResponse::json(raw, "not acceptable")),
        ),
        (
            Status::Code(408),
            |raw| Self::RequestTimeout(
                crate::ErrorResponse::json(raw, "request timeout"),
            ),
        ),
        (
            Status::Code(409),
            |raw| Self::Conflict(crate::ErrorResponse::json(raw, "conflict")),
        ),
        (
            Status::Code(415),
            |raw| Self::UnsupportedMediaType(
                crate::ErrorResponse::json(raw, "not supported"),
            ),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(
                crate::ErrorResponse::json(raw, "resource exceeded"),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(raw, "internal error"),
            ),
        ),
        (
            Status::Code(501),
            |raw| Self::NotImplemented(
                crate::ErrorResponse::json(raw, "not implemented"),
            ),
        ),
        (
            Status::Code(502),
            |raw| Self::BadGateway(crate::ErrorResponse::json(raw, "bad gateway")),
        ),
        (
            Status::Code(503),
            |raw| Self::ServiceUnavailable(crate::ErrorResponse::json(raw, "not ready")),
        ),
    ];
}
impl ::std::fmt::Display for CreateApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotFound(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::MethodNotAllowed(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotAcceptable(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::RequestTimeout(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Conflict(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::UnsupportedMediaType(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::TooManyRequests(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::NotImplemented(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::BadGateway(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServiceUnavailable(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for CreateApiKeyError {}
/// The parameters of [`ApiKeys::list_api_keys`] (`GET /v1/orgs/self/users/{user}/apikeys`).
#[derive(Debug, Clone)]
pub struct ListApiKeys {
    user: String,
}
impl Operation for ListApiKeys {
    type Output = models::ListApiKeysResponse;
    type Error = ListApiKeysError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "listApiKeys";
    const PATH_TEMPLATE: &'static str = "/v1/orgs/self/users/{user}/apikeys";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/v1/orgs/self/users/",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        parts.path_param("user", &self.user, Style::Simple, false)?;
        parts.path("/apikeys");
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
/// The documented errors of [`ApiKeys::list_api_keys`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListApiKeysError {
    /// `400`: bad request
    BadRequest(crate::ErrorResponse<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(crate::ErrorResponse<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(crate::ErrorResponse<models::ErrorModel>),
    /// `404`: not found
    NotFound(crate::ErrorResponse<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(crate::ErrorResponse<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(crate::ErrorResponse<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(crate::ErrorResponse<models::ErrorModel>),
    /// `409`: conflict
    Conflict(crate::ErrorResponse<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(crate::ErrorResponse<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(crate::ErrorResponse<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(crate::ErrorResponse<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(crate::ErrorResponse<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(crate::ErrorResponse<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(crate::ErrorResponse<models::ErrorModel>),
}
impl crate::DocumentedError for ListApiKeysError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::NotFound(ref response) => response.raw(),
            Self::MethodNotAllowed(ref response) => response.raw(),
            Self::NotAcceptable(ref response) => response.raw(),
            Self::RequestTimeout(ref response) => response.raw(),
            Self::Conflict(ref response) => response.raw(),
            Self::UnsupportedMediaType(ref response) => response.raw(),
            Self::TooManyRequests(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
            Self::NotImplemented(ref response) => response.raw(),
            Self::BadGateway(ref response) => response.raw(),
            Self::ServiceUnavailable(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for ListApiKeysError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(crate::ErrorResponse::json(raw, "bad request")),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "unauthorized")),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(crate::ErrorResponse::json(raw, "forbidden")),
        ),
        (
            Status::Code(404),
            |raw| Self::NotFound(crate::ErrorResponse::json(raw, "not found")),
        ),
        (
            Status::Code(405),
            |raw| Self::MethodNotAllowed(crate::ErrorResponse::json(raw, "not allowed")),
        ),
        (
            Status::Code(406),
            |raw| Self::NotAcceptable(crate::ErrorResponse::json(raw, "not acceptable")),
        ),
        (
            Status::Code(408),
            |raw| Self::RequestTimeout(
                crate::ErrorResponse::json(raw, "request timeout"),
            ),
        ),
        (
            Status::Code(409),
            |raw| Self::Conflict(crate::ErrorResponse::json(raw, "conflict")),
        ),
        (
            Status::Code(415),
            |raw| Self::UnsupportedMediaType(
                crate::ErrorResponse::json(raw, "not supported"),
            ),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(
                crate::ErrorResponse::json(raw, "resource exceeded"),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(raw, "internal error"),
            ),
        ),
        (
            Status::Code(501),
            |raw| Self::NotImplemented(
                crate::ErrorResponse::json(raw, "not implemented"),
            ),
        ),
        (
            Status::Code(502),
            |raw| Self::BadGateway(crate::ErrorResponse::json(raw, "bad gateway")),
        ),
        (
            Status::Code(503),
            |raw| Self::ServiceUnavailable(crate::ErrorResponse::json(raw, "not ready")),
        ),
    ];
}
impl ::std::fmt::Display for ListApiKeysError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotFound(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::MethodNotAllowed(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotAcceptable(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::RequestTimeout(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Conflict(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::UnsupportedMediaType(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::TooManyRequests(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::NotImplemented(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::BadGateway(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServiceUnavailable(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for ListApiKeysError {}
/// The parameters of [`ApiKeys::get_api_key`] (`GET /v1/orgs/self/users/{user}/apikeys/{name}`).
#[derive(Debug, Clone)]
pub struct GetApiKey {
    user: String,
    name: String,
    reveal: Option<bool>,
}
impl Request<GetApiKey> {
    /// Reveal full key.
    pub fn reveal(mut self, value: bool) -> Self {
        self.params.reveal = Some(value);
        self
    }
}
impl Operation for GetApiKey {
    type Output = models::GetApiKeyResponse;
    type Error = GetApiKeyError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "getApiKey";
    const PATH_TEMPLATE: &'static str = "/v1/orgs/self/users/{user}/apikeys/{name}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/v1/orgs/self/users/",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        parts.path_param("user", &self.user, Style::Simple, false)?;
        parts.path("/apikeys/");
        parts.path_param("name", &self.name, Style::Simple, false)?;
        parts.query("reveal", &self.reveal, Style::Form, true)?;
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
    /// `400`: bad request
    BadRequest(crate::ErrorResponse<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(crate::ErrorResponse<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(crate::ErrorResponse<models::ErrorModel>),
    /// `404`: not found
    NotFound(crate::ErrorResponse<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(crate::ErrorResponse<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(crate::ErrorResponse<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(crate::ErrorResponse<models::ErrorModel>),
    /// `409`: conflict
    Conflict(crate::ErrorResponse<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(crate::ErrorResponse<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(crate::ErrorResponse<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(crate::ErrorResponse<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(crate::ErrorResponse<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(crate::ErrorResponse<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(crate::ErrorResponse<models::ErrorModel>),
}
impl crate::DocumentedError for GetApiKeyError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::NotFound(ref response) => response.raw(),
            Self::MethodNotAllowed(ref response) => response.raw(),
            Self::NotAcceptable(ref response) => response.raw(),
            Self::RequestTimeout(ref response) => response.raw(),
            Self::Conflict(ref response) => response.raw(),
            Self::UnsupportedMediaType(ref response) => response.raw(),
            Self::TooManyRequests(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
            Self::NotImplemented(ref response) => response.raw(),
            Self::BadGateway(ref response) => response.raw(),
            Self::ServiceUnavailable(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for GetApiKeyError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(crate::ErrorResponse::json(raw, "bad request")),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "unauthorized")),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(crate::ErrorResponse::json(raw, "forbidden")),
        ),
        (
            Status::Code(404),
            |raw| Self::NotFound(crate::ErrorResponse::json(raw, "not found")),
        ),
        (
            Status::Code(405),
            |raw| Self::MethodNotAllowed(crate::ErrorResponse::json(raw, "not allowed")),
        ),
        (
            Status::Code(406),
            |raw| Self::NotAcceptable(crate::ErrorResponse::json(raw, "not acceptable")),
        ),
        (
            Status::Code(408),
            |raw| Self::RequestTimeout(
                crate::ErrorResponse::json(raw, "request timeout"),
            ),
        ),
        (
            Status::Code(409),
            |raw| Self::Conflict(crate::ErrorResponse::json(raw, "conflict")),
        ),
        (
            Status::Code(415),
            |raw| Self::UnsupportedMediaType(
                crate::ErrorResponse::json(raw, "not supported"),
            ),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(
                crate::ErrorResponse::json(raw, "resource exceeded"),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(raw, "internal error"),
            ),
        ),
        (
            Status::Code(501),
            |raw| Self::NotImplemented(
                crate::ErrorResponse::json(raw, "not implemented"),
            ),
        ),
        (
            Status::Code(502),
            |raw| Self::BadGateway(crate::ErrorResponse::json(raw, "bad gateway")),
        ),
        (
            Status::Code(503),
            |raw| Self::ServiceUnavailable(crate::ErrorResponse::json(raw, "not ready")),
        ),
    ];
}
impl ::std::fmt::Display for GetApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotFound(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::MethodNotAllowed(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotAcceptable(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::RequestTimeout(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Conflict(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::UnsupportedMediaType(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::TooManyRequests(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::NotImplemented(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::BadGateway(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServiceUnavailable(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for GetApiKeyError {}
/// The parameters of [`ApiKeys::update_api_key`] (`POST /v1/orgs/self/users/{user}/apikeys/{name}`).
#[derive(Debug, Clone)]
pub struct UpdateApiKey {
    user: String,
    name: String,
    body: models::UpdateApiKeyRequest,
}
impl Operation for UpdateApiKey {
    type Output = models::UpdateApiKeyResponse;
    type Error = UpdateApiKeyError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "updateApiKey";
    const PATH_TEMPLATE: &'static str = "/v1/orgs/self/users/{user}/apikeys/{name}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::POST,
            "/v1/orgs/self/users/",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        parts.path_param("user", &self.user, Style::Simple, false)?;
        parts.path("/apikeys/");
        parts.path_param("name", &self.name, Style::Simple, false)?;
        let body = &self.body;
        parts.json_body("application/json", body)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for UpdateApiKey {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`ApiKeys::update_api_key`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateApiKeyError {
    /// `400`: bad request
    BadRequest(crate::ErrorResponse<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(crate::ErrorResponse<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(crate::ErrorResponse<models::ErrorModel>),
    /// `404`: not found
    NotFound(crate::ErrorResponse<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(crate::ErrorResponse<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(crate::ErrorResponse<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(crate::ErrorResponse<models::ErrorModel>),
    /// `409`: conflict
    Conflict(crate::ErrorResponse<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(crate::ErrorResponse<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(crate::ErrorResponse<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(crate::ErrorResponse<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(crate::ErrorResponse<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(crate::ErrorResponse<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(crate::ErrorResponse<models::ErrorModel>),
}
impl crate::DocumentedError for UpdateApiKeyError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::NotFound(ref response) => response.raw(),
            Self::MethodNotAllowed(ref response) => response.raw(),
            Self::NotAcceptable(ref response) => response.raw(),
            Self::RequestTimeout(ref response) => response.raw(),
            Self::Conflict(ref response) => response.raw(),
            Self::UnsupportedMediaType(ref response) => response.raw(),
            Self::TooManyRequests(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
            Self::NotImplemented(ref response) => response.raw(),
            Self::BadGateway(ref response) => response.raw(),
            Self::ServiceUnavailable(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for UpdateApiKeyError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(crate::ErrorResponse::json(raw, "bad request")),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "unauthorized")),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(crate::ErrorResponse::json(raw, "forbidden")),
        ),
        (
            Status::Code(404),
            |raw| Self::NotFound(crate::ErrorResponse::json(raw, "not found")),
        ),
        (
            Status::Code(405),
            |raw| Self::MethodNotAllowed(crate::ErrorResponse::json(raw, "not allowed")),
        ),
        (
            Status::Code(406),
            |raw| Self::NotAcceptable(crate::ErrorResponse::json(raw, "not acceptable")),
        ),
        (
            Status::Code(408),
            |raw| Self::RequestTimeout(
                crate::ErrorResponse::json(raw, "request timeout"),
            ),
        ),
        (
            Status::Code(409),
            |raw| Self::Conflict(crate::ErrorResponse::json(raw, "conflict")),
        ),
        (
            Status::Code(415),
            |raw| Self::UnsupportedMediaType(
                crate::ErrorResponse::json(raw, "not supported"),
            ),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(
                crate::ErrorResponse::json(raw, "resource exceeded"),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(raw, "internal error"),
            ),
        ),
        (
            Status::Code(501),
            |raw| Self::NotImplemented(
                crate::ErrorResponse::json(raw, "not implemented"),
            ),
        ),
        (
            Status::Code(502),
            |raw| Self::BadGateway(crate::ErrorResponse::json(raw, "bad gateway")),
        ),
        (
            Status::Code(503),
            |raw| Self::ServiceUnavailable(crate::ErrorResponse::json(raw, "not ready")),
        ),
    ];
}
impl ::std::fmt::Display for UpdateApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotFound(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::MethodNotAllowed(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotAcceptable(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::RequestTimeout(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Conflict(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::UnsupportedMediaType(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::TooManyRequests(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::NotImplemented(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::BadGateway(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServiceUnavailable(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for UpdateApiKeyError {}
/// The parameters of [`ApiKeys::delete_api_key`] (`DELETE /v1/orgs/self/users/{user}/apikeys/{name}`).
#[derive(Debug, Clone)]
pub struct DeleteApiKey {
    user: String,
    name: String,
}
impl Operation for DeleteApiKey {
    type Output = models::DeleteApiKeyResponse;
    type Error = DeleteApiKeyError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "deleteApiKey";
    const PATH_TEMPLATE: &'static str = "/v1/orgs/self/users/{user}/apikeys/{name}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::DELETE,
            "/v1/orgs/self/users/",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        parts.path_param("user", &self.user, Style::Simple, false)?;
        parts.path("/apikeys/");
        parts.path_param("name", &self.name, Style::Simple, false)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for DeleteApiKey {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`ApiKeys::delete_api_key`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteApiKeyError {
    /// `400`: bad request
    BadRequest(crate::ErrorResponse<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(crate::ErrorResponse<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(crate::ErrorResponse<models::ErrorModel>),
    /// `404`: not found
    NotFound(crate::ErrorResponse<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(crate::ErrorResponse<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(crate::ErrorResponse<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(crate::ErrorResponse<models::ErrorModel>),
    /// `409`: conflict
    Conflict(crate::ErrorResponse<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(crate::ErrorResponse<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(crate::ErrorResponse<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(crate::ErrorResponse<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(crate::ErrorResponse<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(crate::ErrorResponse<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(crate::ErrorResponse<models::ErrorModel>),
}
impl crate::DocumentedError for DeleteApiKeyError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::BadRequest(ref response) => response.raw(),
            Self::Unauthorized(ref response) => response.raw(),
            Self::Forbidden(ref response) => response.raw(),
            Self::NotFound(ref response) => response.raw(),
            Self::MethodNotAllowed(ref response) => response.raw(),
            Self::NotAcceptable(ref response) => response.raw(),
            Self::RequestTimeout(ref response) => response.raw(),
            Self::Conflict(ref response) => response.raw(),
            Self::UnsupportedMediaType(ref response) => response.raw(),
            Self::TooManyRequests(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
            Self::NotImplemented(ref response) => response.raw(),
            Self::BadGateway(ref response) => response.raw(),
            Self::ServiceUnavailable(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for DeleteApiKeyError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(crate::ErrorResponse::json(raw, "bad request")),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "unauthorized")),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(crate::ErrorResponse::json(raw, "forbidden")),
        ),
        (
            Status::Code(404),
            |raw| Self::NotFound(crate::ErrorResponse::json(raw, "not found")),
        ),
        (
            Status::Code(405),
            |raw| Self::MethodNotAllowed(crate::ErrorResponse::json(raw, "not allowed")),
        ),
        (
            Status::Code(406),
            |raw| Self::NotAcceptable(crate::ErrorResponse::json(raw, "not acceptable")),
        ),
        (
            Status::Code(408),
            |raw| Self::RequestTimeout(
                crate::ErrorResponse::json(raw, "request timeout"),
            ),
        ),
        (
            Status::Code(409),
            |raw| Self::Conflict(crate::ErrorResponse::json(raw, "conflict")),
        ),
        (
            Status::Code(415),
            |raw| Self::UnsupportedMediaType(
                crate::ErrorResponse::json(raw, "not supported"),
            ),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(
                crate::ErrorResponse::json(raw, "resource exceeded"),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(raw, "internal error"),
            ),
        ),
        (
            Status::Code(501),
            |raw| Self::NotImplemented(
                crate::ErrorResponse::json(raw, "not implemented"),
            ),
        ),
        (
            Status::Code(502),
            |raw| Self::BadGateway(crate::ErrorResponse::json(raw, "bad gateway")),
        ),
        (
            Status::Code(503),
            |raw| Self::ServiceUnavailable(crate::ErrorResponse::json(raw, "not ready")),
        ),
    ];
}
impl ::std::fmt::Display for DeleteApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BadRequest(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotFound(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::MethodNotAllowed(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotAcceptable(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::RequestTimeout(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::Conflict(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::UnsupportedMediaType(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::TooManyRequests(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
            Self::NotImplemented(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::BadGateway(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServiceUnavailable(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for DeleteApiKeyError {}
