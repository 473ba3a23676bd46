//! The one way every operation is called: an operation describes its request and lists its
//! responses; [`Request`] sends it (auth, retries, timeouts, hooks) and classifies the answer.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, COOKIE, USER_AGENT};
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::client::{Client, Scheme};
use crate::error::{CallError, DecodeError, DocumentedError, TransportError};
use crate::runtime::{Explode, RawResponse, Response, Secrecy, Secret, Style};
use crate::telemetry::CallSpan;
use crate::transport::{Answer, CallOptions, RetryConfig, SendError, Sending};

/// A request body, encoded once and shared by every attempt.
pub(crate) enum Body {
    /// Bytes with their media type.
    Bytes(&'static str, bytes::Bytes),
    /// A body that attaches itself to the request: a `multipart/form-data` form or a stream
    /// (which are sent once: a stream cannot be copied for a retry).
    Attach(Box<dyn FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder + Send>),
}

/// Everything an operation's request is made of, before the client adds the base URL, the
/// credentials and its own headers.
pub struct RequestParts {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) cookies: Vec<String>,
    pub(crate) accept: Option<&'static str>,
    pub(crate) body: Option<Body>,
    pub(crate) security: &'static [&'static [Scheme]],
    pub(crate) basic_auth: Option<(Secret, Secret)>,
}

impl RequestParts {
    pub(crate) fn new(
        method: Method,
        path: &str,
        security: &'static [&'static [Scheme]],
        accept: Option<&'static str>,
    ) -> Self {
        RequestParts {
            method,
            path: path.to_string(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            accept,
            body: None,
            security,
            basic_auth: None,
        }
    }

    /// Appends literal text of the path template.
    pub(crate) fn path(&mut self, literal: &str) {
        self.path.push_str(literal);
    }

    /// Appends a path parameter, encoded so that it stays inside its segment.
    pub(crate) fn path_param<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: Explode,
    ) -> Result<(), String> {
        self.path.push_str(&crate::runtime::path_param(
            name,
            value,
            style,
            explode == Explode::Yes,
        )?);
        Ok(())
    }

    /// Adds a query parameter; `null` (an unset optional) adds nothing.
    pub(crate) fn query<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: Explode,
    ) -> Result<(), String> {
        self.query.extend(crate::runtime::query_param(
            name,
            value,
            style,
            explode == Explode::Yes,
        )?);
        Ok(())
    }

    /// Adds a header parameter; `null` adds nothing.
    pub(crate) fn header<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        explode: Explode,
        secrecy: Secrecy,
    ) -> Result<(), String> {
        let (explode, sensitive) = (explode == Explode::Yes, secrecy == Secrecy::Secret);
        if let Some(value) = crate::runtime::header_param(name, value, explode, sensitive)? {
            let name =
                HeaderName::try_from(name).map_err(|_| format!("`{name}` is not a header name"))?;
            self.headers.push((name, value));
        }
        Ok(())
    }

    /// Adds a cookie parameter; `null` adds nothing.
    pub(crate) fn cookie<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), String> {
        self.cookies
            .extend(crate::runtime::cookie_param(name, value)?);
        Ok(())
    }

    /// Adds a credential header, marked sensitive; `scheme` names it in errors, which never
    /// show the value.
    pub(crate) fn credential_header(
        &mut self,
        name: &str,
        scheme: &str,
        text: &str,
    ) -> Result<(), String> {
        let name =
            HeaderName::try_from(name).map_err(|_| format!("`{name}` is not a header name"))?;
        self.headers
            .push((name, crate::runtime::credential_header(scheme, text)?));
        Ok(())
    }

    /// Sets a JSON (or other) body of this media type.
    pub(crate) fn json_body<T: Serialize + ?Sized>(
        &mut self,
        media_type: &'static str,
        body: &T,
    ) -> Result<(), String> {
        let bytes =
            serde_json::to_vec(body).map_err(|e| format!("cannot encode the body as JSON: {e}"))?;
        self.body = Some(Body::Bytes(media_type, bytes.into()));
        Ok(())
    }

    /// Sets an `application/x-www-form-urlencoded` body.
    pub(crate) fn form_body<T: Serialize + ?Sized>(
        &mut self,
        media_type: &'static str,
        body: &T,
    ) -> Result<(), String> {
        self.body = Some(Body::Bytes(
            media_type,
            crate::runtime::form_body(body)?.into(),
        ));
        Ok(())
    }

    /// Sets a body of raw bytes or text.
    pub(crate) fn raw_body(&mut self, media_type: &'static str, body: impl Into<bytes::Bytes>) {
        self.body = Some(Body::Bytes(media_type, body.into()));
    }
}

