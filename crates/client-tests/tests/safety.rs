//! The generated clients are safe by default: spec text never becomes code, requests go where
//! the caller meant (path values stay in their segment, header and cookie values cannot inject
//! anything) and credentials never show in `Debug` output, errors or what hooks see.

use std::sync::{Arc, Mutex};

use sdkgen_conformance_client::files::GetFileError;
use sdkgen_conformance_client::reqwest::{self, StatusCode};
use sdkgen_conformance_client::{Attempt, CallError, Client, Hook, RetryConfig};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A server that answers every request with a file.
async fn file_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"name": "f"})))
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .header_key("h-secret")
        .build()
        .expect("client")
}

async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap_or_default()
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(first);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

#[tokio::test]
async fn error_descriptions_that_look_like_format_strings_are_shown_verbatim() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let error = client(&server)
        .files()
        .get_file("missing")
        .await
        .expect_err("404");
    assert!(
        matches!(error, CallError::Api(GetFileError::NotFound(_))),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        r#"error status 404 Not Found: Returns `{"error": "not found"}` when no file is called {name}; {self} {} {{"#
    );
}

#[tokio::test]
async fn empty_and_dot_path_values_are_refused_before_sending() {
    let server = file_server().await;
    let client = client(&server);
    for value in ["", ".", ".."] {
        let result = client.files().get_file(value).await;
        assert!(
            matches!(result, Err(CallError::InvalidRequest(_))),
            "{value:?}: {result:?}"
        );
    }
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn path_values_arrive_in_their_own_segment_and_decode_back() {
    let values = [
        "a/b", "a?b", "a#b", "100%", "%2e%2e", "..%2f", "../x", "a b", "é", "日本", "...",
    ];
    let server = file_server().await;
    let client = client(&server);
    for value in values {
        client.files().get_file(value).await.expect(value);
        let requests = received(&server).await;
        let sent = requests.last().expect("a request arrived");
        let segment = sent.url.path().strip_prefix("/files/");
        assert!(
            segment.is_some_and(|s| !s.contains('/')),
            "{value:?} arrived as {}",
            sent.url
        );
        assert_eq!(
            segment.and_then(percent_decode).as_deref(),
            Some(value),
            "{}",
            sent.url
        );
        assert_eq!(sent.url.query(), None, "{value:?} leaked into the query");
    }
}

#[tokio::test]
async fn header_parameters_that_a_header_cannot_carry_are_refused() {
    let server = file_server().await;
    let client = client(&server);
    for value in ["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\0b"] {
        let result = client.files().get_file("f").x_trace_id(value).await;
        assert!(
            matches!(result, Err(CallError::InvalidRequest(_))),
            "{value:?}: {result:?}"
        );
    }
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn credentials_with_line_breaks_are_refused_without_showing_them() {
    let server = file_server().await;
    let injected = "k-secret\r\nX-Injected: 1";
    // Each with the name of the scheme or cookie that the message points at.
    let clients = [
        (Client::builder().header_key(injected), "headerKey"),
        (Client::builder().token_word(injected), "tokenWord"),
        (Client::builder().cookie_key(injected), "session"),
    ];
    for (builder, named) in clients {
        let client = builder.base_url(server.uri()).build().expect("client");
        let error = client.files().get_file("f").await.expect_err("refused");
        assert!(matches!(error, CallError::InvalidRequest(_)), "{error:?}");
        assert!(error.to_string().contains(named), "{error}");
        for shown in [error.to_string(), format!("{error:?}")] {
            assert!(!shown.contains("k-secret"), "{shown}");
        }
    }
    let bearer = Client::builder()
        .base_url(server.uri())
        .token(injected)
        .build()
        .expect("client");
    let error = bearer.items().get_item(1).await.expect_err("refused");
    assert!(matches!(error, CallError::InvalidRequest(_)), "{error:?}");
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn cookie_values_are_percent_encoded() {
    let server = file_server().await;
    let client = Client::builder()
        .base_url(server.uri())
        .cookie_key("a;b, c=d\"e")
        .build()
        .expect("client");
    client
        .files()
        .get_file("f")
        .theme("dark; admin=1")
        .await
        .expect("sent");
    let requests = received(&server).await;
    let cookie = requests
        .first()
        .and_then(|r| r.headers.get("cookie"))
        .and_then(|v| v.to_str().ok());
    assert_eq!(
        cookie,
        Some("theme=dark%3B%20admin%3D1; session=a%3Bb%2C%20c%3Dd%22e")
    );
}

/// Records, for each request, the headers that carry credentials: value and sensitivity.
#[derive(Default, Clone)]
struct HeaderRecorder {
    seen: Arc<Mutex<Vec<(String, String, bool)>>>,
}

const CREDENTIAL_HEADERS: &[&str] = &[
    "authorization",
    "x-api-key",
    "x-auth-token",
    "x-rapidapi-key",
    "cookie",
];

impl Hook for HeaderRecorder {
    fn before_request(&self, request: &mut reqwest::Request) {
        self.record(request);
    }
}

impl feedback_api_client::Hook for HeaderRecorder {
    fn before_request(&self, request: &mut reqwest::Request) {
        self.record(request);
    }
}

impl HeaderRecorder {
    fn record(&self, request: &reqwest::Request) {
        let Ok(mut seen) = self.seen.lock() else {
            return;
        };
        for name in CREDENTIAL_HEADERS {
            if let Some(value) = request.headers().get(*name) {
                let text = value.to_str().unwrap_or_default().to_string();
                seen.push((name.to_string(), text, value.is_sensitive()));
            }
        }
    }

    fn take(&self) -> Vec<(String, String, bool)> {
        self.seen
            .lock()
            .map(|mut seen| std::mem::take(&mut *seen))
            .unwrap_or_default()
    }
}

#[tokio::test]
async fn credential_headers_are_marked_sensitive() {
    let server = file_server().await;
    let recorder = HeaderRecorder::default();
    let with = |builder: sdkgen_conformance_client::ClientBuilder| {
        builder
            .base_url(server.uri())
            .hook(recorder.clone())
            .build()
            .expect("client")
    };
    let sensitive = |name: &str, value: &str| (name.to_string(), value.to_string(), true);

    let client = with(Client::builder().header_key("h-secret"));
    let _ = client.files().get_file("f").x_auth_token("p-secret").await;
    assert_eq!(
        recorder.take(),
        [
            sensitive("x-api-key", "h-secret"),
            sensitive("x-auth-token", "p-secret")
        ]
    );
    let _ = with(Client::builder().cookie_key("c-secret"))
        .files()
        .get_file("f")
        .await;
    assert_eq!(recorder.take(), [sensitive("cookie", "session=c-secret")]);
    let _ = with(Client::builder().token_word("w-secret"))
        .files()
        .get_file("f")
        .await;
    assert_eq!(
        recorder.take(),
        [sensitive("authorization", "Token w-secret")]
    );
    let client = with(
        Client::builder()
            .token("t-secret")
            .oauth("o-secret")
            .basic("alice", "b-secret"),
    );
    let _ = client.items().get_item(1).await;
    let _ = client.auth().whoami_oauth().await;
    let _ = client.auth().whoami_basic().await;
    // alice:b-secret in base64.
    assert_eq!(
        recorder.take(),
        [
            sensitive("authorization", "Bearer t-secret"),
            sensitive("authorization", "Bearer o-secret"),
            sensitive("authorization", "Basic YWxpY2U6Yi1zZWNyZXQ="),
        ]
    );
}

#[tokio::test]
async fn feedback_credential_headers_are_marked_sensitive() {
    use feedback_api_client::Client;
    let server = file_server().await;
    let recorder = HeaderRecorder::default();
    let client = Client::builder()
        .base_url(server.uri())
        .rapid_api_key("r-secret")
        .hook(recorder.clone())
        .build()
        .expect("client");
    let _ = client.credentials().rotate_credentials("t-secret").await;
    let mut seen = recorder.take();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("x-api-key".to_string(), "t-secret".to_string(), true),
            ("x-rapidapi-key".to_string(), "r-secret".to_string(), true),
        ]
    );
}

/// Records what `after_response` sees: the URL and the whole attempt, as text.
#[derive(Default, Clone)]
struct AttemptRecorder {
    seen: Arc<Mutex<Vec<(String, String)>>>,
}

impl Hook for AttemptRecorder {
    fn after_response(&self, attempt: &Attempt<'_>) {
        if let Ok(mut seen) = self.seen.lock() {
            seen.push((attempt.url.to_string(), format!("{attempt:?}")));
        }
    }
}

#[tokio::test]
async fn hooks_and_errors_never_see_query_credentials() {
    let secrets = ["q-secret", "a-secret", "p-secret"];
    let server = file_server().await;
    let recorder = AttemptRecorder::default();
    let build = |base_url: &str| {
        Client::builder()
            .base_url(base_url)
            .retries(RetryConfig::disabled())
            .query_key("q-secret")
            .header_key("h-secret")
            .hook(recorder.clone())
            .build()
            .expect("client")
    };
    let client = build(&server.uri());
    let _ = client.items().list_items().limit(2).await;
    let _ = client
        .files()
        .get_file("f")
        .access_token("a-secret")
        .pin("p-secret")
        .x_trace_id("trace-1")
        .await;
    // Nothing listens on port 9: the attempt carries an error, and the call fails.
    let unreachable = build("http://127.0.0.1:9");
    let error = unreachable
        .files()
        .get_file("f")
        .access_token("a-secret")
        .await
        .expect_err("nothing listens on port 9");
    let seen = recorder.seen.lock().map(|s| s.clone()).unwrap_or_default();
    let urls: Vec<&str> = seen.iter().map(|(url, _)| url.as_str()).collect();
    assert_eq!(
        urls,
        [
            format!("{}/items?limit=2&api_key=REDACTED", server.uri()),
            format!(
                "{}/files/f?access_token=REDACTED&pin=REDACTED",
                server.uri()
            ),
            "http://127.0.0.1:9/files/f?access_token=REDACTED".to_string(),
        ]
    );
    let shown = seen
        .iter()
        .map(|(_, attempt)| attempt.clone())
        .chain([error.to_string(), format!("{error:?}")]);
    for text in shown {
        for secret in secrets {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }
    // The server did get the real values.
    let requests = received(&server).await;
    let query = requests.get(1).and_then(|r| r.url.query());
    assert_eq!(query, Some("access_token=a-secret&pin=p-secret"));
}

#[tokio::test]
async fn request_builders_debug_hides_credential_parameters() {
    let server = file_server().await;
    let client = client(&server);
    let builder = client
        .files()
        .get_file("report.txt")
        .x_auth_token("p-secret")
        .access_token("a-secret")
        .pin("pin-secret")
        .x_trace_id("trace-1");
    let debug = format!("{builder:?}");
    for secret in ["p-secret", "a-secret", "pin-secret", "h-secret"] {
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
    assert!(debug.contains("<redacted>"), "{debug}");
    for shown in ["report.txt", "trace-1"] {
        assert!(debug.contains(shown), "{shown} missing from {debug}");
    }

    let feedback = feedback_api_client::Client::builder()
        .base_url(server.uri())
        .build()
        .expect("client");
    let debug = format!(
        "{:?}",
        feedback.credentials().rotate_credentials("tenant-secret")
    );
    assert!(!debug.contains("tenant-secret"), "{debug}");
}

#[test]
fn clients_debug_shows_no_credential_not_even_a_username() {
    let builder = Client::builder()
        .base_url("http://127.0.0.1:9")
        .basic("alice-user", "b-secret")
        .header_key("h-secret")
        .token("t-secret");
    let builder_debug = format!("{builder:?}");
    let client = builder.build().expect("client");
    client.set_basic("bob-user", "c-secret");
    for debug in [builder_debug, format!("{client:?}")] {
        for secret in [
            "alice-user",
            "bob-user",
            "b-secret",
            "c-secret",
            "h-secret",
            "t-secret",
        ] {
            assert!(!debug.contains(secret), "{secret} in {debug}");
        }
    }
}

#[tokio::test]
async fn raw_responses_show_a_bounded_prefix_of_the_body() {
    let body = format!("{}END-OF-BODY", "x".repeat(100_000));
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(418).set_body_string(body.clone()))
        .mount(&server)
        .await;
    let error = client(&server)
        .files()
        .get_file("f")
        .await
        .expect_err("418");
    let CallError::UnexpectedStatus(raw) = &error else {
        panic!("expected UnexpectedStatus, got {error}");
    };
    assert_eq!(raw.status(), StatusCode::IM_A_TEAPOT);
    assert_eq!(raw.text(), body);
    let debug = format!("{error:?}");
    assert!(debug.len() < 2_000, "{} bytes of Debug", debug.len());
    assert!(!debug.contains("END-OF-BODY"), "{debug}");
    assert!(debug.contains("(100011 bytes)"), "{debug}");
}

#[tokio::test]
async fn redirects_to_another_origin_are_not_followed_with_credentials() {
    let elsewhere = file_server().await;
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::path("/files/away"))
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("Location", format!("{}/files/stolen", elsewhere.uri())),
        )
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::path("/files/moved"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", "/files/here"))
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::path("/files/here"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"name": "here"})))
        .mount(&server)
        .await;
    let client = client(&server);

    let moved = client.files().get_file("moved").await;
    assert!(
        moved.is_ok(),
        "a same-origin redirect is followed: {moved:?}"
    );

    let away = client.files().get_file("away").await;
    assert_eq!(
        away.err().and_then(|e| e.status()),
        Some(StatusCode::FOUND),
        "the redirect is returned, not followed"
    );
    assert!(
        received(&elsewhere).await.is_empty(),
        "the other origin received the request (and the X-Key credential)"
    );
}
