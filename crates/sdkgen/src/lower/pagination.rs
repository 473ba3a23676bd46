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

use sdkgen_ir::{
    FieldStep, Operation, Pagination, PaginationKind, ParameterLocation, TypeDef, TypeKind, TypeRef,
};
use serde_json::Value;

use crate::error::{unescape_pointer_segment, Error};
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
            limit: super::infer_paging::page_limit(operation),
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

/// Follows a JSON pointer through struct fields; returns the steps and the type reached. The
/// empty pointer is the body itself (a list answered as a bare array), aliases followed.
pub(super) fn walk(
    start: &TypeRef,
    pointer: &str,
    types: &[TypeDef],
) -> Result<(Vec<FieldStep>, TypeRef), String> {
    if pointer.is_empty() {
        return Ok((Vec::new(), unalias(start, types)?));
    }
    let Some(path) = pointer.strip_prefix('/') else {
        return Err(format!("`{pointer}` is not a JSON pointer"));
    };
    let mut steps = Vec::new();
    let mut current = start.non_null().clone();
    for segment in path.split('/').map(unescape_pointer_segment) {
        let TypeRef::Named(name) = unalias(&current, types)? else {
            return Err(format!(
                "cannot look up `{segment}` in a value that is not an object"
            ));
        };
        let Some(TypeKind::Struct { fields, .. }) =
            types.iter().find(|t| t.name == name).map(|t| &t.kind)
        else {
            return Err(format!("`{name}` is not an object with fields"));
        };
        let field = fields
            .iter()
            .find(|f| f.json_name == segment)
            .ok_or_else(|| format!("no property `{segment}` in the response"))?;
        steps.push(FieldStep {
            rust_name: field.rust_name.clone(),
            optional: !field.required || matches!(field.ty, TypeRef::Nullable(_)),
            three_state: field.is_three_state(),
        });
        current = field.ty.non_null().clone();
    }
    Ok((steps, current))
}

/// `ty` with aliases followed to the type they name.
fn unalias(ty: &TypeRef, types: &[TypeDef]) -> Result<TypeRef, String> {
    let mut current = ty.non_null().clone();
    for _ in 0..64 {
        let TypeRef::Named(name) = &current else {
            return Ok(current);
        };
        match types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
            Some(TypeKind::Alias { target }) => current = target.non_null().clone(),
            _ => return Ok(current),
        }
    }
    Err("the response type is an alias of itself".to_string())
}
