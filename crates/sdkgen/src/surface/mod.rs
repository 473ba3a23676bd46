//! The public surface of a generated crate, worked out once from the IR for the emitters and
//! for `diff`: how types are spelled, which implement `Default`, what each operation takes and
//! returns, and the generations of the crate's shape.

mod defaults;
mod operation;
mod spelling;

use sdkgen_ir::{Api, TypeDef, TypeKind};

pub(crate) use defaults::Defaults;
pub(crate) use operation::{
    error_path, response_enum_name, Input, InputSource, OperationSurface, Success, Takes,
};
pub(crate) use spelling::{
    additional_field_name, ident, into_argument, plain_field_type, plain_type, rust_type, spelling,
    Primitive, Spelling,
};

/// The generation of the shape of the crates sdkgen writes, kept in their
/// `[package.metadata.sdkgen]`. Raise it with every change to that shape that breaks callers
/// (an item renamed, removed or retyped), with an entry in `SHAPE_CHANGES`, so that
/// regenerating a crate written by an older sdkgen is a breaking release where it matters.
pub(crate) const GENERATION: i64 = 6;

/// A generation of the crate shape: what it changed, and whether it changed anything for the
/// crate of an API.
struct ShapeChange {
    generation: i64,
    what: &'static str,
    touches: fn(&Api) -> bool,
}

const SHAPE_CHANGES: &[ShapeChange] = &[
    ShapeChange {
        generation: 2,
        what: "models, enums and unions are `#[non_exhaustive]` (build a model that requests send with `new` and its `with_` methods), and every operation has its own error enum in its group's module (`errors::…` is gone)",
        touches: |_| true,
    },
    ShapeChange {
        generation: 3,
        what: "a required string `const` property is a `String` that `new` and `Default` set, no longer an argument of `new` nor a one-value enum",
        touches: |api| {
            api.types.iter().any(|def| match &def.kind {
                TypeKind::Struct { fields, .. } => fields.iter().any(|f| f.constant.is_some()),
                _ => false,
            })
        },
    },
    ShapeChange {
        generation: 4,
        what: "an argument or setter of an array type takes any iterable of its items (of `impl Into<String>` for strings: `[\"a\", \"b\"]`) instead of a `Vec` (an empty `vec![]` now needs its item type: `Vec::<String>::new()`)",
        touches: |api| {
            api.operations().any(|(_, op)| {
                let surface = OperationSurface::new(op);
                let mut inputs = surface.arguments.iter().chain(&surface.setters);
                inputs.any(|input| matches!(input.takes(), Takes::Items { .. }))
            })
        },
    },
    ShapeChange {
        generation: 5,
        what: "a model implements `Serialize` only when requests send it and `Deserialize` only when responses carry it (the `full-serde` feature gives every model both)",
        touches: |api| api.types.iter().any(|def| serde_traits(def) != (true, true)),
    },
    ShapeChange {
        generation: 6,
        what: "operations without a tag are grouped by the first resource of their path (`client.customers()` for `/v1/customers/…`, each group its own module and feature), no longer all in `operations`",
        touches: |api| api.groups.iter().any(|group| group.by_path),
    },
];

/// Which of `Serialize` and `Deserialize` a model implements without the `full-serde`
/// feature: a struct or union what it travels as (serde's derives are a large part of a
/// crate's compile time); enums and aliases both, and so does a type that travels neither way
/// (none does, but lowering does not promise it).
pub(crate) fn serde_traits(def: &TypeDef) -> (bool, bool) {
    let travels = def.sent || def.received;
    match &def.kind {
        TypeKind::Struct { .. } | TypeKind::Union { .. } if travels => (def.sent, def.received),
        _ => (true, true),
    }
}

/// What changed in the crate shape of `api` after generation `since`, in a sentence; `None`
/// when nothing did.
pub(crate) fn changes_since(since: i64, api: &Api) -> Option<String> {
    let changes: Vec<&str> = SHAPE_CHANGES
        .iter()
        .filter(|change| change.generation > since && (change.touches)(api))
        .map(|change| change.what)
        .collect();
    (!changes.is_empty()).then(|| changes.join("; "))
}
