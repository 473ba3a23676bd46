//! The runtime behaviour of the generated clients against in-process servers: auth schemes,
//! retries and `Retry-After`, timeouts, pagination, hooks, servers and raw response access.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use sdkgen_conformance_client::models::NewItem;
use sdkgen_conformance_client::{
    Attempt, BuildError, CallError, Client, Hook, RetryConfig, Server,
};
use serde_json::json;
use wiremock::matchers::{
    header, header_exists, method, path, query_param, query_param_is_missing,
};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn item(id: i64) -> serde_json::Value {
    json!({"id": id, "name": format!("item {id}")})
}

/// Quick retries, so tests that exhaust them stay short.
fn fast_retries() -> RetryConfig {
    RetryConfig::default()
        .initial_backoff(Duration::from_millis(1))
        .jitter(0.0)
}

async fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .query_key("q-secret")
        .basic("alice", "b-secret")
        .token("t-secret")
        .oauth("o-secret")
        .build()
        .expect("client")
}

#[tokio::test]
async fn each_scheme_puts_its_credential_in_its_place() {
    let server = MockServer::start().await;
    Mock::given(path("/items"))
        .and(query_param("api_key", "q-secret"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": []})))
        .expect(1)
        .mount(&server)
        .await;
    // alice:b-secret in base64.
    Mock::given(path("/whoami/basic"))
        .and(header("authorization", "Basic YWxpY2U6Yi1zZWNyZXQ="))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"user": "alice"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/whoami/oauth"))
        .and(header("authorization", "Bearer o-secret"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"user": "alice"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/items/1"))
        .and(header("authorization", "Bearer t-secret"))
        .respond_with(ResponseTemplate::new(200).set_body_json(item(1)))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server).await;
    client.items().list_items().await.expect("query key");
    assert_eq!(
        client.auth().whoami_basic().await.expect("basic").user,
        "alice"
    );
    client.auth().whoami_oauth().await.expect("oauth");
    client.items().get_item(1).await.expect("bearer");
}

#[tokio::test]
async fn an_operation_without_security_sends_no_credentials() {
    let server = MockServer::start().await;
    Mock::given(header_exists("authorization"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&server)
        .await;
    Mock::given(query_param("api_key", "q-secret"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&server)
        .await;
    Mock::given(path("/ping"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let pong = client(&server).await.auth().ping().await.expect("ping");
    assert_eq!(pong.status(), 204);
}

#[tokio::test]
async fn credentials_never_show_in_debug_output() {
    let server = MockServer::start().await;
    let client = client(&server).await;
    let debug = format!("{client:?}");
    for secret in ["q-secret", "b-secret", "t-secret", "o-secret"] {
        assert!(!debug.contains(secret), "{debug}");
    }
    let builder = format!("{:?}", Client::builder().token("t-secret"));
    assert!(!builder.contains("t-secret"), "{builder}");
}

#[tokio::test]
async fn a_503_with_retry_after_is_retried_after_waiting() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(item(1)))
        .expect(1)
        .mount(&server)
        .await;
    let started = Instant::now();
    let found = client(&server)
        .await
        .items()
        .get_item(1)
        .await
        .expect("succeeds on the retry");
    assert_eq!(found.name, "item 1");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_post_that_gets_a_500_is_not_retried_by_default() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500))
        .expect(1)
        .mount(&server)
        .await;
    // Rockset's create declares no idempotency header (the conformance API's does).
    let client = rockset_client::Client::builder()
        .base_url(server.uri())
        .retries(rockset_client::RetryConfig::default().initial_backoff(Duration::from_millis(1)))
        .apikey("key")
        .build()
        .expect("client");
    let request = rockset_client::models::CreateApiKeyRequest::new("x");
    let created = client.api_keys().create_api_key(request).await;
    // The mock's `expect(1)` fails the test if the POST was sent again.
    assert!(
        matches!(created, Err(ref e) if e.status().map(|s| s.as_u16()) == Some(500)),
        "{created:?}"
    );
}

#[tokio::test]
async fn a_post_that_gets_a_503_with_retry_after_is_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "0"))
        .up_to_n_times(1)
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(item(2)))
        .expect(1)
        .mount(&server)
        .await;
    let created = client(&server)
        .await
        .items()
        .create_item(NewItem::new("x"))
        .await;
    assert_eq!(created.expect("retried").id, 2);
}

#[tokio::test]
async fn the_attempt_limit_is_respected() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(502))
        .expect(4)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(fast_retries().max_attempts(4))
        .build()
        .expect("client");
    let result = client.items().get_item(1).await;
    assert!(
        matches!(result, Err(CallError::UnexpectedStatus(ref raw)) if raw.status() == 502),
        "{result:?}"
    );
}

#[tokio::test]
async fn a_per_call_retry_config_wins_over_the_clients() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(fast_retries().max_attempts(5))
        .build()
        .expect("client");
    let result = client
        .items()
        .get_item(1)
        .retries(RetryConfig::disabled())
        .await;
    assert!(result.is_err());
}

