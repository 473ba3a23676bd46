//! Operations of the `API Keys` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::call::Status;
use crate::runtime::Style;
use crate::client::Scheme;
/// Manage the API keys of the team members.
///
/// Get one from [`Client::api_keys`].
#[derive(Debug, Clone)]
pub struct ApiKeys {
    pub(crate) client: Client,
}
impl ApiKeys {
    /// List API Keys
    ///
    /// Returns a list of all API keys from the team members
    ///
    /// `GET /auth/api_keys`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn list(&self) -> Request<List> {
        Request::new(&self.client, List {})
    }
    /// Create API Key
    ///
    /// Create a new API Key that is tied to the current user account. The created API key is only listed ONCE upon creation. It can however be regenerated or deleted.
    ///
    /// `POST /auth/api_keys`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn create(&self, body: models::CreateApiKey) -> Request<Create> {
        Request::new(&self.client, Create { body })
    }
    /// Regenerate API Key
    ///
    /// Regenerate an existing API Key that is tied to the current user. This overrides the previous key.
    ///
    /// `PUT /auth/api_keys/{api_key_id}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn regenerate(
        &self,
        api_key_id: impl Into<String>,
        body: models::UpdateApiKey,
    ) -> Request<Regenerate> {
        Request::new(
            &self.client,
            Regenerate {
                api_key_id: api_key_id.into(),
                body,
            },
        )
    }
    /// Delete API Key
    ///
    /// Delete an existing API Key. Once deleted, the API Key can no longer be used to access the API.
    ///
    /// `DELETE /auth/api_keys/{api_key_id}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn delete(&self, api_key_id: impl Into<String>) -> Request<Delete> {
        Request::new(
            &self.client,
            Delete {
                api_key_id: api_key_id.into(),
            },
        )
    }
}
/// The parameters of [`ApiKeys::list`] (`GET /auth/api_keys`).
#[derive(Debug, Clone)]
pub struct List {}
impl Operation for List {
    type Output = models::ApiKey;
    type Error = ListError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "get-api-keys";
    const PATH_TEMPLATE: &'static str = "/auth/api_keys";
    fn describe(&self) -> Result<RequestParts, String> {
        let parts = RequestParts::new(
            Method::GET,
            "/auth/api_keys",
            &[&[Scheme::Bearer]],
            Some("application/vnd.api+json"),
        );
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for List {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/vnd.api+json",
        body,
    );
}
/// The documented errors of [`ApiKeys::list`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListError {
    /// `4XX`: An error; the body is not described.
    ClientError(crate::ErrorResponse<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(crate::ErrorResponse<()>),
}
impl crate::DocumentedError for ListError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::ClientError(ref response) => response.raw(),
            Self::ServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for ListError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Range(4),
            |raw| Self::ClientError(
                crate::ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
        (
            Status::Range(5),
            |raw| Self::ServerError(
                crate::ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
    ];
}
impl ::std::fmt::Display for ListError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ClientError(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServerError(ref response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ListError {}
/// The parameters of [`ApiKeys::create`] (`POST /auth/api_keys`).
#[derive(Debug, Clone)]
pub struct Create {
    body: models::CreateApiKey,
}
impl Operation for Create {
    type Output = models::PostApiKeyResponseBody;
    type Error = CreateError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(201), crate::call::json)];
    const ID: &'static str = "post-api-key";
    const PATH_TEMPLATE: &'static str = "/auth/api_keys";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::POST,
            "/auth/api_keys",
            &[&[Scheme::Bearer]],
            Some("application/vnd.api+json"),
        );
        let body = &self.body;
        parts.json_body("application/json", body)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for Create {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        201,
        "application/vnd.api+json",
        body,
    );
}
/// The documented errors of [`ApiKeys::create`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateError {
    /// `4XX`: An error; the body is not described.
    ClientError(crate::ErrorResponse<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(crate::ErrorResponse<()>),
}
impl crate::DocumentedError for CreateError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::ClientError(ref response) => response.raw(),
            Self::ServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for CreateError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Range(4),
            |raw| Self::ClientError(
                crate::ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
        (
            Status::Range(5),
            |raw| Self::ServerError(
                crate::ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
    ];
}
impl ::std::fmt::Display for CreateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ClientError(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServerError(ref response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for CreateError {}
/// The parameters of [`ApiKeys::regenerate`] (`PUT /auth/api_keys/{api_key_id}`).
#[derive(Debug, Clone)]
pub struct Regenerate {
    api_key_id: String,
    body: models::UpdateApiKey,
}
impl Operation for Regenerate {
    type Output = models::UpdateApiKeyResponseBody;
    type Error = RegenerateError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "update-api-key";
    const PATH_TEMPLATE: &'static str = "/auth/api_keys/{api_key_id}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::PUT,
            "/auth/api_keys/",
            &[&[Scheme::Bearer]],
            Some("application/vnd.api+json"),
        );
        parts.path_param("api_key_id", &self.api_key_id, Style::Simple, false)?;
        let body = &self.body;
        parts.json_body("application/json", body)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for Regenerate {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/vnd.api+json",
        body,
    );
}
/// The documented errors of [`ApiKeys::regenerate`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RegenerateError {
    /// `4XX`: An error; the body is not described.
    ClientError(crate::ErrorResponse<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(crate::ErrorResponse<()>),
}
impl crate::DocumentedError for RegenerateError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::ClientError(ref response) => response.raw(),
            Self::ServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for RegenerateError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Range(4),
            |raw| Self::ClientError(
                crate::ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
        (
            Status::Range(5),
            |raw| Self::ServerError(
                crate::ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
    ];
}
impl ::std::fmt::Display for RegenerateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ClientError(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServerError(ref response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for RegenerateError {}
/// The parameters of [`ApiKeys::delete`] (`DELETE /auth/api_keys/{api_key_id}`).
#[derive(Debug, Clone)]
pub struct Delete {
    api_key_id: String,
}
impl Operation for Delete {
    type Output = ();
    type Error = DeleteError;
    const SUCCESSES: Successes<Self::Output> = &[
        (Status::Code(200), crate::call::empty),
    ];
    const ID: &'static str = "delete-api-key";
    const PATH_TEMPLATE: &'static str = "/auth/api_keys/{api_key_id}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::DELETE,
            "/auth/api_keys/",
            &[&[Scheme::Bearer]],
            None,
        );
        parts.path_param("api_key_id", &self.api_key_id, Style::Simple, false)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for Delete {
    const REPLY: crate::mock::Encoder<Self::Output> = |_| crate::mock::empty(200);
}
/// The documented errors of [`ApiKeys::delete`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteError {
    /// `4XX`: An error; the body is not described.
    ClientError(crate::ErrorResponse<()>),
    /// `5XX`: An error; the body is not described.
    ServerError(crate::ErrorResponse<()>),
}
impl crate::DocumentedError for DeleteError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::ClientError(ref response) => response.raw(),
            Self::ServerError(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for DeleteError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Range(4),
            |raw| Self::ClientError(
                crate::ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
        (
            Status::Range(5),
            |raw| Self::ServerError(
                crate::ErrorResponse::empty(raw, "An error; the body is not described."),
            ),
        ),
    ];
}
impl ::std::fmt::Display for DeleteError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ClientError(ref response) => ::std::fmt::Display::fmt(response, f),
            Self::ServerError(ref response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for DeleteError {}
