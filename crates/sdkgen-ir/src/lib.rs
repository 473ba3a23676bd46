//! The intermediate representation (IR) of an HTTP API.
//!
//! The IR is the one contract between sdkgen's stages: the loader turns an OpenAPI document into
//! an [`Api`], and every emitter (Rust code, markdown docs) reads only the [`Api`]. All names in
//! it are final: Rust identifiers are already valid, unique and deterministic, so emitters never
//! rename anything.

#![forbid(unsafe_code)]

use serde::{Deserialize, Serialize};

mod operation;
mod types;

pub use operation::*;
pub use types::*;

/// One API: everything an emitter needs to write a client for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Api {
    /// Short identifier of the API (the spec's file stem), e.g. `rockset`.
    pub name: String,
    /// Human title from `info.title`.
    pub title: String,
    /// The API's own version string from `info.version`, kept verbatim (it need not be semver).
    pub api_version: String,
    /// Description from `info.description`.
    pub description: Option<String>,
    /// Servers in spec order; the first one is the default.
    pub servers: Vec<Server>,
    /// Security schemes in spec order.
    pub security_schemes: Vec<SecurityScheme>,
    /// Operation groups (from tags), in order of first appearance.
    pub groups: Vec<Group>,
    /// Named types, sorted by Rust name.
    pub types: Vec<TypeDef>,
    /// Things in the spec that were degraded rather than rejected.
    pub warnings: Vec<Warning>,
    /// What sdkgen inferred that the spec does not say (a paged list from its shape).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Warning>,
}

/// A non-fatal finding about the spec: something approximated, or inferred.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// JSON pointer into the normalized spec.
    pub pointer: String,
    /// What was degraded and how.
    pub message: String,
}

/// A server the API is reachable at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Server {
    /// Variant name in the client's `Server` enum, e.g. `Production`.
    pub rust_name: String,
    /// URL template, possibly with `{variable}` placeholders.
    pub url: String,
    /// Description from the spec.
    pub description: Option<String>,
    /// Variables of the URL template.
    pub variables: Vec<ServerVariable>,
}

/// A variable in a server URL template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServerVariable {
    /// Name as written in the URL template.
    pub name: String,
    /// Default value.
    pub default: String,
    /// Allowed values, if restricted.
    pub allowed: Vec<String>,
    /// Description from the spec.
    pub description: Option<String>,
}

/// A way of authenticating requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecurityScheme {
    /// Key of the scheme in `components.securitySchemes`.
    pub name: String,
    /// snake_case identifier for the credential (field and setter name).
    pub rust_name: String,
    /// Description from the spec.
    pub description: Option<String>,
    /// Where and how the credential travels.
    pub kind: SecuritySchemeKind,
}

/// Where and how a credential travels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SecuritySchemeKind {
    /// A raw key sent in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// Header, query parameter or cookie name.
        parameter_name: String,
        /// Text sent before the key, such as `ApiKey ` (from the `x-sdkgen-prefix` extension).
        prefix: Option<String>,
    },
    /// `Authorization: Basic base64(user:password)`.
    HttpBasic,
    /// `Authorization: <scheme> <token>`: `Bearer`, or any other scheme word such as `ApiKey`.
    HttpToken {
        /// The scheme word as written in the spec, e.g. `Bearer`.
        scheme: String,
        /// Hint about the token format.
        bearer_format: Option<String>,
    },
    /// OAuth 2 or OpenID Connect: the client sends an access token obtained elsewhere as a
    /// bearer token.
    OAuth2,
}

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiKeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// A group of operations: one tag of the spec (or, for operations without one, the first
/// resource of their paths), one module and accessor in the client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Tag name as written in the spec, e.g. `API Keys`, or the path resource, e.g. `customers`.
    pub name: String,
    /// Whether the group is named for the first resource of its operations' paths, which have
    /// no tag (Stripe's `/v1/customers/…`), rather than for a tag.
    #[serde(default)]
    pub by_path: bool,
    /// Module and accessor name, e.g. `api_keys`.
    pub rust_name: String,
    /// Type name of the group's handle, e.g. `ApiKeys`.
    pub type_name: String,
    /// Tag description.
    pub description: Option<String>,
    /// Operations in spec order: paths in document order; per path GET, POST, PUT, PATCH,
    /// DELETE, OPTIONS, HEAD, TRACE.
    pub operations: Vec<Operation>,
}

impl Api {
    /// Looks up a named type (`types` is sorted by name).
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types
            .binary_search_by(|t| t.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.types[i])
    }

    /// Every operation with its group, in group order.
    pub fn operations(&self) -> impl Iterator<Item = (&Group, &Operation)> {
        self.groups
            .iter()
            .flat_map(|g| g.operations.iter().map(move |op| (g, op)))
    }

    /// Whether some model has an optional, nullable property (absent, `null` or a value).
    pub fn has_three_state_fields(&self) -> bool {
        self.types.iter().any(|def| match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().any(Field::is_three_state),
            _ => false,
        })
    }

    /// Whether an operation answers with bytes alone, which `.stream()` reads as they arrive.
    pub fn has_binary_downloads(&self) -> bool {
        self.operations()
            .any(|(_, op)| op.single_success_type() == Some(&TypeRef::Bytes))
    }

    /// Whether an operation sends bytes from memory or a stream.
    pub fn has_binary_uploads(&self) -> bool {
        self.operations().any(|(_, op)| {
            op.request_body
                .as_ref()
                .is_some_and(|b| b.ty == TypeRef::ByteStream)
        })
    }

    /// Whether an operation answers with server-sent events.
    pub fn has_event_streams(&self) -> bool {
        self.operations()
            .any(|(_, op)| matches!(op.single_success_type(), Some(TypeRef::EventStream(_))))
    }

    /// Whether an operation sends a `multipart/form-data` body.
    pub fn has_forms(&self) -> bool {
        self.operations().any(|(_, op)| {
            op.request_body
                .as_ref()
                .is_some_and(|b| b.encoding == BodyEncoding::Multipart)
        })
    }

    /// Whether a model has a file part (a property of a `multipart/form-data` body).
    pub fn has_file_fields(&self) -> bool {
        self.types.iter().any(|def| match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().any(|f| f.ty.is_file()),
            _ => false,
        })
    }

    /// Every scalar a model or an operation uses, for the dependencies they need.
    pub fn scalars(&self) -> std::collections::BTreeSet<Scalar> {
        let in_types = self.types.iter().flat_map(|def| def.kind.references());
        let in_operations = self
            .operations()
            .flat_map(|(_, op)| op.types_sent().chain(op.types_received()));
        in_types
            .chain(in_operations)
            .filter_map(TypeRef::scalar)
            .collect()
    }
}
