//! Operations of the `Credentials` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::call::Status;
use crate::client::Scheme;
/// Create, rotate and delete the tenant's private key.
///
/// Get one from [`Client::credentials`].
#[derive(Debug, Clone)]
pub struct Credentials {
    pub(crate) client: Client,
}
impl Credentials {
    /// Start here by creating your credentials
    ///
    /// Be careful to save the private key that is returned. You will not be able to retrieve it again.
    /// You can only have one private key at a time.
    /// Private key is not to be shared with anyone, do not expose it in your frontend code.
    ///
    /// `POST /credentials`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn create_credentials(&self) -> Request<CreateCredentials> {
        Request::new(&self.client, CreateCredentials {})
    }
    /// Rotate credentials
    ///
    /// Generate a new private key and invalidate the current one.
    /// Use this in case your private key is compromised or for security reasons.
    ///
    /// `PUT /credentials`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn rotate_credentials(
        &self,
        x_api_key: impl Into<String>,
    ) -> Request<RotateCredentials> {
        Request::new(
            &self.client,
            RotateCredentials {
                x_api_key: x_api_key.into(),
            },
        )
    }
    /// Delete credentials
    ///
    /// Invalidate your current private key.
    /// You will no longer be able to create or read feedback.
    ///
    /// `DELETE /credentials`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn delete_credentials(
        &self,
        x_api_key: impl Into<String>,
    ) -> Request<DeleteCredentials> {
        Request::new(
            &self.client,
            DeleteCredentials {
                x_api_key: x_api_key.into(),
            },
        )
    }
}
/// The parameters of [`Credentials::create_credentials`] (`POST /credentials`).
#[derive(Debug, Clone)]
pub struct CreateCredentials {}
impl Operation for CreateCredentials {
    type Output = models::Credentials;
    type Error = CreateCredentialsError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "createCredentials";
    const PATH_TEMPLATE: &'static str = "/credentials";
    fn describe(&self) -> Result<RequestParts, String> {
        let parts = RequestParts::new(
            Method::POST,
            "/credentials",
            &[&[Scheme::RapidApiKey]],
            Some("application/json"),
        );
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for CreateCredentials {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Credentials::create_credentials`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateCredentialsError {
    /// `401`: Unauthorized
    Unauthorized(crate::ErrorResponse<models::UnauthorizedException>),
    /// `429`: Too Many Requests
    TooManyRequests(crate::ErrorResponse<models::TooManyRequestsException>),
    /// `500`: Internal Server Error
    InternalServerError(crate::ErrorResponse<models::InternalServerErrorException>),
}
impl crate::DocumentedError for CreateCredentialsError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::Unauthorized(ref response) => response.raw(),
            Self::TooManyRequests(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for CreateCredentialsError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "Unauthorized")),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(
                crate::ErrorResponse::json(raw, "Too Many Requests"),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(raw, "Internal Server Error"),
            ),
        ),
    ];
}
impl ::std::fmt::Display for CreateCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::TooManyRequests(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for CreateCredentialsError {}
/// The parameters of [`Credentials::rotate_credentials`] (`PUT /credentials`).
#[derive(Clone)]
pub struct RotateCredentials {
    x_api_key: String,
}
impl ::std::fmt::Debug for RotateCredentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RotateCredentials")
            .field("x_api_key", &crate::runtime::Redacted)
            .finish()
    }
}
impl Operation for RotateCredentials {
    type Output = models::Credentials;
    type Error = RotateCredentialsError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "rotateCredentials";
    const PATH_TEMPLATE: &'static str = "/credentials";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::PUT,
            "/credentials",
            &[&[Scheme::RapidApiKey]],
            Some("application/json"),
        );
        parts.header("X-API-KEY", &self.x_api_key, false, true)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for RotateCredentials {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Credentials::rotate_credentials`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RotateCredentialsError {
    /// `401`: Unauthorized
    Unauthorized(crate::ErrorResponse<models::UnauthorizedException>),
    /// `429`: Too Many Requests
    TooManyRequests(crate::ErrorResponse<models::TooManyRequestsException>),
    /// `500`: Internal Server Error
    InternalServerError(crate::ErrorResponse<models::InternalServerErrorException>),
}
impl crate::DocumentedError for RotateCredentialsError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::Unauthorized(ref response) => response.raw(),
            Self::TooManyRequests(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for RotateCredentialsError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "Unauthorized")),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(
                crate::ErrorResponse::json(raw, "Too Many Requests"),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(raw, "Internal Server Error"),
            ),
        ),
    ];
}
impl ::std::fmt::Display for RotateCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::TooManyRequests(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for RotateCredentialsError {}
/// The parameters of [`Credentials::delete_credentials`] (`DELETE /credentials`).
#[derive(Clone)]
pub struct DeleteCredentials {
    x_api_key: String,
}
impl ::std::fmt::Debug for DeleteCredentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCredentials")
            .field("x_api_key", &crate::runtime::Redacted)
            .finish()
    }
}
impl Operation for DeleteCredentials {
    type Output = ();
    type Error = DeleteCredentialsError;
    const SUCCESSES: Successes<Self::Output> = &[
        (Status::Code(204), crate::call::empty),
    ];
    const ID: &'static str = "deleteCredentials";
    const PATH_TEMPLATE: &'static str = "/credentials";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::DELETE,
            "/credentials",
            &[&[Scheme::RapidApiKey]],
            Some("application/json"),
        );
        parts.header("X-API-KEY", &self.x_api_key, false, true)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for DeleteCredentials {
    const REPLY: crate::mock::Encoder<Self::Output> = |_| crate::mock::empty(204);
}
/// The documented errors of [`Credentials::delete_credentials`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteCredentialsError {
    /// `401`: Unauthorized
    Unauthorized(crate::ErrorResponse<models::UnauthorizedException>),
    /// `429`: Too Many Requests
    TooManyRequests(crate::ErrorResponse<models::TooManyRequestsException>),
    /// `500`: Internal Server Error
    InternalServerError(crate::ErrorResponse<models::InternalServerErrorException>),
}
impl crate::DocumentedError for DeleteCredentialsError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::Unauthorized(ref response) => response.raw(),
            Self::TooManyRequests(ref response) => response.raw(),
            Self::InternalServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for DeleteCredentialsError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "Unauthorized")),
        ),
        (
            Status::Code(429),
            |raw| Self::TooManyRequests(
                crate::ErrorResponse::json(raw, "Too Many Requests"),
            ),
        ),
        (
            Status::Code(500),
            |raw| Self::InternalServerError(
                crate::ErrorResponse::json(raw, "Internal Server Error"),
            ),
        ),
    ];
}
impl ::std::fmt::Display for DeleteCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::TooManyRequests(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::InternalServerError(ref response) => {
                ::std::fmt::Display::fmt(response, f)
            }
        }
    }
}
impl ::std::error::Error for DeleteCredentialsError {}