/// Which statuses a documented response covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// One status.
    Code(u16),
    /// `1XX` to `5XX`, by the first digit.
    Range(u16),
    /// Every 2xx status (a `default` among the successes).
    AnySuccess,
    /// Every status not otherwise documented.
    Default,
}

impl Status {
    /// How specific a match is: lower wins.
    fn rank(self, status: u16) -> Option<u8> {
        match self {
            Status::Code(code) => (code == status).then_some(0),
            Status::Range(digit) => (status / 100 == digit).then_some(1),
            Status::AnySuccess => (200..300).contains(&status).then_some(2),
            Status::Default => Some(3),
        }
    }
}

/// Decodes a success body.
pub type Decoder<T> = fn(RawResponse) -> Result<Response<T>, DecodeError>;

/// Decodes a success body as it arrives.
pub type StreamedDecoder<T> = fn(reqwest::Response) -> Response<T>;

/// An operation's documented successes: each status with how its body decodes.
pub type Successes<T> = &'static [(Status, Decoder<T>)];

/// An error enum's documented statuses, each with how it makes its variant (never failing: a
/// body that does not decode is kept raw).
pub type ErrorStatuses<E> = &'static [(Status, fn(RawResponse) -> E)];

/// An enum of documented error statuses, with the table that builds it from a response.
pub trait ErrorTable: DocumentedError + Sized {
    /// The statuses and their variants.
    #[doc(hidden)]
    const STATUSES: ErrorStatuses<Self>;
}

/// Implements what the runtime needs of an operation's error enum (the raw response of each
/// variant, the table that picks a variant by status, `Display` and `Error`), so that an
/// operation lists only its variants: `Name { NotFound(Code(404), json, "Not found"), … }`,
/// each with its [`Status`], the `ErrorResponse` constructor that reads its body, and its
/// description.
// Not every crate has items of this kind: the runtime is the same in each.
#[allow(unused_macros)]
macro_rules! error_impls {
    ($name:ident {}) => {
        impl $crate::DocumentedError for $name {
            fn raw(&self) -> &$crate::RawResponse {
                match *self {}
            }
        }

        impl $crate::call::ErrorTable for $name {
            const STATUSES: $crate::call::ErrorStatuses<Self> = &[];
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match *self {}
            }
        }

        impl ::std::error::Error for $name {}
    };
    ($name:ident { $($variant:ident($status:ident $(($number:literal))?, $make:ident, $description:literal)),+ }) => {
        impl $crate::DocumentedError for $name {
            fn raw(&self) -> &$crate::RawResponse {
                match *self {
                    $(Self::$variant(ref response) => response.raw(),)+
                }
            }
        }

        impl $crate::call::ErrorTable for $name {
            const STATUSES: $crate::call::ErrorStatuses<Self> = &[$((
                $crate::call::Status::$status $(($number))?,
                |raw| Self::$variant($crate::ErrorResponse::$make(raw, $description)),
            )),+];
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match *self {
                    $(Self::$variant(ref response) => ::std::fmt::Display::fmt(response, f),)+
                }
            }
        }

        impl ::std::error::Error for $name {}
    };
}
#[allow(unused_imports)]
pub(crate) use error_impls;

/// The header an API deduplicates requests by, and how a fresh key is made.
#[doc(hidden)]
pub type IdempotencyKey = (&'static str, fn() -> String);

/// An operation: how its request is made and what its responses mean.
pub trait Operation: Clone + Send + Sync + 'static {
    /// The success body.
    type Output: Send + 'static;
    /// The enum of documented error statuses.
    type Error: ErrorTable;
    /// The documented successes.
    #[doc(hidden)]
    const SUCCESSES: Successes<Self::Output>;
    /// How a success body is decoded as it arrives (an event stream), if it is: the call
    /// then ends when the response headers arrive.
    #[doc(hidden)]
    const STREAMED: Option<StreamedDecoder<Self::Output>> = None;
    /// The operation's id in the spec, for telemetry.
    #[doc(hidden)]
    const ID: &'static str = "";
    /// The path template as the spec writes it (`/things/{name}`), for telemetry.
    #[doc(hidden)]
    const PATH_TEMPLATE: &'static str = "";
    /// The header the API deduplicates requests by, when the operation declares one, and how a
    /// fresh key is made: a call that does not set it sends a fresh key, the same on every
    /// retry, and is retried like an idempotent one.
    #[doc(hidden)]
    const IDEMPOTENCY_KEY: Option<IdempotencyKey> = None;
    /// The request, from the operation's parameters.
    #[doc(hidden)]
    fn describe(&self) -> Result<RequestParts, String>;
}

