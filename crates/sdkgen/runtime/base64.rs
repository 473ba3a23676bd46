/// Bytes that travel as base64 text (a `format: byte` string). Decoding accepts the standard
/// and the URL-safe alphabets, with or without padding; encoding writes standard base64.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Base64(pub Vec<u8>);

impl Base64 {
    /// The decoded bytes.
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
}

impl From<Vec<u8>> for Base64 {
    fn from(bytes: Vec<u8>) -> Self {
        Base64(bytes)
    }
}

impl From<&[u8]> for Base64 {
    fn from(bytes: &[u8]) -> Self {
        Base64(bytes.to_vec())
    }
}

impl std::ops::Deref for Base64 {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl AsRef<[u8]> for Base64 {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Serialize for Base64 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use base64::Engine as _;
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> serde::Deserialize<'de> for Base64 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
        use base64::{alphabet, Engine as _};
        let text = String::deserialize(deserializer)?;
        let config =
            GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
        let standard = GeneralPurpose::new(&alphabet::STANDARD, config);
        let url_safe = GeneralPurpose::new(&alphabet::URL_SAFE, config);
        standard
            .decode(text.as_bytes())
            .or_else(|_| url_safe.decode(text.as_bytes()))
            .map(Base64)
            .map_err(|e| serde::de::Error::custom(format!("invalid base64: {e}")))
    }
}
