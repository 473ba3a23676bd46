//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The `201` response body of `POST /readings/{id}/photos`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AttachPhotos201Response {
    /// The `count` property of the `201` response body of `POST /readings/{id}/photos`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}
/// The request body of `POST /readings/{id}/photos`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AttachPhotosRequest {
    /// The `caption` property of the request body of `POST /readings/{id}/photos`.
    pub caption: String,
    /// The `photo` property of the request body of `POST /readings/{id}/photos`.
    #[serde(skip)]
    pub photo: crate::FilePart,
    /// The `extras` property of the request body of `POST /readings/{id}/photos`.
    #[serde(skip)]
    pub extras: Option<Vec<crate::FilePart>>,
}
#[allow(deprecated)]
impl AttachPhotosRequest {
    /// A `AttachPhotosRequest` with the required fields; set the others with the `with_` methods.
    pub fn new(caption: impl Into<String>, photo: crate::FilePart) -> Self {
        Self {
            caption: caption.into(),
            photo,
            extras: None,
        }
    }
    /// Sets `extras`.
    pub fn with_extras(mut self, value: Vec<crate::FilePart>) -> Self {
        self.extras = Some(value);
        self
    }
}
/// The spec's `Camera` schema.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Camera {
    /// The `kind` property of the spec's `Camera` schema.
    ///
    /// The tag that selects this alternative of a union is `"camera"`.
    pub kind: String,
    /// The `resolution` property of the spec's `Camera` schema.
    pub resolution: String,
}
#[allow(deprecated)]
impl Default for Camera {
    fn default() -> Self {
        Self {
            kind: "camera".to_string(),
            resolution: ::std::default::Default::default(),
        }
    }
}
/// The spec's `Reading` schema.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Reading {
    /// The `id` property of the spec's `Reading` schema.
    pub id: ::uuid::Uuid,
    /// The `taken_at` property of the spec's `Reading` schema.
    pub taken_at: ::chrono::DateTime<::chrono::Utc>,
    /// The `day` property of the spec's `Reading` schema.
    pub day: ::chrono::NaiveDate,
    /// The `payload` property of the spec's `Reading` schema.
    pub payload: crate::Base64,
    /// The `source` property of the spec's `Reading` schema.
    pub source: ::url::Url,
    /// When the reading was checked; `null` clears it, absent keeps it.
    #[serde(default, skip_serializing_if = "crate::Nullable::is_absent")]
    pub checked_at: crate::Nullable<::chrono::DateTime<::chrono::Utc>>,
    /// Always sent, `null` when there is none.
    pub note: Option<String>,
    /// Counted by the server.
    ///
    /// Set by the server; never sent in requests.
    #[serde(default, skip_serializing)]
    pub revision: Option<i64>,
    /// Checked by the server, never shown.
    ///
    /// Only sent in requests; responses leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_secret: Option<String>,
    /// The `related` property of the spec's `Reading` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<Vec<::uuid::Uuid>>,
}
#[allow(deprecated)]
impl Reading {
    /// A `Reading` with the required fields; set the others with the `with_` methods.
    pub fn new(
        id: ::uuid::Uuid,
        taken_at: ::chrono::DateTime<::chrono::Utc>,
        day: ::chrono::NaiveDate,
        payload: crate::Base64,
        source: ::url::Url,
        note: Option<String>,
    ) -> Self {
        Self {
            id,
            taken_at,
            day,
            payload,
            source,
            checked_at: crate::Nullable::Absent,
            note,
            revision: None,
            device_secret: None,
            related: None,
        }
    }
    /// Sets `checked_at`.
    pub fn with_checked_at(
        mut self,
        value: impl Into<crate::Nullable<::chrono::DateTime<::chrono::Utc>>>,
    ) -> Self {
        self.checked_at = value.into();
        self
    }
    /// Sets `device_secret`.
    pub fn with_device_secret(mut self, value: impl Into<String>) -> Self {
        self.device_secret = Some(value.into());
        self
    }
    /// Sets `related`.
    pub fn with_related(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.related = Some(value);
        self
    }
}
/// The spec's `Sensor` schema.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Sensor {
    /// The `thermometer` alternative.
    Thermometer(Thermometer),
    /// The `camera` alternative.
    Camera(Camera),
    /// An alternative this client did not know when it was generated (another `kind` value), as the JSON the server sent.
    Unknown(::serde_json::Value),
}
/// `Unknown(null)`: a placeholder in a model built field by field.
impl Default for Sensor {
    fn default() -> Self {
        Sensor::Unknown(::serde_json::Value::Null)
    }
}
impl<'de> ::serde::Deserialize<'de> for Sensor {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("kind")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_string);
        match tag.as_deref() {
            Some("thermometer") => {
                ::serde_json::from_value(value)
                    .map(Sensor::Thermometer)
                    .map_err(::serde::de::Error::custom)
            }
            Some("camera") => {
                ::serde_json::from_value(value)
                    .map(Sensor::Camera)
                    .map_err(::serde::de::Error::custom)
            }
            Some(_) => Ok(Sensor::Unknown(value)),
            None => {
                Err(
                    ::serde::de::Error::custom(
                        "missing or non-string discriminator `kind`",
                    ),
                )
            }
        }
    }
}
/// The spec's `Thermometer` schema.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Thermometer {
    /// The `kind` property of the spec's `Thermometer` schema.
    ///
    /// The tag that selects this alternative of a union is `"thermometer"`.
    pub kind: String,
    /// The `celsius` property of the spec's `Thermometer` schema.
    pub celsius: f64,
}
#[allow(deprecated)]
impl Default for Thermometer {
    fn default() -> Self {
        Self {
            kind: "thermometer".to_string(),
            celsius: ::std::default::Default::default(),
        }
    }
}
/// A reading as the live stream sends it.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tick {
    /// The `sequence` property of the spec's `Tick` schema.
    pub sequence: i64,
    /// The `celsius` property of the spec's `Tick` schema.
    pub celsius: f64,
}
