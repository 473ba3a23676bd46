//! The intermediate representation (IR) of an HTTP API.
//!
//! The IR is the one contract between sdkgen's stages: the loader turns an OpenAPI document into
//! an [`Api`], and every emitter (Rust code, markdown docs) reads only the [`Api`]. All names in
//! it are final: Rust identifiers are already valid, unique and deterministic, so emitters never
//! rename anything.

#![forbid(unsafe_code)]

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One API: everything an emitter needs to write a client for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Api {
    /// Short identifier of the API (the spec's file stem), e.g. `rockset`.
    pub name: String,
    /// Human title from `info.title`.
    pub title: String,
    /// The API's own version string from `info.version`, kept verbatim (it need not be semver).
    pub api_version: String,
    /// Description from `info.description`.
    pub description: Option<String>,
    /// Servers in spec order; the first one is the default.
    pub servers: Vec<Server>,
    /// Security schemes in spec order.
    pub security_schemes: Vec<SecurityScheme>,
    /// Operation groups (from tags), in order of first appearance.
    pub groups: Vec<Group>,
    /// Named types, sorted by Rust name.
    pub types: Vec<TypeDef>,
    /// Things in the spec that were degraded rather than rejected.
    pub warnings: Vec<Warning>,
    /// What sdkgen inferred that the spec does not say (a paged list from its shape).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Warning>,
}

/// A non-fatal finding about the spec: something approximated, or inferred.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// JSON pointer into the normalized spec.
    pub pointer: String,
    /// What was degraded and how.
    pub message: String,
}

/// A server the API is reachable at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Server {
    /// Variant name in the client's `Server` enum, e.g. `Production`.
    pub rust_name: String,
    /// URL template, possibly with `{variable}` placeholders.
    pub url: String,
    /// Description from the spec.
    pub description: Option<String>,
    /// Variables of the URL template.
    pub variables: Vec<ServerVariable>,
}

/// A variable in a server URL template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServerVariable {
    /// Name as written in the URL template.
    pub name: String,
    /// Default value.
    pub default: String,
    /// Allowed values, if restricted.
    pub allowed: Vec<String>,
    /// Description from the spec.
    pub description: Option<String>,
}

/// A way of authenticating requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecurityScheme {
    /// Key of the scheme in `components.securitySchemes`.
    pub name: String,
    /// snake_case identifier for the credential (field and setter name).
    pub rust_name: String,
    /// Description from the spec.
    pub description: Option<String>,
    /// Where and how the credential travels.
    pub kind: SecuritySchemeKind,
}

/// Where and how a credential travels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SecuritySchemeKind {
    /// A raw key sent in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// Header, query parameter or cookie name.
        parameter_name: String,
        /// Text sent before the key, such as `ApiKey ` (from the `x-sdkgen-prefix` extension).
        prefix: Option<String>,
    },
    /// `Authorization: Basic base64(user:password)`.
    HttpBasic,
    /// `Authorization: <scheme> <token>`: `Bearer`, or any other scheme word such as `ApiKey`.
    HttpToken {
        /// The scheme word as written in the spec, e.g. `Bearer`.
        scheme: String,
        /// Hint about the token format.
        bearer_format: Option<String>,
    },
    /// OAuth 2 or OpenID Connect: the client sends an access token obtained elsewhere as a
    /// bearer token.
    OAuth2,
}

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiKeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// A group of operations: one tag of the spec, one module and accessor in the client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Tag name as written in the spec, e.g. `API Keys`.
    pub name: String,
    /// Module and accessor name, e.g. `api_keys`.
    pub rust_name: String,
    /// Type name of the group's handle, e.g. `ApiKeys`.
    pub type_name: String,
    /// Tag description.
    pub description: Option<String>,
    /// Operations in spec order: paths in document order; per path GET, POST, PUT, PATCH,
    /// DELETE, OPTIONS, HEAD, TRACE.
    pub operations: Vec<Operation>,
}

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

