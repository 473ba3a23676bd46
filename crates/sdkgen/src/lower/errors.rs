//! Error enums shared between operations: every operation whose error table has the same
//! statuses, variant names and body types uses one enum, named after what it holds.

use std::collections::HashMap;

use sdkgen_ir::{BodyEncoding, ErrorType, Group, Response, StatusMatch, TypeRef};

use crate::naming::{NameSet, RESERVED_TYPE_NAMES};

/// Variants an enum may have and still be named after them all.
const NAMED_VARIANTS: usize = 2;

/// The same for an enum shared across groups, which no group or operation name describes.
const SHARED_NAMED_VARIANTS: usize = 4;

/// What makes two error tables the same enum.
type TableKey = Vec<(StatusMatch, String, Option<(TypeRef, BodyEncoding)>)>;

fn key(errors: &[Response]) -> TableKey {
    errors
        .iter()
        .map(|r| {
            let body = r.body.as_ref().map(|b| (b.ty.clone(), b.encoding));
            (r.status, r.variant_name.clone(), body)
        })
        .collect()
}

/// The operations (group index, operation index) that use one error table.
struct Table {
    users: Vec<(usize, usize)>,
}

/// The name an error table asks for: its variants joined (`BadRequestOrNotFoundError`) when
/// there are at most two; else the one operation's type name (`ListReposError`) or the one
/// group's (`ReposError`); a table shared across groups is named after its variants again when
/// there are at most four, else after its first operation.
fn preferred_name(groups: &[Group], table: &Table) -> Option<String> {
    let (first_group, first_op) = *table.users.first()?;
    let group = groups.get(first_group)?;
    let operation = group.operations.get(first_op)?;
    let errors = &operation.errors;
    let one_group = table.users.iter().all(|(g, _)| *g == first_group);
    let stem = if errors.len() <= NAMED_VARIANTS {
        joined(errors)
    } else if table.users.len() == 1 {
        operation.type_name.clone()
    } else if one_group {
        group.type_name.clone()
    } else if errors.len() <= SHARED_NAMED_VARIANTS {
        joined(errors)
    } else {
        operation.type_name.clone()
    };
    Some(format!("{stem}Error"))
}

/// The variant names joined by `Or`, each without an `Error` suffix.
fn joined(errors: &[Response]) -> String {
    let parts: Vec<&str> = errors
        .iter()
        .map(|r| {
            let name = r.variant_name.as_str();
            name.strip_suffix("Error")
                .filter(|stem| !stem.is_empty())
                .unwrap_or(name)
        })
        .collect();
    parts.join("Or")
}

/// Gives every operation with a non-empty error table its shared enum, and returns the
/// enums in order of first use.
pub fn share(groups: &mut [Group]) -> Vec<ErrorType> {
    // Only looked up: the order of `tables` is the order of first use.
    let mut by_key: HashMap<TableKey, usize> = HashMap::new();
    let mut tables: Vec<Table> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        for (o, operation) in group.operations.iter().enumerate() {
            if operation.errors.is_empty() {
                continue;
            }
            let index = *by_key.entry(key(&operation.errors)).or_insert_with(|| {
                tables.push(Table { users: Vec::new() });
                tables.len() - 1
            });
            if let Some(table) = tables.get_mut(index) {
                table.users.push((g, o));
            }
        }
    }
    // The `errors` module imports these.
    let imported = [
        "DocumentedError",
        "ErrorResponse",
        "RawResponse",
        "ErrorStatuses",
        "ErrorTable",
        "Status",
    ];
    let mut names = NameSet::with_reserved(RESERVED_TYPE_NAMES.iter().copied().chain(imported));
    let mut types = Vec::new();
    for table in &tables {
        let Some(preferred) = preferred_name(groups, table) else {
            continue;
        };
        let name = names.take(&preferred, "");
        let mut variants = Vec::new();
        let mut users: Vec<String> = Vec::new();
        for (g, o) in &table.users {
            let Some(group) = groups.get_mut(*g) else {
                continue;
            };
            // Users come in group order, so a group repeats only right after itself.
            if users.last() != Some(&group.rust_name) {
                users.push(group.rust_name.clone());
            }
            if let Some(operation) = group.operations.get_mut(*o) {
                if variants.is_empty() {
                    variants = operation.errors.clone();
                }
                operation.error_type = Some(name.clone());
            }
        }
        types.push(ErrorType {
            name,
            variants,
            operations: table.users.len(),
            groups: users,
        });
    }
    types
}
