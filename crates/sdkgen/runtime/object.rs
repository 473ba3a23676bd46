/// A model struct read from a JSON object by one loop here and a `match` on its keys in the
/// model, instead of serde's derive: the derive's expansion (a field enum with its own
/// visitor, a sequence visitor, a slot per field) was half of what `cargo check` spent on a
/// large crate.
#[doc(hidden)]
pub trait Object: Default {
    /// The keys an object must have, as serde's derive requires a field that is neither
    /// `Option` nor defaulted.
    const REQUIRED: &'static [&'static str];

    /// Reads the value of `key` into its field; an unknown key's value is skipped (or kept,
    /// by a struct with additional properties).
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Decodes an [`Object`]: the keys in any order, unknown ones skipped, the last of repeated
/// ones kept, a missing required key an error naming it.
#[doc(hidden)]
pub fn decode_object<'de, T: Object, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

struct ObjectVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Object> serde::de::Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", std::any::type_name::<T>())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::default();
        let mut seen = Seen::new(T::REQUIRED.len());
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let key = key.as_str();
            if let Some(index) = T::REQUIRED.iter().position(|required| *required == key) {
                seen.mark(index);
            }
            value.read(key, &mut map)?;
        }
        match seen.first_missing(T::REQUIRED.len()) {
            Some(index) => Err(serde::de::Error::missing_field(T::REQUIRED[index])),
            None => Ok(value),
        }
    }
}

/// An object key, borrowed from the input when it has no escapes.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Owned(key) => key,
        }
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> serde::de::Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key::Borrowed(key))
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key::Owned(key.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key::Owned(key))
    }
}

/// Reads the value of a declared key into its field: a call per key in `read` rather than a
/// `?` per key, whose control flow the compiler checks in every model (a sixth of the GitHub
/// crate's `cargo check`).
#[doc(hidden)]
pub fn set<'de, T: serde::Deserialize<'de>, A: serde::de::MapAccess<'de>>(
    field: &mut T,
    map: &mut A,
) -> Result<(), A::Error> {
    *field = map.next_value()?;
    Ok(())
}

/// Skips the value of a key the model does not declare.
#[doc(hidden)]
pub fn skip_value<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(drop)
}

/// Keeps the value of a key the model does not declare, in its additional properties.
#[doc(hidden)]
pub fn keep_value<'de, V: serde::Deserialize<'de>, A: serde::de::MapAccess<'de>>(
    others: &mut std::collections::BTreeMap<String, V>,
    key: &str,
    map: &mut A,
) -> Result<(), A::Error> {
    others.insert(key.to_string(), map.next_value()?);
    Ok(())
}

/// The required keys an object has had: bits for the first 128, a list only beyond (no
/// allocation for the objects of real APIs).
struct Seen {
    bits: u128,
    beyond: Vec<bool>,
}

impl Seen {
    fn new(required: usize) -> Self {
        Seen {
            bits: 0,
            beyond: vec![false; required.saturating_sub(128)],
        }
    }

    fn mark(&mut self, index: usize) {
        match index.checked_sub(128) {
            None => self.bits |= 1 << index,
            Some(beyond) => {
                if let Some(seen) = self.beyond.get_mut(beyond) {
                    *seen = true;
                }
            }
        }
    }

    fn first_missing(&self, required: usize) -> Option<usize> {
        (0..required).find(|index| match index.checked_sub(128) {
            None => self.bits & (1 << index) == 0,
            Some(beyond) => !self.beyond.get(beyond).copied().unwrap_or(false),
        })
    }
}

/// A model struct written as a JSON object by a call per field, with the first error kept
/// for the end, instead of serde's derive (a `?` per field, whose control flow the compiler
/// checks in every model).
#[doc(hidden)]
pub struct ObjectWriter<M: serde::ser::SerializeMap> {
    map: M,
    error: Option<M::Error>,
}

impl<M: serde::ser::SerializeMap> ObjectWriter<M> {
    /// Writes into `map`, as yet empty.
    pub fn new(map: M) -> Self {
        ObjectWriter { map, error: None }
    }

