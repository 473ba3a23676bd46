//! Operations of the `Files` group.
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use crate::client::Client;
use crate::client::Scheme;
use crate::models;
use std::time::Duration;
use crate::runtime::{DocumentedError, Error, Response};
use crate::transport::{CallOptions, RetryConfig};
use crate::runtime::Style;
/// Files by name, with every kind of parameter.
///
/// Get one from [`Client::files`].
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> Files<'a> {
    /// Get a file by name
    ///
    /// `GET /files/{name}`
    pub fn get_file(&self, name: impl Into<String>) -> GetFile<'a> {
        GetFile {
            client: self.client,
            options: CallOptions::default(),
            name: name.into(),
            x_trace_id: None,
            x_auth_token: None,
            access_token: None,
            pin: None,
            theme: None,
        }
    }
}
/// A `GET /files/{name}` request: set optional parameters, then `.await` it (or call [`GetFile::send`]).
///
/// Made by [`Files::get_file`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct GetFile<'a> {
    client: &'a Client,
    options: CallOptions,
    name: String,
    x_trace_id: Option<String>,
    x_auth_token: Option<String>,
    access_token: Option<String>,
    pin: Option<String>,
    theme: Option<String>,
}
impl<'a> GetFile<'a> {
    /// The `X-Trace-Id` parameter.
    pub fn x_trace_id(mut self, value: impl Into<String>) -> Self {
        self.x_trace_id = Some(value.into());
        self
    }
    /// The `X-Auth-Token` parameter.
    pub fn x_auth_token(mut self, value: impl Into<String>) -> Self {
        self.x_auth_token = Some(value.into());
        self
    }
    /// The `access_token` parameter.
    pub fn access_token(mut self, value: impl Into<String>) -> Self {
        self.access_token = Some(value.into());
        self
    }
    /// The `pin` parameter.
    pub fn pin(mut self, value: impl Into<String>) -> Self {
        self.pin = Some(value.into());
        self
    }
    /// The `theme` parameter.
    pub fn theme(mut self, value: impl Into<String>) -> Self {
        self.theme = Some(value.into());
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
    pub async fn send(self) -> Result<Response<models::File>, Error<GetFileError>> {
        let path_name = crate::runtime::path_param(
                "name",
                &self.name,
                Style::Simple,
                false,
            )
            .map_err(Error::InvalidRequest)?;
        let request = self
            .client
            .request(::reqwest::Method::GET, &["/files/", path_name.as_str()].concat());
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = match &self.x_trace_id {
            Some(value) => {
                request
                    .header(
                        "X-Trace-Id",
                        crate::runtime::header_param("X-Trace-Id", value, false, false)
                            .map_err(Error::InvalidRequest)?,
                    )
            }
            None => request,
        };
        let request = match &self.x_auth_token {
            Some(value) => {
                request
                    .header(
                        "X-Auth-Token",
                        crate::runtime::header_param("X-Auth-Token", value, false, true)
                            .map_err(Error::InvalidRequest)?,
                    )
            }
            None => request,
        };
        if let Some(value) = &self.access_token {
            query
                .extend(
                    crate::runtime::query_param("access_token", value, Style::Form, true)
                        .map_err(Error::InvalidRequest)?,
                );
        }
        if let Some(value) = &self.pin {
            query
                .extend(
                    crate::runtime::query_param("pin", value, Style::Form, true)
                        .map_err(Error::InvalidRequest)?,
                );
        }
        if let Some(value) = &self.theme {
            cookies
                .push(
                    crate::runtime::cookie_param("theme", value)
                        .map_err(Error::InvalidRequest)?,
                );
        }
        let request = self
            .client
            .authorize(
                request,
                &mut query,
                &mut cookies,
                &[&[Scheme::HeaderKey], &[Scheme::CookieKey], &[Scheme::TokenWord]],
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
            200 => Ok(response.json::<models::File>()?),
            404 => Err(Error::Api(GetFileError::NotFound(response.empty()))),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for GetFile<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFile")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("name", &self.name)
            .field("x_trace_id", &self.x_trace_id)
            .field(
                "x_auth_token",
                &self.x_auth_token.as_ref().map(|_| crate::runtime::Redacted),
            )
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| crate::runtime::Redacted),
            )
            .field("pin", &self.pin.as_ref().map(|_| crate::runtime::Redacted))
            .field("theme", &self.theme)
            .finish()
    }
}
impl<'a> IntoFuture for GetFile<'a> {
    type Output = Result<Response<models::File>, Error<GetFileError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Files::get_file`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFileError {
    /// `404`: Returns `{"error": "not found"}` when no file is called {name}; {self} {} {{
    NotFound(Response<()>),
}
impl DocumentedError for GetFileError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            GetFileError::NotFound(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            GetFileError::NotFound(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for GetFileError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            GetFileError::NotFound(response) => {
                let description = "Returns `{\"error\": \"not found\"}` when no file is called {name}; {self} {} {{";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for GetFileError {}
