//! Bodies read or sent as streams of chunks: downloads read as they arrive, uploads from a
//! stream, a reader or a file, and server-sent events.

use std::fmt;
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;

use crate::call::{Operation, Request};
use crate::error::{CallError, Error, TransportError};
use crate::runtime::Response;
use crate::transport::Answer;

/// Why reading a streamed body failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum StreamError {
    /// The connection failed while the body was read.
    Transport(TransportError),
    /// An event's data did not match the spec. The stream goes on with the next event; the
    /// error's response holds the event's data.
    Decode(crate::error::DecodeError),
    /// The stream, reader or file an upload was made from failed, or was sent already.
    Source(Box<dyn std::error::Error + Send + Sync>),
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Transport(e) => write!(f, "reading the body failed: {e}"),
            StreamError::Decode(e) => write!(f, "{e}"),
            StreamError::Source(e) => write!(f, "the body's source failed: {e}"),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Transport(e) => Some(e),
            StreamError::Decode(e) => Some(e),
            StreamError::Source(e) => Some(e.as_ref()),
        }
    }
}

impl From<StreamError> for Error {
    fn from(error: StreamError) -> Self {
        match error {
            StreamError::Transport(e) => Error::Transport(e),
            StreamError::Decode(e) => Error::Decode(e),
            StreamError::Source(e) => Error::Transport(TransportError::new(
                format!("the body's source failed: {e}"),
                None,
            )),
        }
    }
}

type Chunks = Pin<Box<dyn Stream<Item = Result<Bytes, StreamError>> + Send + 'static>>;

/// A body as a stream of byte chunks: what a download's `.stream()` returns, and what a binary
/// upload is made from.
///
/// An upload made from bytes is sent again on every retry. One made from a stream, a reader or
/// a file is read once, as it is sent, so it is never retried; its clones share that one
/// stream, so only the first request that sends it can.
#[derive(Clone, Default)]
pub struct ByteStream {
    source: Source,
}

#[derive(Clone)]
enum Source {
    Bytes(Option<Bytes>),
    Chunks(Arc<Mutex<Option<Chunks>>>),
}

impl ByteStream {
    /// A body read from a stream of chunks, such as a file being read or another download.
    pub fn from_stream<S, E>(stream: S) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        ByteStream::from_chunks(Box::pin(MapErrors(Box::pin(stream), |e: E| {
            StreamError::Source(e.into())
        })))
    }

    /// A body read from an async reader, chunk by chunk.
    pub fn from_reader(reader: impl tokio::io::AsyncRead + Send + 'static) -> Self {
        ByteStream::from_stream(tokio_util::io::ReaderStream::new(reader))
    }

    /// A body read from a file, chunk by chunk, as it is sent.
    pub async fn from_path(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        Ok(ByteStream::from_reader(tokio::fs::File::open(path).await?))
    }

    fn from_chunks(chunks: Chunks) -> Self {
        ByteStream {
            source: Source::Chunks(Arc::new(Mutex::new(Some(chunks)))),
        }
    }

    /// The success body of a response, read as it arrives.
    pub(crate) fn from_response(response: reqwest::Response) -> Self {
        let cut_off =
            |e| StreamError::Transport(TransportError::new("the body was cut off", Some(e)));
        ByteStream::from_chunks(Box::pin(MapErrors(
            Box::pin(response.bytes_stream()),
            cut_off,
        )))
    }

    /// The next chunk, or `None` at the end of the body.
    pub async fn next_chunk(&mut self) -> Option<Result<Bytes, StreamError>> {
        poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Reads the rest of the body into one buffer.
    pub async fn collect(mut self) -> Result<Bytes, StreamError> {
        let mut whole = bytes::BytesMut::new();
        while let Some(chunk) = self.next_chunk().await {
            whole.extend_from_slice(&chunk?);
        }
        Ok(whole.freeze())
    }

    /// The body as an [`AsyncRead`](tokio::io::AsyncRead), for example to copy it into a file
    /// with `tokio::io::copy`.
    pub fn into_async_read(self) -> impl tokio::io::AsyncRead + Send + Sync + Unpin {
        tokio_util::io::StreamReader::new(MapErrors(Box::pin(self), std::io::Error::other))
    }

    /// The length of a body made from bytes; a stream's is not known before it ends.
    pub(crate) fn known_length(&self) -> Option<u64> {
        match &self.source {
            Source::Bytes(bytes) => u64::try_from(bytes.as_ref().map_or(0, Bytes::len)).ok(),
            Source::Chunks(_) => None,
        }
    }

    /// Whether two bodies have the same bytes, or share one stream.
    pub(crate) fn same_content(&self, other: &ByteStream) -> bool {
        match (&self.source, &other.source) {
            (Source::Bytes(one), Source::Bytes(other)) => one == other,
            (Source::Chunks(one), Source::Chunks(other)) => Arc::ptr_eq(one, other),
            _ => false,
        }
    }

    /// The body for reqwest: bytes as they are, or the stream, taken out of every clone.
    pub(crate) fn into_body(self) -> Result<reqwest::Body, String> {
        match self.source {
            Source::Bytes(bytes) => Ok(reqwest::Body::from(bytes.unwrap_or_default())),
            Source::Chunks(shared) => {
                match shared.lock().unwrap_or_else(PoisonError::into_inner).take() {
                    Some(chunks) => Ok(reqwest::Body::wrap_stream(chunks)),
                    None => Err(
                        "the body's stream was sent already; a stream can be sent once".to_string(),
                    ),
                }
            }
        }
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, StreamError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match &mut self.get_mut().source {
            Source::Bytes(bytes) => Poll::Ready(bytes.take().filter(|b| !b.is_empty()).map(Ok)),
            Source::Chunks(shared) => match shared
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .as_mut()
            {
                Some(chunks) => chunks.as_mut().poll_next(cx),
                None => Poll::Ready(Some(Err(StreamError::Source(
                    "the stream was sent already".into(),
                )))),
            },
        }
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Bytes(bytes) => write!(
                f,
                "ByteStream({} bytes)",
                bytes.as_ref().map_or(0, Bytes::len)
            ),
            Source::Chunks(_) => f.write_str("ByteStream(stream)"),
        }
    }
}

