//! Errors: what one operation returns ([`CallError`]), the crate-wide [`Error`] every
//! operation's error converts into, and the responses of documented error statuses.

use std::any::Any;
use std::fmt;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::runtime::{request_id, RawResponse, Response};

/// How many characters of a body an error message quotes when the body names no message.
const MESSAGE_LIMIT: usize = 200;

/// Fields that commonly hold a server's error message, checked in this order.
const MESSAGE_FIELDS: &[&str] = &[
    "message",
    "error_description",
    "detail",
    "error",
    "errors",
    "title",
    "msg",
];

/// The server's message in an error body: a `message`, `detail` or `error` field (also one
/// level down, as in `{"error": {"message": …}}`, or in a list of errors, as in FastAPI's
/// `{"detail": [{"msg": …}]}`), else the start of the body as text.
fn server_message(body: &[u8]) -> Option<String> {
    if let Ok(value) = serde_json::from_slice::<Value>(body) {
        if let Some(message) = message_field(&value, 2) {
            return Some(message);
        }
    }
    let text = String::from_utf8_lossy(body);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(MESSAGE_LIMIT) {
        _ if text.is_empty() => None,
        Some((end, _)) => Some(format!("{}…", &text[..end])),
        None => Some(text),
    }
}

fn message_field(value: &Value, depth: u8) -> Option<String> {
    let object = value.as_object()?;
    MESSAGE_FIELDS
        .iter()
        .find_map(|field| match object.get(*field)? {
            Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_string()),
            nested @ Value::Object(_) if depth > 1 => message_field(nested, depth - 1),
            Value::Array(items) if depth > 1 => first_message(items, depth - 1),
            _ => None,
        })
}

/// The message of a list of errors: the first one's, and how many more there are.
fn first_message(items: &[Value], depth: u8) -> Option<String> {
    let first = match items.first()? {
        Value::String(text) if !text.trim().is_empty() => text.trim().to_string(),
        nested @ Value::Object(_) => message_field(nested, depth)?,
        _ => return None,
    };
    match items.len().saturating_sub(1) {
        0 => Some(first),
        more => Some(format!("{first} (and {more} more)")),
    }
}

/// A response with a documented error status: status, headers, the body as received and,
/// when it matches the spec, decoded.
#[derive(Clone, PartialEq)]
pub struct ErrorResponse<T> {
    raw: RawResponse,
    body: Option<T>,
    description: &'static str,
    decode_error: Option<String>,
}

impl<T> ErrorResponse<T> {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.raw.status()
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.raw.headers()
    }

    /// The body decoded as the spec documents it; `None` when it did not match (a proxy's
    /// HTML page, say): [`ErrorResponse::raw`] still has it.
    pub fn body(&self) -> Option<&T> {
        self.body.as_ref()
    }

    /// The body decoded as documented, dropping status and headers.
    pub fn into_body(self) -> Option<T> {
        self.body
    }

    /// The response as received.
    pub fn raw(&self) -> &RawResponse {
        &self.raw
    }

    /// Why the body did not decode as documented, if it did not.
    pub fn decode_error(&self) -> Option<&str> {
        self.decode_error.as_deref()
    }

    /// What the spec says this status means.
    pub fn description(&self) -> &'static str {
        self.description
    }

    /// The server's message: a `message`, `detail` or `error` field of the body, else the
    /// start of the body as text.
    pub fn message(&self) -> Option<String> {
        server_message(self.raw.body())
    }

    /// A response whose body is already decoded.
    pub(crate) fn from_parts(raw: RawResponse, body: T) -> Self {
        ErrorResponse {
            raw,
            body: Some(body),
            description: "",
            decode_error: None,
        }
    }
}