/// Decodes a JSON success body.
pub(crate) fn json<T: DeserializeOwned>(raw: RawResponse) -> Result<Response<T>, DecodeError> {
    raw.json()
}

/// A success without a body.
pub(crate) fn empty(raw: RawResponse) -> Result<Response<()>, DecodeError> {
    Ok(raw.empty())
}

/// A text success body.
pub(crate) fn text(raw: RawResponse) -> Result<Response<String>, DecodeError> {
    Ok(raw.text_body())
}

/// A binary success body.
pub(crate) fn bytes(raw: RawResponse) -> Result<Response<bytes::Bytes>, DecodeError> {
    Ok(raw.bytes_body())
}

/// What a call of `P` results in.
pub type CallResult<P> =
    Result<Response<<P as Operation>::Output>, CallError<<P as Operation>::Error>>;

/// The future of a call: `Send` and `'static`, so it can be spawned.
pub type CallFuture<P> = Pin<Box<dyn Future<Output = CallResult<P>> + Send + 'static>>;

/// The most specific entry of a table that covers `status`, with its rank.
fn best<F: Copy>(table: &[(Status, F)], status: u16) -> Option<(u8, F)> {
    table
        .iter()
        .filter_map(|(documented, entry)| documented.rank(status).map(|rank| (rank, *entry)))
        .min_by_key(|(rank, _)| *rank)
}

/// Which entry of an operation's tables answers a status.
pub(crate) enum Verdict<P: Operation> {
    Success(Decoder<P::Output>),
    Error(fn(RawResponse) -> P::Error),
    Unexpected,
}

/// The most specific documented status wins; a success only for a 2xx status.
pub(crate) fn verdict<P: Operation>(status: u16) -> Verdict<P> {
    let success = best(P::SUCCESSES, status).filter(|_| (200..300).contains(&status));
    let error = best(<P::Error as ErrorTable>::STATUSES, status);
    match (success, error) {
        (Some((rank, decode)), error) if error.is_none_or(|(other, _)| rank <= other) => {
            Verdict::Success(decode)
        }
        (_, Some((_, make))) => Verdict::Error(make),
        _ => Verdict::Unexpected,
    }
}

/// Whether the successes of `P` answer `status`, rather than its error table.
pub(crate) fn success_wins<P: Operation>(status: u16) -> bool {
    matches!(verdict::<P>(status), Verdict::Success(_))
}

/// Classifies a response read whole by the operation's tables.
fn classify_whole<P: Operation>(raw: RawResponse) -> CallResult<P> {
    let status = raw.status().as_u16();
    if status == 304 {
        return Err(CallError::NotModified(raw.empty()));
    }
    match verdict::<P>(status) {
        Verdict::Success(decode) => decode(raw).map_err(CallError::Decode),
        Verdict::Error(make) => Err(CallError::Api(make(raw))),
        Verdict::Unexpected => Err(CallError::UnexpectedStatus(raw)),
    }
}

/// Classifies an answer: a success whose body `P` decodes as it arrives is handed over live;
/// anything else is read whole first.
pub(crate) async fn classify<P: Operation>(answer: Answer) -> CallResult<P> {
    let raw = match answer {
        Answer::Whole(raw) => raw,
        Answer::Live(live) => match P::STREAMED {
            Some(decode) if success_wins::<P>(live.status().as_u16()) => return Ok(decode(live)),
            _ => RawResponse::read(live).await.map_err(|e| {
                CallError::Transport(TransportError::new("the response was cut off", Some(e)))
            })?,
        },
    };
    classify_whole::<P>(raw)
}

/// A request of operation `P`: set optional parameters and call options, then `.await` it
/// (or call [`Request::send`]). It owns everything it needs, so it can be moved into a task.
#[derive(Clone)]
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Request<P> {
    pub(crate) client: Client,
    pub(crate) options: CallOptions,
    pub(crate) params: P,
}

impl<P: Operation> Request<P> {
    pub(crate) fn new(client: &Client, params: P) -> Self {
        Request {
            client: client.clone(),
            options: CallOptions::default(),
            params,
        }
    }

    /// Retries this call like this instead of as the client is configured.
    pub fn retries(mut self, retry: RetryConfig) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Fails each attempt of this call after this long instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Fails this call after this long in all, retries and waits between them included,
    /// instead of the client's deadline.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends this extra header with the request (for example `If-None-Match`); a value
    /// with characters a header cannot carry makes the call fail before anything is sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }

