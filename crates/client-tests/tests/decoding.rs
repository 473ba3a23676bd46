//! How model structs read JSON objects (the runtime's `Object` loop, not serde's derive): keys
//! in any order, unknown keys skipped or kept as additional properties, a missing required key
//! an error that names it, `null` and absent optional fields alike.

use sdkgen_conformance_client::models::{Item, ItemPage, Problem};
use serde_json::json;

#[test]
fn keys_come_in_any_order_and_unknown_ones_are_skipped() {
    let item: Item = serde_json::from_value(json!({
        "name": "lamp",
        "colour": {"nested": [1, 2, {"deep": null}]},
        "id": 7,
    }))
    .expect("an item");
    assert_eq!((item.id, item.name.as_str()), (7, "lamp"));
}

#[test]
fn a_missing_required_key_is_an_error_that_names_it() {
    let error = serde_json::from_str::<Item>(r#"{"id": 7}"#).expect_err("no name");
    assert!(
        error.to_string().contains("missing field `name`"),
        "{error}"
    );
}

#[test]
fn a_value_that_is_not_an_object_or_of_the_wrong_type_is_an_error() {
    let error = serde_json::from_str::<Item>(r#"[7, "lamp"]"#).expect_err("an array");
    assert!(error.to_string().contains("Item object"), "{error}");
    let error = serde_json::from_str::<Item>(r#"{"id": "seven", "name": "lamp"}"#)
        .expect_err("a string id");
    assert!(error.to_string().contains("invalid type"), "{error}");
}

#[test]
fn optional_fields_are_none_when_absent_or_null_and_nested_models_decode() {
    let absent: ItemPage =
        serde_json::from_str(r#"{"items": [{"id": 1, "name": "a"}]}"#).expect("a page");
    let null: ItemPage =
        serde_json::from_str(r#"{"total": null, "items": [{"id": 1, "name": "a"}]}"#)
            .expect("a page");
    assert_eq!(absent, null);
    assert_eq!(absent.total, None);
    assert_eq!(absent.items.len(), 1);
    let counted: ItemPage = serde_json::from_str(r#"{"items": [], "total": 12}"#).expect("a page");
    assert_eq!(counted.total, Some(12));
}

#[test]
fn undeclared_properties_are_kept_and_written_back() {
    let sent = json!({
        "title": "Not found",
        "status": 404,
        "detail": "no item 7",
        "errors": [{"field": "id"}],
    });
    let problem: Problem = serde_json::from_value(sent.clone()).expect("a problem");
    assert_eq!(problem.title.as_deref(), Some("Not found"));
    assert_eq!(
        problem.additional_properties.keys().collect::<Vec<_>>(),
        ["detail", "errors", "status"]
    );
    assert_eq!(problem.additional_properties["status"], json!(404));
    // `mock` (on for these tests) implies `full-serde`: the model writes itself back whole.
    assert_eq!(serde_json::to_value(&problem).expect("JSON"), sent);
}

/// An enum's wire conversions and serde, written by the runtime's `open_enum!`: a known value
/// is its variant, any other is kept as `Unknown`, and both go back out as they came.
#[test]
fn enum_values_the_client_does_not_know_are_kept_and_sent_back() {
    use feedback_api_client::models::UnauthorizedExceptionMessage as Message;
    let known: Message = serde_json::from_str(r#""Unauthorized""#).expect("a known value");
    assert_eq!(known, Message::Unauthorized);
    assert_eq!(
        (known.as_str(), known.to_string()),
        ("Unauthorized", "Unauthorized".into())
    );
    let unknown: Message = serde_json::from_str(r#""Expired""#).expect("an unknown value");
    assert_eq!(unknown, Message::Unknown("Expired".to_string()));
    assert_eq!(
        serde_json::to_string(&unknown).expect("encodes"),
        r#""Expired""#
    );
    assert_eq!(Message::from("Unauthorized"), Message::Unauthorized);
    assert_eq!(Message::default(), Message::Unknown(String::new()));
    let error = serde_json::from_str::<Message>("7").expect_err("a number");
    assert!(error.to_string().contains("invalid type"), "{error}");
}
