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
/// The error statuses 4 operations document alike.
#[cfg(feature = "api_keys")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ApiKeysError {
    /// `400`: The request failed because of a malformed or invalid request
    BadRequest(ErrorResponse<models::ApiError>),
    /// `401`: The request failed because the provided credentials are invalid or missing
    Unauthorized(ErrorResponse<()>),
    /// `403`: The request failed because the provided credentials do not have the required permissions to perform this action
    Forbidden(ErrorResponse<()>),
    /// `500`: The request failed because of an unexpected server error
    InternalServerError(ErrorResponse<models::ApiError>),
}
#[cfg(feature = "api_keys")]
impl DocumentedError for ApiKeysError {
    fn raw(&self) -> &RawResponse {
        match self {
            Self::BadRequest(response) => response.raw(),
            Self::Unauthorized(response) => response.raw(),
            Self::Forbidden(response) => response.raw(),
            Self::InternalServerError(response) => response.raw(),
        }
    }
}
#[cfg(feature = "api_keys")]
impl ErrorTable for ApiKeysError {
    const STATUSES: ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(
                ErrorResponse::json(
                    raw,
                    "The request failed because of a malformed or invalid request",
                ),
            ),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(
                ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials are invalid or missing",
                ),
            ),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(
                ErrorResponse::empty(
                    raw,
                    "The request failed because the provided credentials do not have the required permissions to perform this action",
                ),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                ErrorResponse::json(
                    raw,
                    "The request failed because of an unexpected server error",
                ),
            ),
        ),
    ];
}
#[cfg(feature = "api_keys")]
impl ::std::fmt::Display for ApiKeysError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(response) => ::std::fmt::Display::fmt(response, f),
            Self::Unauthorized(response) => ::std::fmt::Display::fmt(response, f),
            Self::Forbidden(response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
#[cfg(feature = "api_keys")]
impl ::std::error::Error for ApiKeysError {}
