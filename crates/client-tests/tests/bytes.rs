//! Binary bodies against an in-process server: an upload sends the bytes as they are, with
//! their media type, and a retried upload sends them again without the caller copying them; a
//! download arrives as `bytes::Bytes`.

use std::time::Duration;

use sdkgen_conformance_client::bytes::Bytes;
use sdkgen_conformance_client::{Client, RetryConfig};
use wiremock::matchers::{body_bytes, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .token("t")
        .retries(
            RetryConfig::default()
                .initial_backoff(Duration::from_millis(1))
                .jitter(0.0),
        )
        .build()
        .expect("client")
}

#[tokio::test]
async fn an_upload_sends_its_bytes_on_every_attempt() {
    let server = MockServer::start().await;
    let blob: Vec<u8> = (0..=255).collect();
    Mock::given(method("PUT"))
        .and(path("/blobs/b1"))
        .and(header("content-type", "application/octet-stream"))
        .and(body_bytes(blob.clone()))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/blobs/b1"))
        .and(body_bytes(blob.clone()))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let response = client(&server)
        .files()
        .upload_blob("b1", Bytes::from(blob))
        .await
        .expect("the retry succeeds");
    assert_eq!(response.status(), 204);
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(2));
}

#[tokio::test]
async fn a_download_arrives_as_bytes() {
    let server = MockServer::start().await;
    let blob: Vec<u8> = (0..=255).rev().collect();
    Mock::given(method("GET"))
        .and(path("/blobs/b1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(blob.clone(), "application/octet-stream"),
        )
        .mount(&server)
        .await;
    let downloaded: Bytes = client(&server)
        .files()
        .download_blob("b1")
        .await
        .expect("the download succeeds")
        .into_body();
    assert_eq!(downloaded, blob);
}
