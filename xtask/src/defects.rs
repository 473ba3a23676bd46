//! Proofs that a contract failure is the spec's fault: the request Prism rejected cannot be
//! made valid because the spec contradicts itself, or the response the client could not
//! decode breaks the spec's own schema. Each proof is a check of the spec's JSON, so that a
//! failure is classed apart from the client's only with a reason that can be read and checked.

use serde_json::Value;

/// How many `$ref`s are followed, and how deep a body is walked.
const MAX_DEPTH: usize = 32;

/// How many items of each array in a body are checked.
const MAX_ITEMS: usize = 64;

/// Whose fault a failure is shown to be, with the reason.
#[derive(Debug, PartialEq)]
pub enum Proof {
    /// No request can keep to the spec there.
    Spec(String),
    /// The response breaks the spec's schema.
    Response(String),
    /// The request keeps to the spec, but Prism reads it otherwise.
    Mock(String),
}

/// A proof that the failure of the operation at `route` (`POST /path`), which ended with
/// `message`, is the spec's, where one of the checks finds it.
pub fn proof(spec: &Value, route: &str, message: &str) -> Option<Proof> {
    let (method, template) = route.split_once(' ')?;
    let path_item = spec.get("paths")?.get(template)?;
    let operation = path_item.get(method.to_ascii_lowercase())?;
    let operation = Operation {
        spec,
        path_item,
        operation,
    };
    if message.contains("response body does not match the spec") {
        if message.starts_with("the 204 ") && message.trim_end().ends_with("; body:") {
            return Some(Proof::Spec(
                "the spec documents a body for 204 No Content, which has none (RFC 9110, 15.3.5), \
                 and an empty body is no value of its type"
                    .to_string(),
            ));
        }
        return operation.broken_response(message).map(Proof::Response);
    }
    let violations = violations(message);
    let misread = violations
        .iter()
        .find_map(|violation| operation.misread_form(violation))
        .or_else(|| operation.misread_parameters(&violations))
        .map(Proof::Mock);
    misread.or_else(|| {
        violations
            .iter()
            .find_map(|violation| operation.impossible_request(violation))
            .map(Proof::Spec)
    })
}

/// A violation's location (`request`, `body`, …) and message.
fn located(violation: &Value) -> Option<(Vec<&str>, &str)> {
    let location = violation
        .get("location")?
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let message = violation
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("");
    Some((location, message))
}

/// Prism's violations of the request: from the `sl-violations` header the message quotes, and
/// from the `validation` of the error body Prism writes itself where the spec documents none
/// (located from `body`, `query`…, without the leading `request`).
fn violations(message: &str) -> Vec<Value> {
    let header = message
        .split_once("sl-violations: ")
        .and_then(|(_, rest)| first_json(rest));
    let body = message
        .split_once("; body: ")
        .and_then(|(_, rest)| first_json(rest))
        .and_then(|body| body.get("validation").cloned());
    let from_body = match body {
        Some(Value::Array(violations)) => violations
            .into_iter()
            .map(|mut violation| {
                if let Some(Value::Array(location)) = violation.get_mut("location") {
                    location.insert(0, Value::from("request"));
                }
                violation
            })
            .collect(),
        _ => Vec::new(),
    };
    match header {
        Some(Value::Array(violations)) => violations.into_iter().chain(from_body).collect(),
        _ => from_body,
    }
}

/// The property a `required` violation's message names (`… must have required property 'x'`).
fn required_property(message: &str) -> Option<&str> {
    let (_, name) = message.split_once("must have required property '")?;
    name.strip_suffix('\'')
}

/// The JSON value at the start of `text`, whatever follows it.
fn first_json(text: &str) -> Option<Value> {
    serde_json::Deserializer::from_str(text)
        .into_iter::<Value>()
        .next()?
        .ok()
}

struct Operation<'a> {
    spec: &'a Value,
    path_item: &'a Value,
    operation: &'a Value,
}

