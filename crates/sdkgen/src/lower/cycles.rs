//! Recursion in the type graph: aliases that lead back to themselves become any JSON value,
//! and fields that make a struct contain itself are boxed.

use std::collections::{BTreeMap, HashSet};

use sdkgen_ir::{TypeDef, TypeKind, TypeRef, Warning};

/// Every named type a reference mentions, at any depth.
pub(super) fn names_in(ty: &TypeRef) -> Vec<&str> {
    match ty {
        TypeRef::Named(name) => vec![name],
        TypeRef::Array(inner)
        | TypeRef::Map(inner)
        | TypeRef::Nullable(inner)
        | TypeRef::EventStream(inner) => names_in(inner),
        _ => Vec::new(),
    }
}

/// Rust type aliases cannot refer to themselves, even through `Option` or `Vec`: every alias
/// that leads back to itself through other aliases (`A: {$ref: B}`, `B: {$ref: A}`, or
/// `A: {nullable: true, allOf: [{$ref: A}]}`) becomes any JSON value, with a warning.
pub(super) fn break_alias_cycles(
    types: &mut BTreeMap<String, TypeDef>,
    warnings: &mut Vec<Warning>,
) {
    let alias_edges: BTreeMap<String, Vec<String>> = types
        .iter()
        .filter_map(|(name, def)| match &def.kind {
            TypeKind::Alias { target } => Some((
                name.clone(),
                names_in(target).into_iter().map(str::to_string).collect(),
            )),
            _ => None,
        })
        .collect();
    let on_cycle = |start: &String| {
        let mut stack: Vec<&String> = alias_edges.get(start).into_iter().flatten().collect();
        let mut visited = HashSet::new();
        while let Some(node) = stack.pop() {
            if node == start {
                return true;
            }
            if visited.insert(node) {
                stack.extend(alias_edges.get(node).into_iter().flatten());
            }
        }
        false
    };
    let cyclic: Vec<String> = alias_edges
        .keys()
        .filter(|name| on_cycle(name))
        .cloned()
        .collect();
    for name in cyclic {
        if let Some(def) = types.get_mut(&name) {
            def.kind = TypeKind::Alias {
                target: TypeRef::Any,
            };
            warnings.push(Warning {
                pointer: def.origin.clone(),
                message: format!(
                    "schema `{name}` is defined only by itself (through references or wrappers); using any JSON value"
                ),
            });
        }
    }
}

/// The named type a reference leads to without passing through a container that allocates
/// (`Vec`, map), which is where a recursive type needs a `Box`.
fn direct_target(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(name) => Some(name),
        TypeRef::Nullable(inner) => direct_target(inner),
        _ => None,
    }
}

fn direct_edges(def: &TypeDef) -> Vec<&str> {
    match &def.kind {
        TypeKind::Struct { fields, .. } => {
            fields.iter().filter_map(|f| direct_target(&f.ty)).collect()
        }
        TypeKind::Union { variants, .. } => variants
            .iter()
            .filter_map(|v| direct_target(&v.ty))
            .collect(),
        TypeKind::Alias { target } => direct_target(target).into_iter().collect(),
        TypeKind::Enum { .. } => Vec::new(),
    }
}

/// Marks fields and variants that close a cycle of direct containment, so they get boxed.
pub(super) fn mark_boxed(types: &mut BTreeMap<String, TypeDef>) {
    let edges: BTreeMap<String, Vec<String>> = types
        .iter()
        .map(|(name, def)| {
            (
                name.clone(),
                direct_edges(def).into_iter().map(str::to_string).collect(),
            )
        })
        .collect();
    let reaches = |from: &str, to: &str| -> bool {
        let mut stack = vec![from.to_string()];
        let mut visited = HashSet::new();
        while let Some(node) = stack.pop() {
            if node == to {
                return true;
            }
            if visited.insert(node.clone()) {
                if let Some(next) = edges.get(&node) {
                    stack.extend(next.iter().cloned());
                }
            }
        }
        false
    };
    for (name, def) in types.iter_mut() {
        match &mut def.kind {
            TypeKind::Struct { fields, .. } => {
                for field in fields {
                    field.boxed =
                        direct_target(&field.ty).is_some_and(|target| reaches(target, name));
                }
            }
            TypeKind::Union { variants, .. } => {
                for variant in variants {
                    variant.boxed =
                        direct_target(&variant.ty).is_some_and(|target| reaches(target, name));
                }
            }
            TypeKind::Alias { .. } | TypeKind::Enum { .. } => {}
        }
    }
}
