//! What the keys of a raw OpenAPI document mean, for the passes that walk it before it is
//! parsed (bundling, the 3.1 rewrite, pruning): which keys map names to things, and which hold
//! data that must be copied as it is.

/// Keys whose value maps names to things: the map's own keys are names chosen by the spec's
/// author (a property may be called `type`, `example` or `$ref`), never keywords.
pub const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "dependentSchemas",
    "definitions",
    "$defs",
    "schemas",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
    "paths",
    "webhooks",
    "content",
    "encoding",
    "variables",
    "mapping",
    "scopes",
];

/// Whether the value of `key`, in an object whose keys are keywords, maps names to things.
pub fn is_name_map(key: &str) -> bool {
    NAME_MAPS.contains(&key)
}

/// Whether the value of `key`, in an object whose keys are keywords, is data (an example, a
/// default, an enum value, an extension), where a `$ref` or `schema` key means nothing.
/// `examples` is left to the caller: outside schemas it maps names to Example Objects, which
/// may be references.
pub fn holds_data(key: &str) -> bool {
    matches!(key, "example" | "default" | "enum" | "const") || key.starts_with("x-")
}

/// Where a `$ref` to a component schema points; bundling hoists every schema there.
pub const COMPONENT_PREFIX: &str = "#/components/schemas/";