    /// Writes a field the object always has.
    pub fn always<T: serde::Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        if self.error.is_none() {
            self.error = self.map.serialize_entry(key, value).err();
        }
    }

    /// Writes a field the object has only when it is set.
    pub fn optional<T: Present + serde::Serialize>(&mut self, key: &str, value: &T) {
        if value.is_present() {
            self.always(key, value);
        }
    }

    /// Writes the keys a struct keeps beside the ones it declares.
    pub fn others<V: serde::Serialize>(&mut self, others: &std::collections::BTreeMap<String, V>) {
        for (key, value) in others {
            self.always(key, value);
        }
    }

    /// Ends the object, or gives the first error.
    pub fn end(self) -> Result<M::Ok, M::Error> {
        match self.error {
            Some(error) => Err(error),
            None => self.map.end(),
        }
    }
}

/// A field an object leaves out when it is not set: an `Option` that is `None` (a
/// `Nullable` that is absent).
#[doc(hidden)]
pub trait Present {
    /// Whether the object has the field.
    fn is_present(&self) -> bool;
}

impl<T> Present for Option<T> {
    fn is_present(&self) -> bool {
        self.is_some()
    }
}

/// Implements `Serialize`, `Deserialize` and [`Object`] for a model struct, so that a model
/// lists only its fields, each named as its key or given its key (`kind = "type"`): first
/// those every object has, then `optional { … }` those an object has when they are set, then
/// `read_only { … }` those read but never written; `required = ["id"]` the keys reading needs,
/// `others = field` for a struct that keeps the keys it does not declare in `field`, and
/// `serialize if "feature"` or `deserialize if "feature"` for a trait behind a feature.
/// Attributes before the name (`#[allow(deprecated)]`) go on the impls that name fields.
// Not every crate has items of this kind: the runtime is the same in each.
#[allow(unused_macros)]
macro_rules! object {
    (
        $(#[$attr:meta])* $name:ident { $($field:ident $(= $key:literal)?),* }
        $(optional { $($optional:ident $(= $optional_key:literal)?),* })?
        $(read_only { $($read_only:ident $(= $read_only_key:literal)?),* })?
        required = [$($required:literal),*]
        $(others = $others:ident)?
        $(serialize if $serialize_feature:literal)?
        $(deserialize if $deserialize_feature:literal)?
    ) => {
        $(#[cfg(feature = $serialize_feature)])?
        $(#[$attr])*
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                // A struct whose every field is read-only writes none.
                #[allow(unused_mut)]
                let mut object = $crate::runtime::ObjectWriter::new(
                    ::serde::Serializer::serialize_map(serializer, None)?,
                );
                $(object.always($crate::runtime::object!(@key $field $($key)?), &self.$field);)*
                $($(object.optional(
                    $crate::runtime::object!(@key $optional $($optional_key)?),
                    &self.$optional,
                );)*)?
                $(object.others(&self.$others);)?
                object.end()
            }
        }

        $(#[cfg(feature = $deserialize_feature)])?
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                input: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::runtime::decode_object(input)
            }
        }

        $(#[cfg(feature = $deserialize_feature)])?
        $(#[$attr])*
        impl $crate::runtime::Object for $name {
            const REQUIRED: &'static [&'static str] = &[$($required),*];

            // A struct without fields reads every key as unknown.
            #[allow(clippy::match_single_binding)]
            fn read<'de, A: ::serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> ::std::result::Result<(), A::Error> {
                match key {
                    $($crate::runtime::object!(@key $field $($key)?) => $crate::runtime::set(&mut self.$field, map),)*
                    $($($crate::runtime::object!(@key $optional $($optional_key)?) => $crate::runtime::set(&mut self.$optional, map),)*)?
                    $($($crate::runtime::object!(@key $read_only $($read_only_key)?) => $crate::runtime::set(&mut self.$read_only, map),)*)?
                    _ => $crate::runtime::object!(@other self key map $($others)?),
                }
            }
        }
    };
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };
    (@other $this:ident $key:ident $map:ident) => { $crate::runtime::skip_value($map) };
    (@other $this:ident $key:ident $map:ident $others:ident) => {
        $crate::runtime::keep_value(&mut $this.$others, $key, $map)
    };
}
#[allow(unused_imports)]
pub(crate) use object;
