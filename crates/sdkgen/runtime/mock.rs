//! Test doubles (the `mock` feature): an HTTP server in the test's own process that answers
//! the client's calls as typed stubs say, and keeps a log of what it received.
//!
//! A stub is described by a request made with the client itself, so it matches on the
//! operation's own parameter and body types: method, path, query, header parameters and body
//! (a JSON or form body by value, a multipart form or stream not at all). It answers with a
//! typed success, a typed documented error, any status with a raw body, or such replies in
//! turn (`503` then `200`, to test retries).

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{HeaderMap, CONTENT_TYPE, COOKIE};
use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::call::{Body, Operation, Request, RequestParts, Verdict};
use crate::client::{Client, ClientBuilder};
use crate::error::DocumentedError;
use crate::transport::RetryConfig;

/// How an operation's success body is written into a response.
#[doc(hidden)]
pub type Encoder<T> = fn(&T) -> Result<Encoded, String>;

/// An operation a test double can answer with a typed success.
pub trait MockReply: Operation {
    /// How a success body is written into a response.
    #[doc(hidden)]
    const REPLY: Encoder<Self::Output>;
}

/// A success body written for a response: status, media type and bytes.
#[doc(hidden)]
#[derive(Debug)]
pub struct Encoded {
    status: u16,
    media_type: Option<&'static str>,
    body: Vec<u8>,
}

/// The encoder of a success that cannot be given as a value (an event stream).
pub(crate) fn unencodable<T>(_: &T) -> Result<Encoded, String> {
    Err("this operation's success cannot be given as a value: answer with `Reply::raw`".to_string())
}

/// A JSON success body.
pub(crate) fn json<T: Serialize>(
    status: u16,
    media_type: &'static str,
    body: &T,
) -> Result<Encoded, String> {
    let body =
        serde_json::to_vec(body).map_err(|e| format!("cannot encode the body as JSON: {e}"))?;
    Ok(Encoded {
        status,
        media_type: Some(media_type),
        body,
    })
}

/// A text success body.
pub(crate) fn text(status: u16, media_type: &'static str, body: &str) -> Result<Encoded, String> {
    Ok(Encoded {
        status,
        media_type: Some(media_type),
        body: body.as_bytes().to_vec(),
    })
}

/// A binary success body.
pub(crate) fn bytes(
    status: u16,
    media_type: &'static str,
    body: &Bytes,
) -> Result<Encoded, String> {
    Ok(Encoded {
        status,
        media_type: Some(media_type),
        body: body.to_vec(),
    })
}

/// A success without a body.
pub(crate) fn empty(status: u16) -> Result<Encoded, String> {
    Ok(Encoded {
        status,
        media_type: None,
        body: Vec::new(),
    })
}

/// Implements [`MockReply`] for an operation's parameters, so that an operation names only how
/// its success is written: `Name, json(200, "application/json")` (or `text`, `bytes`),
/// `Name, empty(204)`, `Name, unencodable`, or for several success types a `match` on the
/// response enum whose arms call those functions with the body: `Name, match { Response::Ok(body)
/// => json(200, "application/json", body), Response::NoContent => empty(204) }`.
// Not every crate has operations of each kind: the runtime is the same in each.
#[allow(unused_macros)]
macro_rules! reply {
    ($name:ident, unencodable) => {
        $crate::mock::reply!($name, $crate::mock::unencodable);
    };
    ($name:ident, match { $($variant:pat => $write:ident($($argument:expr),*)),* $(,)? }) => {
        $crate::mock::reply!($name, |response| match response {
            $($variant => $crate::mock::$write($($argument),*),)*
        });
    };
    ($name:ident, empty($status:literal)) => {
        $crate::mock::reply!($name, |_| $crate::mock::empty($status));
    };
    ($name:ident, $write:ident($status:literal, $media_type:literal)) => {
        $crate::mock::reply!($name, |body| $crate::mock::$write($status, $media_type, body));
    };
    ($name:ident, $encoder:expr) => {
        impl $crate::mock::MockReply for $name {
            const REPLY: $crate::mock::Encoder<Self::Output> = $encoder;
        }
    };
}
#[allow(unused_imports)]
pub(crate) use reply;