/// Validation keywords of a schema, kept for docs and future validation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Constraints {
    /// `minimum`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    /// `maximum`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    /// `exclusiveMinimum`.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub exclusive_minimum: bool,
    /// `exclusiveMaximum`.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub exclusive_maximum: bool,
    /// `multipleOf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiple_of: Option<f64>,
    /// `minLength`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    /// `maxLength`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    /// `pattern`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// `minItems`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u64>,
    /// `maxItems`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u64>,
    /// `uniqueItems`.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub unique_items: bool,
}

impl Constraints {
    /// Whether no constraint is set.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
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

/// A reference to a type: a primitive, a container, or a named [`TypeDef`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "of", rename_all = "snake_case")]
pub enum TypeRef {
    /// A named type, by its Rust name.
    Named(String),
    /// A string, with its `format` if any.
    String(Option<String>),
    /// An integer, with its `format` (`int32`, `int64`, …) if any.
    Integer(Option<String>),
    /// A number, with its `format` (`float`, `double`) if any.
    Number(Option<String>),
    /// A boolean.
    Boolean,
    /// An array.
    Array(Box<TypeRef>),
    /// A map from string keys.
    Map(Box<TypeRef>),
    /// A value that may also be `null`.
    Nullable(Box<TypeRef>),
    /// A string format with a Rust type of its own, as the API's settings choose.
    Scalar(Scalar),
    /// Raw bytes: a binary response body, read whole or (on request) as a stream of chunks.
    Bytes,
    /// Bytes a request sends, from memory or from a stream: a binary request body.
    ByteStream,
    /// A stream of server-sent events, each one's data of this type: an event-stream response.
    EventStream(Box<TypeRef>),
    /// A file part of a `multipart/form-data` body: bytes or a stream, with a file name and a
    /// media type.
    File,
    /// Any JSON value.
    Any,
}

impl TypeRef {
    /// Whether it is a named type or a container of one.
    pub fn mentions_named(&self) -> bool {
        match self {
            TypeRef::Named(_) => true,
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::EventStream(inner) => inner.mentions_named(),
            _ => false,
        }
    }

    /// The scalar it is, or the one its containers hold.
    pub fn scalar(&self) -> Option<Scalar> {
        match self {
            TypeRef::Scalar(scalar) => Some(*scalar),
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::EventStream(inner) => inner.scalar(),
            _ => None,
        }
    }

    /// Whether it is a file part, or a list or option of them.
    pub fn is_file(&self) -> bool {
        match self {
            TypeRef::File => true,
            TypeRef::Array(inner) | TypeRef::Nullable(inner) => inner.is_file(),
            _ => false,
        }
    }

    /// The type without a [`TypeRef::Nullable`] wrapper.
    pub fn non_null(&self) -> &TypeRef {
        match self {
            TypeRef::Nullable(inner) => inner.non_null(),
            other => other,
        }
    }
}

/// A named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeDef {
    /// Rust type name, unique in the API.
    pub name: String,
    /// Where it was defined: a JSON pointer into the normalized spec.
    pub origin: String,
    /// Description.
    pub description: Option<String>,
    /// What kind of type it is.
    pub kind: TypeKind,
    /// The groups (by Rust name) whose operations use it, directly or through other types.
    pub groups: Vec<String>,
    /// Whether no operation uses it, or a type that no operation uses refers to it (webhook
    /// payloads, say): such types are compiled apart from any group.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unreferenced: bool,
    /// Whether a request sends it (in a body or a parameter, directly or inside another type).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sent: bool,
    /// Whether a response carries it (directly or inside another type), or no operation uses
    /// it (a payload such as a webhook's, which this client only reads).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub received: bool,
}

impl TypeDef {
    /// Whether `field`, one of this type's, must be given. A read-only property of a type that
    /// requests send is not (the server sets it, and requests leave it out), nor is a
    /// write-only property of a type that responses carry (the server leaves it out).
    pub fn requires(&self, field: &Field) -> bool {
        field.required && !(field.read_only && self.sent) && !(field.write_only && self.received)
    }

    /// Whether the model's `new` takes `field` as an argument: it must be given, and has no
    /// one fixed value.
    pub fn takes(&self, field: &Field) -> bool {
        self.requires(field) && field.constant.is_none()
    }

    /// Whether `field` is left out of what this type sends: a read-only property.
    pub fn never_sends(&self, field: &Field) -> bool {
        field.read_only && self.sent
    }

