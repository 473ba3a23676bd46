//! Types: references to types, and the named types (structs, enums, unions, aliases).

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A reference to a type: a primitive, a container, or a named [`TypeDef`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "of", rename_all = "snake_case")]
pub enum TypeRef {
    /// A named type, by its Rust name.
    Named(String),
    /// A string, with its `format` if any.
    String(Option<String>),
    /// An integer, with its `format` (`int32`, `int64`, …) if any.
    Integer(Option<String>),
    /// A number, with its `format` (`float`, `double`) if any.
    Number(Option<String>),
    /// A boolean.
    Boolean,
    /// An array.
    Array(Box<TypeRef>),
    /// A map from string keys.
    Map(Box<TypeRef>),
    /// A value that may also be `null`.
    Nullable(Box<TypeRef>),
    /// A string format with a Rust type of its own, as the API's settings choose.
    Scalar(Scalar),
    /// Raw bytes: a binary response body, read whole or (on request) as a stream of chunks.
    Bytes,
    /// Bytes a request sends, from memory or from a stream: a binary request body.
    ByteStream,
    /// A stream of server-sent events, each one's data of this type: an event-stream response.
    EventStream(Box<TypeRef>),
    /// A file part of a `multipart/form-data` body: bytes or a stream, with a file name and a
    /// media type.
    File,
    /// Any JSON value.
    Any,
}

impl TypeRef {
    /// Whether it is a named type or a container of one.
    pub fn mentions_named(&self) -> bool {
        match self {
            TypeRef::Named(_) => true,
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::EventStream(inner) => inner.mentions_named(),
            _ => false,
        }
    }

    /// The scalar it is, or the one its containers hold.
    pub fn scalar(&self) -> Option<Scalar> {
        match self {
            TypeRef::Scalar(scalar) => Some(*scalar),
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::EventStream(inner) => inner.scalar(),
            _ => None,
        }
    }

    /// Whether it is a file part, or a list or option of them.
    pub fn is_file(&self) -> bool {
        match self {
            TypeRef::File => true,
            TypeRef::Array(inner) | TypeRef::Nullable(inner) => inner.is_file(),
            _ => false,
        }
    }

    /// The type without a [`TypeRef::Nullable`] wrapper.
    pub fn non_null(&self) -> &TypeRef {
        match self {
            TypeRef::Nullable(inner) => inner.non_null(),
            other => other,
        }
    }
}

/// A named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeDef {
    /// Rust type name, unique in the API.
    pub name: String,
    /// Where it was defined: a JSON pointer into the normalized spec.
    pub origin: String,
    /// Description.
    pub description: Option<String>,
    /// What kind of type it is.
    pub kind: TypeKind,
    /// The groups (by Rust name) whose operations use it, directly or through other types.
    pub groups: Vec<String>,
    /// Whether no operation uses it, or a type that no operation uses refers to it (webhook
    /// payloads, say): such types are compiled apart from any group.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unreferenced: bool,
    /// Whether a request sends it (in a body or a parameter, directly or inside another type).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sent: bool,
    /// Whether a response carries it (directly or inside another type), or no operation uses
    /// it (a payload such as a webhook's, which this client only reads).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub received: bool,
    /// The validation keywords of an alias's schema (`pattern`, lengths, bounds), which values
    /// of it keep to; empty for other kinds.
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
}

impl TypeDef {
    /// Whether `field`, one of this type's, must be given. A read-only property of a type that
    /// requests send is not (the server sets it, and requests leave it out), nor is a
    /// write-only property of a type that responses carry (the server leaves it out).
    pub fn requires(&self, field: &Field) -> bool {
        field.required && !(field.read_only && self.sent) && !(field.write_only && self.received)
    }

    /// Whether the model's `new` takes `field` as an argument: it must be given, and has no
    /// one fixed value.
    pub fn takes(&self, field: &Field) -> bool {
        self.requires(field) && field.constant.is_none()
    }

    /// Whether `field` is left out of what this type sends: a read-only property.
    pub fn never_sends(&self, field: &Field) -> bool {
        field.read_only && self.sent
    }

    /// How `field`, one of this type's, holds its value in the generated struct.
    pub fn field_wrap(&self, field: &Field) -> FieldWrap {
        if field.is_three_state() {
            FieldWrap::Nullable
        } else if self.requires(field) && !matches!(field.ty, TypeRef::Nullable(_)) {
            FieldWrap::Bare
        } else {
            FieldWrap::Option
        }
    }
}

/// How a struct field holds the value of its non-null type `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldWrap {
    /// `T`: the field is always there and never null.
    Bare,
    /// `Option<T>`: absent, or null where absent and null mean the same.
    Option,
    /// `Nullable<T>`: absent, null and a value all differ.
    Nullable,
}

/// The shape of a named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// An object with known fields.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// Type of extra properties, when `additionalProperties` allows them with a schema.
        additional_properties: Option<TypeRef>,
        /// Where the schema's `oneOf`/`anyOf` alternatives only constrain its own properties:
        /// the properties each alternative requires. A valid value meets one of them.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        required_alternatives: Vec<Vec<String>>,
    },
    /// A closed set of values; unknown values decode into a fallback variant.
    Enum {
        /// The known values, all strings or all integers.
        variants: EnumVariants,
    },
    /// One of several shapes (`oneOf`/`anyOf`).
    Union {
        /// Discriminator property, if the spec names one.
        discriminator: Option<String>,
        /// The alternatives, in spec order.
        variants: Vec<UnionVariant>,
    },
    /// Another name for a type.
    Alias {
        /// The aliased type.
        target: TypeRef,
    },
}

