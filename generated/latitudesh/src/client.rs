//! The client: where requests go, and with which credentials.
use std::sync::{Arc, RwLock};
use std::sync::PoisonError;
use crate::runtime::BuildError;
use crate::runtime::Secret;
/// The base URL of the spec's first server: `https://api.latitude.sh`.
pub const DEFAULT_BASE_URL: &str = "https://api.latitude.sh";
/// The `User-Agent` of every request.
const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Credentials for each security scheme; `Debug` shows which are set, never their values.
#[derive(Debug, Default, Clone)]
struct Credentials {
    bearer: Option<Secret>,
}
/// The security schemes of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    /// `Bearer`.
    Bearer,
}
impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        match scheme {
            Scheme::Bearer => self.bearer.is_some(),
        }
    }
}
/// A client for the Latitude.sh API (API version `2023-06-01`).
///
/// Cloning is cheap: clones share the connection pool and the credentials.
#[derive(Debug, Clone)]
pub struct Client {
    http: ::reqwest::Client,
    base_url: String,
    credentials: Arc<RwLock<Credentials>>,
}
impl Client {
    /// A client for the default server, without credentials.
    pub fn new() -> Result<Self, BuildError> {
        Self::builder().build()
    }
    /// A builder to set the base URL, the HTTP client and credentials.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }
    /// The base URL every request path is appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    /// Replaces the `Bearer` credential; every clone of this client uses the new value from its next request on.
    pub fn set_bearer(&self, value: impl Into<String>) {
        self.credentials.write().unwrap_or_else(PoisonError::into_inner).bearer = Some(
            Secret::new(value),
        );
    }
    /// Operations of the `API Keys` group.
    pub fn api_keys(&self) -> crate::api_keys::ApiKeys<'_> {
        crate::api_keys::ApiKeys {
            client: self,
        }
    }
    /// A request to `path` (relative to the base URL).
    pub(crate) fn request(
        &self,
        method: ::reqwest::Method,
        path: &str,
    ) -> ::reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{}", self.base_url, path))
            .header(::reqwest::header::USER_AGENT, USER_AGENT)
    }
    /// Adds the credentials of the first alternative whose schemes all have credentials
    /// set; an operation that needs no authentication passes no alternatives.
    pub(crate) fn authorize(
        &self,
        request: ::reqwest::RequestBuilder,
        _query: &mut Vec<(String, String)>,
        _cookies: &mut Vec<String>,
        alternatives: &[&[Scheme]],
    ) -> ::reqwest::RequestBuilder {
        let credentials = self
            .credentials
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        let Some(chosen) = alternatives
            .iter()
            .filter(|schemes| !schemes.is_empty())
            .find(|schemes| schemes.iter().all(|scheme| credentials.has(*scheme))) else {
            return request;
        };
        chosen
            .iter()
            .fold(
                request,
                |request, scheme| match scheme {
                    Scheme::Bearer => {
                        match &credentials.bearer {
                            Some(secret) => {
                                request.header("Authorization", secret.expose())
                            }
                            None => request,
                        }
                    }
                },
            )
    }
}
/// Configures a [`Client`].
#[derive(Debug, Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    http: Option<::reqwest::Client>,
    credentials: Credentials,
}
impl ClientBuilder {
    /// Sends requests to this base URL instead of the default server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
    /// Sends requests through this HTTP client (for proxies, TLS settings, timeouts…).
    pub fn http_client(mut self, client: ::reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }
    /// The `Bearer` credential: sent in the `Authorization` header.
    ///
    /// Your API key, sent unchanged in the `Authorization` header (no `Bearer ` prefix).
    pub fn bearer(mut self, value: impl Into<String>) -> Self {
        self.credentials.bearer = Some(Secret::new(value));
        self
    }
    /// Builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        let base_url = self
            .base_url
            .or(Some(DEFAULT_BASE_URL.to_string()))
            .ok_or(BuildError::MissingBaseUrl)?
            .trim_end_matches('/')
            .to_string();
        let http = match self.http {
            Some(http) => http,
            None => ::reqwest::Client::builder().build().map_err(BuildError::Http)?,
        };
        Ok(Client {
            http,
            base_url,
            credentials: Arc::new(RwLock::new(self.credentials)),
        })
    }
}