#[tokio::test]
async fn a_slow_response_hits_the_timeout() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(item(1))
                .set_delay(Duration::from_secs(3)),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .timeout(Duration::from_millis(200))
        .build()
        .expect("client");
    let error = client.items().get_item(1).await.expect_err("times out");
    assert!(error.is_timeout(), "{error:?}");
    // A per-call timeout overrides the client's.
    let error = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .build()
        .expect("client")
        .items()
        .get_item(1)
        .timeout(Duration::from_millis(100))
        .await
        .expect_err("times out");
    assert!(matches!(error, CallError::Timeout(_)), "{error:?}");
}

/// Pages of items 1–2, 3–4 and 5, then an empty one, asked for `empty_asked` times.
async fn offset_pages(empty_asked: u64) -> MockServer {
    let server = MockServer::start().await;
    let pages = [
        (None, json!([item(1), item(2)])),
        (Some("2"), json!([item(3), item(4)])),
        (Some("4"), json!([item(5)])),
    ];
    for (offset, items) in pages {
        let mock = match offset {
            None => Mock::given(path("/items")).and(query_param_is_missing("offset")),
            Some(offset) => Mock::given(path("/items")).and(query_param("offset", offset)),
        };
        mock.respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": items})))
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(path("/items"))
        .and(query_param("offset", "5"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": []})))
        .expect(empty_asked)
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn an_offset_pager_stops_at_a_page_shorter_than_its_limit() {
    let server = offset_pages(0).await;
    let client = client(&server).await;
    let items: Vec<_> = client
        .items()
        .list_items()
        .limit(2)
        .items()
        .try_collect()
        .await
        .expect("all pages");
    let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn an_offset_pager_without_a_limit_stops_at_an_empty_page() {
    let server = offset_pages(1).await;
    let client = client(&server).await;
    let items: Vec<_> = client
        .items()
        .list_items()
        .items()
        .try_collect()
        .await
        .expect("all pages");
    let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn a_cursor_pager_walks_three_pages_and_stops() {
    use sensorbucket_client::Client;
    let key = |id: i64| json!({"id": id, "name": "k", "tenant_id": 1, "tenant_name": "t", "created": "2024-01-01T00:00:00Z"});
    let page = |ids: &[i64], next: Option<&str>| json!({"links": {"next": next}, "page_size": 2, "total_count": 5, "data": ids.iter().map(|id| key(*id)).collect::<Vec<_>>()});
    // Walked twice: once for the pages, once for the items.
    let server = MockServer::start().await;
    Mock::given(path("/api-keys"))
        .and(query_param_is_missing("cursor"))
        .and(query_param("limit", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(page(&[1, 2], Some("/api-keys?cursor=c2&limit=2"))),
        )
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(path("/api-keys"))
        .and(query_param("cursor", "c2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&[3, 4], Some("c3"))))
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(path("/api-keys"))
        .and(query_param("cursor", "c3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&[5], None)))
        .expect(2)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .api_key("t")
        .build()
        .expect("client");
    let pages: Vec<_> = client
        .api_keys()
        .list_api_keys()
        .limit(2)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 3);
    let ids: Vec<i64> = client
        .api_keys()
        .list_api_keys()
        .limit(2)
        .items()
        .map_ok(|key| key.id)
        .try_collect()
        .await
        .expect("items");
    assert_eq!(ids, [1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn a_link_header_pager_follows_rel_next_and_stops_without_one() {
    let item = |id: i64| json!({"id": id, "name": "i"});
    let server = MockServer::start().await;
    let next = |page: u32| {
        format!(
            "<{}/items/recent?per_page=2&page={page}>; rel=\"next\", <{}/items/recent?page=9>; rel=\"last\"",
            server.uri(),
            server.uri()
        )
    };
    Mock::given(path("/items/recent"))
        .and(query_param_is_missing("page"))
        .and(query_param("per_page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("link", next(2).as_str())
                .set_body_json(json!([item(1), item(2)])),
        )
        .mount(&server)
        .await;
    Mock::given(path("/items/recent"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("link", next(3).as_str())
                .set_body_json(json!([item(3), item(4)])),
        )
        .mount(&server)
        .await;
    Mock::given(path("/items/recent"))
        .and(query_param("page", "3"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("link", "<https://elsewhere.invalid/first>; rel=\"first\"")
                .set_body_json(json!([item(5)])),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .build()
        .expect("client");
    let ids: Vec<i64> = client
        .items()
        .list_recent_items()
        .per_page(2)
        .items()
        .map_ok(|item| item.id)
        .try_collect()
        .await
        .expect("items");
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let pages = server.received_requests().await.map_or(0, |r| r.len());
    assert_eq!(pages, 3, "one request per page, none after the last");
}

#[tokio::test]
async fn a_pager_stops_at_the_first_error() {
    let server = MockServer::start().await;
    Mock::given(path("/items"))
        .respond_with(ResponseTemplate::new(400))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .build()
        .expect("client");
    let mut items = std::pin::pin!(client.items().list_items().items());
    assert!(matches!(
        items.try_next().await,
        Err(CallError::UnexpectedStatus(_))
    ));
}

struct Signer {
    attempts: Arc<AtomicU32>,
    statuses: Arc<Mutex<Vec<Option<u16>>>>,
}

impl Hook for Signer {
    fn before_request(&self, request: &mut sdkgen_conformance_client::reqwest::Request) {
        let signature = format!("signed:{}", request.url().path());
        if let Ok(value) = signature.parse() {
            request.headers_mut().insert("x-signature", value);
        }
    }

    fn after_response(&self, attempt: &Attempt<'_>) {
        self.attempts.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut statuses) = self.statuses.lock() {
            statuses.push(attempt.status.map(|s| s.as_u16()));
        }
    }
}

#[tokio::test]
async fn hooks_run_around_every_attempt() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path("/items/1"))
        .and(header("x-signature", "signed:/items/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(item(1)))
        .expect(1)
        .mount(&server)
        .await;
    let attempts = Arc::new(AtomicU32::new(0));
    let statuses = Arc::new(Mutex::new(Vec::new()));
    let client = Client::builder()
        .base_url(server.uri())
        .retries(fast_retries())
        .hook(Signer {
            attempts: attempts.clone(),
            statuses: statuses.clone(),
        })
        .build()
        .expect("client");
    client
        .items()
        .get_item(1)
        .await
        .expect("signed request succeeds");
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
    assert_eq!(*statuses.lock().expect("lock"), vec![Some(503), Some(200)]);
}

#[tokio::test]
async fn status_headers_and_request_id_are_exposed_on_success_and_error() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(item(1))
                .insert_header("x-request-id", "req-1"),
        )
        .mount(&server)
        .await;
    Mock::given(path("/items/2"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"title": "missing"}))
                .insert_header("x-request-id", "req-2"),
        )
        .mount(&server)
        .await;
    let client = client(&server).await;
    let found = client.items().get_item(1).await.expect("found");
    assert_eq!(found.status(), 200);
    assert_eq!(found.request_id(), Some("req-1"));
    assert_eq!(found.headers()["content-type"], "application/json");
    let missing = client.items().get_item(2).await.expect_err("404");
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(missing.request_id(), Some("req-2"));
    match missing {
        CallError::Api(sdkgen_conformance_client::items::GetItemError::NotFound(problem)) => {
            assert_eq!(
                problem.body().and_then(|p| p.title.as_deref()),
                Some("missing")
            );
        }
        other => panic!("expected NotFound, got {other:?}"),
    }
}

#[tokio::test]
async fn servers_and_their_variables_pick_the_base_url() {
    let hosted = Client::builder().build().expect("default server");
    assert_eq!(hosted.base_url(), "https://prod.conformance.example/v1");
    let staging = Client::builder()
        .server_variable("environment", "staging")
        .build()
        .expect("staging");
    assert_eq!(staging.base_url(), "https://staging.conformance.example/v1");
    let local = Client::builder()
        .server(Server::Local)
        .server_variable("port", "9999")
        .build()
        .expect("local");
    assert_eq!(local.base_url(), "http://localhost:9999");
    assert!(matches!(
        Client::builder()
            .server_variable("environment", "moon")
            .build(),
        Err(BuildError::InvalidServerVariable { .. })
    ));
    assert!(matches!(
        Client::builder().server_variable("region", "eu").build(),
        Err(BuildError::UnknownServerVariable(_))
    ));
    let any = Client::builder()
        .base_url("http://127.0.0.1:1/")
        .build()
        .expect("any base URL");
    assert_eq!(any.base_url(), "http://127.0.0.1:1");
}

#[tokio::test]
async fn connection_errors_are_retried_for_idempotent_calls() {
    let attempts = Arc::new(AtomicU32::new(0));
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .retries(fast_retries().max_attempts(3))
        .hook(Signer {
            attempts: attempts.clone(),
            statuses: Arc::new(Mutex::new(Vec::new())),
        })
        .build()
        .expect("client");
    let error = client
        .items()
        .get_item(1)
        .await
        .expect_err("nothing listens on port 9");
    assert!(matches!(error, CallError::Transport(_)), "{error:?}");
    assert_eq!(attempts.load(Ordering::SeqCst), 3);
}

/// Answers with the request's own `Authorization` header, so the test sees what was sent.
#[tokio::test]
async fn a_rotated_credential_is_used_from_the_next_request_on() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(|request: &Request| {
            let sent = request
                .headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            ResponseTemplate::new(200).set_body_json(json!({"id": 1, "name": sent}))
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    assert_eq!(
        client.items().get_item(1).await.expect("first").name,
        "Bearer t-secret"
    );
    client.set_token("rotated");
    assert_eq!(
        client.items().get_item(1).await.expect("second").name,
        "Bearer rotated"
    );
}

#[tokio::test]
async fn errors_do_not_show_a_credential_sent_in_the_query() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .query_key("q-secret")
        .retries(RetryConfig::disabled())
        .build()
        .expect("client");
    let error = client
        .items()
        .list_items()
        .await
        .expect_err("nothing listens on port 9");
    for shown in [error.to_string(), format!("{error:?}")] {
        assert!(!shown.contains("q-secret"), "{shown}");
        assert!(
            shown.contains("127.0.0.1"),
            "the error still names the server: {shown}"
        );
    }
}
