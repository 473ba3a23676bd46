//! Sending requests: timeouts, retries with backoff that honour `Retry-After`, and hooks.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use crate::error::{CallError, TransportError};
use crate::runtime::RawResponse;
use crate::telemetry::AttemptSpan;

/// How long connecting to a server may take, unless the client is built otherwise.
pub(crate) const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// When and how often a failed request is tried again.
///
/// By default a request is tried up to 3 times, waiting 0.5 s, then 1 s (doubling, at most
/// 30 s, with up to half of each wait randomized) on statuses 429, 500, 502, 503 and 504 and on
/// connection errors and timeouts. Methods that are not idempotent (POST, PATCH) are retried
/// only on a 429 or 503 that carries `Retry-After`, unless the request carries an idempotency
/// key (the server deduplicates it) or [`RetryConfig::non_idempotent`] is set. A `Retry-After` header (seconds or an HTTP date) sets the wait; one longer than the
/// maximum backoff ends the retries.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    exponent: f64,
    jitter: f64,
    statuses: Vec<u16>,
    connection_errors: bool,
    non_idempotent: bool,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            exponent: 2.0,
            jitter: 0.5,
            statuses: vec![429, 500, 502, 503, 504],
            connection_errors: true,
            non_idempotent: false,
        }
    }
}

impl RetryConfig {
    /// No retries: every request is tried once.
    pub fn disabled() -> Self {
        RetryConfig::default().max_attempts(1)
    }

    /// Attempts in all, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the first retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest wait between attempts, also the longest `Retry-After` that is honoured.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The factor each wait grows by.
    pub fn exponent(mut self, exponent: f64) -> Self {
        self.exponent = if exponent.is_finite() {
            exponent.max(1.0)
        } else {
            1.0
        };
        self
    }

    /// The share of each wait that is randomized, from 0 (none) to 1 (all of it).
    pub fn jitter(mut self, jitter: f64) -> Self {
        self.jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self
    }

    /// The statuses that are retried.
    pub fn statuses(mut self, statuses: impl IntoIterator<Item = u16>) -> Self {
        self.statuses = statuses.into_iter().collect();
        self
    }

    /// Whether connection errors and timeouts are retried.
    pub fn connection_errors(mut self, retry: bool) -> Self {
        self.connection_errors = retry;
        self
    }

    /// Whether POST and PATCH requests are retried like idempotent ones.
    pub fn non_idempotent(mut self, retry: bool) -> Self {
        self.non_idempotent = retry;
        self
    }

    fn backoff(&self, retry: u32) -> Duration {
        let factor = self
            .exponent
            .powi(i32::try_from(retry.saturating_sub(1)).unwrap_or(i32::MAX));
        let full = self
            .initial_backoff
            .mul_f64(factor.min(1e9))
            .min(self.max_backoff);
        full.mul_f64(1.0 - self.jitter * fastrand::f64())
    }

    /// The wait before retrying a response, or `None` if it is not to be retried.
    fn wait_for_status(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        idempotent: bool,
        retry: u32,
    ) -> Option<Duration> {
        if !self.statuses.contains(&status.as_u16()) {
            return None;
        }
        let retry_after = retry_after(headers);
        let allowed = idempotent
            || self.non_idempotent
            || (matches!(status.as_u16(), 429 | 503) && retry_after.is_some());
        if !allowed {
            return None;
        }
        match retry_after {
            Some(wait) if wait > self.max_backoff => None,
            Some(wait) => Some(wait),
            None => Some(self.backoff(retry)),
        }
    }
}

/// The wait a `Retry-After` header asks for: delay-seconds or an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(
        date.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// One attempt at a request, as [`Hook::after_response`] sees it.
#[derive(Debug)]
#[non_exhaustive]
pub struct Attempt<'a> {
    /// The request method.
    pub method: &'a Method,
    /// The request URL, with the values of query parameters that carry credentials replaced
    /// by `REDACTED` (in the error's URL too).
    pub url: &'a reqwest::Url,
    /// 1 for the first attempt, 2 for the first retry, …
    pub number: u32,
    /// Time from sending the request to receiving the response headers (or the error).
    pub elapsed: Duration,
    /// The response status, when a response arrived.
    pub status: Option<StatusCode>,
    /// The response headers, when a response arrived.
    pub headers: Option<&'a HeaderMap>,
    /// The error, when no response arrived.
    pub error: Option<&'a reqwest::Error>,
    /// Whether the attempt ran out of time (a streamed call's wait for the response headers
    /// shows here only; other timeouts also show in `error`).
    pub timed_out: bool,
}

