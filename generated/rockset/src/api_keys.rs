//! Operations of the `API Keys` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::errors;
use crate::call::Status;
use crate::runtime::Style;
use crate::client::Scheme;
/// Create and manage API keys of the users of your organization.
///
/// Get one from [`Client::api_keys`].
#[derive(Debug, Clone)]
pub struct ApiKeys {
    pub(crate) client: Client,
}
impl ApiKeys {
    /// Create API Key
    ///
    /// Create a new API key for the authenticated user.
    ///
    /// `POST /v1/orgs/self/users/self/apikeys`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn create_api_key(
        &self,
        body: models::CreateApiKeyRequest,
    ) -> Request<CreateApiKey> {
        Request::new(&self.client, CreateApiKey { body })
    }
    /// List API Keys
    ///
    /// List API key metadata for any user in your organization.
    ///
    /// `GET /v1/orgs/self/users/{user}/apikeys`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn list_api_keys(&self, user: impl Into<String>) -> Request<ListApiKeys> {
        Request::new(&self.client, ListApiKeys { user: user.into() })
    }
    /// Retrieve API Key
    ///
    /// Retrieve a particular API key for any user in your organization.
    ///
    /// `GET /v1/orgs/self/users/{user}/apikeys/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn get_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
    ) -> Request<GetApiKey> {
        Request::new(
            &self.client,
            GetApiKey {
                user: user.into(),
                name: name.into(),
                reveal: None,
            },
        )
    }
    /// Update API Key State
    ///
    /// Update the state of an API key for any user in your organization.
    ///
    /// `POST /v1/orgs/self/users/{user}/apikeys/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn update_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
        body: models::UpdateApiKeyRequest,
    ) -> Request<UpdateApiKey> {
        Request::new(
            &self.client,
            UpdateApiKey {
                user: user.into(),
                name: name.into(),
                body,
            },
        )
    }
    /// Delete API Key
    ///
    /// Delete an API key for any user in your organization.
    ///
    /// `DELETE /v1/orgs/self/users/{user}/apikeys/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn delete_api_key(
        &self,
        user: impl Into<String>,
        name: impl Into<String>,
    ) -> Request<DeleteApiKey> {
        Request::new(
            &self.client,
            DeleteApiKey {
                user: user.into(),
                name: name.into(),
            },
        )
    }
}
/// The parameters of [`ApiKeys::create_api_key`] (`POST /v1/orgs/self/users/self/apikeys`).
#[derive(Debug, Clone)]
pub struct CreateApiKey {
    body: models::CreateApiKeyRequest,
}
impl Operation for CreateApiKey {
    type Output = models::CreateApiKeyResponse;
    type Error = errors::ApiKeysError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::POST,
            "/v1/orgs/self/users/self/apikeys",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        let body = &self.body;
        parts.json_body("application/json", body)?;
        Ok(parts)
    }
}
/// The parameters of [`ApiKeys::list_api_keys`] (`GET /v1/orgs/self/users/{user}/apikeys`).
#[derive(Debug, Clone)]
pub struct ListApiKeys {
    user: String,
}
impl Operation for ListApiKeys {
    type Output = models::ListApiKeysResponse;
    type Error = errors::ApiKeysError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/v1/orgs/self/users/",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        parts.path_param("user", &self.user, Style::Simple, false)?;
        parts.path("/apikeys");
        Ok(parts)
    }
}
/// The parameters of [`ApiKeys::get_api_key`] (`GET /v1/orgs/self/users/{user}/apikeys/{name}`).
#[derive(Debug, Clone)]
pub struct GetApiKey {
    user: String,
    name: String,
    reveal: Option<bool>,
}
impl Request<GetApiKey> {
    /// Reveal full key.
    pub fn reveal(mut self, value: bool) -> Self {
        self.params.reveal = Some(value);
        self
    }
}
impl Operation for GetApiKey {
    type Output = models::GetApiKeyResponse;
    type Error = errors::ApiKeysError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/v1/orgs/self/users/",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        parts.path_param("user", &self.user, Style::Simple, false)?;
        parts.path("/apikeys/");
        parts.path_param("name", &self.name, Style::Simple, false)?;
        parts.query("reveal", &self.reveal, Style::Form, true)?;
        Ok(parts)
    }
}
/// The parameters of [`ApiKeys::update_api_key`] (`POST /v1/orgs/self/users/{user}/apikeys/{name}`).
#[derive(Debug, Clone)]
pub struct UpdateApiKey {
    user: String,
    name: String,
    body: models::UpdateApiKeyRequest,
}
impl Operation for UpdateApiKey {
    type Output = models::UpdateApiKeyResponse;
    type Error = errors::ApiKeysError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::POST,
            "/v1/orgs/self/users/",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        parts.path_param("user", &self.user, Style::Simple, false)?;
        parts.path("/apikeys/");
        parts.path_param("name", &self.name, Style::Simple, false)?;
        let body = &self.body;
        parts.json_body("application/json", body)?;
        Ok(parts)
    }
}
/// The parameters of [`ApiKeys::delete_api_key`] (`DELETE /v1/orgs/self/users/{user}/apikeys/{name}`).
#[derive(Debug, Clone)]
pub struct DeleteApiKey {
    user: String,
    name: String,
}
impl Operation for DeleteApiKey {
    type Output = models::DeleteApiKeyResponse;
    type Error = errors::ApiKeysError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::DELETE,
            "/v1/orgs/self/users/",
            &[&[Scheme::Apikey]],
            Some("application/json"),
        );
        parts.path_param("user", &self.user, Style::Simple, false)?;
        parts.path("/apikeys/");
        parts.path_param("name", &self.name, Style::Simple, false)?;
        Ok(parts)
    }
}
