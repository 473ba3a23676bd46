//! Structure-aware mutation of a parsed spec: each mutation walks the tree to a random node of
//! the kind it wants and changes it, and says what it did.

use fastrand::Rng;
use serde_json::{json, Map, Value};

use super::hostile;
use super::tree::{self, key_back, local_ref, pointer, reference, NodePath, Step};

/// At most this many mutations are stacked on one mutant.
const MAX_STACKED: usize = 6;
/// Tries to find a mutation that applies to the document before giving up on one slot.
const ATTEMPTS: usize = 10;
/// Subtrees bigger than this are not copied, so that stacked copies cannot blow a spec up.
const MAX_COPIED_NODES: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Delete,
    Retype,
    Copy,
    Move,
    DanglingRef,
    SelfRef,
    CyclicRefs,
    RefInValue,
    RemoteRef,
    HostileText,
    HostileName,
    DeepNesting,
    HugeNumber,
    Vocabulary,
}

/// Each kind with its weight: text and names most (they reach the emitters), and the kinds
/// that usually get a mutant refused least, since one of those spoils the whole stack.
const KINDS: [(Kind, usize); 14] = [
    (Kind::Delete, 2),
    (Kind::Retype, 2),
    (Kind::Copy, 2),
    (Kind::Move, 1),
    (Kind::DanglingRef, 1),
    (Kind::SelfRef, 3),
    (Kind::CyclicRefs, 3),
    (Kind::RefInValue, 2),
    (Kind::RemoteRef, 1),
    (Kind::HostileText, 5),
    (Kind::HostileName, 4),
    (Kind::DeepNesting, 1),
    (Kind::HugeNumber, 2),
    (Kind::Vocabulary, 2),
];

fn random_kind(rng: &mut Rng) -> Kind {
    let total: usize = KINDS.iter().map(|(_, weight)| weight).sum();
    let mut ticket = rng.usize(..total);
    for (kind, weight) in KINDS {
        if ticket < weight {
            return kind;
        }
        ticket -= weight;
    }
    Kind::HostileText
}

/// Applies 1 to `MAX_STACKED` mutations (mostly few) and describes each.
pub fn mutate(document: &mut Value, rng: &mut Rng) -> Vec<String> {
    // Mostly few: the bound is random too.
    let most = rng.usize(1..=MAX_STACKED);
    let count = rng.usize(1..=most);
    (0..count)
        .filter_map(|_| mutate_once(document, rng))
        .collect()
}

fn mutate_once(document: &mut Value, rng: &mut Rng) -> Option<String> {
    (0..ATTEMPTS).find_map(|_| apply(random_kind(rng), document, rng))
}

/// Applies one mutation; `None` when the document has no node it applies to.
fn apply(kind: Kind, document: &mut Value, rng: &mut Rng) -> Option<String> {
    match kind {
        Kind::Delete => delete(document, rng),
        Kind::Retype => retype(document, rng),
        Kind::Copy => copy(document, rng),
        Kind::Move => move_subtree(document, rng),
        Kind::DanglingRef => dangling_ref(document, rng),
        Kind::SelfRef => self_ref(document, rng),
        Kind::CyclicRefs => cyclic_refs(document, rng),
        Kind::RefInValue => ref_in_value(document, rng),
        Kind::RemoteRef => remote_ref(document, rng),
        Kind::HostileText => hostile_text(document, rng),
        Kind::HostileName => hostile_name(document, rng),
        Kind::DeepNesting => deep_nesting(document, rng),
        Kind::HugeNumber => huge_number(document, rng),
        Kind::Vocabulary => vocabulary(document, rng),
    }
}

fn any_but_root(path: &[Step], _: &Value) -> bool {
    !path.is_empty()
}

fn object_but_root(path: &[Step], value: &Value) -> bool {
    !path.is_empty() && value.is_object()
}

fn container(_: &[Step], value: &Value) -> bool {
    value.is_object() || value.is_array()
}

/// An entry of a map under `components`, e.g. `/components/schemas/Pet`.
fn component(path: &[Step], value: &Value) -> bool {
    path.len() == 3 && path[0].key() == Some("components") && value.is_object()
}

fn schema_like(_: &[Step], value: &Value) -> bool {
    value.get("type").is_some() || value.get("properties").is_some()
}