impl TypeKind {
    /// The types its definition refers to: fields, extra properties, alternatives, target.
    pub fn references(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct {
                fields,
                additional_properties,
                ..
            } => fields
                .iter()
                .map(|f| &f.ty)
                .chain(additional_properties)
                .collect(),
            TypeKind::Enum { .. } => Vec::new(),
            TypeKind::Union { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Alias { target } => vec![target],
        }
    }
}

/// The known values of an enum, all strings or all integers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "repr", content = "values", rename_all = "snake_case")]
pub enum EnumVariants {
    /// String values.
    String(Vec<EnumVariant<String>>),
    /// Integer values.
    Integer(Vec<EnumVariant<i64>>),
}

/// String formats that become Rust types of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scalar {
    /// `date-time`: a point in time, RFC 3339 text on the wire.
    DateTime(DateLibrary),
    /// `date`: a calendar date, `YYYY-MM-DD` on the wire.
    Date(DateLibrary),
    /// `uuid`.
    Uuid,
    /// `byte`: base64 text on the wire, bytes in Rust.
    Base64,
    /// `uri`.
    Url,
}

/// The crate that dates and times come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateLibrary {
    /// `chrono::DateTime<Utc>` and `chrono::NaiveDate`.
    Chrono,
    /// `jiff::Timestamp` and `jiff::civil::Date`.
    Jiff,
}

/// A known value of an enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnumVariant<T> {
    /// Rust variant name.
    pub rust_name: String,
    /// The value on the wire.
    pub value: T,
}

impl EnumVariants {
    /// Each variant's Rust name and its value as text: a string as it is, an integer in
    /// decimal.
    pub fn texts(&self) -> Vec<(&str, String)> {
        match self {
            EnumVariants::String(variants) => variants
                .iter()
                .map(|v| (v.rust_name.as_str(), v.value.clone()))
                .collect(),
            EnumVariants::Integer(variants) => variants
                .iter()
                .map(|v| (v.rust_name.as_str(), v.value.to_string()))
                .collect(),
        }
    }

    /// The Rust name of the variant whose value is `value` (JSON, as a spec's example).
    pub fn find(&self, value: &Value) -> Option<&str> {
        match self {
            EnumVariants::String(variants) => variants
                .iter()
                .find(|v| value.as_str() == Some(v.value.as_str()))
                .map(|v| v.rust_name.as_str()),
            EnumVariants::Integer(variants) => variants
                .iter()
                .find(|v| value.as_i64() == Some(v.value))
                .map(|v| v.rust_name.as_str()),
        }
    }

    /// The Rust name of the first variant.
    pub fn first(&self) -> Option<&str> {
        match self {
            EnumVariants::String(variants) => variants.first().map(|v| v.rust_name.as_str()),
            EnumVariants::Integer(variants) => variants.first().map(|v| v.rust_name.as_str()),
        }
    }
}

/// An alternative of a union.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnionVariant {
    /// Rust variant name.
    pub rust_name: String,
    /// Discriminator value selecting this alternative, when the union has a discriminator.
    pub tag: Option<String>,
    /// The alternative's type.
    pub ty: TypeRef,
    /// Whether the value must be boxed because the type contains itself.
    pub boxed: bool,
}

/// A field of a struct.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// Property name on the wire.
    pub json_name: String,
    /// Rust field name.
    pub rust_name: String,
    /// Its type (wrapped in [`TypeRef::Nullable`] when the spec allows `null`).
    pub ty: TypeRef,
    /// Whether the property must be present.
    pub required: bool,
    /// The one value a required string `const` property always has: the field is a `String`
    /// that `new` and `Default` set, not an argument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constant: Option<String>,
    /// The tag a discriminated union selects this type by, when this required string field is
    /// the discriminator: the value `Default` gives it (the field stays an argument of `new`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Whether the value must be boxed because the type contains itself.
    pub boxed: bool,
    /// Default value.
    pub default: Option<Value>,
    /// An example value.
    pub example: Option<Value>,
    /// Validation constraints.
    pub constraints: Constraints,
    /// Whether only the server sends it.
    pub read_only: bool,
    /// Whether only the client sends it.
    pub write_only: bool,
    /// Whether the spec marks it deprecated.
    pub deprecated: bool,
    /// Description.
    pub description: Option<String>,
}

impl Field {
    /// Whether the property is optional and nullable, so that absent and `null` differ.
    pub fn is_three_state(&self) -> bool {
        !self.required && matches!(self.ty, TypeRef::Nullable(_))
    }
}

/// Validation keywords of a schema, kept for docs and future validation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Constraints {
    /// `minimum`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    /// `maximum`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    /// `exclusiveMinimum`.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub exclusive_minimum: bool,
    /// `exclusiveMaximum`.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub exclusive_maximum: bool,
    /// `multipleOf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiple_of: Option<f64>,
    /// `minLength`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    /// `maxLength`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    /// `pattern`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// `minItems`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u64>,
    /// `maxItems`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u64>,
    /// `uniqueItems`.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub unique_items: bool,
    /// `minProperties`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub min_properties: Option<u64>,
    /// The constraints of an array's items, where they have any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    /// Whether no constraint is set.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}
