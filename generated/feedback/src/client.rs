//! The client: where requests go, with which credentials, and how they are retried.
use std::sync::Arc;
use std::time::Duration;
use crate::call::RequestParts;
use crate::error::{BuildError, TransportError};
use crate::runtime::Secret;
use std::sync::{PoisonError, RwLock};
use crate::transport::{Hook, RetryConfig, Transport};
/// The base URL of the spec's first server: `https://feedback-api5.p.rapidapi.com`.
pub const DEFAULT_BASE_URL: &str = "https://feedback-api5.p.rapidapi.com";
/// The servers the spec lists; the first is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Server {
    /// `https://feedback-api5.p.rapidapi.com`: Production (RapidAPI gateway)
    #[default]
    ProductionRapidApiGateway,
}
impl Server {
    /// The URL template, with `{variable}` placeholders.
    pub fn url_template(self) -> &'static str {
        match self {
            Server::ProductionRapidApiGateway => "https://feedback-api5.p.rapidapi.com",
        }
    }
    /// The template's variables: name, default value and allowed values (empty: any).
    pub fn variables(
        self,
    ) -> &'static [(&'static str, &'static str, &'static [&'static str])] {
        match self {
            Server::ProductionRapidApiGateway => &[],
        }
    }
    /// The URL with the given variables filled in and the others at their defaults.
    pub fn url(self, values: &[(String, String)]) -> Result<String, BuildError> {
        crate::runtime::fill_server_url(self.url_template(), self.variables(), values)
    }
}
/// The `User-Agent` of every request.
pub(crate) const USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);
/// Query parameters that carry credentials; hooks see their values redacted.
const SECRET_QUERY_PARAMETERS: &[&str] = &[];
/// Credentials for each security scheme; `Debug` shows which are set, never their values.
#[derive(Debug, Default, Clone)]
struct Credentials {
    rapid_api_key: Option<Secret>,
}
/// The security schemes of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)]
pub(crate) enum Scheme {
    /// `RapidApiKey`.
    RapidApiKey,
}
impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        match scheme {
            Scheme::RapidApiKey => self.rapid_api_key.is_some(),
        }
    }
}
impl Client {
    /// Adds the credentials of the first alternative whose schemes all have credentials
    /// set; an operation that needs no authentication has no alternatives. A
    /// credential that a header or cookie cannot carry is refused, never sent.
    pub(crate) fn authorize(&self, parts: &mut RequestParts) -> Result<(), String> {
        let credentials = self
            .inner
            .credentials
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        let Some(chosen) = parts
            .security
            .iter()
            .find(|schemes| {
                !schemes.is_empty()
                    && schemes.iter().all(|scheme| credentials.has(*scheme))
            }) else {
            return Ok(());
        };
        for scheme in *chosen {
            match *scheme {
                Scheme::RapidApiKey => {
                    if let Some(secret) = &credentials.rapid_api_key {
                        parts
                            .credential_header(
                                "X-RapidAPI-Key",
                                "RapidApiKey",
                                secret.expose(),
                            )?;
                    }
                }
            }
        }
        Ok(())
    }
}
/// A client for the Feedback API (API version `1.0.0`).
///
/// A cheap handle: clones share the connection pool, the settings and the credentials,
/// and requests own a clone, so they can be sent from spawned tasks.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}
#[derive(Debug)]
struct Inner {
    transport: Transport,
    base_url: String,
    credentials: RwLock<Credentials>,
}
impl Client {
    /// A client for the default server, without credentials.
    pub fn new() -> Result<Self, BuildError> {
        Self::builder().build()
    }
    /// A builder to set the server, credentials, retries, timeouts and hooks.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }
    /// The base URL every request path is appended to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }
    /// The HTTP client requests go through.
    pub fn http_client(&self) -> &::reqwest::Client {
        &self.inner.transport.http
    }
    pub(crate) fn transport(&self) -> &Transport {
        &self.inner.transport
    }
    /// Replaces the `RapidApiKey` credential; every clone of this client uses the new value from its next request on.
    pub fn set_rapid_api_key(&self, value: impl Into<String>) {
        self
            .inner
            .credentials
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .rapid_api_key = Some(Secret::new(value));
    }
    /// Operations of the `Credentials` group.
    #[cfg(feature = "credentials")]
    pub fn credentials(&self) -> crate::credentials::Credentials {
        crate::credentials::Credentials {
            client: self.clone(),
        }
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
    connect_timeout: Option<Duration>,
    deadline: Option<Duration>,
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
            .field("connect_timeout", &self.connect_timeout)
            .field("deadline", &self.deadline)
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
    /// redirect policy and connect timeout apply: the client this crate builds follows
    /// redirects only within the same origin, so that credentials never follow one
    /// elsewhere.
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
    /// Fails each attempt that takes longer than this; each call can override it.
    /// No timeout by default.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }
    /// Gives up connecting to the server after this long (10 seconds by default).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }
    /// Fails each call that takes longer than this in all, retries and the waits
    /// between them included; each call can override it. No deadline by default.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }
    /// Runs this hook around every attempt of every request.
    pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }
    /// The `RapidApiKey` credential: sent in the `X-RapidAPI-Key` header.
    ///
    /// Your RapidAPI key, sent on every call.
    pub fn rapid_api_key(mut self, value: impl Into<String>) -> Self {
        self.credentials.rapid_api_key = Some(Secret::new(value));
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
                    .connect_timeout(
                        self
                            .connect_timeout
                            .unwrap_or(crate::transport::DEFAULT_CONNECT_TIMEOUT),
                    )
                    .build()
                    .map_err(|e| BuildError::Http(
                        TransportError::new("cannot build the HTTP client", Some(e)),
                    ))?
            }
        };
        let transport = Transport {
            http,
            retry: self.retry,
            timeout: self.timeout,
            deadline: self.deadline,
            hooks: self.hooks,
            secret_query_parameters: SECRET_QUERY_PARAMETERS,
        };
        let inner = Inner {
            transport,
            base_url,
            credentials: RwLock::new(self.credentials),
        };
        Ok(Client { inner: Arc::new(inner) })
    }
}