/// Replaces the node at `path` (which exists) with `value`.
fn set(document: &mut Value, path: &[Step], value: Value) -> Option<()> {
    *tree::node_mut(document, path)? = value;
    Some(())
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

fn delete(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let path = tree::pick(document, rng, any_but_root)?;
    tree::remove(document, &path)?;
    Some(format!("delete {}", pointer(&path)))
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn retype(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let path = tree::pick(document, rng, any_but_root)?;
    let old = std::mem::take(tree::node_mut(document, &path)?);
    let from = type_name(&old);
    let new = retyped(old, rng);
    let description = format!("retype {}: {from} -> {}", pointer(&path), type_name(&new));
    set(document, &path, new)?;
    Some(description)
}

/// The value as another JSON type, keeping what it held where the new type can.
fn retyped(old: Value, rng: &mut Rng) -> Value {
    let targets: Vec<&str> = ["null", "bool", "number", "string", "array", "object"]
        .into_iter()
        .filter(|target| *target != type_name(&old))
        .collect();
    match targets[rng.usize(..targets.len())] {
        "null" => Value::Null,
        "bool" => Value::Bool(rng.bool()),
        "number" => hostile::number(rng),
        "string" => Value::String(old.to_string()),
        "array" => match old {
            Value::Object(map) => Value::Array(map.into_iter().map(|(_, v)| v).collect()),
            other => Value::Array(vec![other]),
        },
        _ => match old {
            Value::Array(items) => Value::Object(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| (i.to_string(), v))
                    .collect(),
            ),
            other => json!({ "value": other }),
        },
    }
}

/// Puts `value` into the container at `target`: a new or replaced entry of an object, or a
/// new element of an array. Returns the pointer it landed at.
fn place(
    document: &mut Value,
    target: &[Step],
    name: &str,
    value: Value,
    rng: &mut Rng,
) -> Option<String> {
    let step = match tree::node_mut(document, target)? {
        Value::Object(map) => {
            let key = match map.keys().nth(rng.usize(..=map.len())) {
                Some(existing) if rng.bool() => existing.clone(),
                _ => name.to_string(),
            };
            map.insert(key.clone(), value);
            Step::Key(key)
        }
        Value::Array(items) => {
            let at = rng.usize(..=items.len());
            items.insert(at, value);
            Step::Index(at)
        }
        _ => return None,
    };
    let mut landed = target.to_vec();
    landed.push(step);
    Some(pointer(&landed))
}

fn name_of(path: &[Step]) -> String {
    key_back(path, 0).unwrap_or("copy").to_string()
}

fn copy(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let source = tree::pick(document, rng, |path, value| {
        !path.is_empty() && tree::size(value) <= MAX_COPIED_NODES
    })?;
    let value = tree::node(document, &source)?.clone();
    let target = tree::pick(document, rng, container)?;
    let landed = place(document, &target, &name_of(&source), value, rng)?;
    Some(format!("copy {} to {landed}", pointer(&source)))
}

fn move_subtree(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let source = tree::pick(document, rng, any_but_root)?;
    let value = tree::remove(document, &source)?;
    let target = tree::pick(document, rng, container)?;
    let landed = place(document, &target, &name_of(&source), value, rng)?;
    Some(format!("move {} to {landed}", pointer(&source)))
}

const DANGLING_TARGETS: &[&str] = &[
    "#/components/schemas/DoesNotExist",
    "#/components/parameters/Missing",
    "#/components/responses/Missing",
    "#/components/requestBodies/Missing",
    "#/components/securitySchemes/Missing",
    "#/nowhere/at/all",
    "#",
    "",
    "#/",
    "#/components/schemas",
    "#/info",
    "#/openapi",
    "#/paths/~1missing/get",
    "#components/schemas/NoSlash",
    "#/components/schemas/Bad~2Escape",
    "#/components/schemas/%7Bself%7D",
    "#/components/schemas/{self}",
    "missing-file.yaml#/components/schemas/Pet",
    "missing-file.yaml",
];

fn dangling_ref(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let path = tree::pick(document, rng, object_but_root)?;
    let target = match tree::pick(document, rng, component) {
        Some(existing) if rng.usize(..4) == 0 => {
            format!("#{}/properties/missing", pointer(&existing))
        }
        _ => DANGLING_TARGETS[rng.usize(..DANGLING_TARGETS.len())].to_string(),
    };
    let node = tree::node_mut(document, &path)?;
    if rng.bool() {
        *node = reference(&target);
    } else if let Value::Object(map) = node {
        // A `$ref` with siblings: 3.0 says they are ignored, 3.1 merges them.
        map.insert("$ref".to_string(), Value::String(target.clone()));
    }
    Some(format!("dangling $ref {target:?} at {}", pointer(&path)))
}

/// A component most of the time (where references usually point), any object otherwise.
fn ref_site(document: &Value, rng: &mut Rng) -> Option<NodePath> {
    let in_components = |path: &[Step], value: &Value| {
        path.len() >= 3 && path[0].key() == Some("components") && value.is_object()
    };
    match rng.usize(..10) {
        0..=6 => tree::pick(document, rng, in_components),
        _ => None,
    }
    .or_else(|| tree::pick(document, rng, object_but_root))
}

fn self_ref(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let path = ref_site(document, rng)?;
    let children = tree::children(tree::node(document, &path)?);
    let mut child = path.clone();
    if !children.is_empty() {
        child.push(children[rng.usize(..children.len())].clone());
    }
    let (at, to) = match rng.usize(..4) {
        // the node is a reference to itself
        0 => (&path, &path),
        // a child refers to its parent
        1 => (&child, &path),
        // a child refers to itself, e.g. a parameter's schema to `#/…/P/schema`
        2 => (&child, &child),
        // the node refers to its own child
        _ => (&path, &child),
    };
    set(document, at, local_ref(to))?;
    Some(format!("self $ref at {} to #{}", pointer(at), pointer(to)))
}

fn cyclic_refs(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let first = ref_site(document, rng)?;
    let second = tree::pick(document, rng, |path, value| {
        value.is_object() && !path.starts_with(&first) && !first.starts_with(path)
    })?;
    let link = |to: &[Step], rng: &mut Rng| match rng.usize(..4) {
        0 => local_ref(to),
        1 => json!({ "allOf": [local_ref(to)] }),
        2 => json!({ "oneOf": [local_ref(to), {"type": "string"}] }),
        _ => json!({
            "type": "object",
            "required": ["next"],
            "properties": { "next": local_ref(to) },
        }),
    };
    let first_link = link(&second, rng);
    let second_link = link(&first, rng);
    set(document, &first, first_link)?;
    set(document, &second, second_link)?;
    Some(format!(
        "cyclic $refs between {} and {}",
        pointer(&first),
        pointer(&second)
    ))
}

const VALUE_KEYS: &[&str] = &[
    "example",
    "default",
    "enum",
    "examples",
    "x-example",
    "const",
];

fn ref_in_value(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let target = match tree::pick(document, rng, component) {
        Some(existing) if rng.bool() => format!("#{}", pointer(&existing)),
        _ => DANGLING_TARGETS[rng.usize(..DANGLING_TARGETS.len())].to_string(),
    };
    let value_site = tree::pick(document, rng, |path, _| {
        key_back(path, 0).is_some_and(|key| VALUE_KEYS.contains(&key))
    });
    let path = match value_site {
        Some(path) => path,
        None => {
            let mut schema = tree::pick(document, rng, schema_like)?;
            schema.push(Step::Key("example".to_string()));
            schema
        }
    };
    let node = match tree::node_mut(document, &path) {
        Some(node) => node,
        None => {
            set_new(document, &path)?;
            tree::node_mut(document, &path)?
        }
    };
    match (rng.usize(..3), node) {
        (0, Value::Array(items)) => items.push(reference(&target)),
        (0, Value::Object(map)) => {
            map.insert("$ref".to_string(), Value::String(target.clone()));
        }
        (1, node) => *node = json!({ "nested": reference(&target) }),
        (_, node) => *node = reference(&target),
    }
    Some(format!(
        "$ref {target:?} inside the value at {}",
        pointer(&path)
    ))
}

/// Creates a null entry at `path`, whose parent must be an object.
fn set_new(document: &mut Value, path: &[Step]) -> Option<()> {
    let (last, parent) = path.split_last()?;
    let map = tree::node_mut(document, parent)?.as_object_mut()?;
    map.insert(last.key()?.to_string(), Value::Null);
    Some(())
}

const REMOTE_TARGETS: &[&str] = &[
    "https://example.invalid/openapi.yaml#/components/schemas/Pet",
    "http://127.0.0.1:9/spec.json",
    "//example.invalid/spec.yaml#/components/schemas/Pet",
    "https://example.invalid/schemas/pet.json",
    "urn:example:pet",
    "mailto:someone@example.invalid",
];

fn remote_ref(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let path = ref_site(document, rng)?;
    let target = REMOTE_TARGETS[rng.usize(..REMOTE_TARGETS.len())];
    set(document, &path, reference(target))?;
    Some(format!("remote $ref {target:?} at {}", pointer(&path)))
}

/// A string under a text key (or in an array under one), or a text key added to an object.
fn hostile_text(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let text = hostile::string(rng);
    let is_text_key = |key: Option<&str>| key.is_some_and(|key| hostile::TEXT_KEYS.contains(&key));
    let existing = tree::pick(document, rng, |path, value| {
        value.is_string() && (is_text_key(key_back(path, 0)) || is_text_key(key_back(path, 1)))
    });
    let path = match existing {
        Some(path) if rng.usize(..4) != 0 => path,
        _ => {
            let mut object = tree::pick(document, rng, object_but_root)?;
            let keys = [
                "title",
                "description",
                "summary",
                "x-sdkgen-name",
                "default",
            ];
            object.push(Step::Key(keys[rng.usize(..keys.len())].to_string()));
            set_new(document, &object)?;
            object
        }
    };
    let description = format!(
        "text {} at {}",
        short(&Value::String(text.clone())),
        pointer(&path)
    );
    set(document, &path, Value::String(text))?;
    Some(description)
}

/// Renames an entry of a map whose keys become names, and the local references to it.
fn hostile_name(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let path = tree::pick(document, rng, |path, _| {
        key_back(path, 0).is_some()
            && (key_back(path, 1).is_some_and(|key| hostile::NAMED_MAPS.contains(&key))
                || key_back(path, 2) == Some("security"))
    })?;
    let (last, parent) = path.split_last()?;
    let old = last.key()?.to_string();
    let new = hostile::string(rng);
    let map = tree::node_mut(document, parent)?.as_object_mut()?;
    if map.contains_key(&new) {
        return None;
    }
    *map = std::mem::take(map)
        .into_iter()
        .map(|(key, value)| (if key == old { new.clone() } else { key }, value))
        .collect::<Map<_, _>>();
    let mut renamed = parent.to_vec();
    renamed.push(Step::Key(new.clone()));
    retarget_refs(
        document,
        &format!("#{}", pointer(&path)),
        &format!("#{}", pointer(&renamed)),
    );
    Some(format!(
        "rename {} to {}",
        pointer(&path),
        short(&Value::String(new))
    ))
}

/// Points every `$ref` to `old` (or into it) at `new` instead.
fn retarget_refs(document: &mut Value, old: &str, new: &str) {
    match document {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get_mut("$ref") {
                if let Some(rest) = target
                    .strip_prefix(old)
                    .filter(|rest| rest.is_empty() || rest.starts_with('/'))
                {
                    *target = format!("{new}{rest}");
                }
            }
            map.values_mut()
                .for_each(|child| retarget_refs(child, old, new));
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|child| retarget_refs(child, old, new)),
        _ => {}
    }
}