impl<'a> Operation<'a> {
    /// `value` with its `$ref`s followed.
    fn resolve(&self, mut value: &'a Value) -> &'a Value {
        for _ in 0..MAX_DEPTH {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let Some(target) = reference
                .strip_prefix('#')
                .and_then(|pointer| self.spec.pointer(pointer))
            else {
                break;
            };
            value = target;
        }
        value
    }

    /// The request body's media types and their schemas.
    fn request_content(&self) -> Option<&'a serde_json::Map<String, Value>> {
        self.resolve(self.operation.get("requestBody")?)
            .get("content")?
            .as_object()
    }

    /// A form body's array field sent with one item, which Prism reads as a lone string.
    fn misread_form(&self, violation: &Value) -> Option<String> {
        let (location, message) = located(violation)?;
        let content = self.request_content()?;
        let form = content.contains_key("application/x-www-form-urlencoded");
        let in_body = location.get(..2) == Some(&["request", "body"][..]);
        if form && in_body && message.ends_with("must be array") {
            return Some(
                "an array field of a form body sent with one item, which Prism reads as a string"
                    .to_string(),
            );
        }
        // JSON under an older name, or YAML, which Prism reads as text.
        let read_as_text = ["text/json", "text/x-json", "application/x-json", "yaml"];
        let media = content.keys().next()?;
        let as_text = read_as_text.iter().any(|kind| media.contains(kind));
        (as_text && location == ["request", "body"] && message.ends_with("must be object"))
            .then(|| format!("a body sent as `{media}`, which Prism reads as text"))
    }

    /// Where Prism misses every parameter it says is missing, though the client sends it: a
    /// query parameter it looks up under its lower-case percent-encoded name, or a path
    /// parameter whose name holds a colon, where Prism's router splits paths.
    fn misread_parameters(&self, violations: &[Value]) -> Option<String> {
        let reasons: Vec<String> = violations
            .iter()
            .map(|violation| self.misread_parameter(violation))
            .collect::<Option<_>>()?;
        (!reasons.is_empty()).then(|| reasons.join("; "))
    }

    fn misread_parameter(&self, violation: &Value) -> Option<String> {
        let (location, message) = located(violation)?;
        let place = match location.as_slice() {
            ["request", place @ ("query" | "path")] => *place,
            _ => return None,
        };
        let missing = required_property(message)?;
        let mut declared = self.operation_or_path_parameters().filter_map(|p| {
            let name = p.get("name").and_then(Value::as_str)?;
            (p.get("in").and_then(Value::as_str) == Some(place)).then_some(name)
        });
        if place == "path" {
            let name = declared.find(|name| *name == missing && name.contains(':'))?;
            return Some(format!(
                "the path parameter `{name}` has a colon in its name, and Prism's router splits paths at colons"
            ));
        }
        let name =
            declared.find(|name| *name != missing && lower_percent_encoded(name) == missing)?;
        Some(format!(
            "the query parameter `{name}` is sent percent-encoded, in either case as RFC 3986 allows, but Prism looks it up as `{missing}`"
        ))
    }

    /// Why no request can avoid `violation`, where the spec shows it.
    fn impossible_request(&self, violation: &Value) -> Option<String> {
        let (location, message) = located(violation)?;
        if location == ["request", "header"] {
            return self.ignored_header(message);
        }
        let (place, rest) = match location.as_slice() {
            ["request", "body", rest @ ..] => ("body", rest),
            ["request", place @ ("query" | "path" | "header"), rest @ ..] => (*place, rest),
            _ => return None,
        };
        let (schema, rest) = if place == "body" {
            let content = self.request_content()?;
            if rest.is_empty() {
                if let Some(reason) = self.text_as_object(content) {
                    return Some(reason);
                }
            }
            (content.values().next()?.get("schema")?, rest)
        } else {
            let (name, rest) = rest.split_first()?;
            (self.parameter(place, name)?.get("schema")?, rest)
        };
        let top = self.resolve(schema);
        let schema = self.walk(schema, rest)?;
        self.impossible_enum(schema, &location)
            .or_else(|| self.undeclared_requirement(schema, message, &location))
            .or_else(|| nested_array_in_query(top, place, &location))
    }

