//! Streamed bodies against in-process servers: a download read chunk by chunk as it arrives,
//! uploads from a stream and from a file (sent once, never retried), and server-sent events
//! decoded into the spec's type as they arrive.

use std::time::Duration;

use sdkgen_conformance_client::bytes::Bytes;
use sdkgen_conformance_client::models::Tick;
use sdkgen_conformance_client::{
    ByteStream, CallError, Client, EventStream, RetryConfig, StreamError,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use wiremock::matchers::{body_bytes, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(base_url: &str) -> Client {
    Client::builder()
        .base_url(base_url)
        .token("t")
        .retries(
            RetryConfig::default()
                .initial_backoff(Duration::from_millis(1))
                .jitter(0.0),
        )
        .build()
        .expect("client")
}

/// A server that answers one request with `head`, then writes each part of `parts` when the
/// test allows it, so the test can see what the client has read before the rest is sent.
async fn trickling_server(
    head: &'static str,
    parts: Vec<(oneshot::Receiver<()>, &'static str)>,
) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        let mut request = vec![0; 4096];
        let _ = socket.read(&mut request).await;
        socket.write_all(head.as_bytes()).await.expect("head");
        for (allowed, part) in parts {
            if allowed.await.is_err() {
                return;
            }
            socket.write_all(part.as_bytes()).await.expect("part");
        }
    });
    format!("http://{address}")
}

/// `future`'s output; a client that waited for the whole body would wait for ever.
async fn within_a_while<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), future)
        .await
        .expect("read before the server sent the rest")
}

#[tokio::test]
async fn a_download_streams_in_chunks_that_add_up_to_the_body() {
    let server = MockServer::start().await;
    let blob: Vec<u8> = (0..4_000_000u32).map(|i| (i % 251) as u8).collect();
    Mock::given(method("GET"))
        .and(path("/blobs/big"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(blob.clone(), "application/octet-stream"),
        )
        .mount(&server)
        .await;
    let mut stream = client(&server.uri())
        .files()
        .download_blob("big")
        .stream()
        .await
        .expect("the headers arrive")
        .into_body();
    let mut chunks = 0;
    let mut received = Vec::new();
    while let Some(chunk) = stream.next_chunk().await {
        received.extend_from_slice(&chunk.expect("a chunk"));
        chunks += 1;
    }
    assert_eq!(received, blob);
    assert!(
        chunks > 1,
        "a 4 MB body arrives in more than one chunk, got {chunks}"
    );
}

#[tokio::test]
async fn a_streamed_download_is_readable_before_the_body_ends_and_outlives_the_timeout() {
    let (more, allowed) = oneshot::channel();
    let base = trickling_server(
        "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\n\r\n5\r\nfirst\r\n",
        vec![(allowed, "6\r\nsecond\r\n0\r\n\r\n")],
    )
    .await;
    let mut stream = client(&base)
        .files()
        .download_blob("slow")
        .timeout(Duration::from_millis(200))
        .stream()
        .await
        .expect("the headers arrive within the timeout")
        .into_body();
    let first = within_a_while(stream.next_chunk())
        .await
        .expect("a chunk")
        .expect("no error");
    assert_eq!(first, Bytes::from_static(b"first"));
    // The rest comes after the timeout: it bounds the wait for the headers, not the body.
    tokio::time::sleep(Duration::from_millis(400)).await;
    more.send(()).expect("server waits");
    let rest = stream.collect().await.expect("the rest arrives");
    assert_eq!(rest, Bytes::from_static(b"second"));
}

#[tokio::test]
async fn an_error_status_is_read_whole_and_classified_when_streaming() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/blobs/gone"))
        .respond_with(ResponseTemplate::new(503).set_body_string("try later"))
        .mount(&server)
        .await;
    let error = client(&server.uri())
        .files()
        .download_blob("gone")
        .retries(RetryConfig::disabled())
        .stream()
        .await
        .expect_err("a 503 is no success");
    match error {
        CallError::UnexpectedStatus(raw) => assert_eq!(raw.text(), "try later"),
        other => panic!("expected an unexpected status, got {other:?}"),
    }
}

#[tokio::test]
async fn a_streamed_upload_is_sent_as_it_is_read_and_never_retried() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/blobs/s1"))
        .and(body_bytes(b"onetwothree".to_vec()))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let parts = ["one", "two", "three"]
        .map(|part| Ok::<_, std::io::Error>(Bytes::from_static(part.as_bytes())));
    let body = ByteStream::from_stream(futures_util::stream::iter(parts));
    let error = client(&server.uri())
        .files()
        .upload_blob("s1", body.clone())
        .await
        .expect_err("the server keeps answering 503");
    assert!(
        matches!(error, CallError::UnexpectedStatus(_)),
        "got {error:?}"
    );
    assert_eq!(
        server.received_requests().await.map(|r| r.len()),
        Some(1),
        "a stream is sent once"
    );
    // The clone shares the stream that was sent: sending it again is refused before sending.
    let again = client(&server.uri())
        .files()
        .upload_blob("s1", body)
        .await
        .expect_err("sent already");
    assert!(
        matches!(again, CallError::InvalidRequest(_)),
        "got {again:?}"
    );
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(1));
}