/// Wraps a node in tens to hundreds of layers of schemas or plain containers. The YAML and
/// JSON parsers stop at 128 levels (a layer is one or two), so most stay under 40 layers to
/// reach the generator; the rest test the refusal.
fn deep_nesting(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let path = tree::pick(document, rng, any_but_root)?;
    let depth = if rng.usize(..4) == 0 {
        rng.usize(40..=400)
    } else {
        rng.usize(5..40)
    };
    let fixed_layer = rng.usize(..=LAYERS);
    let mut value = std::mem::take(tree::node_mut(document, &path)?);
    for _ in 0..depth {
        let layer = if fixed_layer == LAYERS {
            rng.usize(..LAYERS)
        } else {
            fixed_layer
        };
        value = wrap(value, layer);
    }
    set(document, &path, value)?;
    Some(format!("nest {} {depth} deep", pointer(&path)))
}

const LAYERS: usize = 9;

fn wrap(value: Value, layer: usize) -> Value {
    match layer {
        0 => json!({ "type": "array", "items": value }),
        1 => json!({ "allOf": [value] }),
        2 => json!({ "oneOf": [value, {"type": "string"}] }),
        3 => json!({ "anyOf": [value] }),
        4 => json!({ "type": "object", "properties": { "nested": value } }),
        5 => json!({ "type": "object", "additionalProperties": value }),
        6 => json!({ "not": value }),
        7 => json!([value]),
        _ => json!({ "a": value }),
    }
}

