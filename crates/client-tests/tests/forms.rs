//! `multipart/form-data` bodies against an in-process server: text fields and file parts, from
//! bytes and from a stream, each with its file name and media type.

use sdkgen_conformance_client::bytes::Bytes;
use sdkgen_conformance_client::models::{AttachPhotosRequest, FilePart};
use sdkgen_conformance_client::{ByteStream, Client};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn sent_form(body: AttachPhotosRequest) -> (String, String) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/readings/r1/photos"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"count": 2})))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .token("t")
        .build()
        .expect("client");
    let response = client
        .readings()
        .attach_photos("r1", body)
        .await
        .expect("attached");
    assert_eq!(response.count, Some(2));
    let requests = server.received_requests().await.expect("recorded");
    let request = requests.first().expect("one request");
    let content_type = request
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (
        content_type,
        String::from_utf8_lossy(&request.body).into_owned(),
    )
}

#[tokio::test]
async fn a_form_sends_its_text_fields_and_its_files_with_names_and_media_types() {
    let chunks = ["second ", "file"]
        .map(|part| Ok::<_, std::io::Error>(Bytes::from_static(part.as_bytes())));
    let photo = FilePart::new(b"PNG bytes".to_vec())
        .file_name("lab.png")
        .content_type("image/png");
    let notes = FilePart::new(ByteStream::from_stream(futures_util::stream::iter(chunks)))
        .file_name("notes.txt");
    let body = AttachPhotosRequest::new("the lab", photo).with_extras(vec![notes]);
    let (content_type, sent) = sent_form(body).await;
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let caption = sent.find("name=\"caption\"\r\n\r\nthe lab\r\n");
    let photo = sent.find(
        "name=\"photo\"; filename=\"lab.png\"\r\nContent-Type: image/png\r\n\r\nPNG bytes\r\n",
    );
    let extra = sent.find(
        "name=\"extras\"; filename=\"notes.txt\"\r\nContent-Type: application/octet-stream\r\n\r\nsecond file\r\n",
    );
    assert!(
        caption.is_some() && photo.is_some() && extra.is_some(),
        "sent:\n{sent}"
    );
}

#[tokio::test]
async fn a_form_without_its_optional_files_sends_none() {
    let body = AttachPhotosRequest::new("c", FilePart::new("p"));
    let (_, sent) = sent_form(body).await;
    assert_eq!(
        sent.matches("filename=").count(),
        0,
        "a part without a name has no filename:\n{sent}"
    );
    assert_eq!(
        sent.matches("Content-Disposition").count() + sent.matches("content-disposition").count(),
        2,
        "{sent}"
    );
    assert!(!sent.contains("name=\"extras\""), "{sent}");
}
