//! Per-group Cargo features: which items each group's feature gates.

use proc_macro2::TokenStream;
use quote::quote;
use sdkgen_ir::Api;

use crate::config::Settings;

/// Whether the crate has a feature per group, and the `cfg` that gates an item on groups.
#[derive(Debug, Clone, Copy)]
pub struct Features {
    /// Whether each group is a feature.
    pub enabled: bool,
}

impl Features {
    /// As the settings ask for this API.
    pub fn new(api: &Api, settings: &Settings) -> Self {
        let operations = api.operations().count();
        Features {
            enabled: settings.client.features.enabled(operations),
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

    /// The features of the crate, one per group, in group order.
    pub fn names(self, api: &Api) -> Vec<&str> {
        if !self.enabled {
            return Vec::new();
        }
        api.groups.iter().map(|g| g.rust_name.as_str()).collect()
    }
}
