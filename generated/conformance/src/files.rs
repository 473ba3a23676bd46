//! Operations of the `Files` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::call::Status;
use crate::runtime::Style;
use crate::client::Scheme;
/// Files by name, with every kind of parameter.
///
/// Get one from [`Client::files`].
#[derive(Debug, Clone)]
pub struct Files {
    pub(crate) client: Client,
}
impl Files {
    /// Downloads a blob's bytes
    ///
    /// `GET /blobs/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn download_blob(&self, name: impl Into<String>) -> Request<DownloadBlob> {
        Request::new(&self.client, DownloadBlob { name: name.into() })
    }
    /// Uploads a blob's bytes
    ///
    /// `PUT /blobs/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn upload_blob(
        &self,
        name: impl Into<String>,
        body: impl Into<crate::ByteStream>,
    ) -> Request<UploadBlob> {
        Request::new(
            &self.client,
            UploadBlob {
                name: name.into(),
                body: body.into(),
            },
        )
    }
    /// Get a file by name
    ///
    /// `GET /files/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn get_file(&self, name: impl Into<String>) -> Request<GetFile> {
        Request::new(
            &self.client,
            GetFile {
                name: name.into(),
                x_trace_id: None,
                x_auth_token: None,
                access_token: None,
                pin: None,
                theme: None,
            },
        )
    }
}
/// The parameters of [`Files::download_blob`] (`GET /blobs/{name}`).
#[derive(Debug, Clone)]
pub struct DownloadBlob {
    name: String,
}
impl Operation for DownloadBlob {
    type Output = ::bytes::Bytes;
    type Error = DownloadBlobError;
    const SUCCESSES: Successes<Self::Output> = &[
        (Status::Code(200), crate::call::bytes),
    ];
    const ID: &'static str = "downloadBlob";
    const PATH_TEMPLATE: &'static str = "/blobs/{name}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/blobs/",
            &[&[Scheme::Token]],
            Some("application/octet-stream"),
        );
        parts.path_param("name", &self.name, Style::Simple, false)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for DownloadBlob {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::bytes(
        200,
        "application/octet-stream",
        body,
    );
}
/// The documented errors of [`Files::download_blob`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DownloadBlobError {}
impl crate::DocumentedError for DownloadBlobError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for DownloadBlobError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for DownloadBlobError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for DownloadBlobError {}
/// The parameters of [`Files::upload_blob`] (`PUT /blobs/{name}`).
#[derive(Debug, Clone)]
pub struct UploadBlob {
    name: String,
    body: crate::ByteStream,
}
impl Operation for UploadBlob {
    type Output = ();
    type Error = UploadBlobError;
    const SUCCESSES: Successes<Self::Output> = &[
        (Status::Code(204), crate::call::empty),
    ];
    const ID: &'static str = "uploadBlob";
    const PATH_TEMPLATE: &'static str = "/blobs/{name}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::PUT,
            "/blobs/",
            &[&[Scheme::Token]],
            None,
        );
        parts.path_param("name", &self.name, Style::Simple, false)?;
        let body = &self.body;
        parts.stream_body("application/octet-stream", body.clone())?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for UploadBlob {
    const REPLY: crate::mock::Encoder<Self::Output> = |_| crate::mock::empty(204);
}
/// The documented errors of [`Files::upload_blob`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadBlobError {}
impl crate::DocumentedError for UploadBlobError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for UploadBlobError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for UploadBlobError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for UploadBlobError {}
/// The parameters of [`Files::get_file`] (`GET /files/{name}`).
#[derive(Clone)]
pub struct GetFile {
    name: String,
    x_trace_id: Option<String>,
    x_auth_token: Option<String>,
    access_token: Option<String>,
    pin: Option<String>,
    theme: Option<String>,
}
impl ::std::fmt::Debug for GetFile {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFile")
            .field("name", &self.name)
            .field("x_trace_id", &self.x_trace_id)
            .field(
                "x_auth_token",
                &self.x_auth_token.as_ref().map(|_| crate::runtime::Redacted),
            )
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| crate::runtime::Redacted),
            )
            .field("pin", &self.pin.as_ref().map(|_| crate::runtime::Redacted))
            .field("theme", &self.theme)
            .finish()
    }
}
impl Request<GetFile> {
    /// The `X-Trace-Id` parameter.
    pub fn x_trace_id(mut self, value: impl Into<String>) -> Self {
        self.params.x_trace_id = Some(value.into());
        self
    }
    /// The `X-Auth-Token` parameter.
    pub fn x_auth_token(mut self, value: impl Into<String>) -> Self {
        self.params.x_auth_token = Some(value.into());
        self
    }
    /// The `access_token` parameter.
    pub fn access_token(mut self, value: impl Into<String>) -> Self {
        self.params.access_token = Some(value.into());
        self
    }
    /// The `pin` parameter.
    pub fn pin(mut self, value: impl Into<String>) -> Self {
        self.params.pin = Some(value.into());
        self
    }
    /// The `theme` parameter.
    pub fn theme(mut self, value: impl Into<String>) -> Self {
        self.params.theme = Some(value.into());
        self
    }
}
impl Operation for GetFile {
    type Output = models::File;
    type Error = GetFileError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "getFile";
    const PATH_TEMPLATE: &'static str = "/files/{name}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/files/",
            &[&[Scheme::HeaderKey], &[Scheme::CookieKey], &[Scheme::TokenWord]],
            Some("application/json"),
        );
        parts.path_param("name", &self.name, Style::Simple, false)?;
        parts.header("X-Trace-Id", &self.x_trace_id, false, false)?;
        parts.header("X-Auth-Token", &self.x_auth_token, false, true)?;
        parts.query("access_token", &self.access_token, Style::Form, true)?;
        parts.query("pin", &self.pin, Style::Form, true)?;
        parts.cookie("theme", &self.theme)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for GetFile {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Files::get_file`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFileError {
    /// `404`: Returns `{"error": "not found"}` when no file is called {name}; {self} {} {{
    NotFound(crate::ErrorResponse<()>),
}
impl crate::DocumentedError for GetFileError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::NotFound(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for GetFileError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(404),
            |raw| Self::NotFound(
                crate::ErrorResponse::empty(
                    raw,
                    "Returns `{\"error\": \"not found\"}` when no file is called {name}; {self} {} {{",
                ),
            ),
        ),
    ];
}
impl ::std::fmt::Display for GetFileError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NotFound(ref response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetFileError {}