/// Code that runs around every attempt of every request: logging, tracing, metrics, signing.
///
/// Register hooks with `ClientBuilder::hook`; they run in the order they were added.
pub trait Hook: Send + Sync {
    /// Runs before each attempt, with the request about to be sent; it may change it, for
    /// example to add a header or a signature. The request is the real one, credentials
    /// included: credential headers are marked sensitive (their `Debug` shows `Sensitive`),
    /// but a credential in the query is visible in the URL.
    fn before_request(&self, request: &mut reqwest::Request) {
        let _ = request;
    }

    /// Runs after each attempt, with what came of it.
    fn after_response(&self, attempt: &Attempt<'_>) {
        let _ = attempt;
    }
}

/// Options that one call sets for itself, over the client's.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct CallOptions {
    pub(crate) retry: Option<RetryConfig>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) deadline: Option<Duration>,
    /// Extra headers, checked when the request is built.
    pub(crate) headers: Vec<(String, String)>,
}

/// How a request is sent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sending {
    /// Whether a success body is left to be read as it arrives.
    pub(crate) streamed: bool,
    /// Whether the request carries an idempotency key: the server deduplicates it, so it is
    /// retried like an idempotent request whatever its method.
    pub(crate) keyed: bool,
}

/// What came back: a response read whole, or a success whose body is still to be read.
pub(crate) enum Answer {
    Whole(RawResponse),
    Live(reqwest::Response),
}

/// Why one attempt got no response.
pub(crate) enum Failure {
    Http(reqwest::Error),
    /// A streamed call waited longer than the timeout for the response headers.
    HeadersTimeout,
}

impl Failure {
    fn is_retryable(&self) -> bool {
        match self {
            Failure::Http(error) => error.is_connect() || error.is_timeout(),
            Failure::HeadersTimeout => true,
        }
    }

    fn into_send_error(self) -> SendError {
        match self {
            Failure::Http(error) => SendError::classify(error),
            Failure::HeadersTimeout => SendError::Timeout(None),
        }
    }
}

/// Why no response came back.
pub(crate) enum SendError {
    /// An attempt took longer than the timeout.
    Timeout(Option<reqwest::Error>),
    /// The call took longer than its deadline.
    Deadline(Duration),
    /// The request could not be built.
    Build(reqwest::Error),
    /// An argument could not be encoded into the request.
    Invalid(String),
    /// Anything else on the way.
    Transport(reqwest::Error),
}

impl<E> From<SendError> for CallError<E> {
    fn from(error: SendError) -> Self {
        match error {
            SendError::Timeout(e) => CallError::Timeout(TransportError::new(
                "an attempt took longer than the timeout",
                e,
            )),
            SendError::Deadline(deadline) => CallError::Timeout(TransportError::new(
                format!("the call took longer than its deadline of {deadline:?}"),
                None,
            )),
            SendError::Build(e) => CallError::InvalidRequest(e.to_string()),
            SendError::Invalid(message) => CallError::InvalidRequest(message),
            SendError::Transport(e) => {
                CallError::Transport(TransportError::new("the request failed", Some(e)))
            }
        }
    }
}

impl SendError {
    pub(crate) fn classify(error: reqwest::Error) -> Self {
        // The query may carry a credential (an API key in the query); errors must not show it.
        let error = match error.url().cloned() {
            Some(mut url) if url.query().is_some() => {
                url.set_query(None);
                error.with_url(url)
            }
            _ => error,
        };
        if error.is_timeout() {
            SendError::Timeout(Some(error))
        } else if error.is_builder() {
            SendError::Build(error)
        } else {
            SendError::Transport(error)
        }
    }
}

/// The HTTP client with the client-wide retry, timeout and hook settings.
#[derive(Clone)]
pub(crate) struct Transport {
    pub(crate) http: reqwest::Client,
    pub(crate) retry: RetryConfig,
    pub(crate) timeout: Option<Duration>,
    pub(crate) deadline: Option<Duration>,
    pub(crate) hooks: Vec<Arc<dyn Hook>>,
    /// Query parameters that carry credentials, redacted in what hooks see.
    pub(crate) secret_query_parameters: &'static [&'static str],
}

/// Replaces the values of the `secret` query parameters with `REDACTED`, keeping everything
/// else as sent.
pub(crate) fn redact_query(url: &reqwest::Url, secret: &[&str]) -> reqwest::Url {
    let mut redacted = url.clone();
    let Some(query) = url.query().filter(|_| !secret.is_empty()) else {
        return redacted;
    };
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| {
            let key = pair.split_once('=').map_or(pair, |(key, _)| key);
            // The query is form-encoded: `+` stands for a space.
            let spaced = key.replace('+', " ");
            let name = percent_encoding::percent_decode_str(&spaced).decode_utf8_lossy();
            if secret.contains(&name.as_ref()) {
                format!("{key}=REDACTED")
            } else {
                pair.to_string()
            }
        })
        .collect();
    redacted.set_query(Some(&pairs.join("&")));
    redacted
}

