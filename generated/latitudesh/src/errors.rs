//! The documented error statuses of operations: one enum per set of statuses, shared
//! by every operation that documents the same ones.
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
pub enum ClientOrServerError {
    /// `4XX`: An error; the body is not described.
    ClientError(ErrorResponse<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(ErrorResponse<()>),
}
#[cfg(feature = "api_keys")]
impl DocumentedError for ClientOrServerError {
    fn raw(&self) -> &RawResponse {
        match self {
            Self::ClientError(response) => response.raw(),
            Self::ServerError(response) => response.raw(),
        }
    }
}
#[cfg(feature = "api_keys")]
impl ErrorTable for ClientOrServerError {
    const STATUSES: ErrorStatuses<Self> = &[
        (
            Status::Range(4),
            |raw| Self::ClientError(
                ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
        (
            Status::Range(5),
            |raw| Self::ServerError(
                ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
    ];
}
#[cfg(feature = "api_keys")]
impl ::std::fmt::Display for ClientOrServerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ClientError(response) => ::std::fmt::Display::fmt(response, f),
            Self::ServerError(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
#[cfg(feature = "api_keys")]
impl ::std::error::Error for ClientOrServerError {}
