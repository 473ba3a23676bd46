//! Which groups reach each named type and each error enum, so that a crate with a Cargo
//! feature per group compiles only the models of the groups that are on.

use std::collections::{BTreeMap, BTreeSet};

use sdkgen_ir::{ErrorType, Group, Operation, TypeDef, TypeKind, TypeRef};

/// Stands for "always compiled": types no operation reaches are kept whatever the features.
const ALWAYS: &str = "";

/// Fills `TypeDef::groups` and `ErrorType::groups`: the groups whose operations use the type,
/// directly or through other types. A type that no operation reaches, and every type it
/// reaches, gets no groups: it is always compiled.
pub fn mark(groups: &[Group], types: &mut [TypeDef], error_types: &mut [ErrorType]) {
    let index: BTreeMap<&str, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    let mut reached: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); types.len()];
    for group in groups {
        let roots = group.operations.iter().flat_map(operation_types);
        spread(group.rust_name.as_str(), roots, types, &index, &mut reached);
    }
    let unreached: Vec<TypeRef> = types
        .iter()
        .zip(&reached)
        .filter(|(_, groups)| groups.is_empty())
        .map(|(t, _)| TypeRef::Named(t.name.clone()))
        .collect();
    spread(ALWAYS, unreached.iter(), types, &index, &mut reached);
    let marks: Vec<Vec<String>> = reached.iter().map(|set| group_list(set)).collect();
    for (def, groups) in types.iter_mut().zip(marks) {
        def.groups = groups;
    }
    for error in error_types.iter_mut() {
        error.groups = groups
            .iter()
            .filter(|g| {
                g.operations
                    .iter()
                    .any(|op| op.error_type.as_deref() == Some(error.name.as_str()))
            })
            .map(|g| g.rust_name.clone())
            .collect();
    }
}

/// The groups of a type, or none when it is always compiled.
fn group_list(set: &BTreeSet<&str>) -> Vec<String> {
    if set.contains(ALWAYS) {
        return Vec::new();
    }
    set.iter().map(|g| g.to_string()).collect()
}

/// Every type an operation names: parameters, body, responses, errors and pagination.
fn operation_types(op: &Operation) -> impl Iterator<Item = &TypeRef> {
    let bodies = op
        .responses
        .iter()
        .chain(&op.errors)
        .flat_map(|r| r.body.as_ref().map(|b| &b.ty).into_iter().chain(r.headers.iter().map(|h| &h.ty)));
    op.parameters
        .iter()
        .map(|p| &p.ty)
        .chain(op.request_body.as_ref().map(|b| &b.ty))
        .chain(bodies)
        .chain(op.pagination.as_ref().map(|p| &p.item_type))
}

/// Marks every named type reachable from `roots` with `group`. A type already marked with
/// it is not walked again, which also ends cycles.
fn spread<'a>(
    group: &'a str,
    roots: impl Iterator<Item = &'a TypeRef>,
    types: &'a [TypeDef],
    index: &BTreeMap<&str, usize>,
    reached: &mut [BTreeSet<&'a str>],
) {
    let mut pending: Vec<&TypeRef> = roots.collect();
    while let Some(ty) = pending.pop() {
        match ty {
            TypeRef::Named(name) => {
                let Some(&i) = index.get(name.as_str()) else {
                    continue;
                };
                let (Some(marks), Some(def)) = (reached.get_mut(i), types.get(i)) else {
                    continue;
                };
                if marks.insert(group) {
                    pending.extend(referenced(&def.kind));
                }
            }
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                pending.push(inner)
            }
            _ => {}
        }
    }
}

/// The types a named type's definition refers to.
fn referenced(kind: &TypeKind) -> Vec<&TypeRef> {
    match kind {
        TypeKind::Struct {
            fields,
            additional_properties,
        } => fields
            .iter()
            .map(|f| &f.ty)
            .chain(additional_properties.as_ref())
            .collect(),
        TypeKind::Enum { .. } => Vec::new(),
        TypeKind::Union { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
        TypeKind::Alias { target } => vec![target],
    }
}