#[tokio::test]
async fn an_upload_from_a_file_sends_its_content() {
    let server = MockServer::start().await;
    let content: Vec<u8> = (0..300_000u32).map(|i| (i % 7) as u8).collect();
    let file = std::env::temp_dir().join(format!("sdkgen-upload-{}.bin", std::process::id()));
    std::fs::write(&file, &content).expect("write the file");
    Mock::given(method("PUT"))
        .and(path("/blobs/f1"))
        .and(body_bytes(content))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let body = ByteStream::from_path(&file).await.expect("open the file");
    let response = client(&server.uri()).files().upload_blob("f1", body).await;
    std::fs::remove_file(&file).expect("remove the file");
    assert_eq!(response.expect("stored").status(), 204);
}

const TICKS: &str =
    "retry: 2500\nid: 1\nevent: tick\ndata: {\"sequence\": 1, \"celsius\": 20.5}\n\n\
: a comment line, ignored\n\
id: 2\ndata: {\"sequence\":\ndata: 2, \"celsius\": 21}\n\n";

/// The events of a server that answers the live readings with `body`, and the server, which
/// must outlive them.
async fn events_of(body: &'static str) -> (MockServer, EventStream<Tick>) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/readings/live"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "text/event-stream"))
        .mount(&server)
        .await;
    let events = client(&server.uri())
        .readings()
        .watch_readings()
        .await
        .expect("the stream opens")
        .into_body();
    (server, events)
}

#[tokio::test]
async fn events_decode_into_the_spec_type_with_their_fields() {
    let (_server, mut events) = events_of(TICKS).await;
    let first = events
        .next_event()
        .await
        .expect("an event")
        .expect("decodes");
    assert_eq!(
        (first.event.as_str(), first.id.as_deref()),
        ("tick", Some("1"))
    );
    assert_eq!((first.data.sequence, first.data.celsius), (1, 20.5));
    assert_eq!(first.retry, Some(Duration::from_millis(2500)));
    let second = events
        .next_event()
        .await
        .expect("an event")
        .expect("decodes");
    // Data lines join with a newline; an event without `event:` is a `message`.
    assert_eq!(
        (
            second.event.as_str(),
            second.data.sequence,
            second.data.celsius
        ),
        ("message", 2, 21.0)
    );
    assert!(
        events.next_event().await.is_none(),
        "the stream ends with the body"
    );
    assert_eq!(events.last_event_id(), Some("2"));
    assert_eq!(events.retry(), Some(Duration::from_millis(2500)));
}

#[tokio::test]
async fn an_event_that_does_not_decode_is_an_error_and_the_stream_goes_on() {
    let body = "data: {\"sequence\": \"one\"}\n\ndata: {\"sequence\": 2, \"celsius\": 3}\n\n";
    let (_server, mut events) = events_of(body).await;
    match events.next_event().await {
        Some(Err(StreamError::Decode(error))) => {
            assert_eq!(error.response().text(), "{\"sequence\": \"one\"}")
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    let next = events
        .next_event()
        .await
        .expect("an event")
        .expect("decodes");
    assert_eq!(next.data.sequence, 2);
}

#[tokio::test]
async fn events_arrive_as_the_server_sends_them() {
    let (more, allowed) = oneshot::channel();
    let base = trickling_server(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\ndata: {\"sequence\": 1, \"celsius\": 1}\n\n",
        vec![(allowed, "data: {\"sequence\": 2, \"celsius\": 2}\n\n")],
    )
    .await;
    let mut events = client(&base)
        .readings()
        .watch_readings()
        .await
        .expect("opens")
        .into_body();
    let first = within_a_while(events.next_event())
        .await
        .expect("an event")
        .expect("decodes");
    assert_eq!(
        first.data.sequence, 1,
        "the first event is read before the server sends more"
    );
    more.send(()).expect("server waits");
    let second = events
        .next_event()
        .await
        .expect("an event")
        .expect("decodes");
    assert_eq!(second.data.sequence, 2);
    assert!(
        events.next_event().await.is_none(),
        "the stream ends when the server closes"
    );
}

#[tokio::test]
async fn an_error_status_of_an_event_stream_is_the_documented_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/readings/live"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(serde_json::json!({"title": "no token"})),
        )
        .mount(&server)
        .await;
    let error = client(&server.uri())
        .readings()
        .watch_readings()
        .await
        .expect_err("401");
    assert!(matches!(error, CallError::Api(_)), "got {error:?}");
    assert!(error.to_string().contains("no token"), "{error}");
}

/// Records whether each attempt timed out.
struct TimedOut(std::sync::Arc<std::sync::Mutex<Vec<bool>>>);

impl sdkgen_conformance_client::Hook for TimedOut {
    fn after_response(&self, attempt: &sdkgen_conformance_client::Attempt<'_>) {
        if let Ok(mut seen) = self.0.lock() {
            seen.push(attempt.timed_out);
        }
    }
}

#[tokio::test]
async fn a_streamed_call_times_out_waiting_for_headers_and_hooks_see_it() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    // A server that takes the request and never answers.
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.expect("accept");
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(socket);
    });
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .token("t")
        .retries(RetryConfig::disabled())
        .hook(TimedOut(seen.clone()))
        .build()
        .expect("client");
    let error = within_a_while(
        client
            .files()
            .download_blob("never")
            .timeout(Duration::from_millis(200))
            .stream(),
    )
    .await
    .expect_err("no headers arrive");
    assert!(matches!(error, CallError::Timeout(_)), "got {error:?}");
    assert_eq!(*seen.lock().expect("the hook's record"), [true]);
}
