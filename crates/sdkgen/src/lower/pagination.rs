//! The `x-sdkgen-pagination` extension: how an operation pages through a list.
//!
//! ```yaml
//! x-sdkgen-pagination:
//!   items: /data                 # JSON pointer into the success body: the array of items
//!   cursor:                      # either: the body names the next page's cursor
//!     parameter: cursor          #   query parameter that takes it
//!     next: /links/next          #   JSON pointer to it (a token, or a URL whose query has it)
//!   offset:                      # or: the next page starts after the items so far
//!     parameter: offset          #   query parameter that takes the offset
//!   link:                        # or: the `Link` header's rel="next" URL carries the page
//!     parameter: page            #   integer query parameter that takes it
//! ```
//!
//! `x-sdkgen-pagination: false` says the operation does not page, whatever its shape suggests.
//! The settings' `[[pagination]]` rules arrive here as this extension (see `paging_rules`).

use sdkgen_ir::{Operation, Pagination, PaginationKind, ParameterLocation, TypeDef, TypeRef};
use serde_json::Value;

use super::infer_paging::{page_limit, walk};
use crate::error::Error;
use crate::load::Bundle;

/// The extension's name.
pub const EXTENSION: &str = "x-sdkgen-pagination";

/// Checks the extension against the operation and its response type.
pub fn resolve(
    bundle: &Bundle,
    extension: &Value,
    pointer: &str,
    operation: &Operation,
    types: &[TypeDef],
) -> Result<Pagination, Error> {
    let reader = ExtensionReader {
        bundle,
        extension,
        pointer,
        operation,
        types,
    };
    let body = operation.single_success_type().ok_or_else(|| {
        reader.fail(
            "",
            "pages need one success body type: the operation has none, or answers with several",
        )
    })?;
    let (items, items_type) =
        walk(body, reader.text("/items")?, types).map_err(|m| reader.fail("/items", m))?;
    let TypeRef::Array(item_type) = items_type else {
        return Err(reader.fail("/items", "must point at an array"));
    };
    Ok(Pagination {
        kind: reader.kind(body)?,
        items,
        item_type: *item_type,
    })
}

/// Reads one operation's pagination extension, with errors located inside it.
struct ExtensionReader<'a> {
    bundle: &'a Bundle,
    extension: &'a Value,
    pointer: &'a str,
    operation: &'a Operation,
    types: &'a [TypeDef],
}

impl ExtensionReader<'_> {
    fn fail(&self, at: &str, message: impl Into<String>) -> Error {
        self.bundle
            .error_at(&format!("{}{at}", self.pointer), message.into())
            .into()
    }

    fn text(&self, at: &str) -> Result<&str, Error> {
        self.extension
            .pointer(at)
            .and_then(Value::as_str)
            .ok_or_else(|| self.fail(at, "must be a string"))
    }

    /// The Rust name of the query parameter named at `at`, which must be an integer (offset,
    /// page) or a string (cursor).
    fn query_parameter(&self, at: &str, integer: bool) -> Result<String, Error> {
        let name = self.text(at)?;
        let parameter = self
            .operation
            .parameters
            .iter()
            .find(|p| p.api_name == name && p.location == ParameterLocation::Query)
            .ok_or_else(|| {
                self.fail(at, format!("the operation has no query parameter `{name}`"))
            })?;
        match (&parameter.ty, integer) {
            (TypeRef::String(_), false) | (TypeRef::Integer(_), true) => {
                Ok(parameter.rust_name.clone())
            }
            (_, false) => Err(self.fail(
                at,
                format!("the cursor parameter `{name}` must be a string"),
            )),
            (_, true) => Err(self.fail(
                at,
                format!("the offset or page parameter `{name}` must be an integer"),
            )),
        }
    }

    /// Which way the operation pages: exactly one of `cursor`, `offset` and `link`.
    fn kind(&self, body: &TypeRef) -> Result<PaginationKind, Error> {
        let kinds = ["cursor", "offset", "link"].map(|key| self.extension.get(key).is_some());
        Ok(match kinds {
            [true, false, false] => {
                let (next, next_type) = walk(body, self.text("/cursor/next")?, self.types)
                    .map_err(|m| self.fail("/cursor/next", m))?;
                if !matches!(next_type, TypeRef::String(_) | TypeRef::Integer(_)) {
                    return Err(self.fail("/cursor/next", "must point at a string or an integer"));
                }
                PaginationKind::Cursor {
                    parameter: self.query_parameter("/cursor/parameter", false)?,
                    wire_name: self.text("/cursor/parameter")?.to_string(),
                    next,
                }
            }
            [false, true, false] => PaginationKind::Offset {
                parameter: self.query_parameter("/offset/parameter", true)?,
                limit: page_limit(self.operation),
            },
            [false, false, true] => PaginationKind::LinkHeader {
                parameter: self.query_parameter("/link/parameter", true)?,
                wire_name: self.text("/link/parameter")?.to_string(),
            },
            _ => return Err(self.fail("", "needs exactly one of `cursor`, `offset` and `link`")),
        })
    }
}
