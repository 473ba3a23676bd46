//! Responses, errors and request encoding shared by every operation.

use std::fmt;
use std::ops::Deref;

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::error::{BuildError, DecodeError};

/// Headers that commonly carry a request id, checked in this order.
const REQUEST_ID_HEADERS: &[&str] = &[
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-correlation-id",
];

pub(crate) fn request_id(headers: &HeaderMap) -> Option<&str> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|name| headers.get(*name).and_then(|v| v.to_str().ok()))
}

/// A response with a decoded body, together with its status and headers.
///
/// It dereferences to the body, so fields can be read directly.
#[derive(Debug, Clone, PartialEq)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
}

impl<T> Response<T> {
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, body: T) -> Self {
        Response {
            status,
            headers,
            body,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The server's request id, from the first of `x-request-id`, `request-id`,
    /// `x-amzn-requestid` and `x-correlation-id` that is present.
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, dropping status and headers.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Status, headers and body.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, T) {
        (self.status, self.headers, self.body)
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

/// A response kept as raw bytes: one whose status the spec does not document, or whose body
/// could not be decoded.
#[derive(Clone, PartialEq)]
pub struct RawResponse {
    status: StatusCode,
    headers: HeaderMap,
    body: bytes::Bytes,
}

impl RawResponse {
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, body: bytes::Bytes) -> Self {
        RawResponse {
            status,
            headers,
            body,
        }
    }

    /// Reads the whole body of a response.
    pub(crate) async fn read(response: reqwest::Response) -> Result<Self, reqwest::Error> {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await?;
        Ok(RawResponse {
            status,
            headers,
            body,
        })
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The server's request id, if a known request id header is present.
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }

    /// The body bytes.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body bytes, shared rather than copied.
    pub fn body_bytes(&self) -> bytes::Bytes {
        self.body.clone()
    }

    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body read as JSON. An empty body reads as the type's empty value where it has one
    /// (the first of `null`, `{}`, `[]` and `""` it reads): servers answer `204 No Content`
    /// with nothing where the spec documents a body, and nothing is lost in reading nothing so.
    pub(crate) fn json<T: DeserializeOwned>(self) -> Result<Response<T>, DecodeError> {
        const EMPTY_VALUES: [&str; 4] = ["null", "{}", "[]", "\"\""];
        let decoded = serde_json::from_slice(&self.body).or_else(|error| {
            if self.body.trim_ascii().is_empty() {
                EMPTY_VALUES
                    .iter()
                    .find_map(|empty| serde_json::from_str(empty).ok())
                    .ok_or(error)
            } else {
                Err(error)
            }
        });
        match decoded {
            Ok(body) => Ok(Response {
                status: self.status,
                headers: self.headers,
                body,
            }),
            Err(source) => Err(DecodeError::new(self, source)),
        }
    }

    pub(crate) fn text_body(self) -> Response<String> {
        let body = self.text();
        Response {
            status: self.status,
            headers: self.headers,
            body,
        }
    }

    pub(crate) fn bytes_body(self) -> Response<bytes::Bytes> {
        Response {
            status: self.status,
            headers: self.headers,
            body: self.body,
        }
    }

    pub(crate) fn empty(self) -> Response<()> {
        Response {
            status: self.status,
            headers: self.headers,
            body: (),
        }
    }
}

/// How much of a raw body `Debug` shows: enough to recognize it, without flooding logs.
const DEBUG_BODY_LIMIT: usize = 512;

/// The body for `Debug`: whole when short, else its first bytes and its length.
fn body_preview(body: &[u8]) -> String {
    match body.get(..DEBUG_BODY_LIMIT) {
        Some(prefix) if body.len() > DEBUG_BODY_LIMIT => {
            format!(
                "{}… ({} bytes)",
                String::from_utf8_lossy(prefix),
                body.len()
            )
        }
        _ => String::from_utf8_lossy(body).into_owned(),
    }
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &body_preview(&self.body))
            .finish()
    }
}

/// A server URL from its template: each variable as given in `values`, or at its default.
pub(crate) fn fill_server_url(
    template: &str,
    variables: &[(&str, &str, &[&str])],
    values: &[(String, String)],
) -> Result<String, BuildError> {
    if let Some((unknown, _)) = values
        .iter()
        .find(|(name, _)| !variables.iter().any(|(known, _, _)| known == name))
    {
        return Err(BuildError::UnknownServerVariable(unknown.clone()));
    }
    let mut url = template.to_string();
    for (name, default, allowed) in variables {
        let value = values
            .iter()
            .rev()
            .find(|(given, _)| given == name)
            .map_or(*default, |(_, value)| value.as_str());
        if !allowed.is_empty() && !allowed.contains(&value) {
            return Err(BuildError::InvalidServerVariable {
                name: name.to_string(),
                value: value.to_string(),
            });
        }
        url = url.replace(&format!("{{{name}}}"), value);
    }
    Ok(url)
}