    /// A required `Accept` or `Content-Type` header declared as a parameter, which OpenAPI
    /// says to ignore (the client sends them by the media types, and no content type without
    /// a body).
    fn ignored_header(&self, message: &str) -> Option<String> {
        let name = required_property(message)?;
        let ignored = ["accept", "content-type"].contains(&name.to_ascii_lowercase().as_str());
        let declared = self.operation_or_path_parameters().any(|p| {
            p.get("in").and_then(Value::as_str) == Some("header")
                && p.get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
        });
        (ignored && declared).then(|| {
            format!("the spec declares a required `{name}` header parameter, which OpenAPI says to ignore")
        })
    }

    /// The operation's parameters, then its path's.
    fn operation_or_path_parameters(&self) -> impl Iterator<Item = &'a Value> + '_ {
        let list = |holder: &'a Value| holder.get("parameters").and_then(Value::as_array);
        let (own, path) = (list(self.operation), list(self.path_item));
        own.into_iter()
            .chain(path)
            .flatten()
            .map(|p| self.resolve(p))
    }

    /// A required property the schema does not declare, which a typed client cannot send.
    fn undeclared_requirement(
        &self,
        schema: &'a Value,
        message: &str,
        location: &[&str],
    ) -> Option<String> {
        let name = required_property(message)?;
        self.property(schema, name).is_none().then(|| {
            format!(
                "{} requires the property `{name}` but does not declare it",
                location.join(".")
            )
        })
    }

    /// A body sent as text (no JSON, form or multipart media type) whose schema is an object.
    fn text_as_object(&self, content: &serde_json::Map<String, Value>) -> Option<String> {
        let has = |media: &str, kinds: &[&str]| kinds.iter().any(|kind| media.contains(kind));
        // What the client sends where no JSON or form type is offered: the first media type.
        if content.keys().any(|media| has(media, &["json", "form"])) {
            return None;
        }
        let (media, body) = content.iter().next()?;
        let schema = self.resolve(body.get("schema")?);
        let object = schema.get("type") == Some(&Value::from("object"));
        (object && !has(media, &["xml", "yaml"])).then(|| {
            format!(
                "the request body is text ({media}) but its schema is `type: object`, which no text is"
            )
        })
    }

    /// A schema whose `enum` has no value of its `type` and `format`, which no value can keep
    /// to.
    fn impossible_enum(&self, schema: &Value, location: &[&str]) -> Option<String> {
        let ty = schema.get("type")?.as_str()?;
        let format = schema.get("format").and_then(Value::as_str);
        let values = schema.get("enum")?.as_array()?;
        let fits = |value: &Value| {
            has_type(value, ty) && format.map_or(true, |format| keeps_to_format(value, format))
        };
        let none_fits = !values.is_empty() && !values.iter().any(fits);
        let described = match format {
            Some(format) => format!("`type: {ty}, format: {format}`"),
            None => format!("`type: {ty}`"),
        };
        none_fits.then(|| {
            format!(
                "{} has {described} but no value of its `enum` ({}) keeps to it",
                location.join("."),
                Value::Array(values.clone())
            )
        })
    }

