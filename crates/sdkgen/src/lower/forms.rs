//! Files in forms: the binary properties (`format: binary`) of a `multipart/form-data` body's
//! model become file parts, when nothing but multipart bodies uses that model.

use std::collections::{BTreeMap, BTreeSet};

use sdkgen_ir::{BodyEncoding, Group, TypeDef, TypeKind, TypeRef, Warning};

use super::cycles::names_in;
use crate::error::escape_pointer_segment;

/// Turns the binary properties of the models that multipart bodies send into
/// [`TypeRef::File`]s. A model that anything else uses too keeps them as strings, with a
/// warning: a file part has no JSON form.
pub fn mark(groups: &[Group], types: &mut [TypeDef], warnings: &mut Vec<Warning>) {
    // Each form model, with the body of its first operation, where a warning points.
    let mut forms: BTreeMap<&str, String> = BTreeMap::new();
    for op in groups.iter().flat_map(|g| &g.operations) {
        if let Some(TypeRef::Named(name)) = op
            .request_body
            .as_ref()
            .filter(|body| body.encoding == BodyEncoding::Multipart)
            .map(|body| &body.ty)
        {
            let pointer = format!(
                "/paths/{}/{}/requestBody",
                escape_pointer_segment(&op.path),
                op.method.as_str().to_ascii_lowercase()
            );
            forms.entry(name.as_str()).or_insert(pointer);
        }
    }
    let elsewhere = used_elsewhere(groups, types);
    for def in types.iter_mut() {
        let (Some(pointer), TypeKind::Struct { fields, .. }) =
            (forms.get(def.name.as_str()), &mut def.kind)
        else {
            continue;
        };
        let binary: Vec<_> = fields.iter_mut().filter(|f| is_binary(&f.ty)).collect();
        if binary.is_empty() {
            continue;
        }
        if elsewhere.contains(&def.name) {
            warnings.push(Warning {
                pointer: pointer.clone(),
                message: "a multipart body's model is also used elsewhere; its binary properties are sent as text, not as files".to_string(),
            });
            continue;
        }
        for field in binary {
            field.ty = match field.ty.non_null() {
                TypeRef::Array(_) => TypeRef::Array(Box::new(TypeRef::File)),
                _ => TypeRef::File,
            };
        }
    }
}

/// A binary string, or a list of them, possibly nullable.
fn is_binary(ty: &TypeRef) -> bool {
    match ty.non_null() {
        TypeRef::String(Some(format)) => format == "binary",
        TypeRef::Array(item) => {
            matches!(item.non_null(), TypeRef::String(Some(f)) if f == "binary")
        }
        _ => false,
    }
}

/// The models that something other than a multipart body names: another model, a parameter,
/// a response or another kind of body.
fn used_elsewhere(groups: &[Group], types: &[TypeDef]) -> BTreeSet<String> {
    let in_types = types.iter().flat_map(|def| def.kind.references());
    let in_operations = groups.iter().flat_map(|g| &g.operations).flat_map(|op| {
        let body = op
            .request_body
            .iter()
            .filter(|b| b.encoding != BodyEncoding::Multipart)
            .map(|b| &b.ty);
        let parameters = op.parameters.iter().map(|p| &p.ty);
        let responses = op
            .responses
            .iter()
            .chain(&op.errors)
            .filter_map(|r| r.body.as_ref().map(|b| &b.ty));
        body.chain(parameters).chain(responses).collect::<Vec<_>>()
    });
    in_types
        .chain(in_operations)
        .flat_map(names_in)
        .map(str::to_string)
        .collect()
}