/// A credential: kept out of `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Stands for a credential parameter in a request builder's `Debug` output.
pub(crate) struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// The header value for a credential, marked sensitive so that `Debug` output of the request
/// hides it. `scheme` names the credential in the error; the value itself never appears.
pub(crate) fn credential_header(scheme: &str, text: &str) -> Result<HeaderValue, String> {
    let mut value = HeaderValue::from_str(text)
        .map_err(|_| format!("the `{scheme}` credential has characters a header cannot carry"))?;
    value.set_sensitive(true);
    Ok(value)
}

/// How a parameter is serialized (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Simple,
    Form,
    Matrix,
    Label,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

/// Whether arrays and objects are exploded into a pair per member (OpenAPI `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Explode {
    Yes,
    No,
}

/// Whether a header parameter's value is a secret: marked sensitive, kept out of `Debug`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Secrecy {
    Plain,
    Secret,
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<Value, String> {
    serde_json::to_value(value).map_err(|e| format!("cannot encode parameter: {e}"))
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `simple` style: arrays as `a,b`; objects as `k,v,k,v`, or `k=v,k=v` when exploded.
fn simple(value: &Value, explode: bool) -> String {
    match value {
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(","),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                if explode {
                    format!("{k}={}", scalar(v))
                } else {
                    format!("{k},{}", scalar(v))
                }
            })
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(other),
    }
}

/// The text of a path parameter, percent-encoded so that it stays inside its path segment
/// (`/`, `?`, `#` and `%` included).
///
/// Empty, `.` and `..` are refused: URL parsing would drop or climb out of the segment, and
/// the request would reach another resource than the caller named.
pub(crate) fn path_param<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> Result<String, String> {
    let text = simple(&to_json(value)?, explode);
    if matches!(text.as_str(), "" | "." | "..") {
        return Err(format!(
            "path parameter `{name}` cannot be empty, `.` or `..`"
        ));
    }
    let encoded = percent_encoding::utf8_percent_encode(&text, COMPONENT);
    Ok(match style {
        Style::Label => format!(".{encoded}"),
        Style::Matrix => format!(
            ";{}={encoded}",
            percent_encoding::utf8_percent_encode(name, COMPONENT)
        ),
        _ => encoded.to_string(),
    })
}

/// The query pairs of a parameter (reqwest encodes them).
pub(crate) fn query_param<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> Result<Vec<(String, String)>, String> {
    let value = to_json(value)?;
    Ok(match (&value, style) {
        (Value::Array(items), Style::Form) if explode => items
            .iter()
            .map(|item| (name.to_string(), scalar(item)))
            .collect(),
        (Value::Array(items), Style::SpaceDelimited) => {
            vec![(
                name.to_string(),
                items.iter().map(scalar).collect::<Vec<_>>().join(" "),
            )]
        }
        (Value::Array(items), Style::PipeDelimited) => {
            vec![(
                name.to_string(),
                items.iter().map(scalar).collect::<Vec<_>>().join("|"),
            )]
        }
        (Value::Object(map), Style::DeepObject) => map
            .iter()
            .map(|(k, v)| (format!("{name}[{k}]"), scalar(v)))
            .collect(),
        (Value::Object(map), _) if explode => {
            map.iter().map(|(k, v)| (k.clone(), scalar(v))).collect()
        }
        (Value::Null, _) => Vec::new(),
        (other, _) => vec![(name.to_string(), simple(other, false))],
    })
}

/// The value of a header parameter; values a header cannot carry (CR, LF and other control
/// characters, non-ASCII) are refused. A `sensitive` value (a credential) is hidden from
/// `Debug` output of the request.
pub(crate) fn header_param<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    explode: bool,
    sensitive: bool,
) -> Result<Option<HeaderValue>, String> {
    let value = to_json(value)?;
    if value.is_null() {
        return Ok(None);
    }
    let text = simple(&value, explode);
    let mut value = HeaderValue::from_str(&text)
        .map_err(|_| format!("header `{name}` cannot hold the given value"))?;
    value.set_sensitive(sensitive);
    Ok(Some(value))
}

/// How many redirects a request follows.
const MAX_REDIRECTS: usize = 10;

