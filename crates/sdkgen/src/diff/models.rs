//! Changes to models: fields, enum values, union alternatives and alias targets.

use sdkgen_ir::{EnumVariants, TypeDef, TypeKind};

use super::{keyed, Changes, Impact, Kind};
use crate::surface::{plain_field_type, plain_type, serde_traits};
use crate::text::md::code;

impl Changes {
    pub(super) fn model(
        &mut self,
        name: &str,
        old: &TypeDef,
        new: &TypeDef,
        (old_default, new_default): (bool, bool),
    ) {
        let item = format!("models::{name}");
        self.docs(&item, "description", &old.description, &new.description);
        if old_default && !new_default {
            let detail = "no longer implements `Default` (a required field's type has no default)";
            self.push(
                Impact::Breaking,
                Kind::Removed,
                format!("{item}::default"),
                detail,
            );
        }
        self.constructor(&item, old, new);
        self.serde_changes(&item, old, new);
        self.kind_changes(item, old, new);
    }

    /// `Serialize` follows whether requests send a model and `Deserialize` whether responses
    /// carry it (both with the `full-serde` feature): a trait lost breaks, one gained adds.
    fn serde_changes(&mut self, item: &str, old: &TypeDef, new: &TypeDef) {
        let (old_traits, new_traits) = (serde_traits(old), serde_traits(new));
        let pairs = [
            ("Serialize", old_traits.0, new_traits.0, "requests"),
            ("Deserialize", old_traits.1, new_traits.1, "responses"),
        ];
        for (name, had, has, who) in pairs {
            let entry = format!("{item}: {name}");
            match (had, has) {
                (true, false) => self.push(
                    Impact::Breaking,
                    Kind::Removed,
                    entry,
                    format!("no {who} carry it now: `{name}` only with the `full-serde` feature"),
                ),
                (false, true) => self.push(
                    Impact::Additive,
                    Kind::Added,
                    entry,
                    format!("{who} carry it now: it implements `{name}`"),
                ),
                _ => {}
            }
        }
    }

    /// What changed in the type itself: fields, values, alternatives or target.
    fn kind_changes(&mut self, item: String, old: &TypeDef, new: &TypeDef) {
        match (&old.kind, &new.kind) {
            (
                TypeKind::Struct {
                    fields: old_fields,
                    additional_properties: old_extra,
                    ..
                },
                TypeKind::Struct {
                    fields: new_fields,
                    additional_properties: new_extra,
                    ..
                },
            ) => {
                self.fields(&item, (old, old_fields), (new, new_fields));
                match (old_extra, new_extra) {
                    // A new public field of a `#[non_exhaustive]` struct breaks no one.
                    (None, Some(_)) => self.push(
                        Impact::Additive,
                        Kind::Added,
                        item,
                        "keeps the properties the schema does not declare",
                    ),
                    (old, new) if old != new => self.push(
                        Impact::Breaking,
                        Kind::Changed,
                        item,
                        "extra properties changed",
                    ),
                    _ => {}
                }
            }
            (TypeKind::Enum { variants: old }, TypeKind::Enum { variants: new }) => {
                self.enum_changes(&item, enum_values(old), enum_values(new));
            }
            (
                TypeKind::Union {
                    variants: old_variants,
                    discriminator: old_tag,
                },
                TypeKind::Union {
                    variants: new_variants,
                    discriminator: new_tag,
                },
            ) => {
                self.union_changes(&item, old_variants, new_variants);
                if old_tag != new_tag {
                    self.push(
                        Impact::Breaking,
                        Kind::Changed,
                        item,
                        "the property that picks the alternative changed",
                    );
                }
            }
            (TypeKind::Alias { target: old_target }, TypeKind::Alias { target: new_target }) => {
                if old_target != new_target {
                    self.push(
                        Impact::Breaking,
                        Kind::Changed,
                        item,
                        format!(
                            "now `{}` (was `{}`)",
                            plain_type(new_target),
                            plain_type(old_target)
                        ),
                    );
                }
            }
            _ => self.push(
                Impact::Breaking,
                Kind::Changed,
                item,
                "a different kind of type now (struct, enum, union or alias)",
            ),
        }
    }

    /// An enum's values: a removed one breaks, a new one is a new variant of a
    /// `#[non_exhaustive]` enum, which breaks no `match`.
    fn enum_changes(&mut self, item: &str, old: Vec<(String, String)>, new: Vec<(String, String)>) {
        for (rust_name, value) in old.iter().filter(|v| !new.contains(v)) {
            self.push(
                Impact::Breaking,
                Kind::Removed,
                format!("{item}::{rust_name}"),
                format!("value {} removed", code(value)),
            );
        }
        for (rust_name, value) in new.iter().filter(|v| !old.contains(v)) {
            self.push(
                Impact::Additive,
                Kind::Added,
                format!("{item}::{rust_name}"),
                format!("new value {} (a new enum variant)", code(value)),
            );
        }
    }

