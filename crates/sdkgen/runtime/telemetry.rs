//! Telemetry without the `tracing` feature: nothing at all (`telemetry_tracing.rs` is the
//! same with it).

use std::future::Future;
use std::time::Duration;

use crate::error::{CallError, DocumentedError};
use crate::runtime::Response;

/// The span of one call: none.
#[derive(Clone)]
pub(crate) struct CallSpan;

/// The span of one attempt: none.
pub(crate) struct AttemptSpan;

impl CallSpan {
    pub(crate) fn new(_id: &'static str, _template: &'static str) -> Self {
        CallSpan
    }

    pub(crate) fn request(&self, _method: &reqwest::Method, _url: &reqwest::Url) {}

    pub(crate) async fn instrument<T, E: DocumentedError>(
        self,
        call: impl Future<Output = Result<Response<T>, CallError<E>>>,
    ) -> Result<Response<T>, CallError<E>> {
        call.await
    }
}

impl AttemptSpan {
    pub(crate) fn new(
        _method: &reqwest::Method,
        _url: &reqwest::Url,
        _number: u32,
        _secret_query: &[&str],
    ) -> Self {
        AttemptSpan
    }

    pub(crate) async fn instrument<T>(&self, attempt: impl Future<Output = T>) -> T {
        attempt.await
    }

    pub(crate) fn status(&self, _status: u16) {}

    pub(crate) fn failed(&self, _timed_out: bool) {}

    pub(crate) fn retrying(&self, _wait: Duration, _reason: &str) {}
}
