//! The surface users touch: requests that can be spawned, one crate error to `?` into, error
//! messages with the server's words, documented statuses that keep their variant whatever the
//! body, `304` as its own outcome, setters of nullable parameters, and the call deadline.

use std::error::Error as _;
use std::time::Duration;

use futures_util::TryStreamExt;
use sdkgen_conformance_client::items::{GetItemError, ListItemsError};
use sdkgen_conformance_client::models::{Item, NewItem};
use sdkgen_conformance_client::{CallError, Client, Error, Response, RetryConfig};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .query_key("q-secret")
        .retries(RetryConfig::disabled())
        .build()
        .expect("client")
}

async fn answer(server: &MockServer, route: &str, template: ResponseTemplate) {
    Mock::given(path(route))
        .respond_with(template)
        .mount(server)
        .await;
}

#[tokio::test]
async fn requests_and_pagers_can_be_spawned() {
    let server = MockServer::start().await;
    answer(
        &server,
        "/items/7",
        ResponseTemplate::new(200).set_body_json(json!({"id": 7, "name": "seven"})),
    )
    .await;
    answer(
        &server,
        "/items",
        ResponseTemplate::new(200).set_body_json(json!({"items": []})),
    )
    .await;
    let client = client(&server).await;
    // The request owns a clone of the client: the client can go before the task runs.
    let request = client.items().get_item(7);
    let items = client.items().list_items().items();
    drop(client);
    let item = tokio::spawn(request.send()).await.expect("task");
    assert_eq!(item.expect("item").name, "seven");
    let listed = tokio::spawn(async move { items.try_collect::<Vec<_>>().await })
        .await
        .expect("task");
    assert_eq!(listed.expect("items").len(), 0);
}

/// Two operations with different error enums, one `?` target.
async fn create_then_get(client: &Client) -> Result<Response<Item>, Error> {
    let created = client.items().create_item(NewItem::new("n")).await?;
    Ok(client.items().get_item(created.id).await?)
}

#[tokio::test]
async fn every_call_error_converts_into_the_crate_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/items"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": 3, "name": "n"})))
        .mount(&server)
        .await;
    answer(
        &server,
        "/items/3",
        ResponseTemplate::new(404)
            .set_body_json(json!({"title": "missing", "detail": "item 3 is gone"})),
    )
    .await;
    let client = client(&server).await;
    let error = create_then_get(&client).await.expect_err("404");
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.status(), 404);
    assert!(matches!(
        api.downcast_ref::<GetItemError>(),
        Some(GetItemError::NotFound(_))
    ));
    assert!(api.downcast_ref::<ListItemsError>().is_none());
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn display_shows_the_status_and_the_servers_message() {
    let server = MockServer::start().await;
    answer(
        &server,
        "/items/1",
        ResponseTemplate::new(404)
            .set_body_json(json!({"title": "missing", "detail": "item 1 is gone"})),
    )
    .await;
    answer(
        &server,
        "/items/2",
        ResponseTemplate::new(418).set_body_json(json!({"error": {"message": "short and stout"}})),
    )
    .await;
    answer(
        &server,
        "/items/3",
        ResponseTemplate::new(500).set_body_string("x".repeat(5000)),
    )
    .await;
    let client = client(&server).await;
    let documented = client.items().get_item(1).await.expect_err("404");
    assert_eq!(
        documented.to_string(),
        "error status 404 Not Found: item 1 is gone"
    );
    let crate_error = Error::from(documented);
    assert_eq!(
        crate_error.to_string(),
        "error status 404 Not Found: item 1 is gone"
    );
    let unexpected = client.items().get_item(2).await.expect_err("418");
    assert_eq!(
        unexpected.to_string(),
        "unexpected status 418 I'm a teapot: short and stout"
    );
    // A body without a message field is quoted, but only its start.
    let long = client
        .items()
        .get_item(3)
        .await
        .expect_err("500")
        .to_string();
    assert!(
        long.starts_with("unexpected status 500 Internal Server Error: xxx"),
        "{long}"
    );
    assert!(long.len() < 300, "{} characters", long.len());
}

#[tokio::test]
async fn display_finds_the_message_in_a_list_of_errors() {
    let server = MockServer::start().await;
    // FastAPI's validation errors, and a JSON:API-style list.
    let fastapi = json!({"detail": [
        {"loc": ["body", "name"], "msg": "field required", "type": "value_error.missing"},
        {"loc": ["body", "size"], "msg": "not an integer", "type": "type_error.integer"}
    ]});
    answer(
        &server,
        "/items/1",
        ResponseTemplate::new(404).set_body_json(fastapi),
    )
    .await;
    let listed = json!({"errors": [{"title": "Gone", "detail": "item 2 was deleted"}]});
    answer(
        &server,
        "/items/2",
        ResponseTemplate::new(404).set_body_json(listed),
    )
    .await;
    let client = client(&server).await;
    let fastapi = client.items().get_item(1).await.expect_err("404");
    assert_eq!(
        fastapi.to_string(),
        "error status 404 Not Found: field required (and 1 more)"
    );
    let listed = client.items().get_item(2).await.expect_err("404");
    assert_eq!(
        listed.to_string(),
        "error status 404 Not Found: item 2 was deleted"
    );
}

