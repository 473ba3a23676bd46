//! Operations: method, path, parameters, bodies, responses and pagination.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Constraints, TypeRef};

/// HTTP methods OpenAPI can describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// HEAD
    Head,
    /// PATCH
    Patch,
    /// TRACE
    Trace,
}

impl HttpMethod {
    /// The method as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }
}

/// One HTTP operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Operation {
    /// `operationId`, or one derived from method and path when the spec has none.
    pub id: String,
    /// Method name on the group handle, e.g. `list_api_keys`.
    pub rust_name: String,
    /// Prefix for the operation's own types (request builder, error enum), e.g. `ListApiKeys`.
    pub type_name: String,
    /// HTTP method.
    pub method: HttpMethod,
    /// Path template as written in the spec, e.g. `/api-keys/{api_key_id}`.
    pub path: String,
    /// The path template split into literal text and parameters.
    pub path_segments: Vec<PathSegment>,
    /// One-line summary.
    pub summary: Option<String>,
    /// Longer description.
    pub description: Option<String>,
    /// Whether the spec marks the operation deprecated.
    pub deprecated: bool,
    /// Parameters: path parameters first in template order, then the others in spec order.
    pub parameters: Vec<Parameter>,
    /// Request body, if the operation takes one.
    pub request_body: Option<RequestBody>,
    /// Success responses (2XX and 1XX/3XX statuses), in status order.
    pub responses: Vec<Response>,
    /// The error table: documented statuses that are not 2xx (but for 304, which clients
    /// report on their own), ranges and `default`, in status order.
    pub errors: Vec<Response>,
    /// The Rust name of the operation's own error enum, in its group's module: one per
    /// operation, even when its error table is empty, so that a new documented status is a
    /// new variant rather than another type.
    pub error_type: String,
    /// Alternatives of security requirements; each alternative is a set of scheme names that
    /// must all be satisfied. Empty means no authentication.
    pub security: Vec<Vec<String>>,
    /// How the operation pages through results, when it does.
    pub pagination: Option<Pagination>,
    /// The header parameter the API deduplicates requests by (`Idempotency-Key`), as the spec
    /// names it, when the operation declares one: a call that does not set it sends a fresh
    /// key, the same on every retry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_header: Option<String>,
}

/// How an operation pages through a list (from the `x-sdkgen-pagination` extension).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pagination {
    /// How the next page is requested.
    pub kind: PaginationKind,
    /// Fields leading from the response body to the array of items.
    pub items: Vec<FieldStep>,
    /// The type of one item.
    pub item_type: TypeRef,
}

/// How the next page is requested.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PaginationKind {
    /// The response names the next page's cursor, which goes into a parameter.
    Cursor {
        /// Rust name of the parameter that takes the cursor.
        parameter: String,
        /// Its name on the wire: a next-page URL carries the cursor under it.
        wire_name: String,
        /// Fields leading from the response body to the next cursor (a token, or a URL that
        /// carries the cursor parameter in its query).
        next: Vec<FieldStep>,
    },
    /// The next page starts after the items received so far.
    Offset {
        /// Rust name of the parameter that takes the offset.
        parameter: String,
        /// Rust name of the optional parameter that caps a page's items (`limit`), if any: a
        /// page shorter than the cap it was asked with is the last.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        limit: Option<String>,
    },
    /// The response's `Link` header names the next page (`rel="next"`), whose URL carries the
    /// page parameter (GitHub's `page`).
    LinkHeader {
        /// Rust name of the integer parameter that takes the page.
        parameter: String,
        /// Its name on the wire, as the next page's URL carries it.
        wire_name: String,
    },
}

/// One field on the way into a response body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldStep {
    /// Rust field name.
    pub rust_name: String,
    /// Whether the field is an `Option` (or, when `three_state`, a `Nullable`).
    pub optional: bool,
    /// Whether the field is optional and nullable: a `Nullable`, absent, `null` or a value.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub three_state: bool,
}

/// A piece of a path template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum PathSegment {
    /// Literal text, copied as is.
    Literal(String),
    /// A path parameter.
    Parameter {
        /// Its name in the path template.
        name: String,
        /// Its index in [`Operation::parameters`].
        parameter: usize,
    },
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParameterLocation {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a request header.
    Header,
    /// In the `Cookie` header.
    Cookie,
}

