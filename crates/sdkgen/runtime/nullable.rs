/// A property that is optional and nullable: absent, `null`, or a value. A request can send
/// `null` to clear a property and leave it out to keep it; a response tells the two apart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// Not sent, or not in the response.
    #[default]
    Absent,
    /// Sent or received as `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Present for Nullable<T> {
    fn is_present(&self) -> bool {
        !self.is_absent()
    }
}

impl<T> Nullable<T> {
    /// Whether the property is absent (serialization leaves such a field out).
    pub fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Whether the property is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// The value, if there is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }

    /// The value, if there is one, dropping whether it was absent or `null`.
    pub fn into_value(self) -> Option<T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }
}

impl<T> Nullable<T> {
    /// The value converted by `f`, absent and `null` kept.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Nullable<U> {
        match self {
            Nullable::Value(value) => Nullable::Value(f(value)),
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
        }
    }

    /// A `Nullable` of a reference to the value.
    pub fn as_ref(&self) -> Nullable<&T> {
        match self {
            Nullable::Value(value) => Nullable::Value(value),
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
        }
    }
}

impl<T: std::ops::Deref> Nullable<T> {
    /// A `Nullable` of the dereferenced value: `Nullable<&str>` from a `Nullable<String>`, so
    /// that `match field.as_deref() { Nullable::Value("x") => … }` works.
    pub fn as_deref(&self) -> Nullable<&T::Target> {
        self.as_ref().map(|value| value.deref())
    }
}

impl From<&str> for Nullable<String> {
    fn from(value: &str) -> Self {
        Nullable::Value(value.to_string())
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) => serializer.serialize_some(value),
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Nullable<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            Some(value) => Nullable::Value(value),
            None => Nullable::Null,
        })
    }
}
