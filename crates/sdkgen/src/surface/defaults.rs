//! Which types of a generated crate implement `Default`.

use std::collections::BTreeMap;

use sdkgen_ir::{Api, Scalar, TypeKind, TypeRef};

/// Whether a type has a `Default` implementation in generated code.
pub(crate) struct Defaults<'a> {
    api: &'a Api,
    memo: BTreeMap<String, bool>,
}

impl<'a> Defaults<'a> {
    /// Answers for the types of `api`.
    pub fn new(api: &'a Api) -> Self {
        Defaults {
            api,
            memo: BTreeMap::new(),
        }
    }

    /// Whether the type implements `Default`.
    pub fn type_ref(&mut self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(name) => self.named(name),
            // A URL has no meaningful default, nor a stream.
            TypeRef::Scalar(Scalar::Url) | TypeRef::EventStream(_) => false,
            _ => true,
        }
    }

    /// Whether the named type implements `Default`.
    pub fn named(&mut self, name: &str) -> bool {
        if let Some(known) = self.memo.get(name) {
            return *known;
        }
        // Assume no while recursing, so cycles settle on "no".
        self.memo.insert(name.to_string(), false);
        let api = self.api;
        let result = match api.type_def(name).map(|def| (def, &def.kind)) {
            Some((def, TypeKind::Struct { fields, .. })) => fields.iter().all(|f| {
                !def.requires(f) || matches!(f.ty, TypeRef::Nullable(_)) || self.type_ref(&f.ty)
            }),
            Some((_, TypeKind::Alias { target })) => self.type_ref(target),
            // Their `Unknown` variant is the default.
            Some((_, TypeKind::Enum { .. } | TypeKind::Union { .. })) => true,
            None => false,
        };
        self.memo.insert(name.to_string(), result);
        result
    }
}