/// How a parameter value is serialized (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ParameterStyle {
    /// `simple` (path and header default).
    Simple,
    /// `form` (query and cookie default).
    Form,
    /// `matrix`.
    Matrix,
    /// `label`.
    Label,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`.
    DeepObject,
}

/// An operation parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parameter {
    /// Name on the wire, e.g. `X-API-KEY`.
    pub api_name: String,
    /// Rust argument name, e.g. `x_api_key`.
    pub rust_name: String,
    /// Where it travels.
    pub location: ParameterLocation,
    /// Its type.
    pub ty: TypeRef,
    /// Whether the caller must give it.
    pub required: bool,
    /// Whether the spec marks it deprecated.
    pub deprecated: bool,
    /// Default value from the schema.
    pub default: Option<Value>,
    /// An example value from the spec, if any.
    pub example: Option<Value>,
    /// Validation constraints from the schema.
    pub constraints: Constraints,
    /// Serialization style.
    pub style: ParameterStyle,
    /// Whether arrays and objects are exploded.
    pub explode: bool,
    /// Description.
    pub description: Option<String>,
    /// Whether it carries a credential (a key, token, password, session, …), so that clients
    /// keep its value out of `Debug` output and logs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
}

/// How a body is encoded on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyEncoding {
    /// JSON, including `+json` media types.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Plain text.
    Text,
    /// `text/event-stream`: server-sent events, read as they arrive (success responses only).
    EventStream,
    /// Raw bytes of any other media type.
    Binary,
}

/// A request body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestBody {
    /// Whether the body must be sent.
    pub required: bool,
    /// Description.
    pub description: Option<String>,
    /// The media type the client sends (JSON preferred when offered).
    pub media_type: String,
    /// Every media type the spec offers, in spec order.
    pub media_types: Vec<String>,
    /// How the chosen media type is encoded.
    pub encoding: BodyEncoding,
    /// The body's type.
    pub ty: TypeRef,
    /// An example body from the spec, if any.
    pub example: Option<Value>,
}

/// Which statuses a response entry covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum StatusMatch {
    /// One status code.
    Code(u16),
    /// A range such as `4XX`, by its first digit.
    Range(u8),
    /// `default`: every status not otherwise listed.
    Default,
}

impl StatusMatch {
    /// The status as written in a spec: `404`, `4XX` or `default`.
    pub fn label(self) -> String {
        match self {
            StatusMatch::Code(code) => code.to_string(),
            StatusMatch::Range(digit) => format!("{digit}XX"),
            StatusMatch::Default => "default".to_string(),
        }
    }
}

/// A documented response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// Which statuses it covers.
    pub status: StatusMatch,
    /// Rust variant name for this response in the operation's error or response enum.
    pub variant_name: String,
    /// Description.
    pub description: String,
    /// The body, if the response has one.
    pub body: Option<ResponseBody>,
    /// Documented response headers.
    pub headers: Vec<ResponseHeader>,
}

/// The body of a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseBody {
    /// Media type the client asks for (JSON preferred when offered).
    pub media_type: String,
    /// How it is decoded.
    pub encoding: BodyEncoding,
    /// Its type.
    pub ty: TypeRef,
}

/// A documented response header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseHeader {
    /// Header name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Its type.
    pub ty: TypeRef,
}

impl Operation {
    /// Every type a request sends: parameters and body.
    pub fn types_sent(&self) -> impl Iterator<Item = &TypeRef> {
        self.parameters
            .iter()
            .map(|p| &p.ty)
            .chain(self.request_body.as_ref().map(|b| &b.ty))
    }

    /// Every type a response carries: bodies and headers of successes and errors, and the
    /// items of pages.
    pub fn types_received(&self) -> impl Iterator<Item = &TypeRef> {
        self.responses
            .iter()
            .chain(&self.errors)
            .flat_map(|r| {
                r.body
                    .as_ref()
                    .map(|b| &b.ty)
                    .into_iter()
                    .chain(r.headers.iter().map(|h| &h.ty))
            })
            .chain(self.pagination.as_ref().map(|p| &p.item_type))
    }

    /// The distinct body types of the success responses, in status order; `None` stands for a
    /// response without a body. One entry means every success decodes the same way.
    pub fn success_body_types(&self) -> Vec<Option<&TypeRef>> {
        distinct_body_types(&self.responses)
    }

    /// The one success type, when every success response decodes into it.
    pub fn single_success_type(&self) -> Option<&TypeRef> {
        match self.success_body_types().as_slice() {
            [Some(ty)] => Some(ty),
            _ => None,
        }
    }

    /// The distinct media types of all documented response bodies, in status order: what the
    /// client accepts.
    pub fn response_media_types(&self) -> Vec<&str> {
        let mut types = Vec::new();
        for response in self.responses.iter().chain(&self.errors) {
            if let Some(body) = &response.body {
                if !types.contains(&body.media_type.as_str()) {
                    types.push(body.media_type.as_str());
                }
            }
        }
        types
    }
}

/// The distinct body types of `responses`, in order; `None` stands for a response without a
/// body.
pub fn distinct_body_types(responses: &[Response]) -> Vec<Option<&TypeRef>> {
    let mut distinct = Vec::new();
    for response in responses {
        let ty = response.body.as_ref().map(|b| &b.ty);
        if !distinct.contains(&ty) {
            distinct.push(ty);
        }
    }
    distinct
}
