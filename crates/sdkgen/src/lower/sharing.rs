//! Identical inline schemas share one definition, while each keeps a name of its own.
//!
//! The first inline schema of a shape defines the type; every later one with the same shape
//! becomes an alias of it named after its own place in the spec. So a name depends only on
//! where its schema is: adding, removing or reordering other operations never renames it.
//! Request places share only among themselves (see [`direction`]).

use std::collections::HashMap;

use sdkgen_ir::{TypeKind, TypeRef};

use crate::error::Error;

/// Inline types by shape, and which type each alias stands for.
#[derive(Default)]
pub struct InlineShapes {
    by_shape: HashMap<String, String>,
    canonical: HashMap<String, String>,
}

impl InlineShapes {
    /// The key two inline schemas share when they would define the same type: their kind, with
    /// every alias made here replaced by the type it stands for, their description, and whether
    /// the place at `pointer` is part of a request.
    pub fn key(
        &self,
        kind: &TypeKind,
        description: &Option<String>,
        pointer: &str,
    ) -> Result<String, Error> {
        let mut kind = kind.clone();
        for reference in references_mut(&mut kind) {
            self.resolve(reference);
        }
        serde_json::to_string(&(&kind, description, direction(pointer)))
            .map_err(|e| Error::Internal(format!("hashing a type shape: {e}")))
    }

    /// The type already defined for `key`.
    pub fn defined(&self, key: &str) -> Option<&str> {
        self.by_shape.get(key).map(String::as_str)
    }

    /// Records that `name` defines the shape `key`.
    pub fn define(&mut self, key: String, name: &str) {
        self.by_shape.insert(key, name.to_string());
    }

    /// Records that `alias` stands for `target`.
    pub fn alias(&mut self, alias: &str, target: &str) {
        self.canonical.insert(alias.to_string(), target.to_string());
    }

    fn resolve(&self, ty: &mut TypeRef) {
        match ty {
            TypeRef::Named(name) => {
                if let Some(target) = self.canonical.get(name.as_str()) {
                    name.clone_from(target);
                }
            }
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::EventStream(inner) => self.resolve(inner),
            _ => {}
        }
    }
}

/// Whether a place is part of a request (`request`) or anything else (`other`). A model that
/// shared a request's definition would have the request's `new`, and lose it when the request's
/// schema changes; so request places share only among themselves. (Component schemas, which
/// are defined first, may be sent too, but then a request uses them by name.)
fn direction(pointer: &str) -> &'static str {
    let segments: Vec<&str> = pointer.split('/').collect();
    match segments.as_slice() {
        ["", "components", "requestBodies" | "parameters", ..]
        | ["", "paths", _, "parameters", ..]
        | ["", "paths", _, _, "requestBody" | "parameters", ..] => "request",
        _ => "other",
    }
}

fn references_mut(kind: &mut TypeKind) -> Vec<&mut TypeRef> {
    match kind {
        TypeKind::Struct {
            fields,
            additional_properties,
            ..
        } => fields
            .iter_mut()
            .map(|f| &mut f.ty)
            .chain(additional_properties.as_mut())
            .collect(),
        TypeKind::Enum { .. } => Vec::new(),
        TypeKind::Union { variants, .. } => variants.iter_mut().map(|v| &mut v.ty).collect(),
        TypeKind::Alias { target } => vec![target],
    }
}