    /// The parameter `name` in `place`, the operation's own or its path's.
    fn parameter(&self, place: &str, name: &str) -> Option<&'a Value> {
        self.operation_or_path_parameters().find(|p| {
            p.get("in").and_then(Value::as_str) == Some(place)
                && p.get("name").and_then(Value::as_str) == Some(name)
        })
    }

    /// The schema at `path` (property names and item indexes) inside `schema`.
    fn walk(&self, schema: &'a Value, path: &[&str]) -> Option<&'a Value> {
        let mut schema = self.resolve(schema);
        for step in path.iter().take(MAX_DEPTH) {
            schema = if step.parse::<usize>().is_ok() && schema.get("items").is_some() {
                self.resolve(schema.get("items")?)
            } else {
                self.resolve(self.property(schema, step)?)
            };
        }
        Some(schema)
    }

    /// The schema of property `name`: the object's own, or an `allOf` member's.
    fn property(&self, schema: &'a Value, name: &str) -> Option<&'a Value> {
        if let Some(property) = schema.get("properties").and_then(|p| p.get(name)) {
            return Some(property);
        }
        let members = schema.get("allOf")?.as_array()?;
        members
            .iter()
            .find_map(|member| self.resolve(member).get("properties")?.get(name))
    }

    /// Where the body the message quotes breaks the schema of its documented response.
    fn broken_response(&self, message: &str) -> Option<String> {
        let status = message.split_whitespace().nth(1)?;
        let (_, body) = message.split_once("; body: ")?;
        let body = first_json(body)?;
        let responses = self.operation.get("responses")?;
        let range = format!("{}XX", status.get(..1)?);
        let response = [status, range.as_str(), "default"]
            .iter()
            .find_map(|key| responses.get(*key))?;
        let content = self.resolve(response).get("content")?.as_object()?;
        let schema = content
            .iter()
            .find(|(media, _)| media.contains("json"))?
            .1
            .get("schema")?;
        self.mismatch(&body, schema, "", 0)
            .map(|reason| format!("the {status} body breaks its schema: {reason}"))
    }

    /// The first place where `value` breaks `schema`'s types or required properties.
    fn mismatch(&self, value: &Value, schema: &Value, at: &str, depth: usize) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        let schema = self.resolve(schema);
        if let Some(members) = schema.get("allOf").and_then(Value::as_array) {
            if let Some(found) = members
                .iter()
                .find_map(|member| self.mismatch(value, member, at, depth + 1))
            {
                return Some(found);
            }
        }
        let nullable = schema.get("nullable") == Some(&Value::Bool(true));
        if let Some(ty) = declared_type(schema) {
            if !(has_type(value, ty) || (value.is_null() && nullable)) {
                return Some(format!(
                    "{} is {value_kind} where the schema says `{ty}`",
                    place(at),
                    value_kind = kind(value)
                ));
            }
        }
        if let Some(format) = schema.get("format").and_then(Value::as_str) {
            if !in_range(value, format) || !keeps_to_format(value, format) {
                return Some(format!("{} is {value}, which is no `{format}`", place(at)));
            }
        }
        match value {
            Value::Object(object) => {
                let required = schema.get("required").and_then(Value::as_array);
                if let Some(missing) = required
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .find(|name| !object.contains_key(*name))
                {
                    return Some(format!(
                        "{} lacks the required property `{missing}`",
                        place(at)
                    ));
                }
                object.iter().find_map(|(name, member)| {
                    let property = schema.get("properties")?.get(name)?;
                    self.mismatch(member, property, &format!("{at}/{name}"), depth + 1)
                })
            }
            Value::Array(items) => {
                let item_schema = schema.get("items")?;
                items
                    .iter()
                    .take(MAX_ITEMS)
                    .enumerate()
                    .find_map(|(index, item)| {
                        self.mismatch(item, item_schema, &format!("{at}/{index}"), depth + 1)
                    })
            }
            _ => None,
        }
    }
}

/// A query parameter whose items are arrays: query styles have no way to write them.
fn nested_array_in_query(schema: &Value, place: &str, location: &[&str]) -> Option<String> {
    let items = schema.get("items")?;
    let nested = place == "query" && items.get("type") == Some(&Value::from("array"));
    nested.then(|| {
        format!(
            "{} is an array of arrays, which no query style can write",
            location.get(..3).unwrap_or(location).join(".")
        )
    })
}

/// `at` as the message names it: a JSON pointer, or the body itself.
fn place(at: &str) -> String {
    if at.is_empty() {
        "the body".to_string()
    } else {
        format!("`{at}`")
    }
}

/// Whether `value` is of the JSON Schema type `ty`.
fn has_type(value: &Value, ty: &str) -> bool {
    match ty {
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "number" => value.is_number(),
        "integer" => {
            value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|v| v.fract() == 0.0)
        }
        "null" => value.is_null(),
        _ => true,
    }
}

/// A schema's `type`, or the one its keywords imply where it has none (specs converted from
/// Swagger 2 often leave `type: object` out).
fn declared_type(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(ty) => ty.as_str(),
        None if schema.get("properties").is_some() => Some("object"),
        None if schema.get("items").is_some() => Some("array"),
        None => None,
    }
}

