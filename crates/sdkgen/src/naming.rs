//! Rust names for spec names: valid, idiomatic, deterministic, and unique where they must be.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words that cannot be plain identifiers (strict and reserved keywords of every edition).
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union",
];

/// Type names that generated code uses unqualified (the prelude and friends); a model with one
/// of these names would shadow it.
pub(crate) const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option",
    "Result",
    "Box",
    "String",
    "Vec",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "ToString",
    "Into",
    "From",
    "AsRef",
    "AsMut",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Debug",
    "Hash",
    "Self",
    "Client",
    "Error",
    "Response",
    "Serialize",
    "Deserialize",
];

/// Replaces characters that cannot appear in an identifier; non-ASCII letters become `uXXXX`
/// so that distinct names stay distinct.
fn ascii_words(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_ascii() {
            out.push(' ');
        } else {
            out.push_str(&format!(" u{:x} ", c as u32));
        }
    }
    out
}

/// A snake_case identifier for a field, argument, method or module.
pub fn snake(name: &str) -> String {
    let mut out = ascii_words(name).to_snake_case();
    if out.is_empty() {
        out = "value".to_string();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out = format!("n{out}");
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// An UpperCamelCase identifier for a type or variant.
pub fn camel(name: &str) -> String {
    let mut out = ascii_words(name).to_upper_camel_case();
    if out.is_empty() {
        out = "Value".to_string();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out = format!("N{out}");
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// An UpperCamelCase name for a model type, kept clear of names generated code relies on.
pub fn type_name(name: &str) -> String {
    let out = camel(name);
    if RESERVED_TYPE_NAMES.contains(&out.as_str()) {
        format!("{out}Model")
    } else {
        out
    }
}

/// Hands out unique names: the first taker keeps a name, later ones get a numeric suffix.
#[derive(Debug, Default, Clone)]
pub struct NameSet {
    taken: BTreeSet<String>,
}

impl NameSet {
    /// A set with some names taken in advance.
    pub fn with_reserved<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        NameSet {
            taken: names.into_iter().map(str::to_string).collect(),
        }
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Takes `name`, or `name2`, `name3`, … if it is taken. `separator` goes between the name
    /// and the number (`_` for snake_case names).
    pub fn take(&mut self, name: &str, separator: &str) -> String {
        let unique = if self.taken.contains(name) {
            // `type_` becomes `type_2`, not `type__2`, which is not snake case.
            let stem = name
                .strip_suffix(separator)
                .filter(|_| !separator.is_empty())
                .unwrap_or(name);
            (2..)
                .map(|n| format!("{stem}{separator}{n}"))
                .find(|candidate| !self.taken.contains(candidate))
                .unwrap_or_else(|| name.to_string())
        } else {
            name.to_string()
        };
        self.taken.insert(unique.clone());
        unique
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names_are_valid_identifiers() {
        assert_eq!(snake("X-API-KEY"), "x_api_key");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("2fa"), "n2fa");
        assert_eq!(snake("ListApiKeys"), "list_api_keys");
        assert_eq!(snake("get-api-keys"), "get_api_keys");
        assert_eq!(snake(""), "value");
        assert_eq!(snake("größe"), "gr_uf6_udf_e");
    }

    #[test]
    fn type_names_avoid_the_prelude() {
        assert_eq!(type_name("Option"), "OptionModel");
        assert_eq!(type_name("result"), "ResultModel");
        assert_eq!(type_name("apiKey"), "ApiKey");
        assert_eq!(type_name("APIKey"), "ApiKey");
        assert_eq!(type_name("1beta"), "N1beta");
    }

    #[test]
    fn name_sets_number_collisions() {
        let mut names = NameSet::default();
        assert_eq!(names.take("Foo", ""), "Foo");
        assert_eq!(names.take("Foo", ""), "Foo2");
        assert_eq!(names.take("Foo", ""), "Foo3");
        assert_eq!(names.take("bar", "_"), "bar");
        assert_eq!(names.take("bar", "_"), "bar_2");
        assert_eq!(names.take("type_", "_"), "type_");
        assert_eq!(names.take("type_", "_"), "type_2");
    }
}