impl<T: DeserializeOwned> ErrorResponse<T> {
    /// Decodes a JSON body, keeping the raw one whatever happens.
    pub(crate) fn json(raw: RawResponse, description: &'static str) -> Self {
        let (body, decode_error) = match serde_json::from_slice(raw.body()) {
            Ok(body) => (Some(body), None),
            Err(e) => (None, Some(e.to_string())),
        };
        ErrorResponse {
            raw,
            body,
            description,
            decode_error,
        }
    }
}

impl ErrorResponse<()> {
    /// A response whose body the spec does not describe.
    pub(crate) fn empty(raw: RawResponse, description: &'static str) -> Self {
        ErrorResponse {
            raw,
            body: Some(()),
            description,
            decode_error: None,
        }
    }
}

impl ErrorResponse<String> {
    /// A text body.
    pub(crate) fn text(raw: RawResponse, description: &'static str) -> Self {
        let body = Some(raw.text());
        ErrorResponse {
            raw,
            body,
            description,
            decode_error: None,
        }
    }
}

impl ErrorResponse<bytes::Bytes> {
    /// A binary body.
    pub(crate) fn bytes(raw: RawResponse, description: &'static str) -> Self {
        let body = Some(raw.body_bytes());
        ErrorResponse {
            raw,
            body,
            description,
            decode_error: None,
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for ErrorResponse<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorResponse")
            .field("status", &self.status())
            .field("body", &self.body)
            .field("raw", &self.raw)
            .finish_non_exhaustive()
    }
}

impl<T> fmt::Display for ErrorResponse<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.message() {
            Some(message) => write!(f, "{}: {message}", self.status()),
            None if self.description.trim().is_empty() => write!(f, "{}", self.status()),
            None => write!(f, "{}: {}", self.status(), self.description.trim()),
        }
    }
}

/// The documented error statuses of an operation: an enum with one variant per status.
pub trait DocumentedError: fmt::Debug + fmt::Display + Send + Sync + 'static {
    /// The response as received.
    fn raw(&self) -> &RawResponse;

    /// The HTTP status.
    fn status(&self) -> StatusCode {
        self.raw().status()
    }

    /// The response headers.
    fn headers(&self) -> &HeaderMap {
        self.raw().headers()
    }

    /// The server's message: a `message`, `detail` or `error` field of the body, else the
    /// start of the body as text.
    fn message(&self) -> Option<String> {
        server_message(self.raw().body())
    }
}

/// Any operation's documented error, as the crate-wide [`Error`] holds it.
/// [`ApiError::downcast_ref`] gets the operation's own enum back.
pub struct ApiError {
    inner: Box<dyn AnyDocumented>,
}

trait AnyDocumented: DocumentedError {
    fn as_any(&self) -> &dyn Any;
}

impl<E: DocumentedError> AnyDocumented for E {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl ApiError {
    /// The operation's own error enum, when it is `E`.
    pub fn downcast_ref<E: DocumentedError>(&self) -> Option<&E> {
        self.inner.as_any().downcast_ref()
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.inner.status()
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.inner.headers()
    }

    /// The response as received.
    pub fn raw(&self) -> &RawResponse {
        self.inner.raw()
    }

    /// The server's message, as [`DocumentedError::message`] finds it.
    pub fn message(&self) -> Option<String> {
        self.inner.message()
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.inner, f)
    }
}

impl std::error::Error for ApiError {}

/// A success body that did not match the type the spec gives it.
#[derive(Debug)]
pub struct DecodeError {
    response: RawResponse,
    source: serde_json::Error,
}

impl DecodeError {
    pub(crate) fn new(response: RawResponse, source: serde_json::Error) -> Self {
        DecodeError { response, source }
    }

    /// The response as received.
    pub fn response(&self) -> &RawResponse {
        &self.response
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the {} response body does not match the spec: {}",
            self.response.status(),
            self.source
        )
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Why no response arrived: the connection failed, or the time allowed ran out.
#[derive(Debug)]
pub struct TransportError {
    message: String,
    source: Option<reqwest::Error>,
}

impl TransportError {
    pub(crate) fn new(message: impl Into<String>, source: Option<reqwest::Error>) -> Self {
        TransportError {
            message: message.into(),
            source,
        }
    }

