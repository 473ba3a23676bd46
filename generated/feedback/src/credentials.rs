//! Operations of the `Credentials` group.
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use crate::client::Client;
use crate::client::Scheme;
use crate::models;
use std::time::Duration;
use crate::runtime::{DocumentedError, Error, Response};
use crate::transport::{CallOptions, RetryConfig};
/// Create, rotate and delete the tenant's private key.
///
/// Get one from [`Client::credentials`].
#[derive(Debug, Clone, Copy)]
pub struct Credentials<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> Credentials<'a> {
    /// Start here by creating your credentials
    ///
    /// Be careful to save the private key that is returned. You will not be able to retrieve it again.
    /// You can only have one private key at a time.
    /// Private key is not to be shared with anyone, do not expose it in your frontend code.
    ///
    /// `POST /credentials`
    pub fn create_credentials(&self) -> CreateCredentials<'a> {
        CreateCredentials {
            client: self.client,
            options: CallOptions::default(),
        }
    }
    /// Rotate credentials
    ///
    /// Generate a new private key and invalidate the current one.
    /// Use this in case your private key is compromised or for security reasons.
    ///
    /// `PUT /credentials`
    pub fn rotate_credentials(
        &self,
        x_api_key: impl Into<String>,
    ) -> RotateCredentials<'a> {
        RotateCredentials {
            client: self.client,
            options: CallOptions::default(),
            x_api_key: x_api_key.into(),
        }
    }
    /// Delete credentials
    ///
    /// Invalidate your current private key.
    /// You will no longer be able to create or read feedback.
    ///
    /// `DELETE /credentials`
    pub fn delete_credentials(
        &self,
        x_api_key: impl Into<String>,
    ) -> DeleteCredentials<'a> {
        DeleteCredentials {
            client: self.client,
            options: CallOptions::default(),
            x_api_key: x_api_key.into(),
        }
    }
}
/// A `POST /credentials` request: set optional parameters, then `.await` it (or call [`CreateCredentials::send`]).
///
/// Made by [`Credentials::create_credentials`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct CreateCredentials<'a> {
    client: &'a Client,
    options: CallOptions,
}
impl<'a> CreateCredentials<'a> {
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
    ) -> Result<Response<models::Credentials>, Error<CreateCredentialsError>> {
        let request = self.client.request(::reqwest::Method::POST, "/credentials");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::RapidApiKey]])
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
            200 => Ok(response.json::<models::Credentials>()?),
            401 => {
                Err(
                    Error::Api(
                        CreateCredentialsError::Unauthorized(
                            response.json::<models::UnauthorizedException>()?,
                        ),
                    ),
                )
            }
            429 => {
                Err(
                    Error::Api(
                        CreateCredentialsError::TooManyRequests(
                            response.json::<models::TooManyRequestsException>()?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    Error::Api(
                        CreateCredentialsError::InternalServerError(
                            response.json::<models::InternalServerErrorException>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for CreateCredentials<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCredentials")
            .field("client", &self.client)
            .field("options", &self.options)
            .finish()
    }
}
impl<'a> IntoFuture for CreateCredentials<'a> {
    type Output = Result<Response<models::Credentials>, Error<CreateCredentialsError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Credentials::create_credentials`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateCredentialsError {
    /// `401`: Unauthorized
    Unauthorized(Response<models::UnauthorizedException>),
    /// `429`: Too Many Requests
    TooManyRequests(Response<models::TooManyRequestsException>),
    /// `500`: Internal Server Error
    InternalServerError(Response<models::InternalServerErrorException>),
}
impl DocumentedError for CreateCredentialsError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            CreateCredentialsError::Unauthorized(response) => response.status(),
            CreateCredentialsError::TooManyRequests(response) => response.status(),
            CreateCredentialsError::InternalServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            CreateCredentialsError::Unauthorized(response) => response.headers(),
            CreateCredentialsError::TooManyRequests(response) => response.headers(),
            CreateCredentialsError::InternalServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for CreateCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            CreateCredentialsError::Unauthorized(response) => {
                let description = "Unauthorized";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateCredentialsError::TooManyRequests(response) => {
                let description = "Too Many Requests";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateCredentialsError::InternalServerError(response) => {
                let description = "Internal Server Error";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for CreateCredentialsError {}
/// A `PUT /credentials` request: set optional parameters, then `.await` it (or call [`RotateCredentials::send`]).
///
/// Made by [`Credentials::rotate_credentials`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct RotateCredentials<'a> {
    client: &'a Client,
    options: CallOptions,
    x_api_key: String,
}
impl<'a> RotateCredentials<'a> {
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
    ) -> Result<Response<models::Credentials>, Error<RotateCredentialsError>> {
        let request = self.client.request(::reqwest::Method::PUT, "/credentials");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let value = &self.x_api_key;
        let request = request
            .header(
                "X-API-KEY",
                crate::runtime::header_param("X-API-KEY", value, false, true)
                    .map_err(Error::InvalidRequest)?,
            );
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::RapidApiKey]])
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
            200 => Ok(response.json::<models::Credentials>()?),
            401 => {
                Err(
                    Error::Api(
                        RotateCredentialsError::Unauthorized(
                            response.json::<models::UnauthorizedException>()?,
                        ),
                    ),
                )
            }
            429 => {
                Err(
                    Error::Api(
                        RotateCredentialsError::TooManyRequests(
                            response.json::<models::TooManyRequestsException>()?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    Error::Api(
                        RotateCredentialsError::InternalServerError(
                            response.json::<models::InternalServerErrorException>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for RotateCredentials<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RotateCredentials")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("x_api_key", &crate::runtime::Redacted)
            .finish()
    }
}
impl<'a> IntoFuture for RotateCredentials<'a> {
    type Output = Result<Response<models::Credentials>, Error<RotateCredentialsError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Credentials::rotate_credentials`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RotateCredentialsError {
    /// `401`: Unauthorized
    Unauthorized(Response<models::UnauthorizedException>),
    /// `429`: Too Many Requests
    TooManyRequests(Response<models::TooManyRequestsException>),
    /// `500`: Internal Server Error
    InternalServerError(Response<models::InternalServerErrorException>),
}
impl DocumentedError for RotateCredentialsError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            RotateCredentialsError::Unauthorized(response) => response.status(),
            RotateCredentialsError::TooManyRequests(response) => response.status(),
            RotateCredentialsError::InternalServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            RotateCredentialsError::Unauthorized(response) => response.headers(),
            RotateCredentialsError::TooManyRequests(response) => response.headers(),
            RotateCredentialsError::InternalServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for RotateCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            RotateCredentialsError::Unauthorized(response) => {
                let description = "Unauthorized";
                write!(f, "error status {}: {description}", response.status())
            }
            RotateCredentialsError::TooManyRequests(response) => {
                let description = "Too Many Requests";
                write!(f, "error status {}: {description}", response.status())
            }
            RotateCredentialsError::InternalServerError(response) => {
                let description = "Internal Server Error";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for RotateCredentialsError {}
/// A `DELETE /credentials` request: set optional parameters, then `.await` it (or call [`DeleteCredentials::send`]).
///
/// Made by [`Credentials::delete_credentials`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct DeleteCredentials<'a> {
    client: &'a Client,
    options: CallOptions,
    x_api_key: String,
}
impl<'a> DeleteCredentials<'a> {
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
    pub async fn send(self) -> Result<Response<()>, Error<DeleteCredentialsError>> {
        let request = self.client.request(::reqwest::Method::DELETE, "/credentials");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let value = &self.x_api_key;
        let request = request
            .header(
                "X-API-KEY",
                crate::runtime::header_param("X-API-KEY", value, false, true)
                    .map_err(Error::InvalidRequest)?,
            );
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::RapidApiKey]])
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
            204 => Ok(response.empty()),
            401 => {
                Err(
                    Error::Api(
                        DeleteCredentialsError::Unauthorized(
                            response.json::<models::UnauthorizedException>()?,
                        ),
                    ),
                )
            }
            429 => {
                Err(
                    Error::Api(
                        DeleteCredentialsError::TooManyRequests(
                            response.json::<models::TooManyRequestsException>()?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    Error::Api(
                        DeleteCredentialsError::InternalServerError(
                            response.json::<models::InternalServerErrorException>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for DeleteCredentials<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCredentials")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("x_api_key", &crate::runtime::Redacted)
            .finish()
    }
}
impl<'a> IntoFuture for DeleteCredentials<'a> {
    type Output = Result<Response<()>, Error<DeleteCredentialsError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Credentials::delete_credentials`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteCredentialsError {
    /// `401`: Unauthorized
    Unauthorized(Response<models::UnauthorizedException>),
    /// `429`: Too Many Requests
    TooManyRequests(Response<models::TooManyRequestsException>),
    /// `500`: Internal Server Error
    InternalServerError(Response<models::InternalServerErrorException>),
}
impl DocumentedError for DeleteCredentialsError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            DeleteCredentialsError::Unauthorized(response) => response.status(),
            DeleteCredentialsError::TooManyRequests(response) => response.status(),
            DeleteCredentialsError::InternalServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            DeleteCredentialsError::Unauthorized(response) => response.headers(),
            DeleteCredentialsError::TooManyRequests(response) => response.headers(),
            DeleteCredentialsError::InternalServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for DeleteCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            DeleteCredentialsError::Unauthorized(response) => {
                let description = "Unauthorized";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteCredentialsError::TooManyRequests(response) => {
                let description = "Too Many Requests";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteCredentialsError::InternalServerError(response) => {
                let description = "Internal Server Error";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for DeleteCredentialsError {}
