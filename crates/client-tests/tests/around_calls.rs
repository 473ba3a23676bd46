//! What the generated clients do around every call: `tracing` spans with OpenTelemetry's HTTP
//! client fields, idempotency keys that make retried writes safe, and the typed test doubles
//! of the `mock` feature.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sdkgen_conformance_client::items::GetItemError;
use sdkgen_conformance_client::mock::{MockServer as Double, Reply};
use sdkgen_conformance_client::models::{Item, ItemPage, NewItem, Problem};
use sdkgen_conformance_client::{CallError, Client, ErrorResponse, RetryConfig};
use serde_json::json;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::Layer;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A span or an event as a subscriber saw it.
#[derive(Debug, Clone)]
struct Seen {
    thread: std::thread::ThreadId,
    name: String,
    parent: Option<String>,
    fields: BTreeMap<String, String>,
}

#[derive(Default)]
struct Fields(BTreeMap<String, String>);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0
            .insert(field.name().to_string(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }
}

/// Records every span (with the fields recorded later) and event.
#[derive(Clone, Default)]
struct Collector(Arc<Mutex<Vec<Seen>>>);

/// Where a span's record is in the collector.
struct Index(usize);

impl<S: tracing::Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Collector {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        attrs.record(&mut fields);
        let Some(span) = ctx.span(id) else { return };
        let parent = span.parent().map(|p| p.name().to_string());
        let mut seen = self.0.lock().expect("lock");
        let (thread, name) = (std::thread::current().id(), span.name().to_string());
        seen.push(Seen {
            thread,
            name,
            parent,
            fields: fields.0,
        });
        span.extensions_mut().insert(Index(seen.len() - 1));
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let extensions = span.extensions();
        let Some(Index(index)) = extensions.get::<Index>() else {
            return;
        };
        let mut fields = Fields::default();
        values.record(&mut fields);
        if let Some(seen) = self.0.lock().expect("lock").get_mut(*index) {
            seen.fields.extend(fields.0);
        }
    }

    fn on_event(&self, event: &tracing::Event<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        event.record(&mut fields);
        let parent = ctx.event_span(event).map(|span| span.name().to_string());
        let (thread, name) = (std::thread::current().id(), "event".to_string());
        self.0.lock().expect("lock").push(Seen {
            thread,
            name,
            parent,
            fields: fields.0,
        });
    }
}

impl Collector {
    /// What this thread traced (a tokio test runs on its own thread).
    fn all(&self) -> Vec<Seen> {
        let thread = std::thread::current().id();
        self.0
            .lock()
            .expect("lock")
            .iter()
            .filter(|s| s.thread == thread)
            .cloned()
            .collect()
    }

    fn named(&self, name: &str) -> Vec<Seen> {
        self.all().into_iter().filter(|s| s.name == name).collect()
    }
}

/// The one global collector: a subscriber per test (`set_default`) would race with the other
/// tests' over which callsites are enabled.
fn collect() -> Collector {
    static COLLECTOR: std::sync::OnceLock<Collector> = std::sync::OnceLock::new();
    COLLECTOR
        .get_or_init(|| {
            let collector = Collector::default();
            let subscriber = tracing_subscriber::registry().with(collector.clone());
            tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
            collector
        })
        .clone()
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .query_key("q-secret")
        .basic("alice", "b-secret")
        .token("t-secret")
        .oauth("o-secret")
        .retries(
            RetryConfig::default()
                .initial_backoff(Duration::from_millis(1))
                .jitter(0.0),
        )
        .build()
        .expect("client")
}

fn field<'a>(seen: &'a Seen, name: &str) -> Option<&'a str> {
    seen.fields.get(name).map(String::as_str)
}

