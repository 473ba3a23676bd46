//! Operations of the `Items` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::call::Status;
use crate::runtime::Style;
use crate::client::Scheme;
use crate::call::Paginated;
/// A paged collection.
///
/// Get one from [`Client::items`].
#[derive(Debug, Clone)]
pub struct Items {
    pub(crate) client: Client,
}
impl Items {
    /// List items
    ///
    /// `GET /items`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn list_items(&self) -> Request<ListItems> {
        Request::new(
            &self.client,
            ListItems {
                offset: None,
                limit: None,
                tag: None,
            },
        )
    }
    /// Create an item
    ///
    /// `POST /items`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn create_item(&self, body: models::NewItem) -> Request<CreateItem> {
        Request::new(
            &self.client,
            CreateItem {
                idempotency_key: None,
                body,
            },
        )
    }
    /// List recent items, paged by the Link header
    ///
    /// `GET /items/recent`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn list_recent_items(&self) -> Request<ListRecentItems> {
        Request::new(
            &self.client,
            ListRecentItems {
                page: None,
                per_page: None,
            },
        )
    }
    /// Get an item
    ///
    /// `GET /items/{id}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn get_item(&self, id: i64) -> Request<GetItem> {
        Request::new(&self.client, GetItem { id })
    }
}
/// The parameters of [`Items::list_items`] (`GET /items`).
#[derive(Debug, Clone)]
pub struct ListItems {
    offset: Option<i64>,
    limit: Option<i64>,
    tag: Option<String>,
}
impl Request<ListItems> {
    /// The `offset` parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.params.offset = Some(value);
        self
    }
    /// The `limit` parameter.
    ///
    /// The server's default: `20`.
    pub fn limit(mut self, value: i64) -> Self {
        self.params.limit = Some(value);
        self
    }
    /// Only items with this tag.
    pub fn tag(mut self, value: impl Into<String>) -> Self {
        self.params.tag = Some(value.into());
        self
    }
}
impl Operation for ListItems {
    type Output = models::ItemPage;
    type Error = ListItemsError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "listItems";
    const PATH_TEMPLATE: &'static str = "/items";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/items",
            &[&[Scheme::QueryKey]],
            Some("application/json"),
        );
        parts.query("offset", &self.offset, Style::Form, true)?;
        parts.query("limit", &self.limit, Style::Form, true)?;
        parts.query("tag", &self.tag, Style::Form, true)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for ListItems {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
impl Paginated for ListItems {
    type Item = models::Item;
    fn next_page(&self, page: &crate::Response<Self::Output>) -> Option<Self> {
        let count = Some(page.body())
            .map(|value| &value.items)
            .map_or(0, |items| items.len());
        let offset = self.offset.unwrap_or_default();
        let step = count.try_into().unwrap_or(offset.max(1));
        if count > 0
            && self
                .limit
                .and_then(|limit| u64::try_from(limit).ok())
                .is_none_or(|limit| count as u64 >= limit)
        {
            Some(Self {
                offset: Some(offset.saturating_add(step)),
                ..self.clone()
            })
        } else {
            None
        }
    }
    fn into_items(page: Self::Output) -> Vec<Self::Item> {
        Some(page).map(|value| value.items).unwrap_or_default()
    }
}
/// The documented errors of [`Items::list_items`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListItemsError {}
impl crate::DocumentedError for ListItemsError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for ListItemsError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for ListItemsError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for ListItemsError {}
/// The parameters of [`Items::create_item`] (`POST /items`).
#[derive(Clone)]
pub struct CreateItem {
    idempotency_key: Option<String>,
    body: models::NewItem,
}
impl ::std::fmt::Debug for CreateItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateItem")
            .field(
                "idempotency_key",
                &self.idempotency_key.as_ref().map(|_| crate::runtime::Redacted),
            )
            .field("body", &self.body)
            .finish()
    }
}
impl Request<CreateItem> {
    /// Makes a retried create safe; the client sends a fresh one when none is given.
    ///
    /// The key the API deduplicates requests by: left unset, the client sends a fresh one with each call, the same with every retry of that call, and retries the call like an idempotent one.
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.params.idempotency_key = Some(value.into());
        self
    }
}
impl Operation for CreateItem {
    type Output = models::Item;
    type Error = CreateItemError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(201), crate::call::json)];
    const ID: &'static str = "createItem";
    const PATH_TEMPLATE: &'static str = "/items";
    const IDEMPOTENCY_KEY: Option<crate::call::IdempotencyKey> = Some((
        "Idempotency-Key",
        crate::runtime::idempotency_key,
    ));
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::POST,
            "/items",
            &[&[Scheme::Token]],
            Some("application/json"),
        );
        parts.header("Idempotency-Key", &self.idempotency_key, false, true)?;
        let body = &self.body;
        parts.json_body("application/json", body)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for CreateItem {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        201,
        "application/json",
        body,
    );
}
/// The documented errors of [`Items::create_item`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateItemError {
    /// `503`: Try again later.
    ServiceUnavailable(crate::ErrorResponse<()>),
}
impl crate::DocumentedError for CreateItemError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::ServiceUnavailable(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for CreateItemError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(503),
            |raw| Self::ServiceUnavailable(
                crate::ErrorResponse::empty(raw, "Try again later."),
            ),
        ),
    ];
}
impl ::std::fmt::Display for CreateItemError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ServiceUnavailable(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for CreateItemError {}
/// The parameters of [`Items::list_recent_items`] (`GET /items/recent`).
#[derive(Debug, Clone)]
pub struct ListRecentItems {
    page: Option<i64>,
    per_page: Option<i64>,
}
impl Request<ListRecentItems> {
    /// The `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.params.page = Some(value);
        self
    }
    /// The `per_page` parameter.
    pub fn per_page(mut self, value: i64) -> Self {
        self.params.per_page = Some(value);
        self
    }
}
impl Operation for ListRecentItems {
    type Output = Vec<models::Item>;
    type Error = ListRecentItemsError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "listRecentItems";
    const PATH_TEMPLATE: &'static str = "/items/recent";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/items/recent",
            &[&[Scheme::Token]],
            Some("application/json"),
        );
        parts.query("page", &self.page, Style::Form, true)?;
        parts.query("per_page", &self.per_page, Style::Form, true)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for ListRecentItems {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
impl Paginated for ListRecentItems {
    type Item = models::Item;
    fn next_page(&self, page: &crate::Response<Self::Output>) -> Option<Self> {
        let count = page.body().len();
        let link = crate::call::next_link(page.headers())?;
        let next = crate::call::next_cursor(&link, "page").parse().ok()?;
        if count > 0 && self.page != Some(next) {
            Some(Self {
                page: Some(next),
                ..self.clone()
            })
        } else {
            None
        }
    }
    fn into_items(page: Self::Output) -> Vec<Self::Item> {
        page
    }
}
/// The documented errors of [`Items::list_recent_items`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListRecentItemsError {}
impl crate::DocumentedError for ListRecentItemsError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for ListRecentItemsError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for ListRecentItemsError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for ListRecentItemsError {}
/// The parameters of [`Items::get_item`] (`GET /items/{id}`).
#[derive(Debug, Clone)]
pub struct GetItem {
    id: i64,
}
impl Operation for GetItem {
    type Output = models::Item;
    type Error = GetItemError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "getItem";
    const PATH_TEMPLATE: &'static str = "/items/{id}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/items/",
            &[&[Scheme::Token]],
            Some("application/json"),
        );
        parts.path_param("id", &self.id, Style::Simple, false)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for GetItem {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Items::get_item`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetItemError {
    /// `301`: The item moved.
    MovedPermanently(crate::ErrorResponse<()>),
    /// `404`: No such item.
    NotFound(crate::ErrorResponse<models::Problem>),
}
impl crate::DocumentedError for GetItemError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::MovedPermanently(ref response) => response.raw(),
            Self::NotFound(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for GetItemError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(301),
            |raw| Self::MovedPermanently(
                crate::ErrorResponse::empty(raw, "The item moved."),
            ),
        ),
        (
            Status::Code(404),
            |raw| Self::NotFound(crate::ErrorResponse::json(raw, "No such item.")),
        ),
    ];
}
impl ::std::fmt::Display for GetItemError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::MovedPermanently(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::NotFound(ref response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetItemError {}