/// What a stub answers with.
#[non_exhaustive]
pub enum Reply<P: Operation> {
    /// The operation's documented success (its first documented status) with this body.
    Success(P::Output),
    /// A documented error: its status, headers and body.
    Error(P::Error),
    /// Any status with a raw body.
    Raw {
        /// The status.
        status: u16,
        /// The body, sent as it is.
        body: Bytes,
    },
}

impl<P: MockReply> Reply<P> {
    /// Any status with a raw body, e.g. `Reply::raw(503, "")`.
    pub fn raw(status: u16, body: impl Into<Bytes>) -> Self {
        Reply::Raw {
            status,
            body: body.into(),
        }
    }

    /// The response this reply is, or why it cannot be one.
    fn template(self) -> Result<wiremock::ResponseTemplate, String> {
        match self {
            Reply::Success(output) => {
                let encoded = (P::REPLY)(&output)?;
                let template = wiremock::ResponseTemplate::new(encoded.status);
                Ok(match encoded.media_type {
                    Some(media_type) => template.set_body_raw(encoded.body, media_type),
                    None => template.set_body_bytes(encoded.body),
                })
            }
            Reply::Error(error) => {
                let raw = error.raw();
                let status = raw.status().as_u16();
                if !is_documented_as::<P>(raw.clone(), &error) {
                    return Err(format!(
                        "status {status} is not documented as this error of the operation"
                    ));
                }
                let mut template =
                    wiremock::ResponseTemplate::new(status).set_body_bytes(raw.body().to_vec());
                for (name, value) in raw.headers() {
                    template = template.append_header(name.clone(), value.clone());
                }
                Ok(template)
            }
            Reply::Raw { status, body } => {
                Ok(wiremock::ResponseTemplate::new(status).set_body_bytes(body.to_vec()))
            }
        }
    }
}

/// Whether the operation's error table makes the same variant as `error` of a response with
/// its status: a stubbed error must be what the client will see.
fn is_documented_as<P: Operation>(raw: crate::runtime::RawResponse, error: &P::Error) -> bool {
    match crate::call::verdict::<P>(raw.status().as_u16()) {
        Verdict::Error(make) => std::mem::discriminant(&make(raw)) == std::mem::discriminant(error),
        Verdict::Success(_) | Verdict::Unexpected => false,
    }
}

impl<P: Operation> fmt::Debug for Reply<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reply::Success(_) => f.write_str("Reply::Success"),
            Reply::Error(error) => write!(f, "Reply::Error({})", error.status()),
            Reply::Raw { status, .. } => write!(f, "Reply::Raw({status})"),
        }
    }
}

/// An HTTP server in this process that answers the client's calls as stubs say.
///
/// Point a client at it with [`MockServer::client_builder`], add stubs with
/// [`MockServer::on`], and read what it received with [`MockServer::received`]. A call that no
/// stub matches gets a `404`. The server stops when it is dropped.
pub struct MockServer {
    server: wiremock::MockServer,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("uri", &self.server.uri())
            .finish()
    }
}

impl MockServer {
    /// Starts a server on a free port of the loopback interface.
    pub async fn start() -> Self {
        MockServer {
            server: wiremock::MockServer::start().await,
        }
    }

    /// The server's base URL, e.g. `http://127.0.0.1:41234`.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// A client builder whose base URL is this server, retrying as by default but without
    /// waiting between attempts; add credentials and settings as for the real server.
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder()
            .base_url(self.uri())
            .retries(RetryConfig::default().initial_backoff(Duration::ZERO))
    }

    /// A stub for calls like `request`: same operation, path, query, header parameters and
    /// body (a multipart or streamed body is not compared). Extra headers the client adds
    /// (credentials, `User-Agent`, idempotency keys) do not matter. When several stubs match a
    /// call, the first one added answers.
    ///
    /// # Panics
    ///
    /// If the request cannot be built (a parameter a URL or header cannot carry).
    pub fn on<P: Operation>(&self, request: &Request<P>) -> Stub<'_, P> {
        let expected = Expected::new(request)
            .unwrap_or_else(|message| panic!("the stubbed request cannot be built: {message}"));
        Stub {
            server: self,
            expected,
            operation: PhantomData,
        }
    }

    /// Every request the server received, in order.
    pub async fn received(&self) -> Vec<Received> {
        let requests = self.server.received_requests().await.unwrap_or_default();
        requests.into_iter().map(Received::from).collect()
    }

    /// The requests the server received that match `request` as a stub would.
    ///
    /// # Panics
    ///
    /// If the request cannot be built.
    pub async fn received_like<P: Operation>(&self, request: &Request<P>) -> Vec<Received> {
        let expected = Expected::new(request)
            .unwrap_or_else(|message| panic!("the request cannot be built: {message}"));
        let requests = self.server.received_requests().await.unwrap_or_default();
        requests
            .into_iter()
            .filter(|r| wiremock::Match::matches(&expected, r))
            .map(Received::from)
            .collect()
    }
}

