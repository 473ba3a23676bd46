//! The client: where requests go, with which credentials, and how they are retried.
use std::sync::Arc;
use std::sync::RwLock;
use std::sync::PoisonError;
use std::time::Duration;
use crate::runtime::{BuildError, RawResponse};
use crate::transport::{CallOptions, Hook, RetryConfig, SendError, Transport};
use crate::runtime::Secret;
/// The base URL of the spec's first server: `https://prod.conformance.example/v1`.
pub const DEFAULT_BASE_URL: &str = "https://prod.conformance.example/v1";
/// The servers the spec lists; the first is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Server {
    /// `https://{environment}.conformance.example/v1`: Hosted
    #[default]
    Hosted,
    /// `http://localhost:{port}`: Local
    Local,
}
impl Server {
    /// The URL template, with `{variable}` placeholders.
    pub fn url_template(self) -> &'static str {
        match self {
            Server::Hosted => "https://{environment}.conformance.example/v1",
            Server::Local => "http://localhost:{port}",
        }
    }
    /// The template's variables: name, default value and allowed values (empty: any).
    pub fn variables(
        self,
    ) -> &'static [(&'static str, &'static str, &'static [&'static str])] {
        match self {
            Server::Hosted => &[("environment", "prod", &["prod", "staging"])],
            Server::Local => &[("port", "8080", &[])],
        }
    }
    /// The URL with the given variables filled in and the others at their defaults.
    pub fn url(self, values: &[(String, String)]) -> Result<String, BuildError> {
        crate::runtime::fill_server_url(self.url_template(), self.variables(), values)
    }
}
/// The `User-Agent` of every request.
const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Query parameters that carry credentials; hooks see their values redacted.
const SECRET_QUERY_PARAMETERS: &[&str] = &["access_token", "api_key", "pin"];
/// Credentials for each security scheme; `Debug` shows which are set, never their values.
#[derive(Debug, Default, Clone)]
struct Credentials {
    header_key: Option<Secret>,
    cookie_key: Option<Secret>,
    token_word: Option<Secret>,
    query_key: Option<Secret>,
    basic: Option<(Secret, Secret)>,
    token: Option<Secret>,
    oauth: Option<Secret>,
}
/// The security schemes of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    /// `headerKey`.
    HeaderKey,
    /// `cookieKey`.
    CookieKey,
    /// `tokenWord`.
    TokenWord,
    /// `queryKey`.
    QueryKey,
    /// `basic`.
    Basic,
    /// `token`.
    Token,
    /// `oauth`.
    Oauth,
}
impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        match scheme {
            Scheme::HeaderKey => self.header_key.is_some(),
            Scheme::CookieKey => self.cookie_key.is_some(),
            Scheme::TokenWord => self.token_word.is_some(),
            Scheme::QueryKey => self.query_key.is_some(),
            Scheme::Basic => self.basic.is_some(),
            Scheme::Token => self.token.is_some(),
            Scheme::Oauth => self.oauth.is_some(),
        }
    }
}
/// A client for the sdkgen conformance API (API version `1.0`).
///
/// Cloning is cheap: clones share the connection pool, the settings and the credentials.
#[derive(Debug, Clone)]
pub struct Client {
    transport: Transport,
    base_url: String,
    credentials: Arc<RwLock<Credentials>>,
}
impl Client {
    /// A client for the default server, without credentials.
    pub fn new() -> Result<Self, BuildError> {
        Self::builder().build()
    }
    /// A builder to set the server, credentials, retries, timeout and hooks.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }
    /// The base URL every request path is appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    /// The HTTP client requests go through.
    pub fn http_client(&self) -> &::reqwest::Client {
        &self.transport.http
    }
    /// Replaces the `headerKey` credential; every clone of this client uses the new value from its next request on.
    pub fn set_header_key(&self, value: impl Into<String>) {
        self.credentials.write().unwrap_or_else(PoisonError::into_inner).header_key = Some(
            Secret::new(value),
        );
    }
    /// Replaces the `cookieKey` credential; every clone of this client uses the new value from its next request on.
    pub fn set_cookie_key(&self, value: impl Into<String>) {
        self.credentials.write().unwrap_or_else(PoisonError::into_inner).cookie_key = Some(
            Secret::new(value),
        );
    }
    /// Replaces the `tokenWord` credential; every clone of this client uses the new value from its next request on.
    pub fn set_token_word(&self, value: impl Into<String>) {
        self.credentials.write().unwrap_or_else(PoisonError::into_inner).token_word = Some(
            Secret::new(value),
        );
    }
    /// Replaces the `queryKey` credential; every clone of this client uses the new value from its next request on.
    pub fn set_query_key(&self, value: impl Into<String>) {
        self.credentials.write().unwrap_or_else(PoisonError::into_inner).query_key = Some(
            Secret::new(value),
        );
    }
    /// Replaces the `basic` credential; every clone of this client uses the new value from its next request on.
    pub fn set_basic(&self, username: impl Into<String>, password: impl Into<String>) {
        self.credentials.write().unwrap_or_else(PoisonError::into_inner).basic = Some((
            Secret::new(username),
            Secret::new(password),
        ));
    }
    /// Replaces the `token` credential; every clone of this client uses the new value from its next request on.
    pub fn set_token(&self, value: impl Into<String>) {
        self.credentials.write().unwrap_or_else(PoisonError::into_inner).token = Some(
            Secret::new(value),
        );
    }
    /// Replaces the `oauth` credential; every clone of this client uses the new value from its next request on.
    pub fn set_oauth(&self, value: impl Into<String>) {
        self.credentials.write().unwrap_or_else(PoisonError::into_inner).oauth = Some(
            Secret::new(value),
        );
    }
    /// Operations of the `Items` group.
    pub fn items(&self) -> crate::items::Items<'_> {
        crate::items::Items {
            client: self,
        }
    }
    /// Operations of the `Auth` group.
    pub fn auth(&self) -> crate::auth::Auth<'_> {
        crate::auth::Auth { client: self }
    }
    /// Operations of the `Files` group.
    pub fn files(&self) -> crate::files::Files<'_> {
        crate::files::Files {
            client: self,
        }
    }
    /// A request to `path` (relative to the base URL).
    pub(crate) fn request(
        &self,
        method: ::reqwest::Method,
        path: &str,
    ) -> ::reqwest::RequestBuilder {
        self.transport
            .http
            .request(method, format!("{}{}", self.base_url, path))
            .header(::reqwest::header::USER_AGENT, USER_AGENT)
    }
    /// Sends a request with the client's retries, timeout and hooks, as `options` adjust them.
    pub(crate) async fn send(
        &self,
        request: ::reqwest::RequestBuilder,
        options: &CallOptions,
    ) -> Result<RawResponse, SendError> {
        self.transport.send(request, options).await
    }
    /// Adds the credentials of the first alternative whose schemes all have credentials
    /// set; an operation that needs no authentication passes no alternatives. A
    /// credential that a header or cookie cannot carry is refused, never sent.
    pub(crate) fn authorize(
        &self,
        request: ::reqwest::RequestBuilder,
        query: &mut Vec<(String, String)>,
        cookies: &mut Vec<String>,
        alternatives: &[&[Scheme]],
    ) -> Result<::reqwest::RequestBuilder, String> {
        let credentials = self
            .credentials
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        let Some(chosen) = alternatives
            .iter()
            .filter(|schemes| !schemes.is_empty())
            .find(|schemes| schemes.iter().all(|scheme| credentials.has(*scheme))) else {
            return Ok(request);
        };
        chosen
            .iter()
            .try_fold(
                request,
                |request, scheme| Ok(
                    match scheme {
                        Scheme::HeaderKey => {
                            match &credentials.header_key {
                                Some(secret) => {
                                    request
                                        .header(
                                            "X-Api-Key",
                                            crate::runtime::credential_header(
                                                "headerKey",
                                                secret.expose(),
                                            )?,
                                        )
                                }
                                None => request,
                            }
                        }
                        Scheme::CookieKey => {
                            match &credentials.cookie_key {
                                Some(secret) => {
                                    cookies
                                        .push(
                                            crate::runtime::cookie_param("session", secret.expose())?,
                                        );
                                    request
                                }
                                None => request,
                            }
                        }
                        Scheme::TokenWord => {
                            match &credentials.token_word {
                                Some(secret) => {
                                    request
                                        .header(
                                            ::reqwest::header::AUTHORIZATION,
                                            crate::runtime::credential_header(
                                                "tokenWord",
                                                &format!("{} {}", "Token", secret.expose()),
                                            )?,
                                        )
                                }
                                None => request,
                            }
                        }
                        Scheme::QueryKey => {
                            match &credentials.query_key {
                                Some(secret) => {
                                    query
                                        .push((
                                            "api_key".to_string(),
                                            String::from(secret.expose()),
                                        ));
                                    request
                                }
                                None => request,
                            }
                        }
                        Scheme::Basic => {
                            match &credentials.basic {
                                Some(secret) => {
                                    request
                                        .basic_auth(secret.0.expose(), Some(secret.1.expose()))
                                }
                                None => request,
                            }
                        }
                        Scheme::Token => {
                            match &credentials.token {
                                Some(secret) => {
                                    request
                                        .header(
                                            ::reqwest::header::AUTHORIZATION,
                                            crate::runtime::credential_header(
                                                "token",
                                                &format!("{} {}", "Bearer", secret.expose()),
                                            )?,
                                        )
                                }
                                None => request,
                            }
                        }
                        Scheme::Oauth => {
                            match &credentials.oauth {
                                Some(secret) => {
                                    request
                                        .header(
                                            ::reqwest::header::AUTHORIZATION,
                                            crate::runtime::credential_header(
                                                "oauth",
                                                &format!("Bearer {}", secret.expose()),
                                            )?,
                                        )
                                }
                                None => request,
                            }
                        }
                    },
                ),
            )
    }
}
/// Configures a [`Client`].
#[derive(Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    server: Server,
    server_variables: Vec<(String, String)>,
    http: Option<::reqwest::Client>,
    retry: RetryConfig,
    timeout: Option<Duration>,
    hooks: Vec<Arc<dyn Hook>>,
    credentials: Credentials,
}
impl ::std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("server", &self.server)
            .field("server_variables", &self.server_variables)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("hooks", &self.hooks.len())
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}
impl ClientBuilder {
    /// Sends requests to this base URL instead of the spec's servers.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
    /// Sends requests to this server of the spec (ignored when a base URL is set).
    pub fn server(mut self, server: Server) -> Self {
        self.server = server;
        self
    }
    /// Sets a variable of the server's URL template (the others keep their defaults).
    pub fn server_variable(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.server_variables.push((name.into(), value.into()));
        self
    }
    /// Sends requests through this HTTP client (for proxies or TLS settings). Its own
    /// redirect policy applies: the client this crate builds follows redirects only
    /// within the same origin, so that credentials never follow one elsewhere.
    pub fn http_client(mut self, client: ::reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }
    /// Retries failed requests like this (see [`RetryConfig`] for the default);
    /// each call can override it.
    pub fn retries(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }
    /// Fails requests that take longer than this, retries included per attempt; each
    /// call can override it. No timeout by default.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }
    /// Runs this hook around every attempt of every request.
    pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }
    /// The `headerKey` credential: sent in the `X-Api-Key` header.
    pub fn header_key(mut self, value: impl Into<String>) -> Self {
        self.credentials.header_key = Some(Secret::new(value));
        self
    }
    /// The `cookieKey` credential: sent as the `session` cookie.
    pub fn cookie_key(mut self, value: impl Into<String>) -> Self {
        self.credentials.cookie_key = Some(Secret::new(value));
        self
    }
    /// The `tokenWord` credential: sent as `Authorization: Token <token>`.
    pub fn token_word(mut self, value: impl Into<String>) -> Self {
        self.credentials.token_word = Some(Secret::new(value));
        self
    }
    /// The `queryKey` credential: sent as the `api_key` query parameter.
    pub fn query_key(mut self, value: impl Into<String>) -> Self {
        self.credentials.query_key = Some(Secret::new(value));
        self
    }
    /// The `basic` credential: sent as HTTP basic authentication.
    pub fn basic(
        mut self,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        self.credentials.basic = Some((Secret::new(username), Secret::new(password)));
        self
    }
    /// The `token` credential: sent as `Authorization: Bearer <token>`.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.credentials.token = Some(Secret::new(value));
        self
    }
    /// The `oauth` credential: an OAuth 2 access token, sent as `Authorization: Bearer <token>`.
    pub fn oauth(mut self, value: impl Into<String>) -> Self {
        self.credentials.oauth = Some(Secret::new(value));
        self
    }
    /// Builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        let base_url = match self.base_url {
            Some(url) => url,
            None => {
                Some(self.server.url(&self.server_variables)?)
                    .ok_or(BuildError::MissingBaseUrl)?
            }
        }
            .trim_end_matches('/')
            .to_string();
        let http = match self.http {
            Some(http) => http,
            None => {
                ::reqwest::Client::builder()
                    .redirect(crate::runtime::same_origin_redirects())
                    .build()
                    .map_err(BuildError::Http)?
            }
        };
        Ok(Client {
            transport: Transport {
                http,
                retry: self.retry,
                timeout: self.timeout,
                hooks: self.hooks,
                secret_query_parameters: SECRET_QUERY_PARAMETERS,
            },
            base_url,
            credentials: Arc::new(RwLock::new(self.credentials)),
        })
    }
}
