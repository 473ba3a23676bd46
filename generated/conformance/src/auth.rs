//! Operations of the `Auth` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::call::Status;
use crate::client::Scheme;
/// One operation per way of authenticating.
///
/// Get one from [`Client::auth`].
#[derive(Debug, Clone)]
pub struct Auth {
    pub(crate) client: Client,
}
impl Auth {
    /// Answers without authentication
    ///
    /// `GET /ping`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn ping(&self) -> Request<Ping> {
        Request::new(&self.client, Ping {})
    }
    /// Authenticates with HTTP basic
    ///
    /// `GET /whoami/basic`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn whoami_basic(&self) -> Request<WhoamiBasic> {
        Request::new(&self.client, WhoamiBasic {})
    }
    /// Authenticates with an OAuth 2 access token
    ///
    /// `GET /whoami/oauth`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn whoami_oauth(&self) -> Request<WhoamiOauth> {
        Request::new(&self.client, WhoamiOauth {})
    }
}
/// The parameters of [`Auth::ping`] (`GET /ping`).
#[derive(Debug, Clone)]
pub struct Ping {}
impl Operation for Ping {
    type Output = ();
    type Error = PingError;
    const SUCCESSES: Successes<Self::Output> = &[
        (Status::Code(204), crate::call::empty),
    ];
    const ID: &'static str = "ping";
    const PATH_TEMPLATE: &'static str = "/ping";
    fn describe(&self) -> Result<RequestParts, String> {
        let parts = RequestParts::new(Method::GET, "/ping", &[], None);
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for Ping {
    const REPLY: crate::mock::Encoder<Self::Output> = |_| crate::mock::empty(204);
}
/// The documented errors of [`Auth::ping`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PingError {}
impl crate::DocumentedError for PingError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for PingError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for PingError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for PingError {}
/// The parameters of [`Auth::whoami_basic`] (`GET /whoami/basic`).
#[derive(Debug, Clone)]
pub struct WhoamiBasic {}
impl Operation for WhoamiBasic {
    type Output = models::Identity;
    type Error = WhoamiBasicError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "whoamiBasic";
    const PATH_TEMPLATE: &'static str = "/whoami/basic";
    fn describe(&self) -> Result<RequestParts, String> {
        let parts = RequestParts::new(
            Method::GET,
            "/whoami/basic",
            &[&[Scheme::Basic]],
            Some("application/json"),
        );
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for WhoamiBasic {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Auth::whoami_basic`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WhoamiBasicError {}
impl crate::DocumentedError for WhoamiBasicError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for WhoamiBasicError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for WhoamiBasicError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for WhoamiBasicError {}
/// The parameters of [`Auth::whoami_oauth`] (`GET /whoami/oauth`).
#[derive(Debug, Clone)]
pub struct WhoamiOauth {}
impl Operation for WhoamiOauth {
    type Output = models::Identity;
    type Error = WhoamiOauthError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "whoamiOauth";
    const PATH_TEMPLATE: &'static str = "/whoami/oauth";
    fn describe(&self) -> Result<RequestParts, String> {
        let parts = RequestParts::new(
            Method::GET,
            "/whoami/oauth",
            &[&[Scheme::Oauth]],
            Some("application/json"),
        );
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for WhoamiOauth {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Auth::whoami_oauth`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WhoamiOauthError {}
impl crate::DocumentedError for WhoamiOauthError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for WhoamiOauthError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for WhoamiOauthError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for WhoamiOauthError {}