#[tokio::test]
async fn each_call_is_a_span_with_opentelemetry_http_fields_and_no_credential() {
    let collector = collect();
    let server = MockServer::start().await;
    Mock::given(path("/items"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": []})))
        .mount(&server)
        .await;
    Mock::given(path("/items/8"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"title": "gone"})))
        .mount(&server)
        .await;
    let client = client(&server);
    client.items().list_items().limit(5).await.expect("listed");
    let missing = client.items().get_item(8).await;
    assert!(
        matches!(missing, Err(CallError::Api(GetItemError::NotFound(_)))),
        "{missing:?}"
    );

    let calls = collector.named("call");
    assert_eq!(calls.len(), 2, "{calls:#?}");
    let (listed, got) = (&calls[0], &calls[1]);
    assert_eq!(field(listed, "operation.id"), Some("listItems"));
    assert_eq!(field(listed, "url.template"), Some("/items"));
    assert_eq!(field(listed, "http.request.method"), Some("GET"));
    assert_eq!(field(listed, "otel.name"), Some("GET /items"));
    assert_eq!(field(listed, "server.address"), Some("127.0.0.1"));
    assert_eq!(field(listed, "http.response.status_code"), Some("200"));
    assert_eq!(field(listed, "error.type"), None);
    assert_eq!(field(got, "url.template"), Some("/items/{id}"));
    assert_eq!(field(got, "http.response.status_code"), Some("404"));
    assert_eq!(field(got, "error.type"), Some("404"));

    let attempts = collector.named("attempt");
    assert_eq!(attempts.len(), 2, "{attempts:#?}");
    assert!(
        attempts.iter().all(|a| a.parent.as_deref() == Some("call")),
        "{attempts:#?}"
    );
    let url = field(&attempts[0], "url.full").expect("url.full");
    assert!(
        url.contains("api_key=REDACTED") && url.contains("limit=5"),
        "{url}"
    );
    assert_eq!(field(&attempts[0], "http.request.resend_count"), None);
    for seen in collector.all() {
        for (name, value) in &seen.fields {
            assert!(
                !value.contains("secret"),
                "{name} of {} shows a credential: {value}",
                seen.name
            );
        }
    }
}

