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
    let fail = |at: &str, message: String| -> Error {
        bundle.error_at(&format!("{pointer}{at}"), message).into()
    };
    let text = |at: &str| -> Result<&str, Error> {
        extension
            .pointer(at)
            .and_then(Value::as_str)
            .ok_or_else(|| fail(at, "must be a string".to_string()))
    };
    let body = operation
        .responses
        .iter()
        .find_map(|r| r.body.as_ref())
        .ok_or_else(|| {
            fail(
                "",
                "the operation has no success body to page through".to_string(),
            )
        })?;
    let (items, items_type) =
        walk(&body.ty, text("/items")?, types).map_err(|m| fail("/items", m))?;
    let TypeRef::Array(item_type) = items_type else {
        return Err(fail("/items", "must point at an array".to_string()));
    };
    let query_parameter = |at: &str, integer: bool| -> Result<String, Error> {
        let name = text(at)?;
        let parameter = operation
            .parameters
            .iter()
            .find(|p| p.api_name == name && p.location == ParameterLocation::Query)
            .ok_or_else(|| fail(at, format!("the operation has no query parameter `{name}`")))?;
        match (&parameter.ty, integer) {
            (TypeRef::String(_), false) | (TypeRef::Integer(_), true) => {
                Ok(parameter.rust_name.clone())
            }
            (_, false) => Err(fail(
                at,
                format!("the cursor parameter `{name}` must be a string"),
            )),
            (_, true) => Err(fail(
                at,
                format!("the offset or page parameter `{name}` must be an integer"),
            )),
        }
    };
    let kinds = ["cursor", "offset", "link"].map(|key| extension.get(key).is_some());
    let kind = match kinds {
        [true, false, false] => {
            let (next, next_type) = walk(&body.ty, text("/cursor/next")?, types)
                .map_err(|m| fail("/cursor/next", m))?;
            if !matches!(next_type, TypeRef::String(_) | TypeRef::Integer(_)) {
                return Err(fail(
                    "/cursor/next",
                    "must point at a string or an integer".to_string(),
                ));
            }
            PaginationKind::Cursor {
                parameter: query_parameter("/cursor/parameter", false)?,
                wire_name: text("/cursor/parameter")?.to_string(),
                next,
            }
        }
        [false, true, false] => PaginationKind::Offset {
            parameter: query_parameter("/offset/parameter", true)?,
            limit: page_limit(operation),
        },
        [false, false, true] => PaginationKind::LinkHeader {
            parameter: query_parameter("/link/parameter", true)?,
            wire_name: text("/link/parameter")?.to_string(),
        },
        _ => {
            return Err(fail(
                "",
                "needs exactly one of `cursor`, `offset` and `link`".to_string(),
            ))
        }
    };
    Ok(Pagination {
        kind,
        items,
        item_type: *item_type,
    })
}
