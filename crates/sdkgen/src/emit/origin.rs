//! Where a model or field comes from in the spec, in words: the docs of items the spec left
//! undescribed say that rather than repeat their name.

use crate::error::unescape_pointer_segment;
use crate::naming::{camel, rename_reason};
use crate::text::md::code;

/// How deeply a pointer is read; the lowering never nests schemas deeper.
const MAX_SEGMENTS: usize = 128;

/// A sentence saying where the schema at `origin` (a JSON pointer into the normalized spec)
/// is defined: "The `200` response body of `GET /things`."
pub fn schema_sentence(origin: &str) -> String {
    sentence(place(origin))
}

/// A sentence saying where the property `json_name` of the schema at `origin` comes from.
pub fn property_sentence(json_name: &str, origin: &str) -> String {
    sentence(format!(
        "the {} property of {}",
        code(json_name),
        place(origin)
    ))
}

/// Why a component schema's Rust name is not its spec name turned into a type name, or
/// `None` when it is: "The spec calls it `Error`; …".
pub fn rename_note(name: &str, origin: &str) -> Option<String> {
    let key = unescape_pointer_segment(origin.strip_prefix("/components/schemas/")?);
    if key.contains('/') {
        return None;
    }
    let why = rename_reason(&key, name)?;
    Some(format!(
        "The spec calls it {}; in Rust that would be {}, {why}.",
        code(&key),
        code(&camel(&key))
    ))
}

fn sentence(phrase: String) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// The schema at `origin`, as a noun phrase.
fn place(origin: &str) -> String {
    let segments: Vec<String> = origin
        .split('/')
        .skip(1)
        .map(unescape_pointer_segment)
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    if segments.len() > MAX_SEGMENTS {
        return at_pointer(origin);
    }
    describe(&segments).unwrap_or_else(|| at_pointer(origin))
}

fn at_pointer(origin: &str) -> String {
    format!("the schema at {} in the spec", code(&format!("#{origin}")))
}

/// The common places, each described through its parent; `None` for the rest.
fn describe(segments: &[&str]) -> Option<String> {
    let operation = |path: &str, method: &str| code(&format!("{} {path}", method.to_uppercase()));
    match segments {
        ["components", "schemas", name] => Some(format!("the spec's {} schema", code(name))),
        ["paths", path, method, "requestBody", "content", _, "schema"] => {
            Some(format!("the request body of {}", operation(path, method)))
        }
        ["paths", path, method, "responses", status, "content", _, "schema"] => Some(format!(
            "the {} response body of {}",
            code(status),
            operation(path, method)
        )),
        ["paths", path, method, "parameters", _, "schema"] => Some(format!(
            "the type of a parameter of {}",
            operation(path, method)
        )),
        [parent @ .., "properties", name] => Some(format!(
            "the {} property of {}",
            code(name),
            describe(parent)?
        )),
        [parent @ .., "items"] => Some(format!("an item of {}", describe(parent)?)),
        [parent @ .., "additionalProperties"] => {
            Some(format!("a value of the map {}", describe(parent)?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_say_why() {
        assert_eq!(
            rename_note("ErrorModel", "/components/schemas/Error").as_deref(),
            Some("The spec calls it `Error`; in Rust that would be `Error`, a name the generated crate uses itself.")
        );
        assert_eq!(
            rename_note("Pet2", "/components/schemas/pet").as_deref(),
            Some(
                "The spec calls it `pet`; in Rust that would be `Pet`, the name of another schema."
            )
        );
        assert_eq!(
            rename_note("PetStore", "/components/schemas/pet_store"),
            None
        );
        assert_eq!(rename_note("GetPet200Response", "/paths/~1pets/get"), None);
    }

    #[test]
    fn places_read_as_english() {
        assert_eq!(
            schema_sentence("/components/schemas/Thing"),
            "The spec's `Thing` schema."
        );
        assert_eq!(
            schema_sentence("/paths/~1things/get/responses/200/content/application~1json/schema"),
            "The `200` response body of `GET /things`."
        );
        assert_eq!(
            property_sentence("geo", "/components/schemas/Thing/properties/address/items"),
            "The `geo` property of an item of the `address` property of the spec's `Thing` schema."
        );
        assert_eq!(
            schema_sentence("/paths/~1x/get/parameters/0/schema"),
            "The type of a parameter of `GET /x`."
        );
        assert_eq!(
            schema_sentence("/components/parameters/limit/schema"),
            "The schema at `#/components/parameters/limit/schema` in the spec."
        );
    }
}
