//! The models of one set of groups, compiled when one of them is on.
#[allow(unused_imports)]
use super::*;
/// The `Item` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Item {
    /// The `id` property.
    pub id: i64,
    /// The `name` property.
    pub name: String,
}
/// The `ItemPage` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ItemPage {
    /// The `items` property.
    pub items: Vec<Item>,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
/// The `NewItem` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NewItem {
    /// The `name` property.
    pub name: String,
}
#[allow(deprecated)]
impl NewItem {
    /// A `NewItem` with the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