/// A stub being added: give it what it answers with.
#[must_use = "a stub does nothing until it is given a reply and awaited"]
pub struct Stub<'a, P> {
    server: &'a MockServer,
    expected: Expected,
    operation: PhantomData<P>,
}

impl<P> fmt::Debug for Stub<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stub")
            .field("method", &self.expected.method)
            .field("path", &self.expected.path)
            .finish_non_exhaustive()
    }
}

impl<P: MockReply> Stub<'_, P> {
    /// Answers every matching call with a documented success with this body.
    ///
    /// # Panics
    ///
    /// If the body cannot be encoded, or the operation's success cannot be given as a value
    /// (an event stream: use [`Stub::respond_raw`]).
    pub async fn respond(self, body: P::Output) {
        self.reply(Reply::Success(body)).await;
    }

    /// Answers every matching call with this documented error.
    ///
    /// # Panics
    ///
    /// If the error's status is documented as another variant.
    pub async fn respond_error(self, error: P::Error) {
        self.reply(Reply::Error(error)).await;
    }

    /// Answers every matching call with this status and raw body.
    pub async fn respond_raw(self, status: u16, body: impl Into<Bytes>) {
        self.reply(Reply::raw(status, body)).await;
    }

    /// Answers every matching call with this reply.
    ///
    /// # Panics
    ///
    /// As [`Stub::respond`] and [`Stub::respond_error`].
    pub async fn reply(self, reply: Reply<P>) {
        self.replies([reply]).await;
    }

    /// Answers matching calls with these replies in turn, one each; the last answers every
    /// later call.
    ///
    /// # Panics
    ///
    /// As [`Stub::reply`], or if there are no replies.
    pub async fn replies(self, replies: impl IntoIterator<Item = Reply<P>>) {
        let templates: Vec<wiremock::ResponseTemplate> = replies
            .into_iter()
            .map(|reply| {
                reply
                    .template()
                    .unwrap_or_else(|message| panic!("cannot stub this reply: {message}"))
            })
            .collect();
        assert!(!templates.is_empty(), "a stub needs at least one reply");
        let last = templates.len() - 1;
        for (index, template) in templates.into_iter().enumerate() {
            let mock = wiremock::Mock::given(self.expected.clone()).respond_with(template);
            let mock = if index < last {
                mock.up_to_n_times(1)
            } else {
                mock
            };
            mock.mount(&self.server.server).await;
        }
    }
}

/// A request as a stub expects it.
#[derive(Clone)]
struct Expected {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    headers: HeaderMap,
    cookies: Vec<String>,
    body: ExpectedBody,
    /// Query parameters that may carry credentials: those the request does not describe
    /// are the client's to add, and not compared.
    secret_query: &'static [&'static str],
}

#[derive(Clone)]
enum ExpectedBody {
    /// No body, or one that cannot be compared (a multipart form or a stream).
    Any,
    Json(Value),
    Form(Vec<(String, String)>),
    Bytes(Bytes),
}

