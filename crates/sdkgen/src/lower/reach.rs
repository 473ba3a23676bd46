//! Which groups reach each named type, so that a crate with a Cargo feature per group compiles
//! only the models of the groups that are on, and whether requests send it and responses carry
//! it, for its read-only and write-only properties.

use std::collections::{BTreeMap, BTreeSet};

use sdkgen_ir::{Group, Operation, TypeDef, TypeRef};

/// Marks the types reached from types that no operation reaches.
const UNREFERENCED: &str = "";

/// Fills `TypeDef::groups` (the groups whose operations use the type, directly or through
/// other types), `TypeDef::unreferenced` (a type no operation reaches, or one such a type
/// refers to), `TypeDef::sent` and `TypeDef::received`.
pub fn mark(groups: &[Group], types: &mut [TypeDef]) {
    let index: BTreeMap<&str, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    let mut reached: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); types.len()];
    for group in groups {
        let roots = group
            .operations
            .iter()
            .flat_map(|op| op.types_sent().chain(op.types_received()));
        spread(group.rust_name.as_str(), roots, types, &index, &mut reached);
    }
    let unreached: Vec<TypeRef> = types
        .iter()
        .zip(&reached)
        .filter(|(_, groups)| groups.is_empty())
        .map(|(t, _)| TypeRef::Named(t.name.clone()))
        .collect();
    spread(UNREFERENCED, unreached.iter(), types, &index, &mut reached);
    let marks: Vec<(bool, Vec<String>)> = reached
        .iter()
        .map(|marks| {
            let groups = marks.iter().filter(|g| **g != UNREFERENCED);
            (
                marks.contains(UNREFERENCED),
                groups.map(|g| g.to_string()).collect(),
            )
        })
        .collect();
    let directions = directions(groups, types, &index);
    for ((def, (unreferenced, groups)), (sent, received)) in
        types.iter_mut().zip(marks).zip(directions)
    {
        def.unreferenced = unreferenced;
        def.groups = groups;
        def.sent = sent;
        // A type no operation uses is a payload this client only reads.
        def.received = received || unreferenced;
    }
}

/// For each type, whether requests send it and whether responses carry it.
fn directions(
    groups: &[Group],
    types: &[TypeDef],
    index: &BTreeMap<&str, usize>,
) -> Vec<(bool, bool)> {
    const SENT: &str = "sent";
    const RECEIVED: &str = "received";
    let operations = || groups.iter().flat_map(|g| &g.operations);
    let sent_roots = operations().flat_map(Operation::types_sent);
    let received_roots = operations().flat_map(Operation::types_received);
    let mut reached: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); types.len()];
    spread(SENT, sent_roots, types, index, &mut reached);
    spread(RECEIVED, received_roots, types, index, &mut reached);
    reached
        .iter()
        .map(|marks| (marks.contains(SENT), marks.contains(RECEIVED)))
        .collect()
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
                    pending.extend(def.kind.references());
                }
            }
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::EventStream(inner) => pending.push(inner),
            _ => {}
        }
    }
}