#[tokio::test]
async fn a_retried_call_traces_each_attempt_with_its_resend_count() {
    let collector = collect();
    let server = MockServer::start().await;
    Mock::given(path("/items/7"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path("/items/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 7, "name": "seven"})))
        .mount(&server)
        .await;
    client(&server)
        .items()
        .get_item(7)
        .await
        .expect("found on the retry");

    let attempts = collector.named("attempt");
    assert_eq!(attempts.len(), 2, "{attempts:#?}");
    assert_eq!(
        field(&attempts[0], "http.response.status_code"),
        Some("503")
    );
    assert_eq!(field(&attempts[1], "http.request.resend_count"), Some("1"));
    assert_eq!(
        field(&attempts[1], "http.response.status_code"),
        Some("200")
    );
    let retries: Vec<Seen> = collector
        .named("event")
        .into_iter()
        .filter(|e| field(e, "message") == Some("retrying"))
        .collect();
    assert_eq!(retries.len(), 1, "{retries:#?}");
    assert_eq!(retries[0].parent.as_deref(), Some("attempt"));
    assert!(field(&retries[0], "wait_ms").is_some());
    let calls = collector.named("call");
    assert_eq!(field(&calls[0], "http.response.status_code"), Some("200"));
}

#[tokio::test]
async fn a_post_with_an_idempotency_key_is_retried_with_the_same_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": 1, "name": "x"})))
        .mount(&server)
        .await;
    let client = client(&server);
    client
        .items()
        .create_item(NewItem::new("x"))
        .await
        .expect("created on the retry");
    client
        .items()
        .create_item(NewItem::new("y"))
        .await
        .expect("created");

    let received = server.received_requests().await.expect("recorded");
    let keys: Vec<String> = received
        .iter()
        .map(|r| {
            r.headers
                .get("idempotency-key")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(keys.len(), 3, "{keys:?}");
    assert!(!keys[0].is_empty(), "{keys:?}");
    assert_eq!(keys[0], keys[1], "a retry reuses its call's key");
    assert_ne!(keys[1], keys[2], "another call gets a fresh key");
}

#[tokio::test]
async fn an_idempotency_key_the_caller_gives_is_sent_as_given() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": 1, "name": "x"})))
        .mount(&server)
        .await;
    let client = client(&server);
    client
        .items()
        .create_item(NewItem::new("x"))
        .idempotency_key("mine")
        .await
        .expect("created");
    client
        .items()
        .create_item(NewItem::new("x"))
        .header("Idempotency-Key", "given")
        .await
        .expect("created");
    let received = server.received_requests().await.expect("recorded");
    let keys: Vec<Vec<&str>> = received
        .iter()
        .map(|r| {
            r.headers
                .get_all("idempotency-key")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect()
        })
        .collect();
    assert_eq!(keys, [vec!["mine"], vec!["given"]]);
}

fn item(id: i64, name: &str) -> Item {
    let mut item = Item::default();
    item.id = id;
    item.name = name.to_string();
    item
}

#[tokio::test]
async fn a_typed_stub_answers_the_call_it_describes_and_only_that() {
    let server = Double::start().await;
    let client = server
        .client_builder()
        .query_key("q-secret")
        .build()
        .expect("client");
    let mut page = ItemPage::default();
    page.items = vec![item(1, "one")];
    server
        .on(&client.items().list_items().limit(1))
        .respond(page.clone())
        .await;

    let listed = client.items().list_items().limit(1).await.expect("stubbed");
    assert_eq!(listed.into_body(), page);
    let other = client.items().list_items().limit(2).await;
    assert!(
        matches!(other, Err(CallError::UnexpectedStatus(ref raw)) if raw.status() == 404),
        "{other:?}"
    );

    assert_eq!(server.received().await.len(), 2);
    let like = server
        .received_like(&client.items().list_items().limit(1))
        .await;
    assert_eq!(like.len(), 1);
    assert_eq!(like[0].query("limit").as_deref(), Some("1"));
    assert!(
        !format!("{:?}", like[0]).contains("secret"),
        "{:?}",
        like[0]
    );
}

#[tokio::test]
async fn a_typed_stub_matches_the_body() {
    let server = Double::start().await;
    let client = server.client_builder().build().expect("client");
    server
        .on(&client.items().create_item(NewItem::new("a")))
        .respond(item(1, "a"))
        .await;

    let created = client
        .items()
        .create_item(NewItem::new("a"))
        .await
        .expect("stubbed");
    assert_eq!(created.status(), 201);
    assert_eq!(created.into_body(), item(1, "a"));
    let other = client.items().create_item(NewItem::new("b")).await;
    assert!(
        matches!(other, Err(CallError::UnexpectedStatus(ref raw)) if raw.status() == 404),
        "{other:?}"
    );
}

#[tokio::test]
async fn a_typed_stub_answers_with_a_documented_error() {
    let server = Double::start().await;
    let client = server.client_builder().build().expect("client");
    let mut problem = Problem::default();
    problem.title = Some("gone".to_string());
    let error = GetItemError::NotFound(ErrorResponse::mock(404, problem.clone()));
    server
        .on(&client.items().get_item(8))
        .respond_error(error)
        .await;

    match client.items().get_item(8).await {
        Err(CallError::Api(GetItemError::NotFound(response))) => {
            assert_eq!(response.status(), 404);
            assert_eq!(response.body(), Some(&problem));
        }
        other => panic!("expected the documented 404, got {other:?}"),
    }
}

#[tokio::test]
async fn replies_in_turn_let_a_test_see_a_retry() {
    let server = Double::start().await;
    let client = server.client_builder().build().expect("client");
    let request = client.items().get_item(7);
    server
        .on(&request)
        .replies([Reply::raw(503, ""), Reply::Success(item(7, "seven"))])
        .await;

    let got = request
        .clone()
        .await
        .expect("the retry gets the second reply");
    assert_eq!(got.into_body(), item(7, "seven"));
    assert_eq!(server.received_like(&request).await.len(), 2);
    let again = request
        .await
        .expect("the last reply answers every later call");
    assert_eq!(again.into_body(), item(7, "seven"));
}

#[tokio::test]
#[should_panic(expected = "not documented as this error")]
async fn an_error_stubbed_under_another_status_is_refused() {
    let server = Double::start().await;
    let client = server.client_builder().build().expect("client");
    let error = GetItemError::NotFound(ErrorResponse::mock(500, Problem::default()));
    server
        .on(&client.items().get_item(8))
        .respond_error(error)
        .await;
}

#[tokio::test]
async fn an_array_setter_takes_any_iterable_and_sends_the_spec_style() {
    let server = Double::start().await;
    let client = server
        .client_builder()
        .query_key("q-secret")
        .build()
        .expect("client");
    server
        .on(&client.items().list_items().ids([3, 5]))
        .respond(ItemPage::default())
        .await;

    let from_array = client.items().list_items().ids([3, 5]).await;
    let from_vec = client.items().list_items().ids(vec![3_i64, 5]).await;
    let from_iter = client.items().list_items().ids((3..=5).step_by(2)).await;
    assert!(from_array.is_ok() && from_vec.is_ok() && from_iter.is_ok());
    let received = server.received().await;
    let sent: Vec<Option<String>> = received.iter().map(|r| r.query("ids")).collect();
    // `style: form, explode: false`: one comma-separated value.
    assert_eq!(sent, vec![Some("3,5".to_string()); 3]);
}
