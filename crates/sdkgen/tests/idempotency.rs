//! Idempotency headers: recognised by their conventional names or the one the settings give,
//! sent by the generated crate with a fresh key per call, and a bad name refused in the
//! settings file.

use std::path::{Path, PathBuf};

use sdkgen::{Error, Location};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: Payments, version: '1'}
paths:
  /payments:
    post:
      operationId: createPayment
      parameters:
        - {name: idempotency-key, in: header, schema: {type: string}}
      responses:
        '201': {description: created}
  /refunds:
    post:
      operationId: createRefund
      parameters:
        - {name: X-Request-Key, in: header, schema: {type: string}}
      responses:
        '201': {description: created}
  /charges:
    post:
      operationId: createCharge
      parameters:
        - {name: Idempotency-Key, in: query, schema: {type: string}}
      responses:
        '201': {description: created}
"#;

const PACKAGE: &str = r#"
[package]
name = "payments-client"
version = "1.0.0"
description = "Payments."
license = "MIT"
repository = "https://example.invalid/payments"
"#;

/// The spec and its settings (the package table, then `more`) in `dir`.
fn fixture(dir: &Path, more: &str) -> PathBuf {
    std::fs::write(dir.join("payments.toml"), format!("{PACKAGE}{more}")).expect("settings");
    let spec = dir.join("payments.yaml");
    std::fs::write(&spec, SPEC).expect("spec");
    spec
}

fn header_of(api: &sdkgen::ir::Api, id: &str) -> Option<String> {
    api.operations()
        .find(|(_, op)| op.id == id)
        .and_then(|(_, op)| op.idempotency_header.clone())
}

#[test]
fn a_conventional_header_in_any_case_is_recognised_and_a_query_parameter_is_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let api = sdkgen::Generator::new(fixture(dir.path(), ""))
        .ir()
        .expect("lowers");
    assert_eq!(
        header_of(&api, "createPayment").as_deref(),
        Some("idempotency-key")
    );
    assert_eq!(header_of(&api, "createRefund"), None);
    assert_eq!(header_of(&api, "createCharge"), None);
}

#[test]
fn the_settings_name_the_apis_own_header() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = fixture(
        dir.path(),
        "[client]\nidempotency-header = \"x-request-key\"\n",
    );
    let api = sdkgen::Generator::new(&spec).ir().expect("lowers");
    assert_eq!(
        header_of(&api, "createRefund").as_deref(),
        Some("X-Request-Key")
    );
    assert_eq!(
        header_of(&api, "createPayment").as_deref(),
        Some("idempotency-key")
    );
}

#[test]
fn the_crate_sends_a_fresh_key_from_uuid() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (files, _) = sdkgen::Generator::new(fixture(dir.path(), ""))
        .render()
        .expect("renders");
    // Untagged, `POST /payments` is in the `payments` group.
    let operations: String = files[Path::new("src/payments.rs")]
        .split_whitespace()
        .collect();
    assert!(
        operations.contains(r#"IDEMPOTENCY_KEY:Option<crate::call::IdempotencyKey>=Some(("idempotency-key",crate::runtime::idempotency_key"#),
        "{operations}"
    );
    let runtime = &files[Path::new("src/runtime.rs")];
    assert!(runtime.contains("uuid::Uuid::new_v4()"), "{runtime}");
    let manifest: toml::Table = toml::from_str(&files[Path::new("Cargo.toml")]).expect("toml");
    let uuid = &manifest["dependencies"]["uuid"];
    assert_eq!(uuid["features"].as_array().map(Vec::len), Some(1), "{uuid}");
    assert_eq!(uuid["features"][0].as_str(), Some("v4"));
}

#[test]
fn a_header_name_that_is_no_token_is_refused_in_the_settings_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = fixture(
        dir.path(),
        "[client]\nidempotency-header = \"Key: value\\r\\nX\"\n",
    );
    let error = match sdkgen::Generator::new(&spec).ir() {
        Err(Error::Spec(error)) => error,
        other => panic!("expected a located error, got {other:?}"),
    };
    assert_eq!(error.file, dir.path().join("payments.toml"), "{error}");
    assert_eq!(
        error.location,
        Location::Pointer("/client/idempotency-header".to_string()),
        "{error}"
    );
}
