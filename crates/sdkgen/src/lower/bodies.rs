//! Bodies: an operation's request body and its responses (statuses, media types, headers).

use indexmap::IndexMap;
use openapiv3::{
    MediaType, Operation as SpecOperation, ParameterSchemaOrContent, ReferenceOr, StatusCode,
};
use sdkgen_ir::{
    BodyEncoding, RequestBody, Response, ResponseBody, ResponseHeader, StatusMatch, TypeRef,
};
use serde_json::Value;

use super::Lowerer;
use crate::error::{escape_pointer_segment, unescape_pointer_segment, Error};
use crate::naming::{camel, NameSet};

impl<'a> Lowerer<'a> {
    pub(super) fn request_body(
        &mut self,
        operation: &SpecOperation,
        pointer: &str,
        type_name: &str,
    ) -> Result<Option<RequestBody>, Error> {
        let Some(reference) = &operation.request_body else {
            return Ok(None);
        };
        let body_pointer = format!("{pointer}/requestBody");
        let Some(body) = self.item_or_component(
            reference,
            "requestBodies",
            &body_pointer,
            "the operation is sent without a body",
            |c| &c.request_bodies,
        ) else {
            return Ok(None);
        };
        let (body_pointer, hint) = match shared_component(reference, "requestBodies") {
            Some((pointer, key)) => (pointer, named_with(&key, "Request")),
            None => (body_pointer, format!("{type_name}Request")),
        };
        let Some((media_type, media, encoding)) = pick_media_type(&body.content) else {
            self.warn(
                &body_pointer,
                "request body without content; the operation sends no body",
            );
            return Ok(None);
        };
        let content_pointer = format!(
            "{body_pointer}/content/{}",
            escape_pointer_segment(media_type)
        );
        self.note_unmodelled_xml(media_type, media, &content_pointer, "sent");
        // A request sends an event stream's text as it is; bytes from memory or a stream.
        let encoding = match encoding {
            BodyEncoding::EventStream => BodyEncoding::Text,
            other => other,
        };
        let ty = match encoding {
            BodyEncoding::Binary => TypeRef::ByteStream,
            _ => self.body_type(media, encoding, &content_pointer, &hint)?,
        };
        Ok(Some(RequestBody {
            required: body.required,
            description: body.description.clone(),
            media_type: media_type.clone(),
            media_types: body.content.keys().cloned().collect(),
            encoding,
            ty,
            example: example_of(media),
        }))
    }