    /// How `field`, one of this type's, holds its value in the generated struct.
    pub fn field_wrap(&self, field: &Field) -> FieldWrap {
        if field.is_three_state() {
            FieldWrap::Nullable
        } else if self.requires(field) && !matches!(field.ty, TypeRef::Nullable(_)) {
            FieldWrap::Bare
        } else {
            FieldWrap::Option
        }
    }
}

/// How a struct field holds the value of its non-null type `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldWrap {
    /// `T`: the field is always there and never null.
    Bare,
    /// `Option<T>`: absent, or null where absent and null mean the same.
    Option,
    /// `Nullable<T>`: absent, null and a value all differ.
    Nullable,
}

/// The shape of a named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// An object with known fields.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// Type of extra properties, when `additionalProperties` allows them with a schema.
        additional_properties: Option<TypeRef>,
    },
    /// A closed set of values; unknown values decode into a fallback variant.
    Enum {
        /// The known values, all strings or all integers.
        variants: EnumVariants,
    },
    /// One of several shapes (`oneOf`/`anyOf`).
    Union {
        /// Discriminator property, if the spec names one.
        discriminator: Option<String>,
        /// The alternatives, in spec order.
        variants: Vec<UnionVariant>,
    },
    /// Another name for a type.
    Alias {
        /// The aliased type.
        target: TypeRef,
    },
}

impl TypeKind {
    /// The types its definition refers to: fields, extra properties, alternatives, target.
    pub fn references(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct {
                fields,
                additional_properties,
            } => fields
                .iter()
                .map(|f| &f.ty)
                .chain(additional_properties)
                .collect(),
            TypeKind::Enum { .. } => Vec::new(),
            TypeKind::Union { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Alias { target } => vec![target],
        }
    }
}

/// The known values of an enum, all strings or all integers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "repr", content = "values", rename_all = "snake_case")]
pub enum EnumVariants {
    /// String values.
    String(Vec<EnumVariant<String>>),
    /// Integer values.
    Integer(Vec<EnumVariant<i64>>),
}

/// String formats that become Rust types of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scalar {
    /// `date-time`: a point in time, RFC 3339 text on the wire.
    DateTime(DateLibrary),
    /// `date`: a calendar date, `YYYY-MM-DD` on the wire.
    Date(DateLibrary),
    /// `uuid`.
    Uuid,
    /// `byte`: base64 text on the wire, bytes in Rust.
    Base64,
    /// `uri`.
    Url,
}

/// The crate that dates and times come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateLibrary {
    /// `chrono::DateTime<Utc>` and `chrono::NaiveDate`.
    Chrono,
    /// `jiff::Timestamp` and `jiff::civil::Date`.
    Jiff,
}

/// A known value of an enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnumVariant<T> {
    /// Rust variant name.
    pub rust_name: String,
    /// The value on the wire.
    pub value: T,
}

impl EnumVariants {
    /// Each variant's Rust name and its value as text: a string as it is, an integer in
    /// decimal.
    pub fn texts(&self) -> Vec<(&str, String)> {
        match self {
            EnumVariants::String(variants) => variants
                .iter()
                .map(|v| (v.rust_name.as_str(), v.value.clone()))
                .collect(),
            EnumVariants::Integer(variants) => variants
                .iter()
                .map(|v| (v.rust_name.as_str(), v.value.to_string()))
                .collect(),
        }
    }

    /// The Rust name of the variant whose value is `value` (JSON, as a spec's example).
    pub fn find(&self, value: &Value) -> Option<&str> {
        match self {
            EnumVariants::String(variants) => variants
                .iter()
                .find(|v| value.as_str() == Some(v.value.as_str()))
                .map(|v| v.rust_name.as_str()),
            EnumVariants::Integer(variants) => variants
                .iter()
                .find(|v| value.as_i64() == Some(v.value))
                .map(|v| v.rust_name.as_str()),
        }
    }

    /// The Rust name of the first variant.
    pub fn first(&self) -> Option<&str> {
        match self {
            EnumVariants::String(variants) => variants.first().map(|v| v.rust_name.as_str()),
            EnumVariants::Integer(variants) => variants.first().map(|v| v.rust_name.as_str()),
        }
    }
}