    /// A union's alternatives, by variant name and type: the same rules as enum values.
    fn union_changes(
        &mut self,
        item: &str,
        old: &[sdkgen_ir::UnionVariant],
        new: &[sdkgen_ir::UnionVariant],
    ) {
        let variants = |variants: &[sdkgen_ir::UnionVariant]| -> Vec<(String, String)> {
            variants
                .iter()
                .map(|v| (v.rust_name.clone(), plain_type(&v.ty)))
                .collect()
        };
        let (old, new) = (variants(old), variants(new));
        for (rust_name, ty) in old.iter().filter(|v| !new.contains(v)) {
            self.push(
                Impact::Breaking,
                Kind::Removed,
                format!("{item}::{rust_name}"),
                format!("alternative `{ty}` removed"),
            );
        }
        for (rust_name, ty) in new.iter().filter(|v| !old.contains(v)) {
            self.push(
                Impact::Additive,
                Kind::Added,
                format!("{item}::{rust_name}"),
                format!("new alternative `{ty}` (a new enum variant)"),
            );
        }
    }

    fn fields(
        &mut self,
        item: &str,
        (old_def, old): (&TypeDef, &[sdkgen_ir::Field]),
        (new_def, new): (&TypeDef, &[sdkgen_ir::Field]),
    ) {
        self.pair(
            keyed(old, |field| &field.rust_name),
            keyed(new, |field| &field.rust_name),
            |c, name, _| {
                c.push(
                    Impact::Breaking,
                    Kind::Removed,
                    format!("{item}::{name}"),
                    "field removed",
                )
            },
            // Models are `#[non_exhaustive]`, so a new field breaks no caller, but a required
            // one of a model that requests send is an argument of `new` (see `constructor`).
            |c, name, field| {
                c.push(
                    Impact::Additive,
                    Kind::Added,
                    format!("{item}::{name}"),
                    format!("new field: `{}`", plain_field_type(new_def, field)),
                )
            },
            |c, name, old, new| {
                let (was, now) = (
                    plain_field_type(old_def, old),
                    plain_field_type(new_def, new),
                );
                if was != now || old.json_name != new.json_name {
                    c.push(
                        Impact::Breaking,
                        Kind::Changed,
                        format!("{item}::{name}"),
                        format!("now `{now}` (was `{was}`)"),
                    );
                }
                c.docs(
                    &format!("{item}::{name}"),
                    "description",
                    &old.description,
                    &new.description,
                );
            },
        );
    }
}

impl Changes {
    /// Changes to how callers build a model that requests send: `new` takes its required
    /// fields, in order.
    fn constructor(&mut self, item: &str, old: &TypeDef, new: &TypeDef) {
        let item = format!("{item}::new");
        match (old.sent, new.sent) {
            (true, false) => self.push(
                Impact::Breaking,
                Kind::Removed,
                item,
                "requests no longer send the model: `new` and the `with_` methods removed",
            ),
            (false, true) => self.push(
                Impact::Additive,
                Kind::Added,
                item,
                "requests send the model: new `new` and `with_` methods",
            ),
            (true, true) => {
                let (was, now) = (arguments(old), arguments(new));
                if was != now {
                    self.push(
                        Impact::Breaking,
                        Kind::Changed,
                        item,
                        format!(
                            "now `new({})` (was `new({})`)",
                            now.join(", "),
                            was.join(", ")
                        ),
                    );
                }
            }
            (false, false) => {}
        }
    }
}

/// The arguments of a model's `new`: its required fields, in order, with their types.
fn arguments(def: &TypeDef) -> Vec<String> {
    let TypeKind::Struct { fields, .. } = &def.kind else {
        return Vec::new();
    };
    fields
        .iter()
        .filter(|field| def.takes(field))
        .map(|field| format!("{}: {}", field.rust_name, plain_field_type(def, field)))
        .collect()
}

/// An enum's variants with their wire values.
fn enum_values(variants: &EnumVariants) -> Vec<(String, String)> {
    match variants {
        EnumVariants::String(values) => values
            .iter()
            .map(|v| (v.rust_name.clone(), v.value.clone()))
            .collect(),
        EnumVariants::Integer(values) => values
            .iter()
            .map(|v| (v.rust_name.clone(), v.value.to_string()))
            .collect(),
    }
}
