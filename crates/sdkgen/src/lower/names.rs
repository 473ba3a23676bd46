//! Method names within a group: which operations may use the name trimmed of what their
//! operationId repeats, and which keep the whole id.

use crate::naming::{camel, NameSet};

/// Methods every group handle already has through the prelude (it derives `Clone` and `Copy`:
/// `Clone`, `ToOwned`, `Into`, `TryInto`), and `cmp`, which clippy's `should_implement_trait`
/// flags on a method with one argument. A method name trimmed to one of these keeps its
/// untrimmed form (`issues_clone`, not `clone`).
const TRIM_AVOIDED_METHODS: &[&str] = &[
    "clone",
    "clone_from",
    "clone_into",
    "to_owned",
    "into",
    "try_into",
    "cmp",
];

/// The method names of one group's operations, before numbering: each operation's trimmed
/// name (see [`trimmed_method_name`]) where it has one that is safe to use, else its untrimmed
/// name (from `x-sdkgen-name`, or the whole operationId). A trimmed name is not used when
/// - its type names (`Get`, `GetError`, `GetResponse`) are taken in advance in the group's
///   module (`client` → `Client`, the group's own type, prelude names such as `Ok`), or it is
///   one of [`TRIM_AVOIDED_METHODS`];
/// - another operation of the group ends up with the same name, trimmed or not: then every
///   operation with a trimmed name in that clash keeps its untrimmed name instead, and this
///   repeats until no trimmed name clashes (an operation that goes back to its untrimmed name
///   can clash in turn). Operations whose untrimmed names clash with each other are numbered
///   afterwards as before.
///
/// The outcome does not depend on the operations' order: a trimmed name is given up exactly
/// when it ever shares its name with another operation, and names only ever move from trimmed
/// to untrimmed. Each operation goes back at most once, so the work is O(n log n).
pub(super) fn method_names_of_group(
    untrimmed: Vec<String>,
    trimmed: Vec<Option<String>>,
    reserved_types: &NameSet,
) -> Vec<String> {
    let usable = |name: &String| {
        let stem = camel(name);
        let types = [
            stem.clone(),
            format!("{stem}Error"),
            format!("{stem}Response"),
        ];
        !TRIM_AVOIDED_METHODS.contains(&name.as_str())
            && !types.iter().any(|ty| reserved_types.contains(ty))
    };
    let mut trimmed: Vec<Option<String>> = trimmed
        .into_iter()
        .map(|name| name.filter(usable))
        .collect();
    let current = |i: usize, trimmed: &[Option<String>]| -> Option<String> {
        trimmed
            .get(i)
            .cloned()
            .flatten()
            .or_else(|| untrimmed.get(i).cloned())
    };
    // Name → the operations that have it now.
    let mut holders: std::collections::BTreeMap<String, Vec<usize>> =
        std::collections::BTreeMap::new();
    for i in 0..untrimmed.len() {
        if let Some(name) = current(i, &trimmed) {
            holders.entry(name).or_default().push(i);
        }
    }
    let mut clashes: Vec<String> = holders
        .iter()
        .filter(|(_, held_by)| held_by.len() > 1)
        .map(|(name, _)| name.clone())
        .collect();
    while let Some(name) = clashes.pop() {
        let Some(held_by) = holders.remove(&name) else {
            continue;
        };
        let (back, keep): (Vec<usize>, Vec<usize>) = held_by
            .into_iter()
            .partition(|&i| trimmed.get(i).is_some_and(Option::is_some));
        holders.insert(name, keep);
        for i in back {
            if let Some(slot) = trimmed.get_mut(i) {
                *slot = None;
            }
            let Some(name) = untrimmed.get(i) else {
                continue;
            };
            let held_by = holders.entry(name.clone()).or_default();
            held_by.push(i);
            if held_by.len() > 1 {
                clashes.push(name.clone());
            }
        }
    }
    (0..untrimmed.len())
        .filter_map(|i| current(i, &trimmed))
        .collect()
}