/// An alternative of a union.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnionVariant {
    /// Rust variant name.
    pub rust_name: String,
    /// Discriminator value selecting this alternative, when the union has a discriminator.
    pub tag: Option<String>,
    /// The alternative's type.
    pub ty: TypeRef,
    /// Whether the value must be boxed because the type contains itself.
    pub boxed: bool,
}

/// A field of a struct.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// Property name on the wire.
    pub json_name: String,
    /// Rust field name.
    pub rust_name: String,
    /// Its type (wrapped in [`TypeRef::Nullable`] when the spec allows `null`).
    pub ty: TypeRef,
    /// Whether the property must be present.
    pub required: bool,
    /// The one value a required string `const` property always has: the field is a `String`
    /// that `new` and `Default` set, not an argument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constant: Option<String>,
    /// The tag a discriminated union selects this type by, when this required string field is
    /// the discriminator: the value `Default` gives it (the field stays an argument of `new`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Whether the value must be boxed because the type contains itself.
    pub boxed: bool,
    /// Default value.
    pub default: Option<Value>,
    /// An example value.
    pub example: Option<Value>,
    /// Validation constraints.
    pub constraints: Constraints,
    /// Whether only the server sends it.
    pub read_only: bool,
    /// Whether only the client sends it.
    pub write_only: bool,
    /// Whether the spec marks it deprecated.
    pub deprecated: bool,
    /// Description.
    pub description: Option<String>,
}

impl Field {
    /// Whether the property is optional and nullable, so that absent and `null` differ.
    pub fn is_three_state(&self) -> bool {
        !self.required && matches!(self.ty, TypeRef::Nullable(_))
    }
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

impl Api {
    /// Looks up a named type (`types` is sorted by name).
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types
            .binary_search_by(|t| t.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.types[i])
    }

    /// Every operation with its group, in group order.
    pub fn operations(&self) -> impl Iterator<Item = (&Group, &Operation)> {
        self.groups
            .iter()
            .flat_map(|g| g.operations.iter().map(move |op| (g, op)))
    }

    /// Whether some model has an optional, nullable property (absent, `null` or a value).
    pub fn has_three_state_fields(&self) -> bool {
        self.types.iter().any(|def| match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().any(Field::is_three_state),
            _ => false,
        })
    }

    /// Whether an operation answers with bytes alone, which `.stream()` reads as they arrive.
    pub fn has_binary_downloads(&self) -> bool {
        self.operations()
            .any(|(_, op)| op.single_success_type() == Some(&TypeRef::Bytes))
    }

    /// Whether an operation sends bytes from memory or a stream.
    pub fn has_binary_uploads(&self) -> bool {
        self.operations().any(|(_, op)| {
            op.request_body
                .as_ref()
                .is_some_and(|b| b.ty == TypeRef::ByteStream)
        })
    }

    /// Whether an operation answers with server-sent events.
    pub fn has_event_streams(&self) -> bool {
        self.operations()
            .any(|(_, op)| matches!(op.single_success_type(), Some(TypeRef::EventStream(_))))
    }

    /// Whether an operation sends a `multipart/form-data` body.
    pub fn has_forms(&self) -> bool {
        self.operations().any(|(_, op)| {
            op.request_body
                .as_ref()
                .is_some_and(|b| b.encoding == BodyEncoding::Multipart)
        })
    }

    /// Whether a model has a file part (a property of a `multipart/form-data` body).
    pub fn has_file_fields(&self) -> bool {
        self.types.iter().any(|def| match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().any(|f| f.ty.is_file()),
            _ => false,
        })
    }

    /// Every scalar a model or an operation uses, for the dependencies they need.
    pub fn scalars(&self) -> std::collections::BTreeSet<Scalar> {
        let in_types = self.types.iter().flat_map(|def| def.kind.references());
        let in_operations = self
            .operations()
            .flat_map(|(_, op)| op.types_sent().chain(op.types_received()));
        in_types
            .chain(in_operations)
            .filter_map(TypeRef::scalar)
            .collect()
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
