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
/// The error statuses one operation documents.
#[cfg(feature = "files")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum NotFoundError {
    /// `404`: Returns `{"error": "not found"}` when no file is called {name}; {self} {} {{
    NotFound(ErrorResponse<()>),
}
#[cfg(feature = "files")]
impl DocumentedError for NotFoundError {
    fn raw(&self) -> &RawResponse {
        match self {
            Self::NotFound(response) => response.raw(),
        }
    }
}
#[cfg(feature = "files")]
impl ErrorTable for NotFoundError {
    const STATUSES: ErrorStatuses<Self> = &[
        (
            Status::Code(404),
            |raw| Self::NotFound(
                ErrorResponse::empty(
                    raw,
                    "Returns `{\"error\": \"not found\"}` when no file is called {name}; {self} {} {{",
                ),
            ),
        ),
    ];
}
#[cfg(feature = "files")]
impl ::std::fmt::Display for NotFoundError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::NotFound(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
#[cfg(feature = "files")]
impl ::std::error::Error for NotFoundError {}
/// The error statuses one operation documents.
#[cfg(feature = "readings")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnauthorizedError {
    /// `401`: No valid token.
    Unauthorized(ErrorResponse<models::Problem>),
}
#[cfg(feature = "readings")]
impl DocumentedError for UnauthorizedError {
    fn raw(&self) -> &RawResponse {
        match self {
            Self::Unauthorized(response) => response.raw(),
        }
    }
}
#[cfg(feature = "readings")]
impl ErrorTable for UnauthorizedError {
    const STATUSES: ErrorStatuses<Self> = &[
        (
            Status::Code(401),
            |raw| Self::Unauthorized(ErrorResponse::json(raw, "No valid token.")),
        ),
    ];
}
#[cfg(feature = "readings")]
impl ::std::fmt::Display for UnauthorizedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unauthorized(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
#[cfg(feature = "readings")]
impl ::std::error::Error for UnauthorizedError {}
/// The error statuses one operation documents.
#[cfg(feature = "items")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ServiceUnavailableError {
    /// `503`: Try again later.
    ServiceUnavailable(ErrorResponse<()>),
}
#[cfg(feature = "items")]
impl DocumentedError for ServiceUnavailableError {
    fn raw(&self) -> &RawResponse {
        match self {
            Self::ServiceUnavailable(response) => response.raw(),
        }
    }
}
#[cfg(feature = "items")]
impl ErrorTable for ServiceUnavailableError {
    const STATUSES: ErrorStatuses<Self> = &[
        (
            Status::Code(503),
            |raw| Self::ServiceUnavailable(ErrorResponse::empty(raw, "Try again later.")),
        ),
    ];
}
#[cfg(feature = "items")]
impl ::std::fmt::Display for ServiceUnavailableError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ServiceUnavailable(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
#[cfg(feature = "items")]
impl ::std::error::Error for ServiceUnavailableError {}
/// The error statuses one operation documents.
#[cfg(feature = "items")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MovedPermanentlyOrNotFoundError {
    /// `301`: The item moved.
    MovedPermanently(ErrorResponse<()>),
    /// `404`: No such item.
    NotFound(ErrorResponse<models::Problem>),
}
#[cfg(feature = "items")]
impl DocumentedError for MovedPermanentlyOrNotFoundError {
    fn raw(&self) -> &RawResponse {
        match self {
            Self::MovedPermanently(response) => response.raw(),
            Self::NotFound(response) => response.raw(),
        }
    }
}
#[cfg(feature = "items")]
impl ErrorTable for MovedPermanentlyOrNotFoundError {
    const STATUSES: ErrorStatuses<Self> = &[
        (
            Status::Code(301),
            |raw| Self::MovedPermanently(ErrorResponse::empty(raw, "The item moved.")),
        ),
        (
            Status::Code(404),
            |raw| Self::NotFound(ErrorResponse::json(raw, "No such item.")),
        ),
    ];
}
#[cfg(feature = "items")]
impl ::std::fmt::Display for MovedPermanentlyOrNotFoundError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::MovedPermanently(response) => ::std::fmt::Display::fmt(response, f),
            Self::NotFound(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
#[cfg(feature = "items")]
impl ::std::error::Error for MovedPermanentlyOrNotFoundError {}
