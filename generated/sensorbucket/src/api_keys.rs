//! Operations of the `APIKeys` group.
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use crate::client::Client;
use crate::client::Scheme;
use crate::models;
use std::time::Duration;
use crate::runtime::{DocumentedError, Error, Response};
use crate::transport::{CallOptions, RetryConfig};
use crate::runtime::Style;
/// API keys give an organisation access to SensorBucket without a user session.
///
/// Get one from [`Client::api_keys`].
#[derive(Debug, Clone, Copy)]
pub struct ApiKeys<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> ApiKeys<'a> {
    /// List API Keys
    ///
    /// Lists API Keys
    ///
    /// `GET /api-keys`
    pub fn list_api_keys(&self) -> ListApiKeys<'a> {
        ListApiKeys {
            client: self.client,
            options: CallOptions::default(),
            tenant_id: None,
            cursor: None,
            limit: None,
        }
    }
    /// Creates a new API key for the given Tenant
    ///
    /// Create an API key for a tenant with an expiration date. Permissions for the API key within that organisation must be set
    ///
    /// `POST /api-keys`
    pub fn create_api_key(&self) -> CreateApiKey<'a> {
        CreateApiKey {
            client: self.client,
            options: CallOptions::default(),
            body: None,
        }
    }
    /// Get an API Key by ID
    ///
    /// `GET /api-keys/{api_key_id}`
    pub fn get_api_key(&self, api_key_id: i64) -> GetApiKey<'a> {
        GetApiKey {
            client: self.client,
            options: CallOptions::default(),
            api_key_id,
        }
    }
    /// Revokes an API key
    ///
    /// Revokes an API key so that it can't be used anymore
    ///
    /// `DELETE /api-keys/{api_key_id}`
    pub fn revoke_api_key(&self, api_key_id: i64) -> RevokeApiKey<'a> {
        RevokeApiKey {
            client: self.client,
            options: CallOptions::default(),
            api_key_id,
        }
    }
}
/// A `GET /api-keys` request: set optional parameters, then `.await` it (or call [`ListApiKeys::send`]).
///
/// Made by [`ApiKeys::list_api_keys`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct ListApiKeys<'a> {
    client: &'a Client,
    options: CallOptions,
    tenant_id: Option<i64>,
    cursor: Option<String>,
    limit: Option<i64>,
}
impl<'a> ListApiKeys<'a> {
    /// The id of the tenant from which to retrieve API keys
    pub fn tenant_id(mut self, value: i64) -> Self {
        self.tenant_id = Some(value);
        self
    }
    /// The cursor for the current page
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }
    /// The maximum amount of items per page. Not applicable if `cursor` parameter is given. System limits are in place.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
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
    /// Every page, from this request on, following the cursor each page names; a page is requested only when the stream is polled, and the stream ends at a page without items or without a next page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<Response<models::ListApiKeys200Response>, Error<ListApiKeysError>>,
    > + 'a {
        ::futures_util::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else {
                    return Ok(None);
                };
                let page = request.clone().send().await?;
                let count = Some(page.body())
                    .map(|value| &value.data)
                    .map_or(0, |items| items.len());
                let following = {
                    let cursor = Some(page.body())
                        .map(|value| &value.links)
                        .and_then(|value| value.next.as_ref())
                        .map(|value| crate::runtime::next_cursor(
                            &value.to_string(),
                            "cursor",
                        ));
                    match cursor {
                        Some(
                            cursor,
                        ) if count > 0 && !cursor.is_empty()
                            && request.cursor.as_deref() != Some(cursor.as_str()) => {
                            Some(request.cursor(cursor))
                        }
                        _ => None,
                    }
                };
                Ok(Some((page, following)))
            },
        )
    }
    /// Every item of every page, requesting pages as the stream is polled.
    pub fn items(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<models::ApiKey, Error<ListApiKeysError>>,
    > + 'a {
        use ::futures_util::TryStreamExt as _;
        self.pages()
            .map_ok(|page| {
                let items = Some(page.into_body())
                    .map(|value| value.data)
                    .unwrap_or_default();
                ::futures_util::stream::iter(
                    items.into_iter().map(Ok::<_, Error<ListApiKeysError>>),
                )
            })
            .try_flatten()
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<models::ListApiKeys200Response>, Error<ListApiKeysError>> {
        let request = self.client.request(::reqwest::Method::GET, "/api-keys");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        if let Some(value) = &self.tenant_id {
            query
                .extend(
                    crate::runtime::query_param("tenant_id", value, Style::Form, true)
                        .map_err(Error::InvalidRequest)?,
                );
        }
        if let Some(value) = &self.cursor {
            query
                .extend(
                    crate::runtime::query_param("cursor", value, Style::Form, true)
                        .map_err(Error::InvalidRequest)?,
                );
        }
        if let Some(value) = &self.limit {
            query
                .extend(
                    crate::runtime::query_param("limit", value, Style::Form, true)
                        .map_err(Error::InvalidRequest)?,
                );
        }
        let request = self
            .client
            .authorize(
                request,
                &mut query,
                &mut cookies,
                &[&[Scheme::CookieSession], &[Scheme::ApiKey]],
            )
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
            200 => Ok(response.json::<models::ListApiKeys200Response>()?),
            400 => {
                Err(
                    Error::Api(
                        ListApiKeysError::BadRequest(
                            response.json::<models::ApiError>()?,
                        ),
                    ),
                )
            }
            401 => Err(Error::Api(ListApiKeysError::Unauthorized(response.empty()))),
            403 => Err(Error::Api(ListApiKeysError::Forbidden(response.empty()))),
            500 => {
                Err(
                    Error::Api(
                        ListApiKeysError::InternalServerError(
                            response.json::<models::ApiError>()?,
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
            .field("tenant_id", &self.tenant_id)
            .field("cursor", &self.cursor)
            .field("limit", &self.limit)
            .finish()
    }
}
impl<'a> IntoFuture for ListApiKeys<'a> {
    type Output = Result<
        Response<models::ListApiKeys200Response>,
        Error<ListApiKeysError>,
    >;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::list_api_keys`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListApiKeysError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(Response<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(Response<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(Response<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(Response<models::ApiError>),
}
impl DocumentedError for ListApiKeysError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            ListApiKeysError::BadRequest(response) => response.status(),
            ListApiKeysError::Unauthorized(response) => response.status(),
            ListApiKeysError::Forbidden(response) => response.status(),
            ListApiKeysError::InternalServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            ListApiKeysError::BadRequest(response) => response.headers(),
            ListApiKeysError::Unauthorized(response) => response.headers(),
            ListApiKeysError::Forbidden(response) => response.headers(),
            ListApiKeysError::InternalServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for ListApiKeysError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            ListApiKeysError::BadRequest(response) => {
                let description = "The request failed because of a malformed or invalid request";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::Unauthorized(response) => {
                let description = "The request failed because the provided credentials are invalid or missing";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::Forbidden(response) => {
                let description = "The request failed because the provided credentials do not have the required permissions to perform this action";
                write!(f, "error status {}: {description}", response.status())
            }
            ListApiKeysError::InternalServerError(response) => {
                let description = "The request failed because of an unexpected server error";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for ListApiKeysError {}
/// A `POST /api-keys` request: set optional parameters, then `.await` it (or call [`CreateApiKey::send`]).
///
/// Made by [`ApiKeys::create_api_key`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct CreateApiKey<'a> {
    client: &'a Client,
    options: CallOptions,
    body: Option<models::CreateApiKeyRequest>,
}
impl<'a> CreateApiKey<'a> {
    /// The request body.
    pub fn body(mut self, value: models::CreateApiKeyRequest) -> Self {
        self.body = Some(value);
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
    ) -> Result<Response<models::ApiKeyCreated>, Error<CreateApiKeyError>> {
        let request = self.client.request(::reqwest::Method::POST, "/api-keys");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(
                request,
                &mut query,
                &mut cookies,
                &[&[Scheme::CookieSession], &[Scheme::ApiKey]],
            )
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
        let request = match &self.body {
            Some(body) => {
                request
                    .header(::reqwest::header::CONTENT_TYPE, "application/json")
                    .body(
                        crate::runtime::json_body(body).map_err(Error::InvalidRequest)?,
                    )
            }
            None => request,
        };
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            201 => Ok(response.json::<models::ApiKeyCreated>()?),
            400 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::BadRequest(
                            response.json::<models::ApiError>()?,
                        ),
                    ),
                )
            }
            401 => Err(Error::Api(CreateApiKeyError::Unauthorized(response.empty()))),
            403 => Err(Error::Api(CreateApiKeyError::Forbidden(response.empty()))),
            500 => {
                Err(
                    Error::Api(
                        CreateApiKeyError::InternalServerError(
                            response.json::<models::ApiError>()?,
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
    type Output = Result<Response<models::ApiKeyCreated>, Error<CreateApiKeyError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::create_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateApiKeyError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(Response<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(Response<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(Response<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(Response<models::ApiError>),
}
impl DocumentedError for CreateApiKeyError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            CreateApiKeyError::BadRequest(response) => response.status(),
            CreateApiKeyError::Unauthorized(response) => response.status(),
            CreateApiKeyError::Forbidden(response) => response.status(),
            CreateApiKeyError::InternalServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            CreateApiKeyError::BadRequest(response) => response.headers(),
            CreateApiKeyError::Unauthorized(response) => response.headers(),
            CreateApiKeyError::Forbidden(response) => response.headers(),
            CreateApiKeyError::InternalServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for CreateApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            CreateApiKeyError::BadRequest(response) => {
                let description = "The request failed because of a malformed or invalid request";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::Unauthorized(response) => {
                let description = "The request failed because the provided credentials are invalid or missing";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::Forbidden(response) => {
                let description = "The request failed because the provided credentials do not have the required permissions to perform this action";
                write!(f, "error status {}: {description}", response.status())
            }
            CreateApiKeyError::InternalServerError(response) => {
                let description = "The request failed because of an unexpected server error";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for CreateApiKeyError {}
/// A `GET /api-keys/{api_key_id}` request: set optional parameters, then `.await` it (or call [`GetApiKey::send`]).
///
/// Made by [`ApiKeys::get_api_key`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct GetApiKey<'a> {
    client: &'a Client,
    options: CallOptions,
    api_key_id: i64,
}
impl<'a> GetApiKey<'a> {
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
    pub async fn send(self) -> Result<Response<models::ApiKey>, Error<GetApiKeyError>> {
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
                ::reqwest::Method::GET,
                &["/api-keys/", path_api_key_id.as_str()].concat(),
            );
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(
                request,
                &mut query,
                &mut cookies,
                &[&[Scheme::CookieSession], &[Scheme::ApiKey]],
            )
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
            200 => Ok(response.json::<models::ApiKey>()?),
            400 => {
                Err(
                    Error::Api(
                        GetApiKeyError::BadRequest(response.json::<models::ApiError>()?),
                    ),
                )
            }
            401 => Err(Error::Api(GetApiKeyError::Unauthorized(response.empty()))),
            403 => Err(Error::Api(GetApiKeyError::Forbidden(response.empty()))),
            500 => {
                Err(
                    Error::Api(
                        GetApiKeyError::InternalServerError(
                            response.json::<models::ApiError>()?,
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
            .field("api_key_id", &self.api_key_id)
            .finish()
    }
}
impl<'a> IntoFuture for GetApiKey<'a> {
    type Output = Result<Response<models::ApiKey>, Error<GetApiKeyError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::get_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetApiKeyError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(Response<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(Response<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(Response<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(Response<models::ApiError>),
}
impl DocumentedError for GetApiKeyError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            GetApiKeyError::BadRequest(response) => response.status(),
            GetApiKeyError::Unauthorized(response) => response.status(),
            GetApiKeyError::Forbidden(response) => response.status(),
            GetApiKeyError::InternalServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            GetApiKeyError::BadRequest(response) => response.headers(),
            GetApiKeyError::Unauthorized(response) => response.headers(),
            GetApiKeyError::Forbidden(response) => response.headers(),
            GetApiKeyError::InternalServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for GetApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            GetApiKeyError::BadRequest(response) => {
                let description = "The request failed because of a malformed or invalid request";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::Unauthorized(response) => {
                let description = "The request failed because the provided credentials are invalid or missing";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::Forbidden(response) => {
                let description = "The request failed because the provided credentials do not have the required permissions to perform this action";
                write!(f, "error status {}: {description}", response.status())
            }
            GetApiKeyError::InternalServerError(response) => {
                let description = "The request failed because of an unexpected server error";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for GetApiKeyError {}
/// A `DELETE /api-keys/{api_key_id}` request: set optional parameters, then `.await` it (or call [`RevokeApiKey::send`]).
///
/// Made by [`ApiKeys::revoke_api_key`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct RevokeApiKey<'a> {
    client: &'a Client,
    options: CallOptions,
    api_key_id: i64,
}
impl<'a> RevokeApiKey<'a> {
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
    ) -> Result<Response<models::RevokeApiKey200Response>, Error<RevokeApiKeyError>> {
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
                &["/api-keys/", path_api_key_id.as_str()].concat(),
            );
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(
                request,
                &mut query,
                &mut cookies,
                &[&[Scheme::CookieSession], &[Scheme::ApiKey]],
            )
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
            200 => Ok(response.json::<models::RevokeApiKey200Response>()?),
            400 => {
                Err(
                    Error::Api(
                        RevokeApiKeyError::BadRequest(
                            response.json::<models::ApiError>()?,
                        ),
                    ),
                )
            }
            401 => Err(Error::Api(RevokeApiKeyError::Unauthorized(response.empty()))),
            403 => Err(Error::Api(RevokeApiKeyError::Forbidden(response.empty()))),
            500 => {
                Err(
                    Error::Api(
                        RevokeApiKeyError::InternalServerError(
                            response.json::<models::ApiError>()?,
                        ),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for RevokeApiKey<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RevokeApiKey")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("api_key_id", &self.api_key_id)
            .finish()
    }
}
impl<'a> IntoFuture for RevokeApiKey<'a> {
    type Output = Result<
        Response<models::RevokeApiKey200Response>,
        Error<RevokeApiKeyError>,
    >;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`ApiKeys::revoke_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RevokeApiKeyError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(Response<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(Response<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(Response<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(Response<models::ApiError>),
}
impl DocumentedError for RevokeApiKeyError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            RevokeApiKeyError::BadRequest(response) => response.status(),
            RevokeApiKeyError::Unauthorized(response) => response.status(),
            RevokeApiKeyError::Forbidden(response) => response.status(),
            RevokeApiKeyError::InternalServerError(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            RevokeApiKeyError::BadRequest(response) => response.headers(),
            RevokeApiKeyError::Unauthorized(response) => response.headers(),
            RevokeApiKeyError::Forbidden(response) => response.headers(),
            RevokeApiKeyError::InternalServerError(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for RevokeApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            RevokeApiKeyError::BadRequest(response) => {
                let description = "The request failed because of a malformed or invalid request";
                write!(f, "error status {}: {description}", response.status())
            }
            RevokeApiKeyError::Unauthorized(response) => {
                let description = "The request failed because the provided credentials are invalid or missing";
                write!(f, "error status {}: {description}", response.status())
            }
            RevokeApiKeyError::Forbidden(response) => {
                let description = "The request failed because the provided credentials do not have the required permissions to perform this action";
                write!(f, "error status {}: {description}", response.status())
            }
            RevokeApiKeyError::InternalServerError(response) => {
                let description = "The request failed because of an unexpected server error";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for RevokeApiKeyError {}
