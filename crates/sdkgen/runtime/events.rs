// Server-sent events, added to crates with event-stream responses (it needs
// `eventsource-stream`).

use std::time::Duration;

use serde::de::DeserializeOwned;

use crate::error::DecodeError;
use crate::runtime::RawResponse;

/// One server-sent event.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Event<T> {
    /// The event type: the `event:` field, `message` when the server sent none.
    pub event: String,
    /// The `data:` field, decoded.
    pub data: T,
    /// The last event id the server sent (the `id:` field of this event or of an earlier one).
    pub id: Option<String>,
    /// How long the server asks a client to wait before reconnecting (the `retry:` field).
    pub retry: Option<Duration>,
}

type Events<T> = Pin<Box<dyn Stream<Item = Result<Event<T>, StreamError>> + Send + 'static>>;

/// A stream of server-sent events, each `data:` decoded as `T`, read as they arrive; it ends
/// when the server closes the response.
///
/// Each event's data is decoded as JSON; data that is not JSON is decoded as a JSON string
/// (so plain-text data fits a `String`). Data that does not decode yields a
/// [`StreamError::Decode`], and the stream goes on.
///
/// The stream does not reconnect by itself. To resume after a dropped connection, send the
/// request again with the last event id:
/// `request.header("Last-Event-ID", id)` with `id` from [`EventStream::last_event_id`].
pub struct EventStream<T> {
    events: Events<T>,
    last_event_id: Option<String>,
    retry: Option<Duration>,
}

impl<T: DeserializeOwned + Send + 'static> EventStream<T> {
    fn new(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        chunks: ByteStream,
    ) -> Self {
        use eventsource_stream::Eventsource;
        let parsed = Box::pin(chunks.eventsource());
        let events = EventsOf {
            parsed,
            status,
            headers,
            data: std::marker::PhantomData,
        };
        EventStream {
            events: Box::pin(events),
            last_event_id: None,
            retry: None,
        }
    }

    /// The next event, or `None` at the end of the stream.
    pub async fn next_event(&mut self) -> Option<Result<Event<T>, StreamError>> {
        poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The id of the last event that carried one: send it as `Last-Event-ID` to resume.
    pub fn last_event_id(&self) -> Option<&str> {
        self.last_event_id.as_deref()
    }

    /// The reconnection wait the server asked for last.
    pub fn retry(&self) -> Option<Duration> {
        self.retry
    }
}

impl<T> Stream for EventStream<T> {
    type Item = Result<Event<T>, StreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let item = self.events.as_mut().poll_next(cx);
        if let Poll::Ready(Some(Ok(event))) = &item {
            let (id, retry) = (event.id.clone(), event.retry);
            self.last_event_id = id.or(self.last_event_id.take());
            self.retry = retry.or(self.retry);
        }
        item
    }
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("last_event_id", &self.last_event_id)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

type Parsed = Pin<Box<eventsource_stream::EventStream<ByteStream>>>;

/// The parsed events of a response, their data decoded.
struct EventsOf<T> {
    parsed: Parsed,
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    data: std::marker::PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> Stream for EventsOf<T> {
    type Item = Result<Event<T>, StreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let parsed = match self.parsed.as_mut().poll_next(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(None) => return Poll::Ready(None),
            Poll::Ready(Some(parsed)) => parsed,
        };
        Poll::Ready(Some(match parsed {
            Ok(event) => self.decode(event),
            Err(eventsource_stream::EventStreamError::Transport(e)) => Err(e),
            Err(e) => Err(StreamError::Source(e.to_string().into())),
        }))
    }
}

impl<T: DeserializeOwned> EventsOf<T> {
    fn decode(&self, event: eventsource_stream::Event) -> Result<Event<T>, StreamError> {
        let data = serde_json::from_str(&event.data)
            .or_else(|e| {
                serde_json::from_value(serde_json::Value::String(event.data.clone())).map_err(|_| e)
            })
            .map_err(|e| {
                let raw = RawResponse::new(
                    self.status,
                    self.headers.clone(),
                    Bytes::from(event.data.clone()),
                );
                StreamError::Decode(DecodeError::new(raw, e))
            })?;
        Ok(Event {
            event: event.event,
            data,
            id: Some(event.id).filter(|id| !id.is_empty()),
            retry: event.retry,
        })
    }
}

/// Decodes a success body that has arrived whole as its events.
pub(crate) fn events<T: DeserializeOwned + Send + 'static>(
    raw: RawResponse,
) -> Result<Response<EventStream<T>>, DecodeError> {
    Ok(events_of(
        raw.status(),
        raw.headers().clone(),
        ByteStream::from(raw.body_bytes()),
    ))
}

/// Decodes a success body as its events arrive.
pub(crate) fn event_stream<T: DeserializeOwned + Send + 'static>(
    live: reqwest::Response,
) -> Response<EventStream<T>> {
    let (status, headers) = (live.status(), live.headers().clone());
    events_of(status, headers, ByteStream::from_response(live))
}

fn events_of<T: DeserializeOwned + Send + 'static>(
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    chunks: ByteStream,
) -> Response<EventStream<T>> {
    Response::new(
        status,
        headers.clone(),
        EventStream::new(status, headers, chunks),
    )
}
