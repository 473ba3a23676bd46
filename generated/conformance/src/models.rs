//! Types of the request and response bodies.
/// The `File` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct File {
    /// The `name` property.
    pub name: String,
}
/// The `Identity` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Identity {
    /// The `user` property.
    pub user: String,
}
/// The `Item` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Item {
    /// The `id` property.
    pub id: i64,
    /// The `name` property.
    pub name: String,
}
/// The `ItemPage` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ItemPage {
    /// The `items` property.
    pub items: Vec<Item>,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
/// The `NewItem` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NewItem {
    /// The `name` property.
    pub name: String,
}
/// The `Problem` schema.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Problem {
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
