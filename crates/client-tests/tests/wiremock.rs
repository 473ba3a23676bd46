//! The generated clients against in-process servers: every documented error status decodes
//! into its typed variant, undocumented ones stay raw, and each auth scheme puts the credential
//! where the spec says. Retries are off here so that each error arrives at once; `runtime.rs`
//! tests them.

use serde_json::json;
use wiremock::matchers::{header, header_exists, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answer(server: &MockServer, status: u16, body: Option<serde_json::Value>) {
    server.reset().await;
    let template = match body {
        Some(body) => ResponseTemplate::new(status).set_body_json(body),
        None => ResponseTemplate::new(status),
    };
    Mock::given(wiremock::matchers::any())
        .respond_with(template)
        .mount(server)
        .await;
}

#[tokio::test]
async fn feedback_errors_decode_into_their_variants() {
    use feedback_api_client::credentials::{
        CreateCredentialsError, DeleteCredentialsError, RotateCredentialsError,
    };
    use feedback_api_client::models::{
        InternalServerErrorExceptionMessage, TooManyRequestsExceptionMessage,
        UnauthorizedExceptionMessage,
    };
    use feedback_api_client::{CallError, Client, RetryConfig};
    let server = MockServer::start().await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .rapid_api_key("k")
        .build()
        .expect("client");
    let credentials = client.credentials();

    answer(&server, 401, Some(json!({"message": "Unauthorized"}))).await;
    match credentials.create_credentials().await {
        Err(CallError::Api(CreateCredentialsError::Unauthorized(r))) => {
            assert_eq!(r.status(), 401);
            assert_eq!(
                r.body().expect("the documented body").message,
                UnauthorizedExceptionMessage::Unauthorized
            );
        }
        other => panic!("expected Unauthorized, got {other:?}"),
    }
    answer(&server, 429, Some(json!({"message": "Too Many Requests"}))).await;
    match credentials.rotate_credentials("key").await {
        Err(CallError::Api(RotateCredentialsError::TooManyRequests(r))) => {
            assert_eq!(
                r.body().expect("the documented body").message,
                TooManyRequestsExceptionMessage::TooManyRequests
            );
        }
        other => panic!("expected TooManyRequests, got {other:?}"),
    }
    answer(
        &server,
        500,
        Some(json!({"message": "Internal Server Error"})),
    )
    .await;
    match credentials.delete_credentials("key").await {
        Err(CallError::Api(DeleteCredentialsError::InternalServerError(r))) => {
            assert_eq!(
                r.body().expect("the documented body").message,
                InternalServerErrorExceptionMessage::InternalServerError
            );
        }
        other => panic!("expected InternalServerError, got {other:?}"),
    }
    answer(&server, 401, Some(json!({"message": "Unauthorized"}))).await;
    assert!(matches!(
        credentials.delete_credentials("key").await,
        Err(CallError::Api(DeleteCredentialsError::Unauthorized(_)))
    ));
    answer(&server, 429, Some(json!({"message": "Too Many Requests"}))).await;
    assert!(matches!(
        credentials.create_credentials().await,
        Err(CallError::Api(CreateCredentialsError::TooManyRequests(_)))
    ));
    answer(
        &server,
        500,
        Some(json!({"message": "Internal Server Error"})),
    )
    .await;
    assert!(matches!(
        credentials.rotate_credentials("key").await,
        Err(CallError::Api(RotateCredentialsError::InternalServerError(
            _
        )))
    ));
    // A status the spec does not document stays raw, body included.
    answer(&server, 404, Some(json!({"oops": true}))).await;
    match credentials.create_credentials().await {
        Err(CallError::UnexpectedStatus(raw)) => {
            assert_eq!(raw.status(), 404);
            assert_eq!(raw.text(), r#"{"oops":true}"#);
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
    // A success body that does not match the spec is a decode error that keeps the response.
    answer(&server, 200, Some(json!({"wrong": 1}))).await;
    match credentials.create_credentials().await {
        Err(CallError::Decode(e)) => {
            assert_eq!(e.response().status(), 200);
            assert!(e.to_string().contains("privateKey"), "{e}");
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn latitudesh_error_ranges_decode_into_their_variants() {
    use latitudesh_client::api_keys::{CreateError, DeleteError, ListError, RegenerateError};
    use latitudesh_client::models::{CreateApiKey, UpdateApiKey};
    use latitudesh_client::{CallError, Client, RetryConfig};
    let server = MockServer::start().await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .bearer("t")
        .build()
        .expect("client");
    let api_keys = client.api_keys();
    for status in [400, 404, 422, 499] {
        answer(&server, status, None).await;
        assert!(
            matches!(api_keys.list().await, Err(CallError::Api(ListError::ClientError(r))) if r.status() == status)
        );
        assert!(matches!(
            api_keys.create(CreateApiKey::default()).await,
            Err(CallError::Api(CreateError::ClientError(_)))
        ));
        assert!(matches!(
            api_keys.regenerate("tok_1", UpdateApiKey::default()).await,
            Err(CallError::Api(RegenerateError::ClientError(_)))
        ));
        assert!(matches!(
            api_keys.delete("tok_1").await,
            Err(CallError::Api(DeleteError::ClientError(_)))
        ));
    }
    for status in [500, 503, 599] {
        answer(&server, status, None).await;
        let error = api_keys.list().await.expect_err("error status");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert!(matches!(error, CallError::Api(ListError::ServerError(_))));
        assert!(matches!(
            api_keys.delete("tok_1").await,
            Err(CallError::Api(DeleteError::ServerError(_)))
        ));
    }
}

#[tokio::test]
async fn sensorbucket_errors_decode_into_their_variants() {
    use sensorbucket_client::api_keys::{
        CreateApiKeyError, GetApiKeyError, ListApiKeysError, RevokeApiKeyError,
    };
    use sensorbucket_client::{CallError, Client, RetryConfig};
    let server = MockServer::start().await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .api_key("t")
        .build()
        .expect("client");
    let api_keys = client.api_keys();
    let api_error = json!({"message": "bad tenant", "code": "INVALID", "http_status": 400});

    answer(&server, 400, Some(api_error.clone())).await;
    match api_keys.get_api_key(1).await {
        Err(CallError::Api(GetApiKeyError::BadRequest(r))) => {
            assert_eq!(
                r.body().expect("the documented body").message.as_deref(),
                Some("bad tenant")
            );
            assert_eq!(
                r.body().expect("the documented body").http_status,
                Some(400)
            );
        }
        other => panic!("expected BadRequest, got {other:?}"),
    }
    assert!(matches!(
        api_keys.list_api_keys().await,
        Err(CallError::Api(ListApiKeysError::BadRequest(_)))
    ));
    assert!(matches!(
        api_keys.create_api_key().await,
        Err(CallError::Api(CreateApiKeyError::BadRequest(_)))
    ));
    assert!(matches!(
        api_keys.revoke_api_key(1).await,
        Err(CallError::Api(RevokeApiKeyError::BadRequest(_)))
    ));

    answer(&server, 401, None).await;
    assert!(matches!(
        api_keys.get_api_key(1).await,
        Err(CallError::Api(GetApiKeyError::Unauthorized(_)))
    ));
    assert!(matches!(
        api_keys.list_api_keys().await,
        Err(CallError::Api(ListApiKeysError::Unauthorized(_)))
    ));
    answer(&server, 403, None).await;
    assert!(matches!(
        api_keys.create_api_key().await,
        Err(CallError::Api(CreateApiKeyError::Forbidden(_)))
    ));
    assert!(matches!(
        api_keys.revoke_api_key(1).await,
        Err(CallError::Api(RevokeApiKeyError::Forbidden(_)))
    ));
    answer(&server, 500, Some(json!({"message": "down"}))).await;
    match api_keys.revoke_api_key(1).await {
        Err(CallError::Api(RevokeApiKeyError::InternalServerError(r))) => {
            assert_eq!(
                r.body().expect("the documented body").message.as_deref(),
                Some("down")
            );
        }
        other => panic!("expected InternalServerError, got {other:?}"),
    }
    answer(&server, 404, None).await;
    assert!(
        matches!(api_keys.get_api_key(1).await, Err(CallError::UnexpectedStatus(r)) if r.status() == 404)
    );
}

#[tokio::test]
async fn rockset_errors_decode_into_their_variants() {
    use rockset_client::models::{CreateApiKeyRequest, ErrorModelType, UpdateApiKeyRequest};
    use rockset_client::{CallError, Client, RetryConfig};
    let server = MockServer::start().await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .apikey("k")
        .build()
        .expect("client");
    let api_keys = client.api_keys();
    let statuses = [
        (400, "BadRequest"),
        (401, "Unauthorized"),
        (403, "Forbidden"),
        (404, "NotFound"),
        (405, "MethodNotAllowed"),
        (406, "NotAcceptable"),
        (408, "RequestTimeout"),
        (409, "Conflict"),
        (415, "UnsupportedMediaType"),
        (429, "TooManyRequests"),
        (500, "InternalServerError"),
        (501, "NotImplemented"),
        (502, "BadGateway"),
        (503, "ServiceUnavailable"),
    ];
    for (status, variant) in statuses {
        answer(
            &server,
            status,
            Some(json!({"message": "boom", "type": "NOTFOUND", "line": 3})),
        )
        .await;
        let request = CreateApiKeyRequest::new("n");
        let results = [
            format!("{:?}", api_keys.create_api_key(request).await),
            format!("{:?}", api_keys.list_api_keys("self").await),
            format!("{:?}", api_keys.get_api_key("self", "n").await),
            format!(
                "{:?}",
                api_keys
                    .update_api_key("self", "n", UpdateApiKeyRequest::default())
                    .await
            ),
            format!("{:?}", api_keys.delete_api_key("self", "n").await),
        ];
        for result in results {
            assert!(
                result.starts_with(&format!(
                    "Err(Api({variant}(ErrorResponse {{ status: {status}"
                )),
                "{result}"
            );
            assert!(result.contains(r#"message: Some("boom")"#), "{result}");
        }
    }
    answer(
        &server,
        404,
        Some(json!({"message": "gone", "type": "NOTFOUND"})),
    )
    .await;
    match api_keys.delete_api_key("self", "n").await {
        Err(CallError::Api(rockset_client::api_keys::DeleteApiKeyError::NotFound(r))) => {
            assert_eq!(
                r.body().expect("the documented body").type_,
                Some(ErrorModelType::Notfound)
            );
        }
        other => panic!("expected NotFound, got {other:?}"),
    }
}

#[tokio::test]
async fn feedback_sends_the_rapidapi_key_and_the_tenant_key() {
    use feedback_api_client::{Client, RetryConfig};
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/credentials"))
        .and(header("x-rapidapi-key", "rapid-1"))
        .and(header("x-api-key", "tenant-key"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"privateKey": "new"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/credentials"))
        .and(header("x-rapidapi-key", "rapid-2"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .rapid_api_key("rapid-1")
        .build()
        .expect("client");
    let rotated = client
        .credentials()
        .rotate_credentials("tenant-key")
        .await
        .expect("rotate");
    assert_eq!(rotated.private_key, "new");
    // Rotating the key at runtime reaches clones too.
    let clone = client.clone();
    client.set_rapid_api_key("rapid-2");
    clone
        .credentials()
        .delete_credentials("tenant-key")
        .await
        .expect("delete");
    let debug = format!("{client:?}");
    assert!(
        !debug.contains("rapid-2") && !debug.contains("rapid-1"),
        "{debug}"
    );
}

#[tokio::test]
async fn latitudesh_sends_the_raw_key_in_authorization() {
    use latitudesh_client::{Client, RetryConfig};
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/auth/api_keys/tok_1"))
        .and(header("authorization", "secret-token"))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .bearer("secret-token")
        .build()
        .expect("client");
    client.api_keys().delete("tok_1").await.expect("delete");
    assert!(!format!("{client:?}").contains("secret-token"));
}

#[tokio::test]
async fn sensorbucket_sends_a_bearer_token_or_the_session_cookie() {
    use sensorbucket_client::{Client, RetryConfig};
    let page = json!({"links": {}, "page_size": 1, "total_count": 0, "data": []});
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api-keys"))
        .and(header("authorization", "Bearer tok"))
        .and(query_param("tenant_id", "19"))
        .and(query_param("limit", "10"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page.clone()))
        .expect(1)
        .mount(&server)
        .await;
    let bearer = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .api_key("tok")
        .build()
        .expect("client");
    bearer
        .api_keys()
        .list_api_keys()
        .tenant_id(19)
        .limit(10)
        .await
        .expect("list with bearer");
    server.verify().await;

    server.reset().await;
    Mock::given(method("GET"))
        .and(path("/api-keys"))
        .and(header("cookie", "SID=session-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .expect(1)
        .mount(&server)
        .await;
    let session = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .cookie_session("session-1")
        .build()
        .expect("client");
    let listed = session
        .api_keys()
        .list_api_keys()
        .await
        .expect("list with cookie");
    assert_eq!(listed.page_size, 1);
    assert!(!format!("{session:?}").contains("session-1"));
}

#[tokio::test]
async fn rockset_sends_authorization_apikey() {
    use rockset_client::{Client, RetryConfig};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/orgs/self/users/admin%40me.com/apikeys"))
        .and(header("authorization", "ApiKey abc123"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .apikey("abc123")
        .build()
        .expect("client");
    let listed = client
        .api_keys()
        .list_api_keys("admin@me.com")
        .await
        .expect("list");
    assert_eq!(listed.data.as_deref().map(<[_]>::len), Some(0));
}

#[tokio::test]
async fn without_credentials_no_auth_is_sent() {
    use rockset_client::{Client, RetryConfig};
    let server = MockServer::start().await;
    Mock::given(header_exists("authorization"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .build()
        .expect("client");
    client
        .api_keys()
        .list_api_keys("self")
        .await
        .expect("no credentials, no header");
}

#[tokio::test]
async fn an_empty_body_reads_as_the_empty_value_of_a_model_whose_fields_are_optional() {
    use rockset_client::{CallError, Client, RetryConfig};
    let server = MockServer::start().await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .apikey("k")
        .build()
        .expect("client");
    // Servers answer 204 (or 200) with nothing where the spec documents a body.
    answer(&server, 200, None).await;
    let deleted = client
        .api_keys()
        .delete_api_key("self", "n")
        .await
        .expect("an empty body is a response without data");
    assert_eq!(deleted.data, None);
    // A body with content still has to decode.
    server.reset().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_string("{\"data\": 7}"))
        .mount(&server)
        .await;
    match client.api_keys().delete_api_key("self", "n").await {
        Err(CallError::Decode(error)) => assert!(error.to_string().contains("invalid type")),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_empty_body_reads_as_an_empty_list_where_a_list_is_documented() {
    use sdkgen_conformance_client::{Client, RetryConfig};
    let server = MockServer::start().await;
    let client = Client::builder()
        .base_url(server.uri())
        .retries(RetryConfig::disabled())
        .build()
        .expect("client");
    // A 200 with nothing where the spec documents a list.
    answer(&server, 200, None).await;
    let items = client
        .items()
        .list_recent_items()
        .await
        .expect("an empty body is an empty list");
    assert!(items.into_body().is_empty());
    // Anything else that is not a list still fails to decode.
    answer(&server, 200, Some(serde_json::json!("text"))).await;
    let decoded = client.items().list_recent_items().await;
    assert!(decoded.is_err(), "a string is not a list: {decoded:?}");
}