/// The redirect policy of the HTTP client a `Client` builds: redirects are followed only
/// within the origin (scheme, host and port) of the request. A redirect elsewhere would carry
/// credentials that travel in custom headers (reqwest strips only `Authorization` and
/// `Cookie`); its response is returned as it is instead.
pub(crate) fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else if same_origin {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// A `name=value` pair for the `Cookie` header, the value percent-encoded so that `;`, `,`,
/// `=`, `"` and spaces cannot end it. Control characters (CR, LF, …) are refused outright;
/// `null` (an unset optional) gives no pair.
pub(crate) fn cookie_param<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
) -> Result<Option<String>, String> {
    let value = to_json(value)?;
    if value.is_null() {
        return Ok(None);
    }
    let text = simple(&value, false);
    if text.chars().any(char::is_control) {
        return Err(format!("cookie `{name}` cannot hold control characters"));
    }
    Ok(Some(format!(
        "{name}={}",
        percent_encoding::utf8_percent_encode(&text, COMPONENT)
    )))
}

/// The `Cookie` header for the collected pairs, marked sensitive: cookies usually carry
/// sessions or keys.
pub(crate) fn cookie_header(cookies: &[String]) -> Result<HeaderValue, String> {
    let mut value = HeaderValue::from_str(&cookies.join("; "))
        .map_err(|_| "invalid cookie value".to_string())?;
    value.set_sensitive(true);
    Ok(value)
}

/// An `application/x-www-form-urlencoded` request body.
pub(crate) fn form_body<T: Serialize + ?Sized>(body: &T) -> Result<Vec<u8>, String> {
    let pairs = query_param("", body, Style::Form, true)?;
    Ok(url_encode_pairs(&pairs).into_bytes())
}

fn url_encode_pairs(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                percent_encoding::utf8_percent_encode(k, COMPONENT),
                percent_encoding::utf8_percent_encode(v, COMPONENT)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Implements what a model enum with a fallback `Unknown` variant needs (`Default` as an empty
/// `Unknown`, the wire value, the conversion from it, `Display` and serde), so that a model
/// lists only its values: `Name(String) { Active("ACTIVE"), … }` or `Name(i64) { One(1), … }`.
// Not every crate has items of this kind: the runtime is the same in each.
#[allow(unused_macros)]
macro_rules! open_enum {
    ($name:ident(String) { $($variant:ident($value:literal)),* }) => {
        $crate::runtime::open_enum!(@default $name);

        impl $name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $value,)*
                    $name::Unknown(value) => value,
                }
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => $name::$variant,)*
                    other => $name::Unknown(other.to_string()),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok($name::from(value.as_str()))
            }
        }
    };
    ($name:ident(i64) { $($variant:ident($value:literal)),* }) => {
        $crate::runtime::open_enum!(@default $name);

        impl $name {
            /// The value as sent on the wire.
            pub fn as_i64(&self) -> i64 {
                match self {
                    $($name::$variant => $value,)*
                    $name::Unknown(value) => *value,
                }
            }
        }

        impl ::std::convert::From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $($value => $name::$variant,)*
                    other => $name::Unknown(other),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}", self.as_i64())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.as_i64())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value = <i64 as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok($name::from(value))
            }
        }
    };
    (@default $name:ident) => {
        /// `Unknown` with an empty value: a placeholder in a model built field by field.
        impl ::std::default::Default for $name {
            fn default() -> Self {
                $name::Unknown(::std::default::Default::default())
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use open_enum;

/// Implements `Debug` for an operation's parameters that carry credentials, so that an
/// operation lists only its fields: `Name { id, token(secret), other(optional_secret), body }`.
/// A `secret` shows as `<redacted>`, an `optional_secret` as `Some(<redacted>)` or `None`.
// Not every crate has items of this kind: the runtime is the same in each.
#[allow(unused_macros)]
macro_rules! redacted_debug {
    ($name:ident { $($field:ident $(($secrecy:ident))?),* }) => {
        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(stringify!($name))
                    $(.field(
                        stringify!($field),
                        &$crate::runtime::redacted_debug!(@value self $field $($secrecy)?),
                    ))*
                    .finish()
            }
        }
    };
    (@value $this:ident $field:ident) => { $this.$field };
    (@value $this:ident $field:ident secret) => { $crate::runtime::Redacted };
    (@value $this:ident $field:ident optional_secret) => {
        $this.$field.as_ref().map(|_| $crate::runtime::Redacted)
    };
}
#[allow(unused_imports)]
pub(crate) use redacted_debug;
