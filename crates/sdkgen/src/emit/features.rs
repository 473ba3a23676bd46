//! Per-group Cargo features: which items each group's feature gates.

use proc_macro2::TokenStream;
use quote::quote;
use sdkgen_ir::{Api, Group, TypeDef};

use crate::config::Settings;
use crate::surface::serde_traits;

/// The feature of the models that no operation uses (GitHub's webhook payloads), off by
/// default: a client never needs them, and they can be most of a large crate's compile time.
/// Group features are Rust identifiers, so a name with a hyphen never clashes with one.
pub const UNREFERENCED_MODELS: &str = "other-models";

/// The feature that gives every model both `Serialize` and `Deserialize`: by default a model
/// has `Serialize` only when requests send it and `Deserialize` only when responses carry it,
/// as serde's derives are a large part of a crate's compile time. `mock` implies it (test
/// doubles write responses and read requests).
pub const FULL_SERDE: &str = "full-serde";

/// Whether the crate has a feature per group, and the `cfg` that gates an item on groups.
#[derive(Debug, Clone, Copy)]
pub struct Features {
    /// Whether each group is a feature.
    pub enabled: bool,
    /// Whether the crate has the `tracing` and `mock` features (one file for a `build.rs`
    /// has no features of its own).
    pub optional_runtime: bool,
}

impl Features {
    /// As the settings ask for this API.
    pub fn new(api: &Api, settings: &Settings) -> Self {
        let operations = api.operations().count();
        Features {
            enabled: settings.client.features.enabled(operations),
            optional_runtime: !settings.client.single_file,
        }
    }

    /// `#[cfg(any(feature = "a", …))]` for an item the given groups use; nothing when features
    /// are off or the item is always compiled (no groups).
    pub fn cfg(self, groups: &[String]) -> Option<TokenStream> {
        if !self.enabled || groups.is_empty() {
            return None;
        }
        match groups {
            [one] => Some(quote! { #[cfg(feature = #one)] }),
            many => {
                let names = many.iter().map(String::as_str);
                Some(quote! { #[cfg(any(#(feature = #names),*))] })
            }
        }
    }

    /// The `cfg` of a group's own items: its module and its accessor.
    pub fn group_cfg(self, group: &Group) -> Option<TokenStream> {
        self.cfg(std::slice::from_ref(&group.rust_name))
    }

    /// The `cfg` of a model: the features of the groups that use it, and
    /// [`UNREFERENCED_MODELS`] when no operation does.
    pub fn model_cfg(self, def: &TypeDef) -> Option<TokenStream> {
        let mut features = def.groups.clone();
        if def.unreferenced {
            features.push(UNREFERENCED_MODELS.to_string());
        }
        self.cfg(&features)
    }

    /// Which of `Serialize` and `Deserialize` a model implements without [`FULL_SERDE`]:
    /// [`serde_traits`] in a crate with features; both in one file for a `build.rs`, which has
    /// none.
    fn serde_always(self, def: &TypeDef) -> (bool, bool) {
        if self.optional_runtime {
            serde_traits(def)
        } else {
            (true, true)
        }
    }

    /// Whether the crate has the [`FULL_SERDE`] feature: some model implements only one of
    /// `Serialize` and `Deserialize` without it.
    pub fn has_full_serde(self, api: &Api) -> bool {
        api.types
            .iter()
            .any(|def| self.serde_always(def) != (true, true))
    }

    /// Whether a model's `Deserialize` is behind [`FULL_SERDE`] (for an impl written by hand).
    pub fn gates_deserialize(self, def: &TypeDef) -> bool {
        !self.serde_always(def).1
    }

    /// Whether a model's `Serialize` is behind [`FULL_SERDE`].
    pub fn gates_serialize(self, def: &TypeDef) -> bool {
        !self.serde_always(def).0
    }

    /// A model's serde derives: those it implements without the feature in the derive list,
    /// the others behind [`FULL_SERDE`]. A `Deserialize` written by hand (a tagged union's, a
    /// struct's) is not derived.
    pub fn serde_derives(
        self,
        def: &TypeDef,
        deserialize_by_hand: bool,
    ) -> (TokenStream, Option<TokenStream>) {
        let (serialize, deserialize) = self.serde_always(def);
        let derives = [
            (serialize, Some(quote! { ::serde::Serialize })),
            (
                deserialize,
                (!deserialize_by_hand).then(|| quote! { ::serde::Deserialize }),
            ),
        ];
        let pick = |wanted: bool| {
            derives
                .iter()
                .filter(move |(always, _)| *always == wanted)
                .filter_map(|(_, derive)| derive.as_ref())
        };
        let always: Vec<&TokenStream> = pick(true).collect();
        let optional: Vec<&TokenStream> = pick(false).collect();
        let gated = (!optional.is_empty())
            .then(|| quote! { #[cfg_attr(feature = #FULL_SERDE, derive(#(#optional),*))] });
        (quote! { #(#always,)* }, gated)
    }

    /// The features of the crate, one per group in group order (on by default), then
    /// [`UNREFERENCED_MODELS`] when some model needs it.
    pub fn names(self, api: &Api) -> Vec<&str> {
        if !self.enabled {
            return Vec::new();
        }
        let groups = api.groups.iter().map(|g| g.rust_name.as_str());
        let unreferenced = api
            .types
            .iter()
            .any(|t| t.unreferenced)
            .then_some(UNREFERENCED_MODELS);
        groups.chain(unreferenced).collect()
    }
}
