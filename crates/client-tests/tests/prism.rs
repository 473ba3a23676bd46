//! Every operation of the four seed clients against Prism, which validates each request
//! against the spec and answers with the spec's examples (static) or random valid data
//! (dynamic). A request that breaks the spec gets a 4xx or an `sl-violations` header, and
//! every response must decode into the generated types.

use client_tests::{assert_no_violations, Mode, Prism};

fn prism(api: &str, mode: Mode) -> Prism {
    match Prism::start(api, mode) {
        Ok(prism) => prism,
        Err(message) => panic!("{message}"),
    }
}

/// Unwraps a call, failing with the error and Prism's log.
macro_rules! ok {
    ($prism:expr, $what:literal, $call:expr) => {
        match $call.await {
            Ok(response) => {
                assert_no_violations(response.headers(), $what);
                response
            }
            Err(error) => panic!("{}: {error:?}\nPrism log:\n{}", $what, $prism.log_text()),
        }
    };
}

async fn feedback(mode: Mode) {
    use feedback_api_client::Client;
    let prism = prism("feedback", mode);
    let client = Client::builder()
        .base_url(prism.base_url())
        .rapid_api_key("rapid-key")
        .build()
        .expect("client builds");
    let credentials = client.credentials();
    let created = ok!(
        prism,
        "create_credentials",
        credentials.create_credentials()
    );
    assert_eq!(created.status(), 200);
    assert!(!created.private_key.is_empty());
    let rotated = ok!(
        prism,
        "rotate_credentials",
        credentials.rotate_credentials("X-API-KEY2")
    );
    assert!(!rotated.private_key.is_empty());
    let deleted = ok!(
        prism,
        "delete_credentials",
        credentials.delete_credentials("X-API-KEY2")
    );
    assert_eq!(deleted.status(), 204);
}

async fn latitudesh(mode: Mode) {
    use latitudesh_client::models::{
        CreateApiKey, CreateApiKeyAttributes, CreateApiKeyType, Data, UpdateApiKey,
        UpdateApiKeyAttributes, UpdateApiKeyData, UpdateApiKeyType,
    };
    use latitudesh_client::Client;
    let prism = prism("latitudesh", mode);
    let client = Client::builder()
        .base_url(prism.base_url())
        .bearer("raw-token")
        .build()
        .expect("client builds");
    let api_keys = client.api_keys();
    ok!(prism, "list", api_keys.list());
    let created = ok!(
        prism,
        "create",
        api_keys.create(
            CreateApiKey::new().with_data(
                Data::new(CreateApiKeyType::ApiKeys)
                    .with_attributes(CreateApiKeyAttributes::new().with_name("App Token")),
            )
        )
    );
    assert_eq!(created.status(), 201);
    ok!(
        prism,
        "regenerate",
        api_keys.regenerate(
            "tok_zlkg1DegdvZE5",
            UpdateApiKey::new().with_data(
                UpdateApiKeyData::new(UpdateApiKeyType::ApiKeys)
                    .with_id("tok_zlkg1DegdvZE5")
                    .with_attributes(UpdateApiKeyAttributes::new().with_name("App Token")),
            ),
        )
    );
    let deleted = ok!(prism, "delete", api_keys.delete("tok_x1ZJrdx5qg4LV"));
    assert_eq!(deleted.status(), 200);
}

async fn sensorbucket(mode: Mode) {
    use sensorbucket_client::models::CreateApiKeyRequest;
    use sensorbucket_client::Client;
    let prism = prism("sensorbucket", mode);
    let client = Client::builder()
        .base_url(prism.base_url())
        .api_key("bearer-token")
        .build()
        .expect("client builds");
    let api_keys = client.api_keys();
    ok!(
        prism,
        "list_api_keys",
        api_keys.list_api_keys().tenant_id(19).limit(10)
    );
    let created = ok!(
        prism,
        "create_api_key",
        api_keys.create_api_key().body(
            CreateApiKeyRequest::new("Device Beheerder", 19)
                .with_permissions(vec!["READ_DEVICES".to_string()])
                .with_expiration_date(
                    "2030-05-17T15:00:00Z"
                        .parse::<sensorbucket_client::chrono::DateTime<sensorbucket_client::chrono::Utc>>()
                        .expect("an RFC 3339 date"),
                )
        )
    );
    assert_eq!(created.status(), 201);
    ok!(prism, "get_api_key", api_keys.get_api_key(56));
    ok!(prism, "revoke_api_key", api_keys.revoke_api_key(56));
}

