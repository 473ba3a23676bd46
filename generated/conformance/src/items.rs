//! Operations of the `Items` group.
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use crate::client::Client;
use crate::client::Scheme;
use crate::models;
use std::time::Duration;
use crate::runtime::{DocumentedError, Error, Response};
use crate::transport::{CallOptions, RetryConfig};
use crate::runtime::Style;
/// A paged collection.
///
/// Get one from [`Client::items`].
#[derive(Debug, Clone, Copy)]
pub struct Items<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> Items<'a> {
    /// List items
    ///
    /// `GET /items`
    pub fn list_items(&self) -> ListItems<'a> {
        ListItems {
            client: self.client,
            options: CallOptions::default(),
            offset: None,
            limit: None,
        }
    }
    /// Create an item
    ///
    /// `POST /items`
    pub fn create_item(&self, body: models::NewItem) -> CreateItem<'a> {
        CreateItem {
            client: self.client,
            options: CallOptions::default(),
            body,
        }
    }
    /// Get an item
    ///
    /// `GET /items/{id}`
    pub fn get_item(&self, id: i64) -> GetItem<'a> {
        GetItem {
            client: self.client,
            options: CallOptions::default(),
            id,
        }
    }
}
/// A `GET /items` request: set optional parameters, then `.await` it (or call [`ListItems::send`]).
///
/// Made by [`Items::list_items`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct ListItems<'a> {
    client: &'a Client,
    options: CallOptions,
    offset: Option<i64>,
    limit: Option<i64>,
}
impl<'a> ListItems<'a> {
    /// The `offset` parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// The `limit` parameter.
    ///
    /// The server's default: `20`.
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
    /// Every page, from this request on, following the offset after the items so far; a page is requested only when the stream is polled, and the stream ends at a page without items or without a next page.
    pub fn pages(
        self,
    ) -> impl ::futures_util::Stream<
        Item = Result<Response<models::ItemPage>, Error<ListItemsError>>,
    > + 'a {
        ::futures_util::stream::try_unfold(
            Some(self),
            |state| async move {
                let Some(request) = state else {
                    return Ok(None);
                };
                let page = request.clone().send().await?;
                let count = Some(page.body())
                    .map(|value| &value.items)
                    .map_or(0, |items| items.len());
                let following = {
                    if count == 0 {
                        None
                    } else {
                        let offset = request.offset.unwrap_or_default();
                        Some(
                            request
                                .offset(
                                    offset
                                        .saturating_add(count.try_into().unwrap_or(offset.max(1))),
                                ),
                        )
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
        Item = Result<models::Item, Error<ListItemsError>>,
    > + 'a {
        use ::futures_util::TryStreamExt as _;
        self.pages()
            .map_ok(|page| {
                let items = Some(page.into_body())
                    .map(|value| value.items)
                    .unwrap_or_default();
                ::futures_util::stream::iter(
                    items.into_iter().map(Ok::<_, Error<ListItemsError>>),
                )
            })
            .try_flatten()
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<models::ItemPage>, Error<ListItemsError>> {
        let request = self.client.request(::reqwest::Method::GET, "/items");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        if let Some(value) = &self.offset {
            query
                .extend(
                    crate::runtime::query_param("offset", value, Style::Form, true)
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
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::QueryKey]])
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
            200 => Ok(response.json::<models::ItemPage>()?),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for ListItems<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListItems")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("offset", &self.offset)
            .field("limit", &self.limit)
            .finish()
    }
}
impl<'a> IntoFuture for ListItems<'a> {
    type Output = Result<Response<models::ItemPage>, Error<ListItemsError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Items::list_items`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListItemsError {}
impl DocumentedError for ListItemsError {
    fn status(&self) -> ::reqwest::StatusCode {
        match *self {}
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match *self {}
    }
}
impl ::std::fmt::Display for ListItemsError {
    fn fmt(&self, _f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for ListItemsError {}
/// A `POST /items` request: set optional parameters, then `.await` it (or call [`CreateItem::send`]).
///
/// Made by [`Items::create_item`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct CreateItem<'a> {
    client: &'a Client,
    options: CallOptions,
    body: models::NewItem,
}
impl<'a> CreateItem<'a> {
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
    pub async fn send(self) -> Result<Response<models::Item>, Error<CreateItemError>> {
        let request = self.client.request(::reqwest::Method::POST, "/items");
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Token]])
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
            201 => Ok(response.json::<models::Item>()?),
            503 => Err(Error::Api(CreateItemError::ServiceUnavailable(response.empty()))),
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for CreateItem<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateItem")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("body", &self.body)
            .finish()
    }
}
impl<'a> IntoFuture for CreateItem<'a> {
    type Output = Result<Response<models::Item>, Error<CreateItemError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Items::create_item`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateItemError {
    /// `503`: Try again later.
    ServiceUnavailable(Response<()>),
}
impl DocumentedError for CreateItemError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            CreateItemError::ServiceUnavailable(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            CreateItemError::ServiceUnavailable(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for CreateItemError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            CreateItemError::ServiceUnavailable(response) => {
                let description = "Try again later.";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for CreateItemError {}
/// A `GET /items/{id}` request: set optional parameters, then `.await` it (or call [`GetItem::send`]).
///
/// Made by [`Items::get_item`].
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct GetItem<'a> {
    client: &'a Client,
    options: CallOptions,
    id: i64,
}
impl<'a> GetItem<'a> {
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
    pub async fn send(self) -> Result<Response<models::Item>, Error<GetItemError>> {
        let path_id = crate::runtime::path_param("id", &self.id, Style::Simple, false)
            .map_err(Error::InvalidRequest)?;
        let request = self
            .client
            .request(::reqwest::Method::GET, &["/items/", path_id.as_str()].concat());
        let mut query: Vec<(String, String)> = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        let request = self
            .client
            .authorize(request, &mut query, &mut cookies, &[&[Scheme::Token]])
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
            200 => Ok(response.json::<models::Item>()?),
            404 => {
                Err(
                    Error::Api(
                        GetItemError::NotFound(response.json::<models::Problem>()?),
                    ),
                )
            }
            _ => Err(Error::UnexpectedStatus(response)),
        }
    }
}
impl ::std::fmt::Debug for GetItem<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetItem")
            .field("client", &self.client)
            .field("options", &self.options)
            .field("id", &self.id)
            .finish()
    }
}
impl<'a> IntoFuture for GetItem<'a> {
    type Output = Result<Response<models::Item>, Error<GetItemError>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// The error statuses documented for [`Items::get_item`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetItemError {
    /// `404`: No such item.
    NotFound(Response<models::Problem>),
}
impl DocumentedError for GetItemError {
    fn status(&self) -> ::reqwest::StatusCode {
        match self {
            GetItemError::NotFound(response) => response.status(),
        }
    }
    fn headers(&self) -> &::reqwest::header::HeaderMap {
        match self {
            GetItemError::NotFound(response) => response.headers(),
        }
    }
}
impl ::std::fmt::Display for GetItemError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            GetItemError::NotFound(response) => {
                let description = "No such item.";
                write!(f, "error status {}: {description}", response.status())
            }
        }
    }
}
impl ::std::error::Error for GetItemError {}
