//! Addressing nodes of a JSON document: paths, JSON pointers, random picks, removal.

use fastrand::Rng;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The steps from the root to a node; empty for the root.
pub type NodePath = Vec<Step>;

impl Step {
    pub fn key(&self) -> Option<&str> {
        match self {
            Step::Key(key) => Some(key),
            Step::Index(_) => None,
        }
    }
}

/// The JSON pointer (RFC 6901) of a path, e.g. `/paths/~1pets/get`.
pub fn pointer(path: &[Step]) -> String {
    path.iter()
        .map(|step| match step {
            Step::Key(key) => format!("/{}", key.replace('~', "~0").replace('/', "~1")),
            Step::Index(index) => format!("/{index}"),
        })
        .collect()
}

/// A local `$ref` to the node at `path`.
pub fn local_ref(path: &[Step]) -> Value {
    reference(&format!("#{}", pointer(path)))
}

/// `{"$ref": target}`.
pub fn reference(target: &str) -> Value {
    serde_json::json!({ "$ref": target })
}

pub fn node<'a>(document: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(document, |value, step| match step {
        Step::Key(key) => value.get(key.as_str()),
        Step::Index(index) => value.get(*index),
    })
}

pub fn node_mut<'a>(document: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(document, |value, step| match step {
        Step::Key(key) => value.get_mut(key.as_str()),
        Step::Index(index) => value.get_mut(*index),
    })
}

/// Takes the node at `path` (not the root) out of the document.
pub fn remove(document: &mut Value, path: &[Step]) -> Option<Value> {
    let (last, parent) = path.split_last()?;
    match (node_mut(document, parent)?, last) {
        (Value::Object(map), Step::Key(key)) => map.shift_remove(key),
        (Value::Array(items), Step::Index(index)) if *index < items.len() => {
            Some(items.remove(*index))
        }
        _ => None,
    }
}

/// The steps to the children of a node, in order.
pub fn children(value: &Value) -> Vec<Step> {
    match value {
        Value::Object(map) => map.keys().map(|key| Step::Key(key.clone())).collect(),
        Value::Array(items) => (0..items.len()).map(Step::Index).collect(),
        _ => Vec::new(),
    }
}

/// Calls `visit` on every node, parents before children.
pub fn walk(document: &Value, visit: &mut impl FnMut(&[Step], &Value)) {
    fn go(value: &Value, path: &mut NodePath, visit: &mut impl FnMut(&[Step], &Value)) {
        visit(path, value);
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    path.push(Step::Key(key.clone()));
                    go(child, path, visit);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    path.push(Step::Index(index));
                    go(child, path, visit);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    go(document, &mut Vec::new(), visit);
}

/// A node chosen uniformly among those `wanted` accepts, in one walk (reservoir sampling).
pub fn pick(
    document: &Value,
    rng: &mut Rng,
    wanted: impl Fn(&[Step], &Value) -> bool,
) -> Option<NodePath> {
    let mut chosen = None;
    let mut seen = 0usize;
    walk(document, &mut |path, value| {
        if wanted(path, value) {
            seen += 1;
            if rng.usize(..seen) == 0 {
                chosen = Some(path.to_vec());
            }
        }
    });
    chosen
}

/// How many nodes a value has.
pub fn size(value: &Value) -> usize {
    let mut count = 0;
    walk(value, &mut |_, _| count += 1);
    count
}

/// The key of the step `back` steps before the end (0 = the last), if that step is a key.
pub fn key_back(path: &[Step], back: usize) -> Option<&str> {
    path.len()
        .checked_sub(back + 1)
        .and_then(|at| path[at].key())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_escape_slashes_and_tildes() {
        let path = vec![
            Step::Key("paths".into()),
            Step::Key("/a~b".into()),
            Step::Index(2),
        ];
        assert_eq!(pointer(&path), "/paths/~1a~0b/2");
    }

    #[test]
    fn nodes_are_found_and_removed() {
        let mut document = json!({"a": [1, {"b": true}], "c": null});
        let path = vec![Step::Key("a".into()), Step::Index(1), Step::Key("b".into())];
        assert_eq!(node(&document, &path), Some(&json!(true)));
        assert_eq!(remove(&mut document, &path), Some(json!(true)));
        assert_eq!(document, json!({"a": [1, {}], "c": null}));
        assert_eq!(size(&document), 5);
    }

    #[test]
    fn picks_are_deterministic_and_filtered() {
        let document = json!({"a": "x", "b": {"c": "y", "d": 1}});
        let strings = |_: &[Step], value: &Value| value.is_string();
        let first = pick(&document, &mut Rng::with_seed(3), strings);
        assert_eq!(first, pick(&document, &mut Rng::with_seed(3), strings));
        let chosen = first.expect("a string");
        assert!(node(&document, &chosen).is_some_and(Value::is_string));
    }
}