    fn body_type(
        &mut self,
        media: &MediaType,
        encoding: BodyEncoding,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef, Error> {
        Ok(match encoding {
            BodyEncoding::Binary => TypeRef::Bytes,
            BodyEncoding::Text => TypeRef::String(None),
            BodyEncoding::EventStream => {
                TypeRef::EventStream(Box::new(self.schema_type(media, pointer, hint)?))
            }
            BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart => {
                self.schema_type(media, pointer, hint)?
            }
        })
    }

    /// The type of a media type's schema (any JSON value without one).
    fn schema_type(
        &mut self,
        media: &MediaType,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef, Error> {
        match &media.schema {
            Some(schema) => self
                .types
                .type_of(schema, &format!("{pointer}/schema"), hint),
            None => Ok(TypeRef::Any),
        }
    }

    pub(super) fn responses(
        &mut self,
        operation: &SpecOperation,
        pointer: &str,
        type_name: &str,
    ) -> Result<(Vec<Response>, Vec<Response>), Error> {
        let mut entries: Vec<(StatusMatch, &ReferenceOr<openapiv3::Response>, String)> = Vec::new();
        for (status, response) in &operation.responses.responses {
            let (status, label) = match status {
                StatusCode::Code(code) => (StatusMatch::Code(*code), code.to_string()),
                StatusCode::Range(digit) => {
                    (StatusMatch::Range(*digit as u8), format!("{digit}XX"))
                }
            };
            entries.push((status, response, format!("{pointer}/responses/{label}")));
        }
        if let Some(default) = &operation.responses.default {
            entries.push((
                StatusMatch::Default,
                default,
                format!("{pointer}/responses/default"),
            ));
        }
        entries.sort_by_key(|(status, _, _)| *status);
        let has_success = entries.iter().any(|(status, _, _)| is_success(*status));
        let mut success_names = NameSet::default();
        let mut error_names = NameSet::default();
        let mut successes = Vec::new();
        let mut errors = Vec::new();
        for (status, reference, response_pointer) in entries {
            let Some(response) = self.item_or_component(
                reference,
                "responses",
                &response_pointer,
                "the response is left out",
                |c| &c.responses,
            ) else {
                continue;
            };
            // A lone `default` describes the success response too.
            let success = is_success(status) || (!has_success && status == StatusMatch::Default);
            // A shared response's types are named after it, not after whichever operation
            // comes first.
            let (response_pointer, hint) = match shared_component(reference, "responses") {
                Some((pointer, key)) => (pointer, named_with(&key, "Response")),
                None => (
                    response_pointer,
                    format!("{type_name}{}Response", status.label().replace("XX", "xx")),
                ),
            };
            let body = self.response_body(response, success, &response_pointer, &hint)?;
            let headers = self.response_headers(response, &response_pointer, &hint)?;
            let names = if success {
                &mut success_names
            } else {
                &mut error_names
            };
            let entry = Response {
                status,
                variant_name: names.take(&status_variant_name(status), ""),
                description: response.description.clone(),
                body,
                headers,
            };
            if success {
                successes.push(entry);
            } else if status != StatusMatch::Code(304) {
                // The runtime answers a 304 with its own outcome, whatever the table says.
                errors.push(entry);
            }
        }
        self.stream_alone(&mut successes, pointer);
        Ok((successes, errors))
    }

    /// A response's body, by the media type the client prefers; `success` says whether it is
    /// a success response (an error's event stream is read whole, as text).
    fn response_body(
        &mut self,
        response: &openapiv3::Response,
        success: bool,
        response_pointer: &str,
        hint: &str,
    ) -> Result<Option<ResponseBody>, Error> {
        let Some((media_type, media, encoding)) = pick_media_type(&response.content) else {
            return Ok(None);
        };
        let content_pointer = format!(
            "{response_pointer}/content/{}",
            escape_pointer_segment(media_type)
        );
        self.note_unmodelled_xml(media_type, media, &content_pointer, "read");
        let encoding = match encoding {
            BodyEncoding::Form | BodyEncoding::Multipart => {
                self.warn(
                    &content_pointer,
                    "form-encoded responses are read as raw bytes",
                );
                BodyEncoding::Binary
            }
            BodyEncoding::EventStream if !success => BodyEncoding::Text,
            other => other,
        };
        Ok(Some(ResponseBody {
            media_type: media_type.clone(),
            encoding,
            ty: self.body_type(media, encoding, &content_pointer, hint)?,
        }))
    }

    /// A response's headers; one that cannot be resolved is left out with a warning.
    fn response_headers(
        &mut self,
        response: &openapiv3::Response,
        response_pointer: &str,
        hint: &str,
    ) -> Result<Vec<ResponseHeader>, Error> {
        let mut headers = Vec::new();
        for (name, header) in &response.headers {
            let header_pointer = format!(
                "{response_pointer}/headers/{}",
                escape_pointer_segment(name)
            );
            let Some(header) = self.item_or_component(
                header,
                "headers",
                &header_pointer,
                "the header is left out",
                |c| &c.headers,
            ) else {
                continue;
            };
            let ty = match &header.format {
                ParameterSchemaOrContent::Schema(schema) => self.types.type_of(
                    schema,
                    &format!("{header_pointer}/schema"),
                    &format!("{hint}{}", camel(name)),
                )?,
                ParameterSchemaOrContent::Content(_) => TypeRef::String(None),
            };
            headers.push(ResponseHeader {
                name: name.clone(),
                description: header.description.clone(),
                ty,
            });
        }
        Ok(headers)
    }

    /// XML bodies are text or bytes to the client: a schema given for one is not used, which
    /// the user should know.
    fn note_unmodelled_xml(
        &mut self,
        media_type: &str,
        media: &MediaType,
        pointer: &str,
        how: &str,
    ) {
        if is_xml(media_type) && media.schema.is_some() {
            let as_what = match encoding_of(media_type) {
                BodyEncoding::Text => "text",
                _ => "raw bytes",
            };
            self.warn(
                pointer,
                format!("XML bodies are not modelled; the body is {how} as {as_what}, and its schema is not used"),
            );
        }
    }

    /// An event stream is an operation's success type only when every success body is that
    /// stream; beside other success bodies, it is read whole, as text.
    fn stream_alone(&mut self, successes: &mut [Response], pointer: &str) {
        let mixed = sdkgen_ir::distinct_body_types(successes).len() > 1;
        let streams: Vec<&mut ResponseBody> = successes
            .iter_mut()
            .filter_map(|r| r.body.as_mut())
            .filter(|b| mixed && b.encoding == BodyEncoding::EventStream)
            .collect();
        if streams.is_empty() {
            return;
        }
        for body in streams {
            body.encoding = BodyEncoding::Text;
            body.ty = TypeRef::String(None);
        }
        self.warn(
            &format!("{pointer}/responses"),
            "an event stream beside other success bodies is read whole, as text",
        );
    }
}

/// A media type without its parameters, in lower case (`application/json; charset=utf-8` →
/// `application/json`).
/// For a reference to `#/components/<kind>/<key>`: that component's pointer and its key.
fn shared_component<T>(item: &ReferenceOr<T>, kind: &str) -> Option<(String, String)> {
    let ReferenceOr::Reference { reference } = item else {
        return None;
    };
    let key = reference.strip_prefix(&format!("#/components/{kind}/"))?;
    if key.contains('/') {
        return None;
    }
    let key = unescape_pointer_segment(key);
    let pointer = format!("/components/{kind}/{}", escape_pointer_segment(&key));
    Some((pointer, key))
}

/// A type name hint from a component's key, ending in `suffix` once.
fn named_with(key: &str, suffix: &str) -> String {
    let name = camel(key);
    if name.ends_with(suffix) {
        name
    } else {
        format!("{name}{suffix}")
    }
}

fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// JSON by its registered name, a `+json` suffix, or the older names servers still send
/// (`text/json`, `application/x-json`).
fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    matches!(
        essence.as_str(),
        "application/json" | "text/json" | "application/x-json" | "text/x-json"
    ) || essence.ends_with("+json")
}

fn is_xml(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/xml" || essence == "text/xml" || essence.ends_with("+xml")
}

fn encoding_of(media_type: &str) -> BodyEncoding {
    let essence = essence(media_type);
    if is_json(&essence) {
        BodyEncoding::Json
    } else if essence == "application/x-www-form-urlencoded" {
        BodyEncoding::Form
    } else if essence == "multipart/form-data" {
        BodyEncoding::Multipart
    } else if essence == "text/event-stream" {
        BodyEncoding::EventStream
    } else if essence.starts_with("text/") {
        BodyEncoding::Text
    } else {
        BodyEncoding::Binary
    }
}

/// Picks the media type a client uses: JSON when offered, then form, multipart, text, the rest.
fn pick_media_type(
    content: &IndexMap<String, MediaType>,
) -> Option<(&String, &MediaType, BodyEncoding)> {
    let rank = |encoding: BodyEncoding| match encoding {
        BodyEncoding::Json => 0,
        BodyEncoding::Form => 1,
        BodyEncoding::Multipart => 2,
        BodyEncoding::EventStream => 3,
        BodyEncoding::Text => 4,
        BodyEncoding::Binary => 5,
    };
    content
        .iter()
        .map(|(media_type, media)| (media_type, media, encoding_of(media_type)))
        .min_by_key(|(_, _, encoding)| rank(*encoding))
}

fn example_of(media: &MediaType) -> Option<Value> {
    media.example.clone().or_else(|| {
        media.examples.values().find_map(|example| match example {
            ReferenceOr::Item(example) => example.value.clone(),
            ReferenceOr::Reference { .. } => None,
        })
    })
}

/// Whether a documented status is a success: 2xx only. 1xx and 3xx never change an
/// operation's success type; they join its error table.
fn is_success(status: StatusMatch) -> bool {
    match status {
        StatusMatch::Code(code) => (200..300).contains(&code),
        StatusMatch::Range(digit) => digit == 2,
        StatusMatch::Default => false,
    }
}

/// A variant name for a status: its reason phrase where it has a well-known one.
fn status_variant_name(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => match reason_phrase(code) {
            Some(reason) => camel(reason),
            None => format!("Status{code}"),
        },
        StatusMatch::Range(1) => "Informational".to_string(),
        StatusMatch::Range(2) => "Success".to_string(),
        StatusMatch::Range(3) => "Redirection".to_string(),
        StatusMatch::Range(4) => "ClientError".to_string(),
        StatusMatch::Range(5) => "ServerError".to_string(),
        StatusMatch::Range(digit) => format!("Status{digit}xx"),
        StatusMatch::Default => "Default".to_string(),
    }
}

/// Reason phrases of the registered HTTP status codes.
pub fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi Status",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "Im A Teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        511 => "Network Authentication Required",
        _ => return None,
    })
}
