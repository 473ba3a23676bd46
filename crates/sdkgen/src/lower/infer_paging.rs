//! Paging without `x-sdkgen-pagination`: the common shapes of list operations are recognised
//! and reported as a located note, so that Spotify-style offset pages and cursor pages get
//! `pages()`/`items()` streams with no edit to the spec.
//!
//! Recognised, for a GET whose success body holds an array of items:
//! - a cursor: an optional string query parameter (`cursor`, `page_token`, `starting_after`,
//!   …) and a string in the body naming the next one (`next_cursor`, `nextPageToken`,
//!   `meta/next_cursor`, `links/next`, a `next` URL, …);
//! - an offset: an optional integer query parameter `offset` or `skip`;
//! - a `Link` header (GitHub's): documented on a success response, with an optional integer
//!   query parameter `page` that its `rel="next"` URL carries.
//!
//! The items are a bare array body, an array field (`items`, `data`, `results`, …), or the
//! body's only array field.

use sdkgen_ir::{
    FieldStep, HttpMethod, Operation, Pagination, PaginationKind, Parameter, ParameterLocation,
    TypeDef, TypeKind, TypeRef,
};

use crate::error::{escape_pointer_segment, unescape_pointer_segment};

/// Where list operations keep their items, most specific first; `""` is a bare array.
const ITEMS: &[&str] = &[
    "",
    "/items",
    "/data",
    "/results",
    "/entries",
    "/records",
    "/values",
    "/elements",
    "/list",
];

/// Query parameters that take the next page's cursor.
const CURSOR_PARAMETERS: &[&str] = &[
    "cursor",
    "page_token",
    "pageToken",
    "next_token",
    "nextToken",
    "starting_after",
    "after",
    "continuation_token",
    "continuationToken",
    "marker",
];

/// Where bodies name the next cursor (a token, or a URL whose query carries it).
const NEXT_CURSORS: &[&str] = &[
    "/next_cursor",
    "/nextCursor",
    "/next_page_token",
    "/nextPageToken",
    "/next_token",
    "/nextToken",
    "/continuation_token",
    "/continuationToken",
    "/meta/next_cursor",
    "/meta/nextCursor",
    "/pagination/next_cursor",
    "/pagination/nextCursor",
    "/response_metadata/next_cursor",
    "/links/next",
    "/next",
];

/// Query parameters that take the offset of the first item.
const OFFSET_PARAMETERS: &[&str] = &["offset", "skip"];

/// Query parameters that cap how many items a page holds.
const LIMIT_PARAMETERS: &[&str] = &[
    "limit",
    "per_page",
    "perPage",
    "page_size",
    "pageSize",
    "max_results",
    "maxResults",
    "top",
    "$top",
];

/// The Rust name of the operation's optional integer page-size parameter, if it has one.
pub(super) fn page_limit(operation: &Operation) -> Option<String> {
    optional_query(operation, LIMIT_PARAMETERS, |ty| {
        matches!(ty, TypeRef::Integer(_))
    })
    .map(|p| p.rust_name.clone())
}

/// The paging `operation` evidently does, and a note saying what was inferred.
pub fn infer(operation: &Operation, types: &[TypeDef]) -> Option<(Pagination, String)> {
    if operation.method != HttpMethod::Get {
        return None;
    }
    // An operation whose successes decode differently answers with an enum, not a page.
    let body = operation.single_success_type()?;
    let array_at = |pointer: &str| match walk(body, pointer, types).ok()? {
        (steps, TypeRef::Array(item)) => Some((pointer.to_string(), steps, *item)),
        _ => None,
    };
    let (items_pointer, items, item_type) = ITEMS
        .iter()
        .find_map(|pointer| array_at(pointer))
        .or_else(|| array_at(&format!("/{}", only_array_field(body, types)?)))?;
    let (kind, how) = link_header(operation)
        .or_else(|| cursor(operation, body, types))
        .or_else(|| offset(operation))?;
    let items_at = if items_pointer.is_empty() {
        "the body".to_string()
    } else {
        format!("`{items_pointer}`")
    };
    let note = format!(
        "paged list inferred: {how}, items at {items_at}; the client gets `pages()` and `items()` (a `[[pagination]]` rule in the settings or an `x-sdkgen-pagination` extension overrides this)"
    );
    Some((
        Pagination {
            kind,
            items,
            item_type,
        },
        note,
    ))
}

