//! The documented error statuses of operations: one enum per set of statuses, shared
//! by every operation that documents the same ones.
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::call::{ErrorStatuses, ErrorTable, Status};
#[allow(unused_imports)]
use crate::error::{DocumentedError, ErrorResponse};
#[allow(unused_imports)]
use crate::runtime::RawResponse;
/// The error statuses 3 operations document alike.
#[cfg(feature = "credentials")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CredentialsError {
    /// `401`: Unauthorized
    Unauthorized(ErrorResponse<models::UnauthorizedException>),
    /// `429`: Too Many Requests
    TooManyRequests(ErrorResponse<models::TooManyRequestsException>),
    /// `500`: Internal Server Error
    InternalServerError(ErrorResponse<models::InternalServerErrorException>),
}
#[cfg(feature = "credentials")]
impl DocumentedError for CredentialsError {
    fn raw(&self) -> &RawResponse {
        match self {
            Self::Unauthorized(response) => response.raw(),
            Self::TooManyRequests(response) => response.raw(),
            Self::InternalServerError(response) => response.raw(),
        }
    }
}
#[cfg(feature = "credentials")]
impl ErrorTable for CredentialsError {
    const STATUSES: ErrorStatuses<Self> = &[
        (
            Status::Code(401),
            |raw| Self::Unauthorized(ErrorResponse::json(raw, "Unauthorized")),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(ErrorResponse::json(raw, "Too Many Requests")),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                ErrorResponse::json(raw, "Internal Server Error"),
            ),
        ),
    ];
}
#[cfg(feature = "credentials")]
impl ::std::fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unauthorized(response) => ::std::fmt::Display::fmt(response, f),
            Self::TooManyRequests(response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
#[cfg(feature = "credentials")]
impl ::std::error::Error for CredentialsError {}
