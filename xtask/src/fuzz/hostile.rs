//! The values that break generators: strings that mean something in the languages a generator
//! writes (Rust, TOML, markdown, format strings, templates), names it already uses, and numbers
//! at the edges of what Rust's integer and float types hold.

use fastrand::Rng;
use serde_json::{Number, Value};

const STRINGS: &[&str] = &[
    // format strings, JSON and templates
    "{self}",
    "{\"a\": 1}",
    "{}",
    "{0}",
    "{{",
    "}}",
    "{:?}",
    "{{ jinja }}",
    "{% raw %}",
    "{% endraw %}",
    "{#",
    "${PATH}",
    "%s",
    // Rust comments, strings and attributes
    "\"",
    "'",
    "\"quoted\"",
    "*/",
    "/*",
    "/* open",
    "//",
    "///",
    "`",
    "```",
    "```rust\nfn main() { compile_error!(\"x\") }\n```",
    "#[derive(Debug)]",
    "#![allow(unused)]",
    "r#\"",
    "\"#",
    "\\",
    "\\n",
    "\\u{0}",
    // markdown and TOML structure
    "\r\n",
    "\n",
    "\n# heading",
    "\n---\n",
    "[section]",
    "[package]\nname = \"x\"",
    "#",
    "<script>",
    "| a | b |",
    "[link](javascript:x)",
    // control characters and Unicode
    "\0",
    "a\0b",
    "\u{7}",
    "\u{1b}[31m",
    "\t",
    "\u{b}\u{c}",
    "\u{7f}",
    "\u{feff}",
    "\u{202e}",
    "\u{2028}",
    "ünïcödé",
    "名前",
    "🦀",
    "e\u{301}",
    // degenerate identifiers
    "",
    " ",
    "_",
    "__",
    "0",
    "123abc",
    "-",
    "a-b",
    "a.b",
    "a b",
    "a/b",
    "~1",
    "..",
    "$ref",
    "r#",
    "r#type",
    // Rust keywords and names the generated crate already uses
    "self",
    "Self",
    "crate",
    "super",
    "type",
    "fn",
    "async",
    "await",
    "dyn",
    "mod",
    "match",
    "impl",
    "use",
    "try",
    "union",
    "client",
    "models",
    "runtime",
    "transport",
    "multipart",
    "lib",
    "main",
    "Client",
    "ClientBuilder",
    "Error",
    "Result",
    "Option",
    "Some",
    "String",
    "Box",
    "Vec",
    "std",
    "core",
    "tokio",
    "serde",
    "reqwest",
];

/// A hostile string: one of the list, one glued into ordinary text, a run of control
/// characters, or a very long one.
pub fn string(rng: &mut Rng) -> String {
    match rng.usize(..10) {
        0..=5 => listed(rng).to_string(),
        6 => format!("Pet {} name", listed(rng)),
        7 => format!("{}{}", listed(rng), listed(rng)),
        8 => (0..rng.usize(1..8))
            .map(|_| char::from(rng.u8(..32)))
            .collect(),
        _ => {
            let piece = listed(rng);
            let piece = if piece.is_empty() { "a" } else { piece };
            piece.repeat(rng.usize(1_000..50_000) / piece.len())
        }
    }
}

fn listed(rng: &mut Rng) -> &'static str {
    STRINGS[rng.usize(..STRINGS.len())]
}

/// A number at an edge: the largest and smallest floats and integers, just past 2^53, and
/// a few that integer fields do not expect.
pub fn number(rng: &mut Rng) -> Value {
    let number = match rng.usize(..12) {
        0 => Number::from_f64(1e308),
        1 => Number::from_f64(-1e308),
        2 => Some(Number::from(u64::MAX)),
        3 => Some(Number::from(i64::MIN)),
        4 => Some(Number::from(i64::MAX)),
        5 => Some(Number::from(9_007_199_254_740_993u64)),
        6 => Number::from_f64(1e-308),
        7 => Number::from_f64(-0.5),
        8 => Some(Number::from(-1)),
        9 => Some(Number::from(0)),
        10 => Some(Number::from(4_294_967_296u64)),
        _ => Number::from_f64(1.5),
    };
    number.map_or(Value::Null, Value::Number)
}

/// Keys whose values are text a generator copies into its output.
pub const TEXT_KEYS: &[&str] = &[
    "title",
    "description",
    "summary",
    "operationId",
    "tags",
    "name",
    "url",
    "default",
    "example",
    "enum",
    "scheme",
    "bearerFormat",
    "pattern",
    "format",
    "version",
    "termsOfService",
    "x-sdkgen-name",
    "x-sdkgen-prefix",
    "openIdConnectUrl",
    "authorizationUrl",
    "tokenUrl",
    "required",
    "discriminator",
    "propertyName",
];

/// Maps whose keys become names in the generated code (types, fields, parameters, modules).
pub const NAMED_MAPS: &[&str] = &[
    "properties",
    "schemas",
    "parameters",
    "responses",
    "securitySchemes",
    "variables",
    "paths",
    "headers",
    "requestBodies",
    "examples",
    "content",
    "scopes",
    "mapping",
    "links",
    "callbacks",
];

/// Words of the OpenAPI vocabulary, valid or almost, by the key that takes them.
pub fn vocabulary(key: &str) -> &'static [&'static str] {
    match key {
        "type" => &[
            "string",
            "integer",
            "number",
            "boolean",
            "array",
            "object",
            "null",
            "file",
            "any",
            "String",
            "",
            "apiKey",
            "http",
            "oauth2",
            "openIdConnect",
            "mutualTLS",
        ],
        "format" => &[
            "int32",
            "int64",
            "uint64",
            "float",
            "double",
            "decimal",
            "date",
            "date-time",
            "uuid",
            "binary",
            "byte",
            "password",
            "uri",
            "email",
            "{self}",
        ],
        "in" => &["query", "header", "path", "cookie", "body", "formData", ""],
        "style" => &[
            "form",
            "simple",
            "label",
            "matrix",
            "spaceDelimited",
            "pipeDelimited",
            "deepObject",
        ],
        "scheme" => &["bearer", "basic", "digest", "Bearer", "BASIC", ""],
        "openapi" => &["3.0.0", "3.0.3", "3.1.0", "2.0", "4.0.0", ""],
        _ => &[],
    }
}