/// The error with its URL's query credentials redacted.
fn redact_error(error: reqwest::Error, secret: &[&str]) -> reqwest::Error {
    match error.url().map(|url| redact_query(url, secret)) {
        Some(url) => error.with_url(url),
        None => error,
    }
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("hooks", &self.hooks.len())
            .finish()
    }
}

fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
    ]
    .contains(method)
}

impl Transport {
    /// Sends a request, retrying as configured, all within the call's deadline. The response
    /// is read whole, unless `streamed` and a success: then its body is left to be read as it
    /// arrives, and the timeout and deadline cover the wait for its headers only.
    pub(crate) async fn send(
        &self,
        request: reqwest::Request,
        options: &CallOptions,
        sending: Sending,
    ) -> Result<Answer, SendError> {
        let exchange = async {
            let response = self.send_with_retries(request, options, sending).await?;
            if sending.streamed && response.status().is_success() {
                return Ok(Answer::Live(response));
            }
            RawResponse::read(response)
                .await
                .map(Answer::Whole)
                .map_err(SendError::classify)
        };
        match options.deadline.or(self.deadline) {
            Some(deadline) => tokio::time::timeout(deadline, exchange)
                .await
                .unwrap_or(Err(SendError::Deadline(deadline))),
            None => exchange.await,
        }
    }

    async fn send_with_retries(
        &self,
        request: reqwest::Request,
        options: &CallOptions,
        sending: Sending,
    ) -> Result<reqwest::Response, SendError> {
        let retry = options.retry.as_ref().unwrap_or(&self.retry);
        let timeout = options.timeout.or(self.timeout);
        let idempotent = sending.keyed || is_idempotent(request.method());
        let mut number = 1;
        // Every attempt but the last sends a copy; a body that cannot be copied (a stream)
        // allows one attempt only.
        while number < retry.max_attempts {
            let Some(copy) = request.try_clone() else {
                break;
            };
            let span = AttemptSpan::new(
                copy.method(),
                copy.url(),
                number,
                self.secret_query_parameters,
            );
            match self
                .attempt(copy, number, timeout, sending.streamed, &span)
                .await
            {
                Ok(response) => match retry.wait_for_status(
                    response.status(),
                    response.headers(),
                    idempotent,
                    number,
                ) {
                    Some(wait) => {
                        drop(response);
                        span.retrying(wait, "status");
                        tokio::time::sleep(wait).await;
                    }
                    None => return Ok(response),
                },
                Err(failure) => {
                    if !(retry.connection_errors && idempotent && failure.is_retryable()) {
                        return Err(failure.into_send_error());
                    }
                    let wait = retry.backoff(number);
                    span.retrying(wait, "no response");
                    tokio::time::sleep(wait).await;
                }
            }
            number += 1;
        }
        let span = AttemptSpan::new(
            request.method(),
            request.url(),
            number,
            self.secret_query_parameters,
        );
        self.attempt(request, number, timeout, sending.streamed, &span)
            .await
            .map_err(Failure::into_send_error)
    }

    /// One attempt, with the timeout and the hooks around it. A streamed call's timeout
    /// covers the wait for the response headers, not the body read after it.
    async fn attempt(
        &self,
        mut request: reqwest::Request,
        number: u32,
        timeout: Option<Duration>,
        streamed: bool,
        span: &AttemptSpan,
    ) -> Result<reqwest::Response, Failure> {
        if !streamed && timeout.is_some() {
            *request.timeout_mut() = timeout;
        }
        for hook in &self.hooks {
            hook.before_request(&mut request);
        }
        let method = request.method().clone();
        let url = redact_query(request.url(), self.secret_query_parameters);
        let started = Instant::now();
        let exchange = async {
            let outcome = self.http.execute(request).await;
            outcome
                .map_err(|error| Failure::Http(redact_error(error, self.secret_query_parameters)))
        };
        let outcome = match timeout.filter(|_| streamed) {
            Some(limit) => span
                .instrument(tokio::time::timeout(limit, exchange))
                .await
                .unwrap_or(Err(Failure::HeadersTimeout)),
            None => span.instrument(exchange).await,
        };
        let (status, headers, error) = match &outcome {
            Ok(response) => (Some(response.status()), Some(response.headers()), None),
            Err(Failure::Http(error)) => (None, None, Some(error)),
            Err(Failure::HeadersTimeout) => (None, None, None),
        };
        let attempt = Attempt {
            method: &method,
            url: &url,
            number,
            elapsed: started.elapsed(),
            status,
            headers,
            error,
            timed_out: matches!(outcome, Err(Failure::HeadersTimeout))
                || error.is_some_and(reqwest::Error::is_timeout),
        };
        match attempt.status {
            Some(status) => span.status(status.as_u16()),
            None => span.failed(attempt.timed_out),
        }
        for hook in &self.hooks {
            hook.after_response(&attempt);
        }
        outcome
    }
}
