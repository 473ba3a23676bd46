//! Operations of the `Readings` group.
use crate::call::{Operation, Request, RequestParts, Successes};
use crate::client::Client;
use ::reqwest::Method;
use crate::models;
use crate::call::Status;
use crate::runtime::Style;
use crate::client::Scheme;
/// Dates, times, UUIDs, base64 bytes and URLs as Rust types.
///
/// Get one from [`Client::readings`].
#[derive(Debug, Clone)]
pub struct Readings {
    pub(crate) client: Client,
}
impl Readings {
    /// Attaches photos to a reading
    ///
    /// `POST /readings/{id}/photos`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn attach_photos(
        &self,
        id: impl Into<String>,
        body: models::AttachPhotosRequest,
    ) -> Request<AttachPhotos> {
        Request::new(
            &self.client,
            AttachPhotos {
                id: id.into(),
                body,
            },
        )
    }
    /// Streams readings as they are taken
    ///
    /// Server-sent events, one reading each; resume with `Last-Event-ID`.
    ///
    /// `GET /readings/live`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn watch_readings(&self) -> Request<WatchReadings> {
        Request::new(&self.client, WatchReadings {})
    }
    /// Gets a sensor, one of several kinds
    ///
    /// `GET /sensors/{name}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn get_sensor(&self, name: impl Into<String>) -> Request<GetSensor> {
        Request::new(&self.client, GetSensor { name: name.into() })
    }
    /// Gets a reading
    ///
    /// `GET /readings/{id}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn get_reading(&self, id: ::uuid::Uuid) -> Request<GetReading> {
        Request::new(&self.client, GetReading { id, since: None })
    }
    /// Stores a reading
    ///
    /// `PUT /readings/{id}`: set optional parameters on the returned [`Request`], then `.await` it.
    pub fn put_reading(
        &self,
        id: ::uuid::Uuid,
        body: models::Reading,
    ) -> Request<PutReading> {
        Request::new(&self.client, PutReading { id, body })
    }
}
/// The parameters of [`Readings::attach_photos`] (`POST /readings/{id}/photos`).
#[derive(Debug, Clone)]
pub struct AttachPhotos {
    id: String,
    body: models::AttachPhotosRequest,
}
impl Operation for AttachPhotos {
    type Output = models::AttachPhotos201Response;
    type Error = AttachPhotosError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(201), crate::call::json)];
    const ID: &'static str = "attachPhotos";
    const PATH_TEMPLATE: &'static str = "/readings/{id}/photos";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::POST,
            "/readings/",
            &[&[Scheme::Token]],
            Some("application/json"),
        );
        parts.path_param("id", &self.id, Style::Simple, false)?;
        parts.path("/photos");
        let body = &self.body;
        parts
            .multipart_body(
                body,
                [
                    ("photo", crate::runtime::file_parts(&body.photo)),
                    ("extras", crate::runtime::file_parts(&body.extras)),
                ],
            )?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for AttachPhotos {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        201,
        "application/json",
        body,
    );
}
/// The documented errors of [`Readings::attach_photos`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AttachPhotosError {}
impl crate::DocumentedError for AttachPhotosError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for AttachPhotosError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for AttachPhotosError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for AttachPhotosError {}
/// The parameters of [`Readings::watch_readings`] (`GET /readings/live`).
#[derive(Debug, Clone)]
pub struct WatchReadings {}
impl Operation for WatchReadings {
    type Output = crate::EventStream<models::Tick>;
    type Error = WatchReadingsError;
    const SUCCESSES: Successes<Self::Output> = &[
        (Status::Code(200), crate::stream::events),
    ];
    const STREAMED: Option<crate::call::StreamedDecoder<Self::Output>> = Some(
        crate::stream::event_stream,
    );
    const ID: &'static str = "watchReadings";
    const PATH_TEMPLATE: &'static str = "/readings/live";
    fn describe(&self) -> Result<RequestParts, String> {
        let parts = RequestParts::new(
            Method::GET,
            "/readings/live",
            &[&[Scheme::Token]],
            Some("text/event-stream, application/json"),
        );
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for WatchReadings {
    const REPLY: crate::mock::Encoder<Self::Output> = crate::mock::unencodable;
}
/// The documented errors of [`Readings::watch_readings`]: a variant per error status.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WatchReadingsError {
    /// `401`: No valid token.
    Unauthorized(crate::ErrorResponse<models::Problem>),
}
impl crate::DocumentedError for WatchReadingsError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {
            Self::Unauthorized(ref response) => response.raw(),
        }
    }
}
impl crate::call::ErrorTable for WatchReadingsError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[
        (
            Status::Code(401),
            |raw| Self::Unauthorized(crate::ErrorResponse::json(raw, "No valid token.")),
        ),
    ];
}
impl ::std::fmt::Display for WatchReadingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Unauthorized(ref response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for WatchReadingsError {}
/// The parameters of [`Readings::get_sensor`] (`GET /sensors/{name}`).
#[derive(Debug, Clone)]
pub struct GetSensor {
    name: String,
}
impl Operation for GetSensor {
    type Output = models::Sensor;
    type Error = GetSensorError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "getSensor";
    const PATH_TEMPLATE: &'static str = "/sensors/{name}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/sensors/",
            &[&[Scheme::Token]],
            Some("application/json"),
        );
        parts.path_param("name", &self.name, Style::Simple, false)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for GetSensor {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Readings::get_sensor`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSensorError {}
impl crate::DocumentedError for GetSensorError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for GetSensorError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for GetSensorError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for GetSensorError {}
/// The parameters of [`Readings::get_reading`] (`GET /readings/{id}`).
#[derive(Debug, Clone)]
pub struct GetReading {
    id: ::uuid::Uuid,
    since: Option<::chrono::DateTime<::chrono::Utc>>,
}
impl Request<GetReading> {
    /// The `since` parameter.
    pub fn since(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.params.since = Some(value);
        self
    }
}
impl Operation for GetReading {
    type Output = models::Reading;
    type Error = GetReadingError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "getReading";
    const PATH_TEMPLATE: &'static str = "/readings/{id}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::GET,
            "/readings/",
            &[&[Scheme::Token]],
            Some("application/json"),
        );
        parts.path_param("id", &self.id, Style::Simple, false)?;
        parts.query("since", &self.since, Style::Form, true)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for GetReading {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Readings::get_reading`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetReadingError {}
impl crate::DocumentedError for GetReadingError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for GetReadingError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for GetReadingError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for GetReadingError {}
/// The parameters of [`Readings::put_reading`] (`PUT /readings/{id}`).
#[derive(Debug, Clone)]
pub struct PutReading {
    id: ::uuid::Uuid,
    body: models::Reading,
}
impl Operation for PutReading {
    type Output = models::Reading;
    type Error = PutReadingError;
    const SUCCESSES: Successes<Self::Output> = &[(Status::Code(200), crate::call::json)];
    const ID: &'static str = "putReading";
    const PATH_TEMPLATE: &'static str = "/readings/{id}";
    fn describe(&self) -> Result<RequestParts, String> {
        let mut parts = RequestParts::new(
            Method::PUT,
            "/readings/",
            &[&[Scheme::Token]],
            Some("application/json"),
        );
        parts.path_param("id", &self.id, Style::Simple, false)?;
        let body = &self.body;
        parts.json_body("application/json", body)?;
        Ok(parts)
    }
}
#[cfg(feature = "mock")]
impl crate::mock::MockReply for PutReading {
    const REPLY: crate::mock::Encoder<Self::Output> = |body| crate::mock::json(
        200,
        "application/json",
        body,
    );
}
/// The documented errors of [`Readings::put_reading`]: none yet, so a status that is not a success is `CallError::UnexpectedStatus`; a status the spec documents later becomes a variant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PutReadingError {}
impl crate::DocumentedError for PutReadingError {
    fn raw(&self) -> &crate::RawResponse {
        match *self {}
    }
}
impl crate::call::ErrorTable for PutReadingError {
    const STATUSES: crate::call::ErrorStatuses<Self> = &[];
}
impl ::std::fmt::Display for PutReadingError {
    fn fmt(&self, _: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {}
    }
}
impl ::std::error::Error for PutReadingError {}