/// Whether a string keeps to its `format`, for the formats whose check is exact enough to
/// prove a value wrong (sdkgen's own, which its example values keep to); anything else does.
fn keeps_to_format(value: &Value, format: &str) -> bool {
    const EXACT: &[&str] = &["date", "date-time", "time", "uuid", "ipv4", "ipv6"];
    match value.as_str() {
        Some(text) if EXACT.contains(&format) => sdkgen::keeps_to_format(text, format),
        _ => true,
    }
}

/// `name` with every character outside RFC 3986's unreserved ones percent-encoded, in lower
/// case.
fn lower_percent_encoded(name: &str) -> String {
    let mut encoded = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02x}"));
        }
    }
    encoded
}

/// Whether a number is in the range of an integer `format` (anything else is).
fn in_range(value: &Value, format: &str) -> bool {
    let Some(number) = value.as_f64() else {
        return true;
    };
    let (least, most) = match format {
        "int8" => (i8::MIN as f64, i8::MAX as f64),
        "int16" => (i16::MIN as f64, i16::MAX as f64),
        "int32" => (i32::MIN as f64, i32::MAX as f64),
        "uint8" => (0.0, u8::MAX as f64),
        "uint16" => (0.0, u16::MAX as f64),
        "uint32" => (0.0, u32::MAX as f64),
        "uint64" => (0.0, u64::MAX as f64),
        _ => return true,
    };
    (least..=most).contains(&number)
}

