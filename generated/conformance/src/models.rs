//! Types of the request and response bodies.
#[cfg(feature = "auth")]
pub use used_by_0::*;
#[cfg(feature = "auth")]
mod used_by_0 {
    #[allow(unused_imports)]
    use super::*;
    /// The `Identity` schema.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Identity {
        /// The `user` property.
        pub user: String,
    }
}
#[cfg(feature = "files")]
pub use used_by_1::*;
#[cfg(feature = "files")]
mod used_by_1 {
    #[allow(unused_imports)]
    use super::*;
    /// The `File` schema.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct File {
        /// The `name` property.
        pub name: String,
    }
}
#[cfg(feature = "items")]
pub use used_by_2::*;
#[cfg(feature = "items")]
mod used_by_2 {
    #[allow(unused_imports)]
    use super::*;
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
}
