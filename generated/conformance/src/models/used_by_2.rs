//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The spec's `Item` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Item {
    /// The `id` property of the spec's `Item` schema.
    pub id: i64,
    /// The `name` property of the spec's `Item` schema.
    pub name: String,
}
/// The spec's `ItemPage` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ItemPage {
    /// The `items` property of the spec's `ItemPage` schema.
    pub items: Vec<Item>,
    /// The `total` property of the spec's `ItemPage` schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
/// The spec's `NewItem` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NewItem {
    /// The `name` property of the spec's `NewItem` schema.
    pub name: String,
}
#[allow(deprecated)]
impl NewItem {
    /// A `NewItem` with the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
