//! Discriminated unions against an in-process server: a known tag decodes into its variant,
//! and a tag this client does not know, or none, decodes into `Unknown` with the JSON kept,
//! instead of failing the call.

use sdkgen_conformance_client::models::{Camera, Sensor, Thermometer};
use sdkgen_conformance_client::Client;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn sensor_answering(body: serde_json::Value) -> Sensor {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/sensors/s1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .token("t")
        .build()
        .expect("client");
    client
        .readings()
        .get_sensor("s1")
        .await
        .expect("the sensor decodes")
        .into_body()
}

#[test]
fn an_alternative_built_field_by_field_carries_its_own_tag() {
    let mut thermometer = Thermometer::default();
    thermometer.celsius = 19.0;
    assert_eq!(
        serde_json::to_value(Sensor::Thermometer(thermometer)).expect("serializes"),
        json!({"kind": "thermometer", "celsius": 19.0})
    );
    assert_eq!(Camera::default().kind, "camera");
}

#[tokio::test]
async fn a_known_tag_decodes_into_its_variant() {
    let sensor = sensor_answering(json!({"kind": "thermometer", "celsius": 21.5})).await;
    match sensor {
        Sensor::Thermometer(thermometer) => assert_eq!(thermometer.celsius, 21.5),
        other => panic!("expected a thermometer, got {other:?}"),
    }
}

#[tokio::test]
async fn an_unknown_tag_keeps_its_json() {
    let sent = json!({"kind": "barometer", "hectopascal": 1013});
    let sensor = sensor_answering(sent.clone()).await;
    assert_eq!(sensor, Sensor::Unknown(sent.clone()));
    // It serializes back to what the server sent.
    assert_eq!(serde_json::to_value(&sensor).expect("serializes"), sent);
}

#[tokio::test]
async fn an_object_without_its_tag_keeps_its_json() {
    let sent = json!({"celsius": 21.5});
    assert_eq!(sensor_answering(sent.clone()).await, Sensor::Unknown(sent));
}

#[test]
fn a_value_that_is_no_object_is_no_alternative() {
    let error = serde_json::from_value::<Sensor>(json!("thermometer")).expect_err("a string");
    assert!(
        error.to_string().contains("discriminator `kind`"),
        "{error}"
    );
}
