//! The client generated at build time works: it calls an in-process server with the API key in
//! the `Authorization` header and decodes the answer into the generated models.

use build_script_example::Client;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_generated_client_lists_api_keys() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/orgs/self/users/self/apikeys"))
        .and(header("authorization", "ApiKey secret"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "data": [{"name": "ci", "key": "k", "created_at": "2024-05-17T15:00:00Z"}]
        })))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .apikey("secret")
        .build()
        .expect("a client");
    let keys = client
        .api_keys()
        .list_api_keys("self")
        .await
        .expect("the keys");
    let names: Vec<Option<&str>> = keys
        .data
        .iter()
        .flatten()
        .map(|key| Some(key.name.as_str()))
        .collect();
    assert_eq!(names, [Some("ci")]);
}