const NUMERIC_KEYWORDS: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "multipleOf",
    "default",
    "example",
];

fn huge_number(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let number = hostile::number(rng);
    let path = match tree::pick(document, rng, |_, value| value.is_number()) {
        Some(path) if rng.bool() => path,
        _ => {
            let mut schema = tree::pick(document, rng, schema_like)?;
            let keyword = NUMERIC_KEYWORDS[rng.usize(..NUMERIC_KEYWORDS.len())];
            schema.push(Step::Key(keyword.to_string()));
            set_new(document, &schema)?;
            schema
        }
    };
    let description = format!("number {number} at {}", pointer(&path));
    set(document, &path, number)?;
    Some(description)
}

/// Sets a vocabulary word (`type`, `format`, `in`, …) to another, valid or nearly.
fn vocabulary(document: &mut Value, rng: &mut Rng) -> Option<String> {
    let path = tree::pick(document, rng, |path, value| {
        value.is_string()
            && key_back(path, 0).is_some_and(|key| !hostile::vocabulary(key).is_empty())
    })?;
    let words = hostile::vocabulary(key_back(&path, 0)?);
    let word = words[rng.usize(..words.len())];
    set(document, &path, Value::String(word.to_string()))?;
    Some(format!("word {word:?} at {}", pointer(&path)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Value {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "Pets", "version": "1"},
            "paths": {"/pets": {"get": {
                "operationId": "listPets",
                "parameters": [{"$ref": "#/components/parameters/Limit"}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}
                }}}}
            }}},
            "components": {
                "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}},
                "schemas": {
                    "Pet": {"type": "object", "properties": {"name": {"type": "string", "example": "Rex"}}},
                    "Owner": {"type": "object", "properties": {"pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}
                }
            }
        })
    }

    #[test]
    fn mutation_is_deterministic_given_the_seed() {
        for seed in 0..50 {
            let (mut a, mut b) = (spec(), spec());
            let described_a = mutate(&mut a, &mut Rng::with_seed(seed));
            let described_b = mutate(&mut b, &mut Rng::with_seed(seed));
            assert_eq!(a, b);
            assert_eq!(described_a, described_b);
            assert!(!described_a.is_empty());
        }
    }

    #[test]
    fn every_kind_applies_to_a_small_spec() {
        for (kind, _) in KINDS {
            let applied = (0..20).any(|seed| {
                let mut document = spec();
                apply(kind, &mut document, &mut Rng::with_seed(seed)).is_some()
                    && document != spec()
            });
            assert!(applied, "{kind:?} never changed the spec");
        }
    }

    #[test]
    fn self_refs_point_at_or_into_themselves() {
        for seed in 0..20 {
            let mut document = spec();
            let description = self_ref(&mut document, &mut Rng::with_seed(seed)).unwrap();
            let (at, to) = description
                .strip_prefix("self $ref at ")
                .and_then(|rest| rest.split_once(" to #"))
                .unwrap();
            assert!(at.starts_with(to) || to.starts_with(at), "{description}");
            let placed = document.pointer(at).and_then(|node| node.get("$ref"));
            assert_eq!(placed, Some(&json!(format!("#{to}"))), "{description}");
        }
    }

    #[test]
    fn renaming_a_component_keeps_references_to_it() {
        let mut document = spec();
        retarget_refs(
            &mut document,
            "#/components/schemas/Pet",
            "#/components/schemas/{self}",
        );
        let owner_items =
            &document["components"]["schemas"]["Owner"]["properties"]["pets"]["items"];
        assert_eq!(owner_items["$ref"], "#/components/schemas/{self}");
        let limit = &document["paths"]["/pets"]["get"]["parameters"][0];
        assert_eq!(limit["$ref"], "#/components/parameters/Limit");
    }
}