impl Expected {
    fn new<P: Operation>(request: &Request<P>) -> Result<Self, String> {
        let parts: RequestParts = request.params.describe()?;
        let url = Url::parse(&format!("{}{}", request.client.base_url(), parts.path))
            .map_err(|e| format!("not a URL: {e}"))?;
        let body = match &parts.body {
            Some(Body::Bytes(media_type, bytes)) if media_type.contains("json") => {
                serde_json::from_slice(bytes)
                    .map(ExpectedBody::Json)
                    .unwrap_or_else(|_| ExpectedBody::Bytes(bytes.clone()))
            }
            Some(Body::Bytes(media_type, bytes))
                if media_type.starts_with("application/x-www-form-urlencoded") =>
            {
                ExpectedBody::Form(form_pairs(bytes))
            }
            Some(Body::Bytes(_, bytes)) => ExpectedBody::Bytes(bytes.clone()),
            Some(Body::Attach(_)) | None => ExpectedBody::Any,
        };
        Ok(Expected {
            method: parts.method.clone(),
            path: url.path().to_string(),
            query: parts.query.clone(),
            headers: parts.headers.iter().cloned().collect(),
            cookies: parts.cookies.clone(),
            body,
            secret_query: request.client.transport().secret_query_parameters,
        })
    }

    fn matches_query(&self, url: &Url) -> bool {
        // The client adds query credentials to the parameters the request describes.
        let added = |name: &str| {
            self.secret_query.contains(&name) && !self.query.iter().any(|(given, _)| given == name)
        };
        let received: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(name, _)| !added(name))
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        received == self.query
    }

    fn matches_headers(&self, headers: &HeaderMap) -> bool {
        self.headers
            .iter()
            .all(|(name, value)| headers.get_all(name).iter().any(|given| given == value))
    }

    fn matches_cookies(&self, headers: &HeaderMap) -> bool {
        let given: Vec<&str> = headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split("; "))
            .collect();
        self.cookies
            .iter()
            .all(|cookie| given.contains(&cookie.as_str()))
    }

    fn matches_body(&self, body: &[u8]) -> bool {
        match &self.body {
            ExpectedBody::Any => true,
            ExpectedBody::Json(expected) => {
                serde_json::from_slice::<Value>(body).is_ok_and(|given| given == *expected)
            }
            ExpectedBody::Form(expected) => form_pairs(body) == *expected,
            ExpectedBody::Bytes(expected) => body == expected.as_ref(),
        }
    }
}

impl wiremock::Match for Expected {
    fn matches(&self, request: &wiremock::Request) -> bool {
        request.method == self.method
            && request.url.path() == self.path
            && self.matches_query(&request.url)
            && self.matches_headers(&request.headers)
            && self.matches_cookies(&request.headers)
            && self.matches_body(&request.body)
    }
}

/// The pairs of a form-encoded body, decoded.
fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(body);
    match Url::parse(&format!("form:?{text}")) {
        Ok(url) => url
            .query_pairs()
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// A request the mock server received.
#[derive(Clone)]
pub struct Received {
    method: Method,
    url: Url,
    headers: HeaderMap,
    body: Bytes,
}

impl From<wiremock::Request> for Received {
    fn from(request: wiremock::Request) -> Self {
        Received {
            method: request.method,
            url: request.url,
            headers: request.headers,
            body: request.body.into(),
        }
    }
}

/// Shows the method, the path and the names of the headers: the log of a test that uses
/// real credentials must not show them.
impl fmt::Debug for Received {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.headers.keys().map(|name| name.as_str()).collect();
        f.debug_struct("Received")
            .field("method", &self.method)
            .field("path", &self.url.path())
            .field("headers", &names)
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl Received {
    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The URL, as the server saw it.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// The path, percent-encoded as sent.
    pub fn path(&self) -> &str {
        self.url.path()
    }

    /// The first value of a query parameter, decoded.
    pub fn query(&self, name: &str) -> Option<String> {
        self.url
            .query_pairs()
            .find(|(given, _)| given == name)
            .map(|(_, value)| value.into_owned())
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The first value of a header, when it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The `Content-Type` header.
    pub fn content_type(&self) -> Option<&str> {
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
    }

    /// The body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body decoded from JSON.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

impl<T: Serialize> crate::error::ErrorResponse<T> {
    /// An error response with this status and a JSON body, for a test double to answer with:
    /// `respond_error(GetThingError::NotFound(ErrorResponse::mock(404, body)))`.
    pub fn mock(status: u16, body: T) -> Self {
        let bytes = serde_json::to_vec(&body).unwrap_or_default();
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            reqwest::header::HeaderValue::from_static("application/json"),
        );
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        crate::error::ErrorResponse::from_parts(
            crate::runtime::RawResponse::new(status, headers, bytes.into()),
            body,
        )
    }
}
