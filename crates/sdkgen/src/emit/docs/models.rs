//! A model's page: what kind of type it is and how to build one, its fields, values or
//! alternatives.

use std::collections::BTreeMap;

use sdkgen_ir::TypeKind;
use serde::Serialize;

use super::spelled::{linked_code, md_type};
use crate::surface::{plain_field_type, plain_type};
use crate::text::md;

#[derive(Serialize)]
pub(super) struct ModelView {
    name: String,
    description: Option<String>,
    summary: String,
    /// Why the Rust name is not the spec's, when it is not.
    rename_note: Option<String>,
    fields: Vec<BTreeMap<&'static str, serde_json::Value>>,
    values: Vec<BTreeMap<&'static str, String>>,
    alternatives: Vec<BTreeMap<&'static str, String>>,
}

pub(super) fn model_view(def: &sdkgen_ir::TypeDef) -> ModelView {
    let mut view = ModelView {
        name: def.name.clone(),
        description: def.description.clone(),
        summary: String::new(),
        rename_note: super::super::origin::rename_note(&def.name, &def.origin),
        fields: Vec::new(),
        values: Vec::new(),
        alternatives: Vec::new(),
    };
    match &def.kind {
        TypeKind::Struct {
            fields,
            additional_properties,
            required_alternatives,
        } => {
            view.summary = struct_summary(def, fields);
            if def.sent {
                view.summary
                    .push_str(&alternatives_note(required_alternatives));
            }
            view.fields = fields.iter().map(|f| field_row(def, f)).collect();
            if let Some(extra) = additional_properties {
                view.summary.push_str(&format!(
                    "; properties the schema does not declare are kept in `{}` ({})",
                    crate::surface::additional_field_name(fields),
                    plain_type(extra)
                ));
            }
        }
        TypeKind::Enum { variants, .. } => {
            view.summary = "an enum".to_string();
            view.values = variants
                .texts()
                .into_iter()
                .map(|(variant, value)| {
                    BTreeMap::from([("value", value), ("variant", variant.to_string())])
                })
                .collect();
        }
        TypeKind::Union {
            discriminator,
            variants,
        } => {
            view.summary = match discriminator {
                Some(property) => format!(
                    "an enum of alternatives, chosen by the {} property",
                    md::code(property)
                ),
                None => "an enum of alternatives, tried in order".to_string(),
            };
            view.alternatives = alternative_rows(variants, discriminator.as_deref());
        }
        TypeKind::Alias { target } => {
            view.summary = format!("another name for {}", md_type(target, ""));
        }
    }
    view
}

/// What a struct's page says of building one: with `new` and `with_` methods when requests
/// send it, from `default()` when only responses carry it.
fn struct_summary(def: &sdkgen_ir::TypeDef, fields: &[sdkgen_ir::Field]) -> String {
    let first_setter = fields
        .iter()
        .find(|f| !def.requires(f) && !def.never_sends(f))
        .map(|f| f.rust_name.trim_start_matches("r#"));
    match (def.sent, first_setter) {
        (true, Some(setter)) => format!(
            "a struct: build it with `{}::new` (its required fields, in the order of the table below) and set the others with its `with_` methods, such as `with_{setter}`",
            def.name
        ),
        (true, None) => format!(
            "a struct: build it with `{}::new` (its required fields, in the order of the table below)",
            def.name
        ),
        (false, _) => format!(
            "a struct the client reads from responses; to build one (in a test, say), start from `{}::default()` and set its fields",
            def.name
        ),
    }
}

/// What the server requires beyond the required fields, where the schema's alternatives
/// require one of several sets of properties (nothing where one of them requires none).
fn alternatives_note(required_alternatives: &[Vec<String>]) -> String {
    if required_alternatives.iter().any(Vec::is_empty) {
        return String::new();
    }
    let sets: Vec<String> = required_alternatives
        .iter()
        .map(|set| {
            let names: Vec<String> = set.iter().map(|name| md::code(name)).collect();
            names.join(" and ")
        })
        .collect();
    match sets.as_slice() {
        [] => String::new(),
        [only] => format!("; the server also requires {only}"),
        _ => format!("; the server also requires one of: {}", sets.join("; ")),
    }
}

/// A row of a struct's fields table.
fn field_row(
    def: &sdkgen_ir::TypeDef,
    f: &sdkgen_ir::Field,
) -> BTreeMap<&'static str, serde_json::Value> {
    let mut description = f.description.clone().unwrap_or_default();
    if let Some(default) = &f.default {
        description.push_str(&format!(" Default: {}.", md::code(&default.to_string())));
    }
    if let Some(constant) = &f.constant {
        let constant = md::code(&format!("{constant:?}"));
        description.push_str(&format!(" Always {constant}."));
    }
    if let Some(tag) = &f.tag {
        let tag = md::code(&format!("{tag:?}"));
        description.push_str(&format!(" {tag} selects this alternative."));
    }
    if f.read_only {
        description.push_str(" Read-only.");
    }
    BTreeMap::from([
        ("json_name", f.json_name.clone().into()),
        ("rust_name", f.rust_name.clone().into()),
        (
            "ty",
            linked_code(&plain_field_type(def, f), &f.ty, "").into(),
        ),
        ("required", def.requires(f).into()),
        ("description", description.trim().to_string().into()),
    ])
}

/// The rows of a union's alternatives table, ending with its `Unknown` fallback.
fn alternative_rows(
    variants: &[sdkgen_ir::UnionVariant],
    discriminator: Option<&str>,
) -> Vec<BTreeMap<&'static str, String>> {
    let unknown_when = match discriminator {
        Some(property) => format!(
            "{} has another value: an alternative this client does not know, kept as the JSON sent",
            md::code(property)
        ),
        None => "the value matches no other alternative: kept as the JSON sent".to_string(),
    };
    let unknown = BTreeMap::from([
        ("variant", "Unknown".to_string()),
        ("ty", "`serde_json::Value`".to_string()),
        ("when", unknown_when),
    ]);
    variants
        .iter()
        .map(|v| {
            let when = match (&v.tag, discriminator) {
                (Some(tag), Some(property)) => {
                    format!("{} is {}", md::code(property), md::code(tag))
                }
                _ => "the value matches this type".to_string(),
            };
            BTreeMap::from([
                ("variant", v.rust_name.clone()),
                ("ty", md_type(&v.ty, "")),
                ("when", when),
            ])
        })
        .chain(std::iter::once(unknown))
        .collect()
}