impl Default for Source {
    fn default() -> Self {
        Source::Bytes(None)
    }
}

impl From<Bytes> for ByteStream {
    fn from(bytes: Bytes) -> Self {
        ByteStream {
            source: Source::Bytes(Some(bytes)),
        }
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(bytes: Vec<u8>) -> Self {
        ByteStream::from(Bytes::from(bytes))
    }
}

impl From<&'static [u8]> for ByteStream {
    fn from(bytes: &'static [u8]) -> Self {
        ByteStream::from(Bytes::from_static(bytes))
    }
}

impl From<String> for ByteStream {
    fn from(text: String) -> Self {
        ByteStream::from(Bytes::from(text))
    }
}

impl From<&'static str> for ByteStream {
    fn from(text: &'static str) -> Self {
        ByteStream::from(Bytes::from_static(text.as_bytes()))
    }
}

/// A stream of byte chunks with its errors mapped, so that every body's errors have one type.
struct MapErrors<S, F>(Pin<Box<S>>, F);

impl<S, E, T, F> Stream for MapErrors<S, F>
where
    S: Stream<Item = Result<Bytes, E>>,
    F: FnMut(E) -> T + Unpin,
{
    type Item = Result<Bytes, T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        this.0
            .as_mut()
            .poll_next(cx)
            .map(|item| item.map(|chunk| chunk.map_err(&mut this.1)))
    }
}

/// The future of [`Request::stream`]: `Send` and `'static`, so it can be spawned.
pub type StreamFuture<E> =
    Pin<Box<dyn Future<Output = Result<Response<ByteStream>, CallError<E>>> + Send + 'static>>;

impl<P: Operation<Output = Bytes>> Request<P> {
    /// Sends the request and returns the success body as a stream of chunks, read as they
    /// arrive instead of into memory. The timeout and the deadline cover the wait for the
    /// response headers; reading the body has no time limit.
    pub fn stream(self) -> StreamFuture<P::Error> {
        let span = crate::telemetry::CallSpan::new(P::ID, P::PATH_TEMPLATE);
        let sent = self.sent(true, &span);
        Box::pin(span.instrument(async move {
            match sent.await? {
                Answer::Live(live) if crate::call::success_wins::<P>(live.status().as_u16()) => {
                    let (status, headers) = (live.status(), live.headers().clone());
                    Ok(Response::new(
                        status,
                        headers,
                        ByteStream::from_response(live),
                    ))
                }
                answer => crate::call::classify::<P>(answer)
                    .await
                    .map(|response| response.map(ByteStream::from)),
            }
        }))
    }
}

impl crate::call::RequestParts {
    /// Sets a binary body of this media type: bytes, sent again on a retry, or a stream, sent
    /// once.
    pub(crate) fn stream_body(
        &mut self,
        media_type: &'static str,
        body: ByteStream,
    ) -> Result<(), String> {
        let body = body.into_body()?;
        let attach = move |request: reqwest::RequestBuilder| {
            request
                .header(reqwest::header::CONTENT_TYPE, media_type)
                .body(body)
        };
        self.body = Some(crate::call::Body::Attach(Box::new(attach)));
        Ok(())
    }
}
