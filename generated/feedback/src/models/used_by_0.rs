//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The tenant's private key, returned only when it is created or rotated.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Credentials {
    /// The private API key. Keep it server-side.
    #[serde(rename = "privateKey")]
    pub private_key: String,
}
/// Internal Server Error
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalServerErrorException {
    /// The `message` property of the spec's `InternalServerErrorException` schema.
    ///
    /// Default: `"Internal Server Error"`.
    pub message: InternalServerErrorExceptionMessage,
}
/// The `message` property of the spec's `InternalServerErrorException` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InternalServerErrorExceptionMessage {
    /// `Internal Server Error`
    InternalServerError,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for InternalServerErrorExceptionMessage {
    fn default() -> Self {
        InternalServerErrorExceptionMessage::Unknown(Default::default())
    }
}
impl InternalServerErrorExceptionMessage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            InternalServerErrorExceptionMessage::InternalServerError => {
                "Internal Server Error"
            }
            InternalServerErrorExceptionMessage::Unknown(value) => value,
        }
    }
}
impl From<&str> for InternalServerErrorExceptionMessage {
    fn from(value: &str) -> Self {
        match value {
            "Internal Server Error" => {
                InternalServerErrorExceptionMessage::InternalServerError
            }
            other => InternalServerErrorExceptionMessage::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for InternalServerErrorExceptionMessage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InternalServerErrorExceptionMessage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InternalServerErrorExceptionMessage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(InternalServerErrorExceptionMessage::from(value.as_str()))
    }
}
/// Too Many Requests
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TooManyRequestsException {
    /// The `message` property of the spec's `TooManyRequestsException` schema.
    ///
    /// Default: `"Too Many Requests"`.
    pub message: TooManyRequestsExceptionMessage,
}
/// The `message` property of the spec's `TooManyRequestsException` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TooManyRequestsExceptionMessage {
    /// `Too Many Requests`
    TooManyRequests,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for TooManyRequestsExceptionMessage {
    fn default() -> Self {
        TooManyRequestsExceptionMessage::Unknown(Default::default())
    }
}
impl TooManyRequestsExceptionMessage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            TooManyRequestsExceptionMessage::TooManyRequests => "Too Many Requests",
            TooManyRequestsExceptionMessage::Unknown(value) => value,
        }
    }
}
impl From<&str> for TooManyRequestsExceptionMessage {
    fn from(value: &str) -> Self {
        match value {
            "Too Many Requests" => TooManyRequestsExceptionMessage::TooManyRequests,
            other => TooManyRequestsExceptionMessage::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for TooManyRequestsExceptionMessage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for TooManyRequestsExceptionMessage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TooManyRequestsExceptionMessage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(TooManyRequestsExceptionMessage::from(value.as_str()))
    }
}
/// Unauthorized
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UnauthorizedException {
    /// The `message` property of the spec's `UnauthorizedException` schema.
    ///
    /// Default: `"Unauthorized"`.
    pub message: UnauthorizedExceptionMessage,
}
/// The `message` property of the spec's `UnauthorizedException` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnauthorizedExceptionMessage {
    /// `Unauthorized`
    Unauthorized,
    /// A value this client did not know when it was generated.
    Unknown(String),
}
/// `Unknown` with an empty value: a placeholder in a model built field by field.
impl Default for UnauthorizedExceptionMessage {
    fn default() -> Self {
        UnauthorizedExceptionMessage::Unknown(Default::default())
    }
}
impl UnauthorizedExceptionMessage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UnauthorizedExceptionMessage::Unauthorized => "Unauthorized",
            UnauthorizedExceptionMessage::Unknown(value) => value,
        }
    }
}
impl From<&str> for UnauthorizedExceptionMessage {
    fn from(value: &str) -> Self {
        match value {
            "Unauthorized" => UnauthorizedExceptionMessage::Unauthorized,
            other => UnauthorizedExceptionMessage::Unknown(other.to_string()),
        }
    }
}
impl ::std::fmt::Display for UnauthorizedExceptionMessage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UnauthorizedExceptionMessage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnauthorizedExceptionMessage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(UnauthorizedExceptionMessage::from(value.as_str()))
    }
}