/// The JSON type of `value`, as a message names it.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "paths": {
                "/compare": {"post": {
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Compare"}}}},
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/List"}}}}}
                }},
                "/text": {"post": {
                    "requestBody": {"content": {"text/plain": {"schema": {"type": "object", "format": "file"}}}},
                    "parameters": [{"in": "query", "name": "flag", "schema": {"type": "string", "enum": ["a", "b"]}}]
                }}
            },
            "components": {"schemas": {
                "Compare": {"type": "object", "properties": {"lower": {"type": "string", "enum": [true, false]}}},
                "List": {"type": "object", "required": ["value"], "properties": {"value": {"type": "array", "items": {"type": "object"}}}}
            }}
        })
    }

    /// Asserts that `found` is a proof of `kind` (`spec`, `response`, `mock`) whose reason
    /// contains `needle`.
    fn assert_proof(found: Option<Proof>, kind: &str, needle: &str) {
        let (found_kind, reason) = match &found {
            Some(Proof::Spec(reason)) => ("spec", reason),
            Some(Proof::Response(reason)) => ("response", reason),
            Some(Proof::Mock(reason)) => ("mock", reason),
            None => panic!("no proof where a {kind} proof with {needle:?} was expected"),
        };
        assert_eq!(found_kind, kind, "{reason}");
        assert!(reason.contains(needle), "{reason:?} lacks {needle:?}");
    }

    #[test]
    fn an_enum_of_another_type_than_its_schema_is_the_spec_s() {
        let message = r#"error status 400; body: {}; sl-violations: [{"location":["request","body","lower"],"code":"type"}]"#;
        let found = proof(&spec(), "POST /compare", message);
        assert_proof(found, "spec", "request.body.lower has `type: string`");
    }

    #[test]
    fn an_enum_whose_values_break_its_format_is_the_spec_s() {
        let mut spec = spec();
        spec["components"]["schemas"]["Compare"]["properties"]["at"] =
            json!({"type": "string", "format": "date-time", "enum": ["now"]});
        let message = r#"unexpected status 422; body: {"type":"x","validation":[{"location":["body","at"],"code":"format"}]}"#;
        let found = proof(&spec, "POST /compare", message);
        assert_proof(found, "spec", "`type: string, format: date-time`");
        spec["components"]["schemas"]["Compare"]["properties"]["at"]["enum"] =
            json!(["now", "2024-01-01T00:00:00Z"]);
        assert!(proof(&spec, "POST /compare", message).is_none());
    }

    #[test]
    fn parameters_prism_looks_up_by_another_name_are_prism_s() {
        let mut spec = spec();
        spec["paths"]["/items/{id:}"] = json!({"get": {"parameters": [
            {"in": "path", "name": "id:", "required": true},
            {"in": "query", "name": "location[]", "required": true}
        ]}});
        let message = |violations: &str| {
            format!(r#"unexpected status 422; body: {{"type":"x","validation":[{violations}]}}"#)
        };
        let query = r#"{"location":["query"],"code":"required","message":"Request query must have required property 'location%5b%5d'"}"#;
        let path = r#"{"location":["path"],"code":"required","message":"Request path must have required property 'id:'"}"#;
        let found = proof(
            &spec,
            "GET /items/{id:}",
            &message(&format!("{query},{path}")),
        );
        assert_proof(found, "mock", "Prism looks it up as `location%5b%5d`");
        let found = proof(&spec, "GET /items/{id:}", &message(path));
        assert_proof(found, "mock", "Prism's router splits paths at colons");
        // A parameter the client really left out is no proof, nor is one Prism misses beside it.
        let other = r#"{"location":["query"],"code":"required","message":"Request query must have required property 'page'"}"#;
        assert!(proof(&spec, "GET /items/{id:}", &message(other)).is_none());
        assert!(proof(
            &spec,
            "GET /items/{id:}",
            &message(&format!("{path},{other}"))
        )
        .is_none());
    }

    #[test]
    fn a_text_body_described_as_an_object_is_the_spec_s() {
        let message = r#"status 422; body: {}; sl-violations: [{"location":["request","body"],"code":"type","message":"Request body must be object"}]"#;
        let found = proof(&spec(), "POST /text", message);
        assert_proof(found, "spec", "text/plain");
    }

    #[test]
    fn violations_in_prism_s_own_error_body_count_too() {
        let message = r#"unexpected status 422; body: {"type":"x","validation":[{"location":["query","flag"],"code":"enum"},{"location":["body","lower"],"code":"type"}]}"#;
        let found = proof(&spec(), "POST /compare", message);
        assert_proof(found, "spec", "request.body.lower");
    }

    #[test]
    fn a_required_property_never_declared_is_the_spec_s() {
        let spec = json!({"paths": {"/b": {"post": {"requestBody": {"content": {"application/json": {
            "schema": {"type": "object", "required": ["key"], "properties": {"blob_key": {"type": "string"}}}
        }}}}}}});
        let message = r#"status 422; body: {"validation":[{"location":["body"],"code":"required","message":"Request body must have required property 'key'"}]}"#;
        let found = proof(&spec, "POST /b", message);
        assert_proof(found, "spec", "`key`");
        let declared = message.replace("'key'", "'blob_key'");
        assert_eq!(proof(&spec, "POST /b", &declared), None);
    }

    #[test]
    fn a_query_array_of_arrays_is_the_spec_s() {
        let spec = json!({"paths": {"/r": {"get": {"parameters": [{"in": "query", "name": "c",
            "schema": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}}]}}}});
        let message = r#"status 400; sl-violations: [{"location":["request","query","c","0"],"code":"type","message":"must be array"}]"#;
        let found = proof(&spec, "GET /r", message);
        assert_proof(found, "spec", "array of arrays");
    }

    #[test]
    fn a_valid_enum_or_a_json_body_proves_nothing() {
        let query = r#"status 422; body: {}; sl-violations: [{"location":["request","query","flag"],"code":"enum"}]"#;
        assert_eq!(proof(&spec(), "POST /text", query), None);
        let body = r#"status 422; body: {}; sl-violations: [{"location":["request","body"],"code":"type"}]"#;
        assert_eq!(proof(&spec(), "POST /compare", body), None);
        assert_eq!(proof(&spec(), "GET /nowhere", body), None);
    }

    #[test]
    fn a_response_body_of_another_type_than_its_schema_is_the_response_s() {
        let message =
            "the 200 OK response body does not match the spec: invalid type; body: [1, 2]";
        assert_eq!(
            proof(&spec(), "POST /compare", message),
            Some(Proof::Response(
                "the 200 body breaks its schema: the body is an array where the schema says `object`".to_string()
            ))
        );
        let nested = r#"the 200 OK response body does not match the spec: x; body: {"value": [{}, 3]}; sl-violations: []"#;
        let found = proof(&spec(), "POST /compare", nested);
        assert_proof(found, "response", "`/value/1` is a number");
        let missing = "the 200 OK response body does not match the spec: x; body: {}";
        let found = proof(&spec(), "POST /compare", missing);
        assert_proof(found, "response", "`value`");
    }

    #[test]
    fn numbers_and_dates_out_of_their_format_and_untyped_objects_break_the_schema() {
        let spec = json!({"paths": {"/n": {"get": {"responses": {"200": {"content": {"application/json": {
            "schema": {"type": "object", "properties": {"n": {"type": "integer", "format": "uint32"}}}
        }}}}}}}});
        let message = r#"the 200 OK response body does not match the spec: x; body: {"n": -3}"#;
        let found = proof(&spec, "GET /n", message);
        assert_proof(found, "response", "`uint32`");
        let date = json!({"paths": {"/d": {"get": {"responses": {"200": {"content": {"application/json": {
            "schema": {"properties": {"at": {"type": "string", "format": "date-time"}}}
        }}}}}}}});
        let bad = r#"the 200 OK response body does not match the spec: x; body: {"at": "string"}"#;
        let found = proof(&date, "GET /d", bad);
        assert_proof(found, "response", "`date-time`");
        let untyped = r#"the 200 OK response body does not match the spec: x; body: [1]"#;
        let found = proof(&date, "GET /d", untyped);
        assert_proof(found, "response", "`object`");
        let good = r#"the 200 OK response body does not match the spec: x; body: {"at": "2024-01-01T00:00:00Z"}"#;
        assert_eq!(proof(&date, "GET /d", good), None);
        let fine = r#"the 200 OK response body does not match the spec: x; body: {"n": 3}"#;
        assert_eq!(proof(&spec, "GET /n", fine), None);
    }

    #[test]
    fn a_required_content_type_parameter_is_the_spec_s_and_a_lone_form_item_prism_s() {
        let spec = json!({"paths": {"/p": {"get": {
            "parameters": [{"in": "header", "name": "Content-Type", "required": true, "schema": {"type": "string"}}],
            "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}}
        }}}});
        let header = r#"status 422; body: {"validation":[{"location":["header"],"code":"required","message":"Request header must have required property 'content-type'"}]}"#;
        let found = proof(&spec, "GET /p", header);
        assert_proof(found, "spec", "`content-type`");
        let form = r#"status 422; body: {"validation":[{"location":["body","Numbers"],"code":"type","message":"Request body property Numbers must be array"}]}"#;
        assert_proof(proof(&spec, "GET /p", form), "mock", "Prism reads");
        let text_json = json!({"paths": {"/j": {"put": {"requestBody": {"content": {"text/json": {"schema": {"type": "object"}}}}}}}});
        let object = r#"status 422; body: {"validation":[{"location":["body"],"code":"type","message":"Request body must be object"}]}"#;
        assert_proof(proof(&text_json, "PUT /j", object), "mock", "Prism reads");
        let yaml = json!({"paths": {"/j": {"put": {"requestBody": {"content": {"application/x-yaml": {"schema": {"type": "object"}}}}}}}});
        assert_proof(proof(&yaml, "PUT /j", object), "mock", "Prism reads");
        let other = header.replace("content-type", "x-trace");
        assert_eq!(proof(&spec, "GET /p", &other), None);
    }

    #[test]
    fn a_body_documented_for_204_is_the_spec_s() {
        let message = "the 204 No Content response body does not match the spec: EOF while parsing a value at line 1 column 0; body: ";
        let found = proof(&spec(), "POST /compare", message);
        assert_proof(found, "spec", "204");
    }

    #[test]
    fn a_body_that_keeps_to_its_schema_proves_nothing() {
        let message =
            r#"the 200 OK response body does not match the spec: x; body: {"value": [{}]}"#;
        assert_eq!(proof(&spec(), "POST /compare", message), None);
    }
}