/// The JSON name of the one array field of the struct `body` is, if it has exactly one
/// (GitHub's `{"total_count": 3, "runners": […]}`).
fn only_array_field(body: &TypeRef, types: &[TypeDef]) -> Option<String> {
    let (_, TypeRef::Named(name)) = walk(body, "", types).ok()? else {
        return None;
    };
    let TypeKind::Struct { fields, .. } = &types.iter().find(|t| t.name == name)?.kind else {
        return None;
    };
    let mut arrays = fields
        .iter()
        .filter(|field| matches!(field.ty.non_null(), TypeRef::Array(_)));
    match (arrays.next(), arrays.next()) {
        (Some(only), None) => Some(escape_pointer_segment(&only.json_name)),
        _ => None,
    }
}

fn optional_query<'a>(
    operation: &'a Operation,
    names: &[&str],
    fits: impl Fn(&TypeRef) -> bool,
) -> Option<&'a Parameter> {
    names.iter().find_map(|name| {
        operation.parameters.iter().find(|p| {
            p.api_name == *name
                && p.location == ParameterLocation::Query
                && !p.required
                && fits(&p.ty)
        })
    })
}

fn cursor(
    operation: &Operation,
    body: &TypeRef,
    types: &[TypeDef],
) -> Option<(PaginationKind, String)> {
    let parameter = optional_query(operation, CURSOR_PARAMETERS, |ty| {
        matches!(ty, TypeRef::String(_))
    })?;
    let (pointer, next) =
        NEXT_CURSORS
            .iter()
            .find_map(|pointer| match walk(body, pointer, types).ok()? {
                (steps, TypeRef::String(_)) => Some((*pointer, steps)),
                _ => None,
            })?;
    let how = format!("cursor parameter `{}` from `{pointer}`", parameter.api_name);
    let kind = PaginationKind::Cursor {
        parameter: parameter.rust_name.clone(),
        wire_name: parameter.api_name.clone(),
        next,
    };
    Some((kind, how))
}

/// Query parameters that take the page number a `Link` header's next URL carries.
const PAGE_PARAMETERS: &[&str] = &["page"];

/// A `Link` header documented on a success response, and a page parameter.
fn link_header(operation: &Operation) -> Option<(PaginationKind, String)> {
    let documented = operation.responses.iter().any(|response| {
        response
            .headers
            .iter()
            .any(|header| header.name.eq_ignore_ascii_case("link"))
    });
    if !documented {
        return None;
    }
    let parameter = optional_query(operation, PAGE_PARAMETERS, |ty| {
        matches!(ty, TypeRef::Integer(_))
    })?;
    let how = format!(
        "the `Link` header's next URL, page parameter `{}`",
        parameter.api_name
    );
    let kind = PaginationKind::LinkHeader {
        parameter: parameter.rust_name.clone(),
        wire_name: parameter.api_name.clone(),
    };
    Some((kind, how))
}

fn offset(operation: &Operation) -> Option<(PaginationKind, String)> {
    let parameter = optional_query(operation, OFFSET_PARAMETERS, |ty| {
        matches!(ty, TypeRef::Integer(_))
    })?;
    let how = format!("offset parameter `{}`", parameter.api_name);
    let kind = PaginationKind::Offset {
        parameter: parameter.rust_name.clone(),
        limit: page_limit(operation),
    };
    Some((kind, how))
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
