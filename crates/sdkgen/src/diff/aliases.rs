//! Type aliases are the types they name: `pub type ListThingsItem = Thing;` in place of a
//! struct of the same shape breaks no caller, so the diff compares what aliases stand for.

use std::collections::HashMap;

use sdkgen_ir::{Api, TypeDef, TypeKind, TypeRef};

/// How many aliases of aliases are followed; the lowering breaks alias cycles.
const MAX_HOPS: usize = 16;

/// Alias name → the type it finally names, for every alias of a named type in either API:
/// a name that is an alias on one side names the same type on the other.
pub struct Aliases(HashMap<String, String>);

impl Aliases {
    pub fn of(old: &Api, new: &Api) -> Self {
        let direct: HashMap<&str, &str> = old
            .types
            .iter()
            .chain(&new.types)
            .filter_map(|def| match &def.kind {
                TypeKind::Alias {
                    target: TypeRef::Named(target),
                } => Some((def.name.as_str(), target.as_str())),
                _ => None,
            })
            .collect();
        let resolved = direct
            .keys()
            .map(|alias| {
                let mut name = *alias;
                for _ in 0..MAX_HOPS {
                    match direct.get(name) {
                        Some(next) => name = next,
                        None => break,
                    }
                }
                (alias.to_string(), name.to_string())
            })
            .collect();
        Aliases(resolved)
    }

    /// `ty` with every alias replaced by what it names.
    pub fn resolve(&self, ty: &TypeRef) -> TypeRef {
        match ty {
            TypeRef::Named(name) => TypeRef::Named(self.0.get(name).unwrap_or(name).clone()),
            TypeRef::Array(inner) => TypeRef::Array(Box::new(self.resolve(inner))),
            TypeRef::Map(inner) => TypeRef::Map(Box::new(self.resolve(inner))),
            TypeRef::Nullable(inner) => TypeRef::Nullable(Box::new(self.resolve(inner))),
            TypeRef::EventStream(inner) => TypeRef::EventStream(Box::new(self.resolve(inner))),
            other => other.clone(),
        }
    }
}

/// A copy of `api` whose type references name no alias of a named type; the aliases' own
/// definitions stay, to be compared through [`Aliases::definition`].
pub fn resolved(api: &Api, aliases: &Aliases) -> Api {
    let mut api = api.clone();
    for def in &mut api.types {
        match &mut def.kind {
            TypeKind::Struct {
                fields,
                additional_properties,
                ..
            } => {
                for field in fields {
                    field.ty = aliases.resolve(&field.ty);
                }
                if let Some(extra) = additional_properties {
                    *extra = aliases.resolve(extra);
                }
            }
            TypeKind::Union { variants, .. } => {
                for variant in variants {
                    variant.ty = aliases.resolve(&variant.ty);
                }
            }
            TypeKind::Enum { .. } | TypeKind::Alias { .. } => {}
        }
    }
    for group in &mut api.groups {
        for operation in &mut group.operations {
            for parameter in &mut operation.parameters {
                parameter.ty = aliases.resolve(&parameter.ty);
            }
            if let Some(body) = &mut operation.request_body {
                body.ty = aliases.resolve(&body.ty);
            }
            for response in operation.responses.iter_mut().chain(&mut operation.errors) {
                if let Some(body) = &mut response.body {
                    body.ty = aliases.resolve(&body.ty);
                }
                for header in &mut response.headers {
                    header.ty = aliases.resolve(&header.ty);
                }
            }
            if let Some(pagination) = &mut operation.pagination {
                pagination.item_type = aliases.resolve(&pagination.item_type);
            }
        }
    }
    api
}

/// The definition `def` stands for in `api`: the type at the end of its aliases of named
/// types.
pub fn definition<'a>(def: &'a TypeDef, api: &'a Api) -> &'a TypeDef {
    let mut current = def;
    for _ in 0..MAX_HOPS {
        let TypeKind::Alias {
            target: TypeRef::Named(target),
        } = &current.kind
        else {
            break;
        };
        match api.types.iter().find(|t| &t.name == target) {
            Some(next) => current = next,
            None => break,
        }
    }
    current
}
