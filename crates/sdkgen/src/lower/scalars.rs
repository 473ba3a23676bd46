//! Scalar schemas: their `format` as the spec spells it, the Rust type the settings give it, and
//! enums with their variants.

use openapiv3::{IntegerFormat, NumberFormat, StringFormat, VariantOrUnknownOrEmpty};
use sdkgen_ir::{DateLibrary, EnumVariant, EnumVariants, Scalar, TypeKind, TypeRef};

use crate::config::{ByteTypes, DateTypes, TypeSettings, UriTypes, UuidTypes};
use crate::naming::{camel, NameSet};

/// A string schema's `format` as the spec spells it.
pub(super) fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Option<String> {
    known_or_unknown(format, |known| match known {
        StringFormat::Date => "date",
        StringFormat::DateTime => "date-time",
        StringFormat::Password => "password",
        StringFormat::Byte => "byte",
        StringFormat::Binary => "binary",
    })
}

/// An integer schema's `format` as the spec spells it.
pub(super) fn integer_format(format: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Option<String> {
    known_or_unknown(format, |known| match known {
        IntegerFormat::Int32 => "int32",
        IntegerFormat::Int64 => "int64",
    })
}

/// A number schema's `format` as the spec spells it.
pub(super) fn number_format(format: &VariantOrUnknownOrEmpty<NumberFormat>) -> Option<String> {
    known_or_unknown(format, |known| match known {
        NumberFormat::Float => "float",
        NumberFormat::Double => "double",
    })
}

fn known_or_unknown<T>(
    format: &VariantOrUnknownOrEmpty<T>,
    name: impl Fn(&T) -> &'static str,
) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(known) => Some(name(known).to_string()),
        VariantOrUnknownOrEmpty::Unknown(other) => Some(other.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

pub(super) fn string_enum(values: Vec<String>) -> TypeKind {
    let variants = enum_variants(values, |value| camel(value));
    TypeKind::Enum {
        variants: EnumVariants::String(variants),
    }
}

pub(super) fn integer_enum(values: Vec<i64>) -> TypeKind {
    let variants = enum_variants(values, |value| {
        format!("N{}", value.to_string().replace('-', "Minus"))
    });
    TypeKind::Enum {
        variants: EnumVariants::Integer(variants),
    }
}

/// The variants of distinct values, in spec order, each named from its value.
fn enum_variants<T: PartialEq>(values: Vec<T>, base: impl Fn(&T) -> String) -> Vec<EnumVariant<T>> {
    let mut names = NameSet::with_reserved(["Unknown"]);
    let mut distinct: Vec<T> = Vec::new();
    for value in values {
        if !distinct.contains(&value) {
            distinct.push(value);
        }
    }
    distinct
        .into_iter()
        .map(|value| EnumVariant {
            rust_name: names.take(&base(&value), ""),
            value,
        })
        .collect()
}

/// A string of `format`: the Rust type the settings give the format, or a `String`.
pub(super) fn string_type(format: Option<String>, types: TypeSettings) -> TypeRef {
    let library = match types.dates {
        DateTypes::Chrono => Some(DateLibrary::Chrono),
        DateTypes::Jiff => Some(DateLibrary::Jiff),
        DateTypes::String => None,
    };
    let scalar = match format.as_deref() {
        Some("date-time") => library.map(Scalar::DateTime),
        Some("date") => library.map(Scalar::Date),
        Some("uuid") if types.uuid == UuidTypes::Uuid => Some(Scalar::Uuid),
        Some("byte") if types.byte == ByteTypes::Bytes => Some(Scalar::Base64),
        Some("uri") if types.uri == UriTypes::Url => Some(Scalar::Url),
        _ => None,
    };
    scalar.map_or(TypeRef::String(format), TypeRef::Scalar)
}
