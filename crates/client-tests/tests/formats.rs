//! String formats and nullability as Rust types, against an in-process server: what the client
//! sends is the formats' wire text, what it receives decodes into `chrono`, `uuid`, `url` and
//! `Base64` values, and absent, `null` and a value stay apart.

use sdkgen_conformance_client::chrono::{DateTime, NaiveDate, TimeZone, Utc};
use sdkgen_conformance_client::models::{Nullable, Reading};
use sdkgen_conformance_client::url::Url;
use sdkgen_conformance_client::uuid::Uuid;
use sdkgen_conformance_client::{Base64, CallError, Client};
use serde_json::json;
use wiremock::matchers::{body_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ID: &str = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const OTHER: &str = "00000000-0000-0000-0000-000000000001";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .token("t")
        .build()
        .expect("client")
}

fn uuid(text: &str) -> Uuid {
    text.parse().expect("a UUID")
}

fn reading() -> Reading {
    let taken_at = Utc
        .with_ymd_and_hms(2024, 5, 17, 15, 0, 0)
        .single()
        .expect("a time");
    Reading::new(
        uuid(ID),
        taken_at,
        NaiveDate::from_ymd_opt(2024, 5, 17).expect("a date"),
        Base64::from(b"hello".to_vec()),
        "https://sensors.example/7".parse::<Url>().expect("a URL"),
        None,
    )
    .with_device_secret("s3cret")
    .with_related(vec![uuid(OTHER)])
}

/// A reading as the server answers it, with `changes` laid over it.
fn answered(changes: serde_json::Value) -> serde_json::Value {
    let mut body = json!({
        "id": ID,
        "taken_at": "2024-05-17T15:00:00Z",
        "day": "2024-05-17",
        "payload": "aGVsbG8=",
        "source": "https://sensors.example/7",
        "note": null,
    });
    if let (Some(body), Some(changes)) = (body.as_object_mut(), changes.as_object()) {
        body.extend(changes.clone());
    }
    body
}

#[tokio::test]
async fn formats_are_sent_as_their_wire_text() {
    let server = MockServer::start().await;
    let wire = answered(json!({"device_secret": "s3cret", "related": [OTHER]}));
    Mock::given(method("PUT"))
        .and(path(format!("/readings/{ID}")))
        .and(body_json(&wire))
        .respond_with(ResponseTemplate::new(200).set_body_json(&wire))
        .expect(1)
        .mount(&server)
        .await;
    let stored = client(&server)
        .readings()
        .put_reading(uuid(ID), reading())
        .await
        .expect("the server answers with what it was sent");
    assert_eq!(stored.into_body(), reading());
}

#[tokio::test]
async fn formats_decode_into_rust_types() {
    let server = MockServer::start().await;
    // Another offset, URL-safe base64 without padding, a null: all still decode.
    let wire = answered(json!({
        "taken_at": "2024-05-17T17:00:00+02:00",
        "payload": "_-8",
        "checked_at": null,
    }));
    Mock::given(method("GET"))
        .and(path(format!("/readings/{ID}")))
        .and(query_param("since", "2024-05-01T00:00:00Z"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&wire))
        .expect(1)
        .mount(&server)
        .await;
    let since: DateTime<Utc> = "2024-05-01T00:00:00Z".parse().expect("a time");
    let got = client(&server)
        .readings()
        .get_reading(uuid(ID))
        .since(since)
        .await
        .expect("the reading decodes")
        .into_body();
    assert_eq!(got.taken_at, reading().taken_at);
    assert_eq!(got.payload.as_ref(), &[0xff, 0xef]);
    assert_eq!(got.source.host_str(), Some("sensors.example"));
    assert_eq!(got.checked_at, Nullable::Null);
    assert_eq!(got.note, None);
}

#[tokio::test]
async fn text_that_is_not_its_format_is_a_decode_error() {
    let server = MockServer::start().await;
    let wire = answered(json!({"id": "not-a-uuid"}));
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&wire))
        .mount(&server)
        .await;
    let error = client(&server)
        .readings()
        .get_reading(uuid(ID))
        .await
        .expect_err("a bad UUID does not decode");
    assert!(matches!(error, CallError::Decode(_)), "{error:?}");
    assert!(error.to_string().contains("UUID"), "{error}");
}

/// Sends `reading` and returns the JSON body the server received.
async fn sent_body(reading: Reading) -> serde_json::Value {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .respond_with(|request: &wiremock::Request| {
            ResponseTemplate::new(200).set_body_raw(request.body.clone(), "application/json")
        })
        .mount(&server)
        .await;
    client(&server)
        .readings()
        .put_reading(uuid(ID), reading)
        .await
        .expect("the echo decodes");
    let requests = server.received_requests().await.unwrap_or_default();
    let request = requests.first().expect("one request");
    serde_json::from_slice(&request.body).expect("a JSON body")
}

#[tokio::test]
async fn absent_null_and_a_value_are_sent_apart() {
    let absent = sent_body(reading()).await;
    assert!(absent.get("checked_at").is_none(), "{absent}");
    // A required nullable property is sent as `null`.
    assert_eq!(absent["note"], json!(null));

    let cleared = sent_body(reading().with_checked_at(Nullable::Null)).await;
    assert_eq!(cleared["checked_at"], json!(null));

    let mut calibrated = reading().with_checked_at(reading().taken_at);
    calibrated.note = Some("calibrated".to_string());
    let set = sent_body(calibrated).await;
    assert_eq!(set["checked_at"], json!("2024-05-17T15:00:00Z"));
    assert_eq!(set["note"], json!("calibrated"));
}

#[tokio::test]
async fn absent_null_and_a_value_are_received_apart() {
    for (wire, expected) in [
        (json!({}), Nullable::Absent),
        (json!({"checked_at": null}), Nullable::Null),
        (
            json!({"checked_at": "2024-05-17T15:00:00Z"}),
            Nullable::Value(reading().taken_at),
        ),
    ] {
        let mut body = answered(wire.clone());
        // A required nullable property that is missing reads as `None`.
        if let Some(body) = body.as_object_mut() {
            body.remove("note");
        }
        let decoded: Reading = serde_json::from_value(body).expect("decodes");
        assert_eq!(decoded.checked_at, expected, "{wire}");
        assert_eq!(decoded.note, None);
    }
}

#[tokio::test]
async fn read_only_properties_are_never_sent_and_write_only_ones_may_be_missing() {
    let mut revised = reading();
    revised.revision = Some(7);
    let sent = sent_body(revised).await;
    assert!(sent.get("revision").is_none(), "{sent}");
    assert_eq!(sent["device_secret"], json!("s3cret"));

    // The server counts revisions and never shows the secret.
    let answer = answered(json!({"revision": 8}));
    let decoded: Reading = serde_json::from_value(answer).expect("decodes without the secret");
    assert_eq!(decoded.revision, Some(8));
    assert_eq!(decoded.device_secret, None);
}

#[test]
fn nullable_converts_from_text_and_maps_its_value() {
    let text: Nullable<String> = "calibrated".into();
    assert_eq!(text, Nullable::Value("calibrated".to_string()));
    assert_eq!(text.as_ref().map(|t| t.len()), Nullable::Value(10));
    assert_eq!(Nullable::<String>::Null.map(|t| t.len()), Nullable::Null);
    assert_eq!(Nullable::<String>::Absent.as_ref(), Nullable::Absent);
    assert_eq!(text.as_deref(), Nullable::Value("calibrated"));
    assert_eq!(Nullable::<String>::Null.as_deref(), Nullable::Null);
}
