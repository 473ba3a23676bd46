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
/// The error statuses 5 operations document alike.
#[cfg(feature = "api_keys")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ApiKeysError {
    /// `400`: bad request
    BadRequest(ErrorResponse<models::ErrorModel>),
    /// `401`: unauthorized
    Unauthorized(ErrorResponse<models::ErrorModel>),
    /// `403`: forbidden
    Forbidden(ErrorResponse<models::ErrorModel>),
    /// `404`: not found
    NotFound(ErrorResponse<models::ErrorModel>),
    /// `405`: not allowed
    MethodNotAllowed(ErrorResponse<models::ErrorModel>),
    /// `406`: not acceptable
    NotAcceptable(ErrorResponse<models::ErrorModel>),
    /// `408`: request timeout
    RequestTimeout(ErrorResponse<models::ErrorModel>),
    /// `409`: conflict
    Conflict(ErrorResponse<models::ErrorModel>),
    /// `415`: not supported
    UnsupportedMediaType(ErrorResponse<models::ErrorModel>),
    /// `429`: resource exceeded
    TooManyRequests(ErrorResponse<models::ErrorModel>),
    /// `500`: internal error
    InternalServerError(ErrorResponse<models::ErrorModel>),
    /// `501`: not implemented
    NotImplemented(ErrorResponse<models::ErrorModel>),
    /// `502`: bad gateway
    BadGateway(ErrorResponse<models::ErrorModel>),
    /// `503`: not ready
    ServiceUnavailable(ErrorResponse<models::ErrorModel>),
}
#[cfg(feature = "api_keys")]
impl DocumentedError for ApiKeysError {
    fn raw(&self) -> &RawResponse {
        match self {
            Self::BadRequest(response) => response.raw(),
            Self::Unauthorized(response) => response.raw(),
            Self::Forbidden(response) => response.raw(),
            Self::NotFound(response) => response.raw(),
            Self::MethodNotAllowed(response) => response.raw(),
            Self::NotAcceptable(response) => response.raw(),
            Self::RequestTimeout(response) => response.raw(),
            Self::Conflict(response) => response.raw(),
            Self::UnsupportedMediaType(response) => response.raw(),
            Self::TooManyRequests(response) => response.raw(),
            Self::InternalServerError(response) => response.raw(),
            Self::NotImplemented(response) => response.raw(),
            Self::BadGateway(response) => response.raw(),
            Self::ServiceUnavailable(response) => response.raw(),
        }
    }
}
#[cfg(feature = "api_keys")]
impl ErrorTable for ApiKeysError {
    const STATUSES: ErrorStatuses<Self> = &[
        (
            Status::Code(400),
            |raw| Self::BadRequest(ErrorResponse::json(raw, "bad request")),
        ),
        (
            Status::Code(401),
            |raw| Self::Unauthorized(ErrorResponse::json(raw, "unauthorized")),
        ),
        (
            Status::Code(403),
            |raw| Self::Forbidden(ErrorResponse::json(raw, "forbidden")),
        ),
        (Status::Code(404), |raw| Self::NotFound(ErrorResponse::json(raw, "not found"))),
        (
            Status::Code(405),
            |raw| Self::MethodNotAllowed(ErrorResponse::json(raw, "not allowed")),
        ),
        (
            Status::Code(406),
            |raw| Self::NotAcceptable(ErrorResponse::json(raw, "not acceptable")),
        ),
        (
            Status::Code(408),
            |raw| Self::RequestTimeout(ErrorResponse::json(raw, "request timeout")),
        ),
        (Status::Code(409), |raw| Self::Conflict(ErrorResponse::json(raw, "conflict"))),
        (
            Status::Code(415),
            |raw| Self::UnsupportedMediaType(ErrorResponse::json(raw, "not supported")),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(ErrorResponse::json(raw, "resource exceeded")),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(ErrorResponse::json(raw, "internal error")),
        ),
        (
            Status::Code(501),
            |raw| Self::NotImplemented(ErrorResponse::json(raw, "not implemented")),
        ),
        (
            Status::Code(502),
            |raw| Self::BadGateway(ErrorResponse::json(raw, "bad gateway")),
        ),
        (
            Status::Code(503),
            |raw| Self::ServiceUnavailable(ErrorResponse::json(raw, "not ready")),
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
            Self::NotFound(response) => ::std::fmt::Display::fmt(response, f),
            Self::MethodNotAllowed(response) => ::std::fmt::Display::fmt(response, f),
            Self::NotAcceptable(response) => ::std::fmt::Display::fmt(response, f),
            Self::RequestTimeout(response) => ::std::fmt::Display::fmt(response, f),
            Self::Conflict(response) => ::std::fmt::Display::fmt(response, f),
            Self::UnsupportedMediaType(response) => ::std::fmt::Display::fmt(response, f),
            Self::TooManyRequests(response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(response) => ::std::fmt::Display::fmt(response, f),
            Self::NotImplemented(response) => ::std::fmt::Display::fmt(response, f),
            Self::BadGateway(response) => ::std::fmt::Display::fmt(response, f),
            Self::ServiceUnavailable(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
#[cfg(feature = "api_keys")]
impl ::std::error::Error for ApiKeysError {}
