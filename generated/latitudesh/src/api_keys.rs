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
/// Manage the API keys of the team members.
///
/// Get one from [`Client::api_keys`].
#[derive(Debug, Clone, Copy)]
pub struct ApiKeys<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> ApiKeys<'a> {
    /// List API Keys
    ///
    /// Returns a list of all API keys from the team members
    ///
    /// `GET /auth/api_keys`
    pub fn list(&self) -> List<'a> {
        List {
            client: self.client,
            options: CallOptions::default(),
        }
    }
    /// Create API Key
    ///
    /// Create a new API Key that is tied to the current user account. The created API key is only listed ONCE upon creation. It can however be regenerated or deleted.
    ///
    /// `POST /auth/api_keys`
    pub fn create(&self, body: models::CreateApiKey) -> Create<'a> {
        Create {
            client: self.client,
            options: CallOptions::default(),
            body,
        }
    }
    /// Regenerate API Key
    ///
    /// Regenerate an existing API Key that is tied to the current user. This overrides the previous key.
    ///
    /// `PUT /auth/api_keys/{api_key_id}`
    pub fn regenerate(
        &self,
        api_key_id: impl Into<String>,
        body: models::UpdateApiKey,
    ) -> Regenerate<'a> {
        Regenerate {
            client: self.client,
            options: CallOptions::default(),
            api_key_id: api_key_id.into(),
            body,
        }
    }
    /// Delete API Key
    ///
    /// Delete an existing API Key. Once deleted, the API Key can no longer be used to access the API.
    ///
    /// `DELETE /auth/api_keys/{api_key_id}`
    pub fn delete(&self, api_key_id: impl Into<String>) -> Delete<'a> {
        Delete {
            client: self.client,
            options: CallOptions::default(),
            api_key_id: api_key_id.into(),
        }
    }
}
/// A `GET /auth/api_keys` request: set optional parameters, then `.await` it (or call [`List::send`]).
///
/// Made by [`ApiKeys::list`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct List<'a> {
    client: &'a Client,
    options: CallOptions,
}
impl<'a> List<'a> {
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
    pub async fn send(self) -> Result<Response<models::ApiKey>, Error<ListError>> {
        let request = self.client.request(::reqwest::Method::GET, "/auth/api_keys");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Bearer]])
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
        let request = request
            .header(::reqwest::header::ACCEPT, "application/vnd.api+json");
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            200 => Ok(response.json::<models::ApiKey>()?),
            400..=499 => Err(Error::Api(ListError::ClientError(response.empty()))),
            500..=599 => Err(Error::Api(ListError::ServerError(response.empty()))),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for List<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("List")
            .field("client", &self.client)
            .field("options", &self.options)
            .finish()
    }
}
impl<'a> IntoFuture for List<'a> {
    type Output = Result<Response<models::ApiKey>, Error<ListError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::list`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListError {
    /// `4XX`: An error; the body is not described.
    ClientError(Response<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(Response<()>),
}
impl DocumentedError for ListError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            ListError::ClientError(response) => response.status(),
            ListError::ServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            ListError::ClientError(response) => response.headers(),
            ListError::ServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for ListError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            ListError::ClientError(response) => {
                let description = "An error; the body is not described.";
                write!(f, "error status {}: {description}", response.status())
            }
            ListError::ServerError(response) => {
                let description = "An error; the body is not described.";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for ListError {}
/// A `POST /auth/api_keys` request: set optional parameters, then `.await` it (or call [`Create::send`]).
///
/// Made by [`ApiKeys::create`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Create<'a> {
    client: &'a Client,
    options: CallOptions,
    body: models::CreateApiKey,
}
impl<'a> Create<'a> {
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
    ) -> Result<Response<models::PostApiKeyResponseBody>, Error<CreateError>> {
        let request = self.client.request(::reqwest::Method::POST, "/auth/api_keys");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Bearer]])
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
        let request = request
            .header(::reqwest::header::ACCEPT, "application/vnd.api+json");
        let body = &self.body;
        let request = request
            .header(::reqwest::header::CONTENT_TYPE, "application/json")
            .body(crate::runtime::json_body(body).map_err(Error::InvalidRequest)?);
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            201 => Ok(response.json::<models::PostApiKeyResponseBody>()?),
            400..=499 => Err(Error::Api(CreateError::ClientError(response.empty()))),
            500..=599 => Err(Error::Api(CreateError::ServerError(response.empty()))),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for Create<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Create")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("body", &self.body)
            .finish()
    }
}
impl<'a> IntoFuture for Create<'a> {
    type Output = Result<Response<models::PostApiKeyResponseBody>, Error<CreateError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::create`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateError {
    /// `4XX`: An error; the body is not described.
    ClientError(Response<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(Response<()>),
}
impl DocumentedError for CreateError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            CreateError::ClientError(response) => response.status(),
            CreateError::ServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            CreateError::ClientError(response) => response.headers(),
            CreateError::ServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for CreateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            CreateError::ClientError(response) => {
                let description = "An error; the body is not described.";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateError::ServerError(response) => {
                let description = "An error; the body is not described.";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for CreateError {}
/// A `PUT /auth/api_keys/{api_key_id}` request: set optional parameters, then `.await` it (or call [`Regenerate::send`]).
///
/// Made by [`ApiKeys::regenerate`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Regenerate<'a> {
    client: &'a Client,
    options: CallOptions,
    api_key_id: String,
    body: models::UpdateApiKey,
}
impl<'a> Regenerate<'a> {
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
    ) -> Result<Response<models::UpdateApiKeyResponseBody>, Error<RegenerateError>> {
        let path_api_key_id = crate::runtime::path_param(
                "api_key_id",
                &self.api_key_id,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let request = self
            .client
            .request(
                ::reqwest::Method::PUT,
                &["/auth/api_keys/", path_api_key_id.as_str()].concat(),
            );
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Bearer]])
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
        let request = request
            .header(::reqwest::header::ACCEPT, "application/vnd.api+json");
        let body = &self.body;
        let request = request
            .header(::reqwest::header::CONTENT_TYPE, "application/json")
            .body(crate::runtime::json_body(body).map_err(Error::InvalidRequest)?);
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            200 => Ok(response.json::<models::UpdateApiKeyResponseBody>()?),
            400..=499 => Err(Error::Api(RegenerateError::ClientError(response.empty()))),
            500..=599 => Err(Error::Api(RegenerateError::ServerError(response.empty()))),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for Regenerate<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Regenerate")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("api_key_id", &self.api_key_id)
            .field("body", &self.body)
            .finish()
    }
}
impl<'a> IntoFuture for Regenerate<'a> {
    type Output = Result<
        Response<models::UpdateApiKeyResponseBody>,
        Error<RegenerateError>,
    >;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::regenerate`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RegenerateError {
    /// `4XX`: An error; the body is not described.
    ClientError(Response<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(Response<()>),
}
impl DocumentedError for RegenerateError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            RegenerateError::ClientError(response) => response.status(),
            RegenerateError::ServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            RegenerateError::ClientError(response) => response.headers(),
            RegenerateError::ServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for RegenerateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            RegenerateError::ClientError(response) => {
                let description = "An error; the body is not described.";
                write!(f, "error status {}: {description}", response.status())
            }
            RegenerateError::ServerError(response) => {
                let description = "An error; the body is not described.";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for RegenerateError {}
/// A `DELETE /auth/api_keys/{api_key_id}` request: set optional parameters, then `.await` it (or call [`Delete::send`]).
///
/// Made by [`ApiKeys::delete`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Delete<'a> {
    client: &'a Client,
    options: CallOptions,
    api_key_id: String,
}
impl<'a> Delete<'a> {
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
    pub async fn send(self) -> Result<Response<()>, Error<DeleteError>> {
        let path_api_key_id = crate::runtime::path_param(
                "api_key_id",
                &self.api_key_id,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let request = self
            .client
            .request(
                ::reqwest::Method::DELETE,
                &["/auth/api_keys/", path_api_key_id.as_str()].concat(),
            );
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Bearer]])
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
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            200 => Ok(response.empty()),
            400..=499 => Err(Error::Api(DeleteError::ClientError(response.empty()))),
            500..=599 => Err(Error::Api(DeleteError::ServerError(response.empty()))),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for Delete<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Delete")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("api_key_id", &self.api_key_id)
            .finish()
    }
}
impl<'a> IntoFuture for Delete<'a> {
    type Output = Result<Response<()>, Error<DeleteError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::delete`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteError {
    /// `4XX`: An error; the body is not described.
    ClientError(Response<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(Response<()>),
}
impl DocumentedError for DeleteError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            DeleteError::ClientError(response) => response.status(),
            DeleteError::ServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            DeleteError::ClientError(response) => response.headers(),
            DeleteError::ServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for DeleteError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            DeleteError::ClientError(response) => {
                let description = "An error; the body is not described.";
                write!(f, "error status {}: {description}", response.status())
            }
            DeleteError::ServerError(response) => {
                let description = "An error; the body is not described.";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for DeleteError {}
