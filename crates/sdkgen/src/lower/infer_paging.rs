//! Paging without `x-sdkgen-pagination`: the common shapes of list operations are recognised
//! and reported as a located note, so that Spotify-style offset pages and cursor pages get
//! `pages()`/`items()` streams with no edit to the spec.
//!
//! Recognised, for a GET whose success body is an object with an array of items:
//! - a cursor: an optional string query parameter (`cursor`, `page_token`, `starting_after`,
//!   …) and a string in the body naming the next one (`next_cursor`, `nextPageToken`,
//!   `meta/next_cursor`, `links/next`, a `next` URL, …);
//! - an offset: an optional integer query parameter `offset` or `skip`.

use sdkgen_ir::{
    HttpMethod, Operation, Pagination, PaginationKind, Parameter, ParameterLocation, TypeDef,
    TypeRef,
};

use super::pagination::walk;

/// Where list operations keep their items, most specific first.
const ITEMS: &[&str] = &[
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

/// The paging `operation` evidently does, and a note saying what was inferred.
pub fn infer(operation: &Operation, types: &[TypeDef]) -> Option<(Pagination, String)> {
    if operation.method != HttpMethod::Get {
        return None;
    }
    let body = operation.responses.iter().find_map(|r| r.body.as_ref())?;
    let (items_pointer, items, item_type) =
        ITEMS
            .iter()
            .find_map(|pointer| match walk(&body.ty, pointer, types).ok()? {
                (steps, TypeRef::Array(item)) => Some((*pointer, steps, *item)),
                _ => None,
            })?;
    let (kind, how) = cursor(operation, &body.ty, types).or_else(|| offset(operation))?;
    let note = format!(
        "paged list inferred: {how}, items at `{items_pointer}`; the client gets `pages()` and `items()` (an `x-sdkgen-pagination` extension overrides this)"
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

fn offset(operation: &Operation) -> Option<(PaginationKind, String)> {
    let parameter = optional_query(operation, OFFSET_PARAMETERS, |ty| {
        matches!(ty, TypeRef::Integer(_))
    })?;
    let how = format!("offset parameter `{}`", parameter.api_name);
    let kind = PaginationKind::Offset {
        parameter: parameter.rust_name.clone(),
    };
    Some((kind, how))
}
