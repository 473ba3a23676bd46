//! Finds where an OpenAPI document fails to parse. openapiv3's types flatten and buffer their
//! content, which hides the path of a deep error; parsing the parts one by one, deepest
//! first, recovers it.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::escape_pointer_segment;

use super::path_to_pointer;

/// A located error: (JSON pointer, message).
type Located = (String, String);

/// The deepest part of `document` that does not parse.
pub fn parse_error(document: &Value) -> Option<Located> {
    let paths = document.get("paths").and_then(Value::as_object);
    for (path, item) in paths.into_iter().flatten() {
        let item_pointer = format!("/paths/{}", escape_pointer_segment(path));
        if let Some(found) = path_item(item, &item_pointer) {
            return Some(found);
        }
    }
    let components = document.get("components").and_then(Value::as_object);
    for (kind, entries) in components.into_iter().flatten() {
        let Some(entries) = entries.as_object() else {
            return Some((
                format!("/components/{kind}"),
                "must be an object".to_string(),
            ));
        };
        for (name, entry) in entries {
            let pointer = format!(
                "/components/{}/{}",
                escape_pointer_segment(kind),
                escape_pointer_segment(name)
            );
            let found = match kind.as_str() {
                "schemas" => check::<openapiv3::ReferenceOr<openapiv3::Schema>>(entry, &pointer),
                "responses" => {
                    check::<openapiv3::ReferenceOr<openapiv3::Response>>(entry, &pointer)
                }
                "parameters" => {
                    check::<openapiv3::ReferenceOr<openapiv3::Parameter>>(entry, &pointer)
                }
                "requestBodies" => {
                    check::<openapiv3::ReferenceOr<openapiv3::RequestBody>>(entry, &pointer)
                }
                "headers" => check::<openapiv3::ReferenceOr<openapiv3::Header>>(entry, &pointer),
                "securitySchemes" => {
                    check::<openapiv3::ReferenceOr<openapiv3::SecurityScheme>>(entry, &pointer)
                }
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
    }
    let top = document.as_object()?;
    let info = top
        .get("info")
        .and_then(|v| check::<openapiv3::Info>(v, "/info"));
    let servers = || {
        top.get("servers")
            .and_then(|v| check::<Vec<openapiv3::Server>>(v, "/servers"))
    };
    let tags = || {
        top.get("tags")
            .and_then(|v| check::<Vec<openapiv3::Tag>>(v, "/tags"))
    };
    info.or_else(servers).or_else(tags)
}

fn path_item(item: &Value, pointer: &str) -> Option<Located> {
    for method in super::METHODS {
        let Some(operation) = item.get(*method) else {
            continue;
        };
        let op_pointer = format!("{pointer}/{method}");
        if let Some(parameters) = operation.get("parameters").and_then(Value::as_array) {
            for (i, parameter) in parameters.iter().enumerate() {
                let found = check::<openapiv3::ReferenceOr<openapiv3::Parameter>>(
                    parameter,
                    &format!("{op_pointer}/parameters/{i}"),
                );
                if found.is_some() {
                    return found;
                }
            }
        }
        if let Some(body) = operation.get("requestBody") {
            let found = check::<openapiv3::ReferenceOr<openapiv3::RequestBody>>(
                body,
                &format!("{op_pointer}/requestBody"),
            );
            if found.is_some() {
                return found;
            }
        }
        if let Some(responses) = operation.get("responses").and_then(Value::as_object) {
            for (status, response) in responses {
                let found = check::<openapiv3::ReferenceOr<openapiv3::Response>>(
                    response,
                    &format!("{op_pointer}/responses/{}", escape_pointer_segment(status)),
                );
                if found.is_some() {
                    return found;
                }
            }
        }
        if let Some(found) = check::<openapiv3::Operation>(operation, &op_pointer) {
            return Some(found);
        }
    }
    check::<openapiv3::ReferenceOr<openapiv3::PathItem>>(item, pointer)
}

fn check<T: DeserializeOwned>(value: &Value, pointer: &str) -> Option<Located> {
    serde_path_to_error::deserialize::<_, T>(value)
        .err()
        .map(|e| {
            (
                format!("{pointer}{}", path_to_pointer(e.path())),
                e.inner().to_string(),
            )
        })
}