async fn rockset(mode: Mode) {
    use rockset_client::models::{
        CreateApiKeyRequest, UpdateApiKeyRequest, UpdateApiKeyRequestState,
    };
    use rockset_client::Client;
    let prism = prism("rockset", mode);
    let client = Client::builder()
        .base_url(prism.base_url())
        .apikey("abc123")
        .build()
        .expect("client builds");
    let api_keys = client.api_keys();
    ok!(
        prism,
        "create_api_key",
        api_keys.create_api_key(CreateApiKeyRequest::new("my-app").with_role("read-only"))
    );
    ok!(
        prism,
        "list_api_keys",
        api_keys.list_api_keys("admin@me.com")
    );
    ok!(
        prism,
        "get_api_key",
        api_keys.get_api_key("self", "my-key").reveal(true)
    );
    ok!(
        prism,
        "update_api_key",
        api_keys.update_api_key(
            "self",
            "my-key",
            UpdateApiKeyRequest::new().with_state(UpdateApiKeyRequestState::Suspended),
        )
    );
    ok!(
        prism,
        "delete_api_key",
        api_keys.delete_api_key("self", "my-key")
    );
}

async fn conformance(mode: Mode) {
    use sdkgen_conformance_client::models::NewItem;
    use sdkgen_conformance_client::Client;
    let prism = prism("conformance", mode);
    let client = Client::builder()
        .base_url(prism.base_url())
        .query_key("q")
        .basic("alice", "secret")
        .token("t")
        .oauth("o")
        .build()
        .expect("client builds");
    let items = client.items();
    ok!(prism, "list_items", items.list_items().limit(10));
    ok!(
        prism,
        "list_recent_items",
        items.list_recent_items().per_page(10)
    );
    let created = ok!(
        prism,
        "create_item",
        items.create_item(NewItem::new("widget"))
    );
    assert_eq!(created.status(), 201);
    ok!(prism, "get_item", items.get_item(7));
    let auth = client.auth();
    ok!(prism, "ping", auth.ping());
    ok!(prism, "whoami_basic", auth.whoami_basic());
    ok!(prism, "whoami_oauth", auth.whoami_oauth());
    // One client per way `getFile` accepts a credential, but for the `Token` scheme word:
    // Prism knows only the registered HTTP schemes and answers 401 (`safety.rs` tests it).
    let file_clients = [
        Client::builder().header_key("h"),
        Client::builder().cookie_key("c"),
    ];
    for builder in file_clients {
        let client = builder
            .base_url(prism.base_url())
            .build()
            .expect("client builds");
        let file = ok!(
            prism,
            "get_file",
            client
                .files()
                .get_file("report.txt")
                .x_trace_id("trace-1")
                .x_auth_token("a")
                .access_token("b")
                .pin("1234")
                .theme("dark")
        );
        assert!(!file.name.is_empty());
    }
}

#[tokio::test]
async fn conformance_with_examples() {
    conformance(Mode::Static).await;
}

#[tokio::test]
async fn conformance_with_random_data() {
    conformance(Mode::Dynamic).await;
}

#[tokio::test]
async fn feedback_with_examples() {
    feedback(Mode::Static).await;
}

#[tokio::test]
async fn feedback_with_random_data() {
    feedback(Mode::Dynamic).await;
}

#[tokio::test]
async fn latitudesh_with_examples() {
    latitudesh(Mode::Static).await;
}

#[tokio::test]
async fn latitudesh_with_random_data() {
    latitudesh(Mode::Dynamic).await;
}

#[tokio::test]
async fn sensorbucket_with_examples() {
    sensorbucket(Mode::Static).await;
}

#[tokio::test]
async fn sensorbucket_with_random_data() {
    sensorbucket(Mode::Dynamic).await;
}

#[tokio::test]
async fn rockset_with_examples() {
    rockset(Mode::Static).await;
}

#[tokio::test]
async fn rockset_with_random_data() {
    rockset(Mode::Dynamic).await;
}
