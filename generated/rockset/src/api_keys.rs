//! Operations of the `API Keys` group.
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use crate::client::Client;
use crate::client::Scheme;
use crate::models;
use std::time::Duration;
use crate::runtime::{DocumentedError, Error, Response};
use crate::transport::{CallOptions, RetryConfig};
use crate::runtime::Style;
/// Create and manage API keys of the users of your organization.
///
/// Get one from [`Client::api_keys`].
#[derive(Debug, Clone, Copy)]
pub struct ApiKeys<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> ApiKeys<'a> {
    /// Create API Key
    ///
    /// Create a new API key for the authenticated user.
    ///
    /// `POST /v1/orgs/self/users/self/apikeys`
    pub fn create_api_key(&self, body: models::CreateApiKeyRequest) -> CreateApiKey<'a> {
        CreateApiKey {
            client: self.client,
            options: CallOptions::default(),
            body,
        }
    }
    /// List API Keys
    ///
    /// List API key metadata for any user in your organization.
    ///
    /// `GET /v1/orgs/self/users/{user}/apikeys`
    pub fn list_api_keys(&self, user: impl Into<String>) -> ListApiKeys<'a> {
        ListApiKeys {
            client: self.client,
            options: CallOptions::default(),
            user: user.into(),
        }
    }
    /// Retrieve API Key
    ///
    /// Retrieve a particular API key for any user in your organization.
    ///
    /// `GET /v1/orgs/self/users/{user}/apikeys/{name}`
    pub fn get_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
    ) -> GetApiKey<'a> {
        GetApiKey {
            client: self.client,
            options: CallOptions::default(),
            user: user.into(),
            name: name.into(),
            reveal: None,
        }
    }
    /// Update API Key State
    ///
    /// Update the state of an API key for any user in your organization.
    ///
    /// `POST /v1/orgs/self/users/{user}/apikeys/{name}`
    pub fn update_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
        body: models::UpdateApiKeyRequest,
    ) -> UpdateApiKey<'a> {
        UpdateApiKey {
            client: self.client,
            options: CallOptions::default(),
            user: user.into(),
            name: name.into(),
            body,
        }
    }
    /// Delete API Key
    ///
    /// Delete an API key for any user in your organization.
    ///
    /// `DELETE /v1/orgs/self/users/{user}/apikeys/{name}`
    pub fn delete_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
    ) -> DeleteApiKey<'a> {
        DeleteApiKey {
            client: self.client,
            options: CallOptions::default(),
            user: user.into(),
            name: name.into(),
        }
    }
}
/// A `POST /v1/orgs/self/users/self/apikeys` request: set optional parameters, then `.await` it (or call [`CreateApiKey::send`]).
///
/// Made by [`ApiKeys::create_api_key`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct CreateApiKey<'a> {
    client: &'a Client,
    options: CallOptions,
    body: models::CreateApiKeyRequest,
}
impl<'a> CreateApiKey<'a> {
    /// Retries this call like this instead of as the client is configured.
    pub fn retries(mut self, retry: RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Fails this call (each attempt) after this long instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<models::CreateApiKeyResponse>, Error<CreateApiKeyError>> {
        let request = self
            .client
            .request(::reqwest::Method::POST, "/v1/orgs/self/users/self/apikeys");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Apikey]])
            .map_err(Error::InvalidRequest)?;
        let request = if query.is_empty() { request } else { request.query(&query) };
        let request = if cookies.is_empty() {
            request
        } else {
            request
                .header(
                    ::reqwest::header::COOKIE,
                    crate::runtime::cookie_header(&cookies)
                        .map_err(Error::InvalidRequest)?,
                )
        };
        let request = request.header(::reqwest::header::ACCEPT, "application/json");
        let body = &self.body;
        let request = request
            .header(::reqwest::header::CONTENT_TYPE, "application/json")
            .body(crate::runtime::json_body(body).map_err(Error::InvalidRequest)?);
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            200 => Ok(response.json::<models::CreateApiKeyResponse>()?),
            400 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::BadRequest(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            401 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::Unauthorized(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::Forbidden(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            404 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::NotFound(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            405 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::MethodNotAllowed(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            406 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::NotAcceptable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            408 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::RequestTimeout(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            409 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::Conflict(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            415 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::UnsupportedMediaType(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            429 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::TooManyRequests(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::InternalServerError(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            501 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::NotImplemented(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            502 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::BadGateway(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            503 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::ServiceUnavailable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for CreateApiKey<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateApiKey")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("body", &self.body)
            .finish()
    }
}
impl<'a> IntoFuture for CreateApiKey<'a> {
    type Output = Result<
        Response<models::CreateApiKeyResponse>,
        Error<CreateApiKeyError>,
    >;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::create_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateApiKeyError {
    /// `400`: bad request
    BadRequest(Response<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(Response<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(Response<models::ErrorModel>),
    /// `404`: not found
    NotFound(Response<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(Response<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(Response<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(Response<models::ErrorModel>),
    /// `409`: conflict
    Conflict(Response<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(Response<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(Response<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(Response<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(Response<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(Response<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(Response<models::ErrorModel>),
}
impl DocumentedError for CreateApiKeyError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            CreateApiKeyError::BadRequest(response) => response.status(),
            CreateApiKeyError::Unauthorized(response) => response.status(),
            CreateApiKeyError::Forbidden(response) => response.status(),
            CreateApiKeyError::NotFound(response) => response.status(),
            CreateApiKeyError::MethodNotAllowed(response) => response.status(),
            CreateApiKeyError::NotAcceptable(response) => response.status(),
            CreateApiKeyError::RequestTimeout(response) => response.status(),
            CreateApiKeyError::Conflict(response) => response.status(),
            CreateApiKeyError::UnsupportedMediaType(response) => response.status(),
            CreateApiKeyError::TooManyRequests(response) => response.status(),
            CreateApiKeyError::InternalServerError(response) => response.status(),
            CreateApiKeyError::NotImplemented(response) => response.status(),
            CreateApiKeyError::BadGateway(response) => response.status(),
            CreateApiKeyError::ServiceUnavailable(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            CreateApiKeyError::BadRequest(response) => response.headers(),
            CreateApiKeyError::Unauthorized(response) => response.headers(),
            CreateApiKeyError::Forbidden(response) => response.headers(),
            CreateApiKeyError::NotFound(response) => response.headers(),
            CreateApiKeyError::MethodNotAllowed(response) => response.headers(),
            CreateApiKeyError::NotAcceptable(response) => response.headers(),
            CreateApiKeyError::RequestTimeout(response) => response.headers(),
            CreateApiKeyError::Conflict(response) => response.headers(),
            CreateApiKeyError::UnsupportedMediaType(response) => response.headers(),
            CreateApiKeyError::TooManyRequests(response) => response.headers(),
            CreateApiKeyError::InternalServerError(response) => response.headers(),
            CreateApiKeyError::NotImplemented(response) => response.headers(),
            CreateApiKeyError::BadGateway(response) => response.headers(),
            CreateApiKeyError::ServiceUnavailable(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for CreateApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            CreateApiKeyError::BadRequest(response) => {
                let description = "bad request";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::Unauthorized(response) => {
                let description = "unauthorized";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::Forbidden(response) => {
                let description = "forbidden";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::NotFound(response) => {
                let description = "not found";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::MethodNotAllowed(response) => {
                let description = "not allowed";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::NotAcceptable(response) => {
                let description = "not acceptable";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::RequestTimeout(response) => {
                let description = "request timeout";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::Conflict(response) => {
                let description = "conflict";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::UnsupportedMediaType(response) => {
                let description = "not supported";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::TooManyRequests(response) => {
                let description = "resource exceeded";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::InternalServerError(response) => {
                let description = "internal error";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::NotImplemented(response) => {
                let description = "not implemented";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::BadGateway(response) => {
                let description = "bad gateway";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::ServiceUnavailable(response) => {
                let description = "not ready";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for CreateApiKeyError {}
/// A `GET /v1/orgs/self/users/{user}/apikeys` request: set optional parameters, then `.await` it (or call [`ListApiKeys::send`]).
///
/// Made by [`ApiKeys::list_api_keys`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct ListApiKeys<'a> {
    client: &'a Client,
    options: CallOptions,
    user: String,
}
impl<'a> ListApiKeys<'a> {
    /// Retries this call like this instead of as the client is configured.
    pub fn retries(mut self, retry: RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Fails this call (each attempt) after this long instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<models::ListApiKeysResponse>, Error<ListApiKeysError>> {
        let path_user = crate::runtime::path_param(
                "user",
                &self.user,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let request = self
            .client
            .request(
                ::reqwest::Method::GET,
                &["/v1/orgs/self/users/", path_user.as_str(), "/apikeys"].concat(),
            );
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Apikey]])
            .map_err(Error::InvalidRequest)?;
        let request = if query.is_empty() { request } else { request.query(&query) };
        let request = if cookies.is_empty() {
            request
        } else {
            request
                .header(
                    ::reqwest::header::COOKIE,
                    crate::runtime::cookie_header(&cookies)
                        .map_err(Error::InvalidRequest)?,
                )
        };
        let request = request.header(::reqwest::header::ACCEPT, "application/json");
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            200 => Ok(response.json::<models::ListApiKeysResponse>()?),
            400 => {
                Err(
                    Error::Api(
                        ListApiKeysError::BadRequest(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            401 => {
                Err(
                    Error::Api(
                        ListApiKeysError::Unauthorized(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        ListApiKeysError::Forbidden(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            404 => {
                Err(
                    Error::Api(
                        ListApiKeysError::NotFound(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            405 => {
                Err(
                    Error::Api(
                        ListApiKeysError::MethodNotAllowed(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            406 => {
                Err(
                    Error::Api(
                        ListApiKeysError::NotAcceptable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            408 => {
                Err(
                    Error::Api(
                        ListApiKeysError::RequestTimeout(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            409 => {
                Err(
                    Error::Api(
                        ListApiKeysError::Conflict(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            415 => {
                Err(
                    Error::Api(
                        ListApiKeysError::UnsupportedMediaType(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            429 => {
                Err(
                    Error::Api(
                        ListApiKeysError::TooManyRequests(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    Error::Api(
                        ListApiKeysError::InternalServerError(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            501 => {
                Err(
                    Error::Api(
                        ListApiKeysError::NotImplemented(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            502 => {
                Err(
                    Error::Api(
                        ListApiKeysError::BadGateway(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            503 => {
                Err(
                    Error::Api(
                        ListApiKeysError::ServiceUnavailable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for ListApiKeys<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListApiKeys")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("user", &self.user)
            .finish()
    }
}
impl<'a> IntoFuture for ListApiKeys<'a> {
    type Output = Result<Response<models::ListApiKeysResponse>, Error<ListApiKeysError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::list_api_keys`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListApiKeysError {
    /// `400`: bad request
    BadRequest(Response<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(Response<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(Response<models::ErrorModel>),
    /// `404`: not found
    NotFound(Response<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(Response<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(Response<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(Response<models::ErrorModel>),
    /// `409`: conflict
    Conflict(Response<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(Response<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(Response<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(Response<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(Response<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(Response<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(Response<models::ErrorModel>),
}
impl DocumentedError for ListApiKeysError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            ListApiKeysError::BadRequest(response) => response.status(),
            ListApiKeysError::Unauthorized(response) => response.status(),
            ListApiKeysError::Forbidden(response) => response.status(),
            ListApiKeysError::NotFound(response) => response.status(),
            ListApiKeysError::MethodNotAllowed(response) => response.status(),
            ListApiKeysError::NotAcceptable(response) => response.status(),
            ListApiKeysError::RequestTimeout(response) => response.status(),
            ListApiKeysError::Conflict(response) => response.status(),
            ListApiKeysError::UnsupportedMediaType(response) => response.status(),
            ListApiKeysError::TooManyRequests(response) => response.status(),
            ListApiKeysError::InternalServerError(response) => response.status(),
            ListApiKeysError::NotImplemented(response) => response.status(),
            ListApiKeysError::BadGateway(response) => response.status(),
            ListApiKeysError::ServiceUnavailable(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            ListApiKeysError::BadRequest(response) => response.headers(),
            ListApiKeysError::Unauthorized(response) => response.headers(),
            ListApiKeysError::Forbidden(response) => response.headers(),
            ListApiKeysError::NotFound(response) => response.headers(),
            ListApiKeysError::MethodNotAllowed(response) => response.headers(),
            ListApiKeysError::NotAcceptable(response) => response.headers(),
            ListApiKeysError::RequestTimeout(response) => response.headers(),
            ListApiKeysError::Conflict(response) => response.headers(),
            ListApiKeysError::UnsupportedMediaType(response) => response.headers(),
            ListApiKeysError::TooManyRequests(response) => response.headers(),
            ListApiKeysError::InternalServerError(response) => response.headers(),
            ListApiKeysError::NotImplemented(response) => response.headers(),
            ListApiKeysError::BadGateway(response) => response.headers(),
            ListApiKeysError::ServiceUnavailable(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for ListApiKeysError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            ListApiKeysError::BadRequest(response) => {
                let description = "bad request";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::Unauthorized(response) => {
                let description = "unauthorized";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::Forbidden(response) => {
                let description = "forbidden";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::NotFound(response) => {
                let description = "not found";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::MethodNotAllowed(response) => {
                let description = "not allowed";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::NotAcceptable(response) => {
                let description = "not acceptable";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::RequestTimeout(response) => {
                let description = "request timeout";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::Conflict(response) => {
                let description = "conflict";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::UnsupportedMediaType(response) => {
                let description = "not supported";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::TooManyRequests(response) => {
                let description = "resource exceeded";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::InternalServerError(response) => {
                let description = "internal error";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::NotImplemented(response) => {
                let description = "not implemented";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::BadGateway(response) => {
                let description = "bad gateway";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::ServiceUnavailable(response) => {
                let description = "not ready";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for ListApiKeysError {}
/// A `GET /v1/orgs/self/users/{user}/apikeys/{name}` request: set optional parameters, then `.await` it (or call [`GetApiKey::send`]).
///
/// Made by [`ApiKeys::get_api_key`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct GetApiKey<'a> {
    client: &'a Client,
    options: CallOptions,
    user: String,
    name: String,
    reveal: Option<bool>,
}
impl<'a> GetApiKey<'a> {
    /// Reveal full key.
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }
    /// Retries this call like this instead of as the client is configured.
    pub fn retries(mut self, retry: RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Fails this call (each attempt) after this long instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<models::GetApiKeyResponse>, Error<GetApiKeyError>> {
        let path_user = crate::runtime::path_param(
                "user",
                &self.user,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let path_name = crate::runtime::path_param(
                "name",
                &self.name,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let request = self
            .client
            .request(
                ::reqwest::Method::GET,
                &[
                    "/v1/orgs/self/users/",
                    path_user.as_str(),
                    "/apikeys/",
                    path_name.as_str(),
                ]
                    .concat(),
            );
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        if let Some(value) = &self.reveal {
            query
                .extend(
                    crate::runtime::query_param("reveal", value, Style::Form, true)
                        .map_err(Error::InvalidRequest)?,
                );
        }
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Apikey]])
            .map_err(Error::InvalidRequest)?;
        let request = if query.is_empty() { request } else { request.query(&query) };
        let request = if cookies.is_empty() {
            request
        } else {
            request
                .header(
                    ::reqwest::header::COOKIE,
                    crate::runtime::cookie_header(&cookies)
                        .map_err(Error::InvalidRequest)?,
                )
        };
        let request = request.header(::reqwest::header::ACCEPT, "application/json");
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            200 => Ok(response.json::<models::GetApiKeyResponse>()?),
            400 => {
                Err(
                    Error::Api(
                        GetApiKeyError::BadRequest(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            401 => {
                Err(
                    Error::Api(
                        GetApiKeyError::Unauthorized(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        GetApiKeyError::Forbidden(response.json::<models::ErrorModel>()?),
                    ),
                )
            }
            404 => {
                Err(
                    Error::Api(
                        GetApiKeyError::NotFound(response.json::<models::ErrorModel>()?),
                    ),
                )
            }
            405 => {
                Err(
                    Error::Api(
                        GetApiKeyError::MethodNotAllowed(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            406 => {
                Err(
                    Error::Api(
                        GetApiKeyError::NotAcceptable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            408 => {
                Err(
                    Error::Api(
                        GetApiKeyError::RequestTimeout(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            409 => {
                Err(
                    Error::Api(
                        GetApiKeyError::Conflict(response.json::<models::ErrorModel>()?),
                    ),
                )
            }
            415 => {
                Err(
                    Error::Api(
                        GetApiKeyError::UnsupportedMediaType(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            429 => {
                Err(
                    Error::Api(
                        GetApiKeyError::TooManyRequests(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    Error::Api(
                        GetApiKeyError::InternalServerError(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            501 => {
                Err(
                    Error::Api(
                        GetApiKeyError::NotImplemented(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            502 => {
                Err(
                    Error::Api(
                        GetApiKeyError::BadGateway(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            503 => {
                Err(
                    Error::Api(
                        GetApiKeyError::ServiceUnavailable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for GetApiKey<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetApiKey")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("user", &self.user)
            .field("name", &self.name)
            .field("reveal", &self.reveal)
            .finish()
    }
}
impl<'a> IntoFuture for GetApiKey<'a> {
    type Output = Result<Response<models::GetApiKeyResponse>, Error<GetApiKeyError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::get_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetApiKeyError {
    /// `400`: bad request
    BadRequest(Response<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(Response<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(Response<models::ErrorModel>),
    /// `404`: not found
    NotFound(Response<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(Response<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(Response<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(Response<models::ErrorModel>),
    /// `409`: conflict
    Conflict(Response<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(Response<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(Response<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(Response<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(Response<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(Response<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(Response<models::ErrorModel>),
}
impl DocumentedError for GetApiKeyError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            GetApiKeyError::BadRequest(response) => response.status(),
            GetApiKeyError::Unauthorized(response) => response.status(),
            GetApiKeyError::Forbidden(response) => response.status(),
            GetApiKeyError::NotFound(response) => response.status(),
            GetApiKeyError::MethodNotAllowed(response) => response.status(),
            GetApiKeyError::NotAcceptable(response) => response.status(),
            GetApiKeyError::RequestTimeout(response) => response.status(),
            GetApiKeyError::Conflict(response) => response.status(),
            GetApiKeyError::UnsupportedMediaType(response) => response.status(),
            GetApiKeyError::TooManyRequests(response) => response.status(),
            GetApiKeyError::InternalServerError(response) => response.status(),
            GetApiKeyError::NotImplemented(response) => response.status(),
            GetApiKeyError::BadGateway(response) => response.status(),
            GetApiKeyError::ServiceUnavailable(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            GetApiKeyError::BadRequest(response) => response.headers(),
            GetApiKeyError::Unauthorized(response) => response.headers(),
            GetApiKeyError::Forbidden(response) => response.headers(),
            GetApiKeyError::NotFound(response) => response.headers(),
            GetApiKeyError::MethodNotAllowed(response) => response.headers(),
            GetApiKeyError::NotAcceptable(response) => response.headers(),
            GetApiKeyError::RequestTimeout(response) => response.headers(),
            GetApiKeyError::Conflict(response) => response.headers(),
            GetApiKeyError::UnsupportedMediaType(response) => response.headers(),
            GetApiKeyError::TooManyRequests(response) => response.headers(),
            GetApiKeyError::InternalServerError(response) => response.headers(),
            GetApiKeyError::NotImplemented(response) => response.headers(),
            GetApiKeyError::BadGateway(response) => response.headers(),
            GetApiKeyError::ServiceUnavailable(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for GetApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            GetApiKeyError::BadRequest(response) => {
                let description = "bad request";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::Unauthorized(response) => {
                let description = "unauthorized";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::Forbidden(response) => {
                let description = "forbidden";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::NotFound(response) => {
                let description = "not found";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::MethodNotAllowed(response) => {
                let description = "not allowed";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::NotAcceptable(response) => {
                let description = "not acceptable";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::RequestTimeout(response) => {
                let description = "request timeout";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::Conflict(response) => {
                let description = "conflict";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::UnsupportedMediaType(response) => {
                let description = "not supported";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::TooManyRequests(response) => {
                let description = "resource exceeded";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::InternalServerError(response) => {
                let description = "internal error";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::NotImplemented(response) => {
                let description = "not implemented";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::BadGateway(response) => {
                let description = "bad gateway";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::ServiceUnavailable(response) => {
                let description = "not ready";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for GetApiKeyError {}
/// A `POST /v1/orgs/self/users/{user}/apikeys/{name}` request: set optional parameters, then `.await` it (or call [`UpdateApiKey::send`]).
///
/// Made by [`ApiKeys::update_api_key`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct UpdateApiKey<'a> {
    client: &'a Client,
    options: CallOptions,
    user: String,
    name: String,
    body: models::UpdateApiKeyRequest,
}
impl<'a> UpdateApiKey<'a> {
    /// Retries this call like this instead of as the client is configured.
    pub fn retries(mut self, retry: RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Fails this call (each attempt) after this long instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<models::UpdateApiKeyResponse>, Error<UpdateApiKeyError>> {
        let path_user = crate::runtime::path_param(
                "user",
                &self.user,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let path_name = crate::runtime::path_param(
                "name",
                &self.name,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let request = self
            .client
            .request(
                ::reqwest::Method::POST,
                &[
                    "/v1/orgs/self/users/",
                    path_user.as_str(),
                    "/apikeys/",
                    path_name.as_str(),
                ]
                    .concat(),
            );
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Apikey]])
            .map_err(Error::InvalidRequest)?;
        let request = if query.is_empty() { request } else { request.query(&query) };
        let request = if cookies.is_empty() {
            request
        } else {
            request
                .header(
                    ::reqwest::header::COOKIE,
                    crate::runtime::cookie_header(&cookies)
                        .map_err(Error::InvalidRequest)?,
                )
        };
        let request = request.header(::reqwest::header::ACCEPT, "application/json");
        let body = &self.body;
        let request = request
            .header(::reqwest::header::CONTENT_TYPE, "application/json")
            .body(crate::runtime::json_body(body).map_err(Error::InvalidRequest)?);
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            200 => Ok(response.json::<models::UpdateApiKeyResponse>()?),
            400 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::BadRequest(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            401 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::Unauthorized(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::Forbidden(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            404 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::NotFound(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            405 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::MethodNotAllowed(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            406 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::NotAcceptable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            408 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::RequestTimeout(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            409 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::Conflict(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            415 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::UnsupportedMediaType(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            429 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::TooManyRequests(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::InternalServerError(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            501 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::NotImplemented(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            502 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::BadGateway(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            503 => {
                Err(
                    Error::Api(
                        UpdateApiKeyError::ServiceUnavailable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for UpdateApiKey<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateApiKey")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("user", &self.user)
            .field("name", &self.name)
            .field("body", &self.body)
            .finish()
    }
}
impl<'a> IntoFuture for UpdateApiKey<'a> {
    type Output = Result<
        Response<models::UpdateApiKeyResponse>,
        Error<UpdateApiKeyError>,
    >;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::update_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateApiKeyError {
    /// `400`: bad request
    BadRequest(Response<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(Response<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(Response<models::ErrorModel>),
    /// `404`: not found
    NotFound(Response<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(Response<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(Response<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(Response<models::ErrorModel>),
    /// `409`: conflict
    Conflict(Response<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(Response<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(Response<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(Response<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(Response<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(Response<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(Response<models::ErrorModel>),
}
impl DocumentedError for UpdateApiKeyError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            UpdateApiKeyError::BadRequest(response) => response.status(),
            UpdateApiKeyError::Unauthorized(response) => response.status(),
            UpdateApiKeyError::Forbidden(response) => response.status(),
            UpdateApiKeyError::NotFound(response) => response.status(),
            UpdateApiKeyError::MethodNotAllowed(response) => response.status(),
            UpdateApiKeyError::NotAcceptable(response) => response.status(),
            UpdateApiKeyError::RequestTimeout(response) => response.status(),
            UpdateApiKeyError::Conflict(response) => response.status(),
            UpdateApiKeyError::UnsupportedMediaType(response) => response.status(),
            UpdateApiKeyError::TooManyRequests(response) => response.status(),
            UpdateApiKeyError::InternalServerError(response) => response.status(),
            UpdateApiKeyError::NotImplemented(response) => response.status(),
            UpdateApiKeyError::BadGateway(response) => response.status(),
            UpdateApiKeyError::ServiceUnavailable(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            UpdateApiKeyError::BadRequest(response) => response.headers(),
            UpdateApiKeyError::Unauthorized(response) => response.headers(),
            UpdateApiKeyError::Forbidden(response) => response.headers(),
            UpdateApiKeyError::NotFound(response) => response.headers(),
            UpdateApiKeyError::MethodNotAllowed(response) => response.headers(),
            UpdateApiKeyError::NotAcceptable(response) => response.headers(),
            UpdateApiKeyError::RequestTimeout(response) => response.headers(),
            UpdateApiKeyError::Conflict(response) => response.headers(),
            UpdateApiKeyError::UnsupportedMediaType(response) => response.headers(),
            UpdateApiKeyError::TooManyRequests(response) => response.headers(),
            UpdateApiKeyError::InternalServerError(response) => response.headers(),
            UpdateApiKeyError::NotImplemented(response) => response.headers(),
            UpdateApiKeyError::BadGateway(response) => response.headers(),
            UpdateApiKeyError::ServiceUnavailable(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for UpdateApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            UpdateApiKeyError::BadRequest(response) => {
                let description = "bad request";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::Unauthorized(response) => {
                let description = "unauthorized";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::Forbidden(response) => {
                let description = "forbidden";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::NotFound(response) => {
                let description = "not found";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::MethodNotAllowed(response) => {
                let description = "not allowed";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::NotAcceptable(response) => {
                let description = "not acceptable";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::RequestTimeout(response) => {
                let description = "request timeout";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::Conflict(response) => {
                let description = "conflict";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::UnsupportedMediaType(response) => {
                let description = "not supported";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::TooManyRequests(response) => {
                let description = "resource exceeded";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::InternalServerError(response) => {
                let description = "internal error";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::NotImplemented(response) => {
                let description = "not implemented";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::BadGateway(response) => {
                let description = "bad gateway";
                write!(f, "error status {}: {description}", response.status())
            }
            UpdateApiKeyError::ServiceUnavailable(response) => {
                let description = "not ready";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for UpdateApiKeyError {}
/// A `DELETE /v1/orgs/self/users/{user}/apikeys/{name}` request: set optional parameters, then `.await` it (or call [`DeleteApiKey::send`]).
///
/// Made by [`ApiKeys::delete_api_key`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct DeleteApiKey<'a> {
    client: &'a Client,
    options: CallOptions,
    user: String,
    name: String,
}
impl<'a> DeleteApiKey<'a> {
    /// Retries this call like this instead of as the client is configured.
    pub fn retries(mut self, retry: RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Fails this call (each attempt) after this long instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<models::DeleteApiKeyResponse>, Error<DeleteApiKeyError>> {
        let path_user = crate::runtime::path_param(
                "user",
                &self.user,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let path_name = crate::runtime::path_param(
                "name",
                &self.name,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let request = self
            .client
            .request(
                ::reqwest::Method::DELETE,
                &[
                    "/v1/orgs/self/users/",
                    path_user.as_str(),
                    "/apikeys/",
                    path_name.as_str(),
                ]
                    .concat(),
            );
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Apikey]])
            .map_err(Error::InvalidRequest)?;
        let request = if query.is_empty() { request } else { request.query(&query) };
        let request = if cookies.is_empty() {
            request
        } else {
            request
                .header(
                    ::reqwest::header::COOKIE,
                    crate::runtime::cookie_header(&cookies)
                        .map_err(Error::InvalidRequest)?,
                )
        };
        let request = request.header(::reqwest::header::ACCEPT, "application/json");
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            200 => Ok(response.json::<models::DeleteApiKeyResponse>()?),
            400 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::BadRequest(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            401 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::Unauthorized(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::Forbidden(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            404 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::NotFound(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            405 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::MethodNotAllowed(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            406 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::NotAcceptable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            408 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::RequestTimeout(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            409 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::Conflict(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            415 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::UnsupportedMediaType(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            429 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::TooManyRequests(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::InternalServerError(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            501 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::NotImplemented(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            502 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::BadGateway(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            503 => {
                Err(
                    Error::Api(
                        DeleteApiKeyError::ServiceUnavailable(
                            response.json::<models::ErrorModel>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for DeleteApiKey<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteApiKey")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("user", &self.user)
            .field("name", &self.name)
            .finish()
    }
}
impl<'a> IntoFuture for DeleteApiKey<'a> {
    type Output = Result<
        Response<models::DeleteApiKeyResponse>,
        Error<DeleteApiKeyError>,
    >;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::delete_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteApiKeyError {
    /// `400`: bad request
    BadRequest(Response<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(Response<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(Response<models::ErrorModel>),
    /// `404`: not found
    NotFound(Response<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(Response<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(Response<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(Response<models::ErrorModel>),
    /// `409`: conflict
    Conflict(Response<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(Response<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(Response<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(Response<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(Response<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(Response<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(Response<models::ErrorModel>),
}
impl DocumentedError for DeleteApiKeyError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            DeleteApiKeyError::BadRequest(response) => response.status(),
            DeleteApiKeyError::Unauthorized(response) => response.status(),
            DeleteApiKeyError::Forbidden(response) => response.status(),
            DeleteApiKeyError::NotFound(response) => response.status(),
            DeleteApiKeyError::MethodNotAllowed(response) => response.status(),
            DeleteApiKeyError::NotAcceptable(response) => response.status(),
            DeleteApiKeyError::RequestTimeout(response) => response.status(),
            DeleteApiKeyError::Conflict(response) => response.status(),
            DeleteApiKeyError::UnsupportedMediaType(response) => response.status(),
            DeleteApiKeyError::TooManyRequests(response) => response.status(),
            DeleteApiKeyError::InternalServerError(response) => response.status(),
            DeleteApiKeyError::NotImplemented(response) => response.status(),
            DeleteApiKeyError::BadGateway(response) => response.status(),
            DeleteApiKeyError::ServiceUnavailable(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            DeleteApiKeyError::BadRequest(response) => response.headers(),
            DeleteApiKeyError::Unauthorized(response) => response.headers(),
            DeleteApiKeyError::Forbidden(response) => response.headers(),
            DeleteApiKeyError::NotFound(response) => response.headers(),
            DeleteApiKeyError::MethodNotAllowed(response) => response.headers(),
            DeleteApiKeyError::NotAcceptable(response) => response.headers(),
            DeleteApiKeyError::RequestTimeout(response) => response.headers(),
            DeleteApiKeyError::Conflict(response) => response.headers(),
            DeleteApiKeyError::UnsupportedMediaType(response) => response.headers(),
            DeleteApiKeyError::TooManyRequests(response) => response.headers(),
            DeleteApiKeyError::InternalServerError(response) => response.headers(),
            DeleteApiKeyError::NotImplemented(response) => response.headers(),
            DeleteApiKeyError::BadGateway(response) => response.headers(),
            DeleteApiKeyError::ServiceUnavailable(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for DeleteApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            DeleteApiKeyError::BadRequest(response) => {
                let description = "bad request";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::Unauthorized(response) => {
                let description = "unauthorized";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::Forbidden(response) => {
                let description = "forbidden";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::NotFound(response) => {
                let description = "not found";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::MethodNotAllowed(response) => {
                let description = "not allowed";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::NotAcceptable(response) => {
                let description = "not acceptable";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::RequestTimeout(response) => {
                let description = "request timeout";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::Conflict(response) => {
                let description = "conflict";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::UnsupportedMediaType(response) => {
                let description = "not supported";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::TooManyRequests(response) => {
                let description = "resource exceeded";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::InternalServerError(response) => {
                let description = "internal error";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::NotImplemented(response) => {
                let description = "not implemented";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::BadGateway(response) => {
                let description = "bad gateway";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteApiKeyError::ServiceUnavailable(response) => {
                let description = "not ready";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for DeleteApiKeyError {}
