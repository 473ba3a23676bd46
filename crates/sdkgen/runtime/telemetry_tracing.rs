//! Telemetry with the `tracing` feature: a span per call and one per attempt, with
//! OpenTelemetry's HTTP client attribute names as fields (`telemetry.rs` is the same without
//! the feature: nothing at all).
//!
//! No field ever holds a credential: URLs are recorded with query credentials redacted and
//! without user information, and headers and bodies are never recorded.

use std::future::Future;
use std::time::Duration;

use crate::error::{CallError, DocumentedError};
use crate::runtime::Response;

/// The span of one call (every attempt and the decoding of the answer).
#[derive(Clone)]
pub(crate) struct CallSpan {
    span: ::tracing::Span,
    template: &'static str,
}

/// The span of one attempt.
pub(crate) struct AttemptSpan {
    span: ::tracing::Span,
}

/// What a call came to, as the span records it: the status, when a response came, and the
/// kind of error (the status of an error response, else a word), when it failed.
fn outcome<T, E: DocumentedError>(
    result: &Result<Response<T>, CallError<E>>,
) -> (Option<u16>, Option<String>) {
    let error = match result {
        Ok(response) => return (Some(response.status().as_u16()), None),
        Err(error) => error,
    };
    let status = error.status().map(|status| status.as_u16());
    let kind = match error {
        CallError::NotModified(_) => None,
        CallError::Decode(_) => Some("decode".to_string()),
        CallError::Timeout(_) => Some("timeout".to_string()),
        CallError::Transport(_) => Some("transport".to_string()),
        CallError::InvalidRequest(_) => Some("invalid_request".to_string()),
        CallError::Api(_) | CallError::UnexpectedStatus(_) => {
            status.map(|status| status.to_string())
        }
    };
    (status, kind)
}

/// The URL as telemetry may show it: no user information, query credentials redacted.
fn shown_url(url: &reqwest::Url, secret_query: &[&str]) -> String {
    let mut shown = crate::transport::redact_query(url, secret_query);
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.to_string()
}

impl CallSpan {
    /// Starts the span of a call of operation `id` on the path `template`.
    pub(crate) fn new(id: &'static str, template: &'static str) -> Self {
        let span = ::tracing::info_span!(
            "call",
            otel.name = ::tracing::field::Empty,
            otel.kind = "client",
            otel.status_code = ::tracing::field::Empty,
            operation.id = id,
            url.template = template,
            http.request.method = ::tracing::field::Empty,
            server.address = ::tracing::field::Empty,
            server.port = ::tracing::field::Empty,
            http.response.status_code = ::tracing::field::Empty,
            error.type = ::tracing::field::Empty,
        );
        CallSpan { span, template }
    }

    /// Records what the request is: its method and server.
    pub(crate) fn request(&self, method: &reqwest::Method, url: &reqwest::Url) {
        let span = &self.span;
        span.record("otel.name", format!("{method} {}", self.template));
        span.record("http.request.method", method.as_str());
        if let Some(host) = url.host_str() {
            span.record("server.address", host);
        }
        if let Some(port) = url.port_or_known_default() {
            span.record("server.port", port);
        }
    }

    /// Runs the call inside the span and records how it ended.
    pub(crate) async fn instrument<T, E: DocumentedError>(
        self,
        call: impl Future<Output = Result<Response<T>, CallError<E>>>,
    ) -> Result<Response<T>, CallError<E>> {
        use ::tracing::Instrument;
        let result = call.instrument(self.span.clone()).await;
        let (status, kind) = outcome(&result);
        if let Some(status) = status {
            self.span.record("http.response.status_code", status);
        }
        if let Some(kind) = kind {
            self.span.record("error.type", kind.as_str());
            self.span.record("otel.status_code", "ERROR");
        }
        result
    }
}

impl AttemptSpan {
    /// Starts the span of attempt `number` (1 for the first) of a request to `url`.
    pub(crate) fn new(
        method: &reqwest::Method,
        url: &reqwest::Url,
        number: u32,
        secret_query: &[&str],
    ) -> Self {
        let span = ::tracing::debug_span!(
            "attempt",
            otel.kind = "client",
            http.request.method = method.as_str(),
            url.full = shown_url(url, secret_query),
            http.request.resend_count = ::tracing::field::Empty,
            http.response.status_code = ::tracing::field::Empty,
            error.type = ::tracing::field::Empty,
        );
        if number > 1 {
            span.record("http.request.resend_count", number - 1);
        }
        AttemptSpan { span }
    }

    /// Runs the attempt inside the span.
    pub(crate) async fn instrument<T>(&self, attempt: impl Future<Output = T>) -> T {
        use ::tracing::Instrument;
        attempt.instrument(self.span.clone()).await
    }

    /// Records the status of the response.
    pub(crate) fn status(&self, status: u16) {
        self.span.record("http.response.status_code", status);
    }

    /// Records why no response came.
    pub(crate) fn failed(&self, timed_out: bool) {
        self.span.record(
            "error.type",
            if timed_out { "timeout" } else { "transport" },
        );
    }

    /// Tells that the attempt is retried after `wait`, and why.
    pub(crate) fn retrying(&self, wait: Duration, reason: &str) {
        let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
        ::tracing::debug!(parent: &self.span, wait_ms, reason, "retrying");
    }
}