    /// Whether connecting to the server failed.
    pub fn is_connect(&self) -> bool {
        self.source.as_ref().is_some_and(reqwest::Error::is_connect)
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Some(source) => write!(f, "{}: {source}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Why a call failed. `E` is the operation's enum of documented error statuses; every
/// `CallError` converts into the crate-wide [`Error`], so `?` works across operations.
#[derive(Debug)]
#[non_exhaustive]
pub enum CallError<E> {
    /// The server answered with an error status that the spec documents for the operation.
    Api(E),
    /// The server answered `304 Not Modified` to a conditional request.
    NotModified(Response<()>),
    /// The server answered with a status that the spec does not document for the operation.
    UnexpectedStatus(RawResponse),
    /// A success body did not match the spec.
    Decode(DecodeError),
    /// The call took longer than its timeout or deadline.
    Timeout(TransportError),
    /// The request could not be sent, or the response could not be received.
    Transport(TransportError),
    /// An argument could not be encoded into the request; nothing was sent.
    InvalidRequest(String),
}

/// Why a call failed, whichever operation made it: what [`CallError`]s convert into.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with an error status that the spec documents for the operation.
    Api(ApiError),
    /// The server answered `304 Not Modified` to a conditional request.
    NotModified(Response<()>),
    /// The server answered with a status that the spec does not document for the operation.
    UnexpectedStatus(RawResponse),
    /// A success body did not match the spec.
    Decode(DecodeError),
    /// The call took longer than its timeout or deadline.
    Timeout(TransportError),
    /// The request could not be sent, or the response could not be received.
    Transport(TransportError),
    /// An argument could not be encoded into the request; nothing was sent.
    InvalidRequest(String),
}

impl<E: DocumentedError> From<CallError<E>> for Error {
    fn from(error: CallError<E>) -> Self {
        match error {
            CallError::Api(e) => Error::Api(ApiError { inner: Box::new(e) }),
            CallError::NotModified(response) => Error::NotModified(response),
            CallError::UnexpectedStatus(response) => Error::UnexpectedStatus(response),
            CallError::Decode(e) => Error::Decode(e),
            CallError::Timeout(e) => Error::Timeout(e),
            CallError::Transport(e) => Error::Transport(e),
            CallError::InvalidRequest(message) => Error::InvalidRequest(message),
        }
    }
}

/// What both error types share, so that their methods are written once.
#[derive(Clone, Copy)]
enum View<'a> {
    Documented(&'a dyn DocumentedError),
    NotModified(&'a Response<()>),
    Unexpected(&'a RawResponse),
    Decode(&'a DecodeError),
    Timeout(&'a TransportError),
    Transport(&'a TransportError),
    Invalid(&'a str),
}

impl<'a> View<'a> {
    fn status(self) -> Option<StatusCode> {
        match self {
            View::Documented(e) => Some(e.status()),
            View::NotModified(r) => Some(r.status()),
            View::Unexpected(r) => Some(r.status()),
            View::Decode(e) => Some(e.response().status()),
            View::Timeout(_) | View::Transport(_) | View::Invalid(_) => None,
        }
    }

    fn headers(self) -> Option<&'a HeaderMap> {
        match self {
            View::Documented(e) => Some(e.headers()),
            View::NotModified(r) => Some(r.headers()),
            View::Unexpected(r) => Some(r.headers()),
            View::Decode(e) => Some(e.response().headers()),
            View::Timeout(_) | View::Transport(_) | View::Invalid(_) => None,
        }
    }

    fn fmt(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            View::Documented(e) => write!(f, "error status {e}"),
            View::NotModified(_) => f.write_str("not modified (304)"),
            View::Unexpected(r) => match server_message(r.body()) {
                Some(message) => write!(f, "unexpected status {}: {message}", r.status()),
                None => write!(f, "unexpected status {}", r.status()),
            },
            View::Decode(e) => write!(f, "{e}"),
            View::Timeout(e) => write!(f, "timed out: {e}"),
            View::Transport(e) => write!(f, "request failed: {e}"),
            View::Invalid(message) => write!(f, "invalid request: {message}"),
        }
    }

    fn source(self) -> Option<&'a (dyn std::error::Error + 'static)> {
        match self {
            View::Decode(e) => Some(e),
            View::Timeout(e) | View::Transport(e) => Some(e),
            View::Documented(_) | View::NotModified(_) | View::Unexpected(_) | View::Invalid(_) => {
                None
            }
        }
    }
}

impl<E: DocumentedError> CallError<E> {
    fn view(&self) -> View<'_> {
        match self {
            CallError::Api(e) => View::Documented(e),
            CallError::NotModified(r) => View::NotModified(r),
            CallError::UnexpectedStatus(r) => View::Unexpected(r),
            CallError::Decode(e) => View::Decode(e),
            CallError::Timeout(e) => View::Timeout(e),
            CallError::Transport(e) => View::Transport(e),
            CallError::InvalidRequest(m) => View::Invalid(m),
        }
    }
}

impl Error {
    fn view(&self) -> View<'_> {
        match self {
            Error::Api(e) => View::Documented(&*e.inner),
            Error::NotModified(r) => View::NotModified(r),
            Error::UnexpectedStatus(r) => View::Unexpected(r),
            Error::Decode(e) => View::Decode(e),
            Error::Timeout(e) => View::Timeout(e),
            Error::Transport(e) => View::Transport(e),
            Error::InvalidRequest(m) => View::Invalid(m),
        }
    }
}

/// The accessors both error types have.
macro_rules! accessors {
    ($ty:ty $(, $generic:ident)?) => {
        impl$(<$generic: DocumentedError>)? $ty {
            /// The HTTP status, when a response arrived.
            pub fn status(&self) -> Option<StatusCode> {
                self.view().status()
            }

            /// The response headers, when a response arrived.
            pub fn headers(&self) -> Option<&HeaderMap> {
                self.view().headers()
            }

            /// The server's request id, when a response arrived with a known request id header.
            pub fn request_id(&self) -> Option<&str> {
                self.headers().and_then(request_id)
            }

            /// Whether the call took longer than its timeout or deadline.
            pub fn is_timeout(&self) -> bool {
                matches!(self.view(), View::Timeout(_))
            }

            /// Whether the server answered `304 Not Modified`.
            pub fn is_not_modified(&self) -> bool {
                matches!(self.view(), View::NotModified(_))
            }
        }

        impl$(<$generic: DocumentedError>)? fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.view().fmt(f)
            }
        }

        impl$(<$generic: DocumentedError>)? std::error::Error for $ty {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                self.view().source()
            }
        }
    };
}

accessors!(CallError<E>, E);
accessors!(Error);

/// Why a [`Client`](crate::Client) could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// The spec names no server and no base URL was given.
    MissingBaseUrl,
    /// A server variable was set that the chosen server's URL does not have.
    UnknownServerVariable(String),
    /// A server variable was set to a value its spec does not allow.
    InvalidServerVariable {
        /// The variable.
        name: String,
        /// The value given.
        value: String,
    },
    /// The HTTP client could not be created.
    Http(TransportError),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::MissingBaseUrl => {
                f.write_str("no base URL: the spec names no server, so set one")
            }
            BuildError::UnknownServerVariable(name) => {
                write!(f, "the server has no variable `{name}`")
            }
            BuildError::InvalidServerVariable { name, value } => {
                write!(f, "server variable `{name}` cannot be `{value}`")
            }
            BuildError::Http(e) => write!(f, "cannot create the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Http(e) => Some(e),
            BuildError::MissingBaseUrl
            | BuildError::UnknownServerVariable(_)
            | BuildError::InvalidServerVariable { .. } => None,
        }
    }
}
