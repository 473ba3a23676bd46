//! Operations of the `Auth` group.
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use crate::client::Client;
use crate::client::Scheme;
use crate::models;
use std::time::Duration;
use crate::runtime::{DocumentedError, Error, Response};
use crate::transport::{CallOptions, RetryConfig};
/// One operation per way of authenticating.
///
/// Get one from [`Client::auth`].
#[derive(Debug, Clone, Copy)]
pub struct Auth<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> Auth<'a> {
    /// Answers without authentication
    ///
    /// `GET /ping`
    pub fn ping(&self) -> Ping<'a> {
        Ping {
            client: self.client,
            options: CallOptions::default(),
        }
    }
    /// Authenticates with HTTP basic
    ///
    /// `GET /whoami/basic`
    pub fn whoami_basic(&self) -> WhoamiBasic<'a> {
        WhoamiBasic {
            client: self.client,
            options: CallOptions::default(),
        }
    }
    /// Authenticates with an OAuth 2 access token
    ///
    /// `GET /whoami/oauth`
    pub fn whoami_oauth(&self) -> WhoamiOauth<'a> {
        WhoamiOauth {
            client: self.client,
            options: CallOptions::default(),
        }
    }
}
/// A `GET /ping` request: set optional parameters, then `.await` it (or call [`Ping::send`]).
///
/// Made by [`Auth::ping`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Ping<'a> {
    client: &'a Client,
    options: CallOptions,
}
impl<'a> Ping<'a> {
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
    pub async fn send(self) -> Result<Response<()>, Error<PingError>> {
        let request = self.client.request(::reqwest::Method::GET, "/ping");
        let response = self.client.send(request, &self.options).await?;
        match response.status().as_u16() {
            204 => Ok(response.empty()),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for Ping<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Ping")
            .field("client", &self.client)
            .field("options", &self.options)
            .finish()
    }
}
impl<'a> IntoFuture for Ping<'a> {
    type Output = Result<Response<()>, Error<PingError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Auth::ping`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PingError {}
impl DocumentedError for PingError {
    fn status(&self) -> ::reqwest::StatusCode {
        match *self {}
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match *self {}
    }
}
impl ::std::fmt::Display for PingError {
    fn fmt(&self, _f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for PingError {}
/// A `GET /whoami/basic` request: set optional parameters, then `.await` it (or call [`WhoamiBasic::send`]).
///
/// Made by [`Auth::whoami_basic`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct WhoamiBasic<'a> {
    client: &'a Client,
    options: CallOptions,
}
impl<'a> WhoamiBasic<'a> {
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
    ) -> Result<Response<models::Identity>, Error<WhoamiBasicError>> {
        let request = self.client.request(::reqwest::Method::GET, "/whoami/basic");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Basic]])
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
            200 => Ok(response.json::<models::Identity>()?),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for WhoamiBasic<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WhoamiBasic")
            .field("client", &self.client)
            .field("options", &self.options)
            .finish()
    }
}
impl<'a> IntoFuture for WhoamiBasic<'a> {
    type Output = Result<Response<models::Identity>, Error<WhoamiBasicError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Auth::whoami_basic`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WhoamiBasicError {}
impl DocumentedError for WhoamiBasicError {
    fn status(&self) -> ::reqwest::StatusCode {
        match *self {}
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match *self {}
    }
}
impl ::std::fmt::Display for WhoamiBasicError {
    fn fmt(&self, _f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for WhoamiBasicError {}
/// A `GET /whoami/oauth` request: set optional parameters, then `.await` it (or call [`WhoamiOauth::send`]).
///
/// Made by [`Auth::whoami_oauth`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct WhoamiOauth<'a> {
    client: &'a Client,
    options: CallOptions,
}
impl<'a> WhoamiOauth<'a> {
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
    ) -> Result<Response<models::Identity>, Error<WhoamiOauthError>> {
        let request = self.client.request(::reqwest::Method::GET, "/whoami/oauth");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Oauth]])
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
            200 => Ok(response.json::<models::Identity>()?),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for WhoamiOauth<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WhoamiOauth")
            .field("client", &self.client)
            .field("options", &self.options)
            .finish()
    }
}
impl<'a> IntoFuture for WhoamiOauth<'a> {
    type Output = Result<Response<models::Identity>, Error<WhoamiOauthError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Auth::whoami_oauth`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WhoamiOauthError {}
impl DocumentedError for WhoamiOauthError {
    fn status(&self) -> ::reqwest::StatusCode {
        match *self {}
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match *self {}
    }
}
impl ::std::fmt::Display for WhoamiOauthError {
    fn fmt(&self, _f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for WhoamiOauthError {}