#[tokio::test]
async fn a_documented_status_with_an_undocumented_body_keeps_its_variant() {
    let server = MockServer::start().await;
    answer(
        &server,
        "/items/1",
        ResponseTemplate::new(404)
            .insert_header("content-type", "text/html")
            .set_body_string("<html><body>Not here</body></html>"),
    )
    .await;
    let client = client(&server).await;
    match client.items().get_item(1).await {
        Err(CallError::Api(GetItemError::NotFound(response))) => {
            assert_eq!(response.status(), 404);
            assert!(response.body().is_none());
            assert!(response.decode_error().is_some());
            assert_eq!(response.raw().text(), "<html><body>Not here</body></html>");
            assert_eq!(response.description(), "No such item.");
        }
        other => panic!("expected the documented NotFound variant, got {other:?}"),
    }
}

#[tokio::test]
async fn not_modified_is_its_own_outcome_and_redirects_do_not_change_the_success_type() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .and(wiremock::matchers::header("if-none-match", "\"v1\""))
        .respond_with(ResponseTemplate::new(304).insert_header("etag", "\"v1\""))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let result = client
        .items()
        .get_item(1)
        .header("If-None-Match", "\"v1\"")
        .await;
    // The success type is the item itself, though the spec documents a 301 and a 304 too.
    let error = match result {
        Ok(response) => {
            let item: &Item = response.body();
            panic!("expected 304, got {item:?}")
        }
        Err(error) => error,
    };
    assert!(error.is_not_modified(), "{error:?}");
    match &error {
        CallError::NotModified(response) => {
            assert_eq!(response.headers()["etag"], "\"v1\"");
        }
        other => panic!("expected NotModified, got {other:?}"),
    }
    assert!(Error::from(error).is_not_modified());
}

#[tokio::test]
async fn an_extra_header_that_could_smuggle_a_line_is_refused() {
    let server = MockServer::start().await;
    let client = client(&server).await;
    let result = client
        .items()
        .get_item(1)
        .header("If-None-Match", "x\r\nX-Evil: 1")
        .await;
    assert!(
        matches!(result, Err(CallError::InvalidRequest(_))),
        "{result:?}"
    );
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

#[tokio::test]
async fn a_nullable_optional_parameter_takes_the_value_itself() {
    let server = MockServer::start().await;
    Mock::given(path("/items"))
        .and(query_param("tag", "blue"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"items": [{"id": 1, "name": "one"}]})),
        )
        .mount(&server)
        .await;
    let client = client(&server).await;
    let page = client.items().list_items().tag("blue").await.expect("page");
    assert_eq!(page.items.len(), 1);
}

#[tokio::test]
async fn the_deadline_spans_retries_and_their_waits() {
    let server = MockServer::start().await;
    answer(
        &server,
        "/items/1",
        ResponseTemplate::new(503).set_delay(Duration::from_millis(150)),
    )
    .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(
            RetryConfig::default()
                .max_attempts(20)
                .initial_backoff(Duration::from_millis(100))
                .jitter(0.0)
                .exponent(1.0),
        )
        .build()
        .expect("client");
    let error = client
        .items()
        .get_item(1)
        .deadline(Duration::from_millis(600))
        .await
        .expect_err("deadline");
    assert!(error.is_timeout(), "{error:?}");
    assert!(error.to_string().contains("deadline"), "{error}");
    // Each attempt takes 250 ms with its wait: the deadline stops the call after a few.
    let attempts = server.received_requests().await.unwrap_or_default().len();
    assert!((2..=4).contains(&attempts), "{attempts} attempts");
}

#[tokio::test]
async fn errors_chain_their_sources() {
    let server = MockServer::start().await;
    answer(
        &server,
        "/items/1",
        ResponseTemplate::new(200).set_delay(Duration::from_millis(500)),
    )
    .await;
    let client = client(&server).await;
    let error = client
        .items()
        .get_item(1)
        .timeout(Duration::from_millis(50))
        .await
        .expect_err("timeout");
    assert!(error.is_timeout());
    let transport = error.source().expect("the transport error");
    assert!(
        transport.source().is_some(),
        "the HTTP library's error under it"
    );
    let crate_error = Error::from(error);
    assert!(crate_error.source().is_some());
}