    /// Sends the request and decodes the response.
    pub fn send(self) -> CallFuture<P> {
        let span = CallSpan::new(P::ID, P::PATH_TEMPLATE);
        let sent = self.sent(P::STREAMED.is_some(), &span);
        Box::pin(span.instrument(async move { classify::<P>(sent.await?).await }))
    }

    /// Sends the request; with `streamed`, a success body is left to be read as it arrives.
    pub(crate) fn sent(self, streamed: bool, span: &CallSpan) -> SendFuture {
        execute(
            &self.client,
            self.params.describe(),
            self.options,
            streamed,
            P::IDEMPOTENCY_KEY,
            span.clone(),
        )
    }
}

impl<P: Operation> IntoFuture for Request<P> {
    type Output = CallResult<P>;
    type IntoFuture = CallFuture<P>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl<P: fmt::Debug> fmt::Debug for Request<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("params", &self.params)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// The future of sending a request. Nothing in it is generic, so it is compiled once.
pub(crate) type SendFuture =
    Pin<Box<dyn Future<Output = Result<Answer, SendError>> + Send + 'static>>;

/// Sends a described request with the client's credentials and settings.
/// With `streamed`, a success body is left to be read as it arrives; `idempotency_key` is the
/// operation's, if it declares one.
fn execute(
    client: &Client,
    parts: Result<RequestParts, String>,
    options: CallOptions,
    streamed: bool,
    idempotency_key: Option<IdempotencyKey>,
    span: CallSpan,
) -> SendFuture {
    let request = parts.and_then(|parts| build(client, parts, &options, idempotency_key));
    let client = client.clone();
    Box::pin(async move {
        let (request, keyed) = request.map_err(SendError::Invalid)?;
        let request = request.build().map_err(SendError::classify)?;
        span.request(request.method(), request.url());
        let sending = Sending { streamed, keyed };
        client.transport().send(request, &options, sending).await
    })
}

/// Whether a header of this name is among `headers` (names compare without case).
fn has_header<'a>(mut names: impl Iterator<Item = &'a str>, name: &str) -> bool {
    names.any(|given| given.eq_ignore_ascii_case(name))
}

/// Adds a fresh idempotency key when the operation declares a header for it and the caller set
/// none; returns whether the request carries a key.
fn add_idempotency_key(
    parts: &mut RequestParts,
    options: &CallOptions,
    key: Option<IdempotencyKey>,
) -> Result<bool, String> {
    let Some((name, fresh)) = key else {
        return Ok(false);
    };
    let given = parts
        .headers
        .iter()
        .map(|(name, _)| name.as_str())
        .chain(options.headers.iter().map(|(name, _)| name.as_str()));
    if !has_header(given, name) {
        parts.header(name, &fresh(), Explode::No, Secrecy::Plain)?;
    }
    Ok(true)
}

/// The HTTP request for the parts: base URL, credentials, headers and body.
fn build(
    client: &Client,
    mut parts: RequestParts,
    options: &CallOptions,
    idempotency_key: Option<IdempotencyKey>,
) -> Result<(reqwest::RequestBuilder, bool), String> {
    client.authorize(&mut parts)?;
    let keyed = add_idempotency_key(&mut parts, options, idempotency_key)?;
    let url = format!("{}{}", client.base_url(), parts.path);
    let mut request = client
        .transport()
        .http
        .request(parts.method, url)
        .header(USER_AGENT, crate::client::USER_AGENT);
    if !parts.query.is_empty() {
        request = request.query(&parts.query);
    }
    for (name, value) in parts.headers {
        request = request.header(name, value);
    }
    if !parts.cookies.is_empty() {
        request = request.header(COOKIE, crate::runtime::cookie_header(&parts.cookies)?);
    }
    if let Some((username, password)) = &parts.basic_auth {
        // reqwest marks the basic credentials sensitive itself.
        request = request.basic_auth(username.expose(), Some(password.expose()));
    }
    if let Some(accept) = parts.accept {
        request = request.header(ACCEPT, accept);
    }
    for (name, value) in &options.headers {
        let name = HeaderName::try_from(name.as_str())
            .map_err(|_| format!("`{name}` is not a header name"))?;
        let value = HeaderValue::from_str(value)
            .map_err(|_| format!("header `{name}` cannot hold the given value"))?;
        request = request.header(name, value);
    }
    let request = match parts.body {
        Some(Body::Bytes(media_type, bytes)) => {
            request.header(CONTENT_TYPE, media_type).body(bytes)
        }
        Some(Body::Attach(attach)) => attach(request),
        None => request,
    };
    Ok((request, keyed))
}
