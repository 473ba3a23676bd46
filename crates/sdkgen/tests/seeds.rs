//! Everything the seed documents (kept outside this repository) name, transcribed by hand,
//! must appear in the IR of our spec for that API: groups, method names, HTTP methods and
//! paths, parameters, status codes, types and security schemes.

use std::path::Path;

use sdkgen::ir::{Api, ParameterLocation};

struct SeedOperation {
    method_name: &'static str,
    http: &'static str,
    path: &'static str,
    parameters: &'static [(&'static str, ParameterLocation)],
    statuses: &'static [&'static str],
}

struct Seed {
    api: &'static str,
    group: &'static str,
    operations: &'static [SeedOperation],
    types: &'static [&'static str],
    schemes: &'static [&'static str],
}

use ParameterLocation::{Header, Path as InPath, Query};

const ROCKSET_STATUSES: &[&str] = &[
    "200", "400", "401", "403", "404", "405", "406", "408", "415", "429", "500", "501", "502",
    "503",
];

const SEEDS: &[Seed] = &[
    Seed {
        api: "feedback",
        group: "credentials",
        operations: &[
            SeedOperation {
                method_name: "create_credentials",
                http: "POST",
                path: "/credentials",
                parameters: &[],
                statuses: &["200", "401", "429", "500"],
            },
            SeedOperation {
                method_name: "rotate_credentials",
                http: "PUT",
                path: "/credentials",
                parameters: &[("x_api_key", Header)],
                statuses: &["200", "401", "429", "500"],
            },
            SeedOperation {
                method_name: "delete_credentials",
                http: "DELETE",
                path: "/credentials",
                parameters: &[("x_api_key", Header)],
                statuses: &["204", "401", "429", "500"],
            },
        ],
        types: &[
            "Credentials",
            "UnauthorizedException",
            "TooManyRequestsException",
            "InternalServerErrorException",
        ],
        schemes: &["RapidApiKey"],
    },
    Seed {
        api: "latitudesh",
        group: "api_keys",
        operations: &[
            SeedOperation {
                method_name: "list",
                http: "GET",
                path: "/auth/api_keys",
                parameters: &[],
                statuses: &["200", "4XX", "5XX"],
            },
            SeedOperation {
                method_name: "create",
                http: "POST",
                path: "/auth/api_keys",
                parameters: &[],
                statuses: &["201", "4XX", "5XX"],
            },
            SeedOperation {
                method_name: "regenerate",
                http: "PUT",
                path: "/auth/api_keys/{api_key_id}",
                parameters: &[("api_key_id", InPath)],
                statuses: &["200", "4XX", "5XX"],
            },
            SeedOperation {
                method_name: "delete",
                http: "DELETE",
                path: "/auth/api_keys/{api_key_id}",
                parameters: &[("api_key_id", InPath)],
                statuses: &["200", "4XX", "5XX"],
            },
        ],
        types: &[
            "ApiKey",
            "Data",
            "CreateApiKeyType",
            "PostApiKeyResponseBody",
            "UpdateApiKeyData",
            "UpdateApiKeyType",
            "UpdateApiKeyResponseBody",
        ],
        schemes: &["Bearer"],
    },
    Seed {
        api: "sensorbucket",
        group: "api_keys",
        operations: &[
            SeedOperation {
                method_name: "create_api_key",
                http: "POST",
                path: "/api-keys",
                parameters: &[],
                statuses: &["201", "400", "500", "401", "403"],
            },
            SeedOperation {
                method_name: "get_api_key",
                http: "GET",
                path: "/api-keys/{api_key_id}",
                parameters: &[("api_key_id", InPath)],
                statuses: &["200", "400", "500", "401", "403"],
            },
            SeedOperation {
                method_name: "list_api_keys",
                http: "GET",
                path: "/api-keys",
                parameters: &[("tenant_id", Query), ("cursor", Query), ("limit", Query)],
                statuses: &["200", "400", "500", "401", "403"],
            },
            SeedOperation {
                method_name: "revoke_api_key",
                http: "DELETE",
                path: "/api-keys/{api_key_id}",
                parameters: &[("api_key_id", InPath)],
                statuses: &["200", "400", "500", "401", "403"],
            },
        ],
        types: &[
            "ApiKeyCreated",
            "CreateApiKeyRequest",
            "ApiKey",
            "ListApiKeys200Response",
            "RevokeApiKey200Response",
        ],
        schemes: &["APIKey", "CookieSession"],
    },
    Seed {
        api: "rockset",
        group: "api_keys",
        operations: &[
            SeedOperation {
                method_name: "create_api_key",
                http: "POST",
                path: "/v1/orgs/self/users/self/apikeys",
                parameters: &[],
                statuses: ROCKSET_STATUSES,
            },
            SeedOperation {
                method_name: "delete_api_key",
                http: "DELETE",
                path: "/v1/orgs/self/users/{user}/apikeys/{name}",
                parameters: &[("name", InPath), ("user", InPath)],
                statuses: ROCKSET_STATUSES,
            },
            SeedOperation {
                method_name: "get_api_key",
                http: "GET",
                path: "/v1/orgs/self/users/{user}/apikeys/{name}",
                parameters: &[("user", InPath), ("name", InPath), ("reveal", Query)],
                statuses: ROCKSET_STATUSES,
            },
            SeedOperation {
                method_name: "list_api_keys",
                http: "GET",
                path: "/v1/orgs/self/users/{user}/apikeys",
                parameters: &[("user", InPath)],
                statuses: ROCKSET_STATUSES,
            },
            SeedOperation {
                method_name: "update_api_key",
                http: "POST",
                path: "/v1/orgs/self/users/{user}/apikeys/{name}",
                parameters: &[("name", InPath), ("user", InPath)],
                statuses: ROCKSET_STATUSES,
            },
        ],
        types: &[
            "CreateApiKeyRequest",
            "CreateApiKeyResponse",
            "DeleteApiKeyResponse",
            "GetApiKeyResponse",
            "ListApiKeysResponse",
            "UpdateApiKeyRequest",
            "UpdateApiKeyResponse",
        ],
        schemes: &["apikey"],
    },
];

fn ir(api: &str) -> Api {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../specs")
        .join(format!("{api}.yaml"));
    match sdkgen::Generator::new(spec).ir() {
        Ok(api) => api,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn every_name_a_seed_documents_is_in_its_ir() {
    for seed in SEEDS {
        let api = ir(seed.api);
        let group = api
            .groups
            .iter()
            .find(|g| g.rust_name == seed.group)
            .unwrap_or_else(|| panic!("{}: no group `{}`", seed.api, seed.group));
        assert_eq!(
            group.operations.len(),
            seed.operations.len(),
            "{}: operation count",
            seed.api
        );
        for expected in seed.operations {
            let op = group
                .operations
                .iter()
                .find(|op| op.rust_name == expected.method_name)
                .unwrap_or_else(|| panic!("{}: no method `{}`", seed.api, expected.method_name));
            assert_eq!(
                op.method.as_str(),
                expected.http,
                "{}::{}",
                seed.api,
                op.rust_name
            );
            assert_eq!(op.path, expected.path, "{}::{}", seed.api, op.rust_name);
            for (name, location) in expected.parameters {
                assert!(
                    op.parameters
                        .iter()
                        .any(|p| p.rust_name == *name && p.location == *location),
                    "{}::{}: no {location:?} parameter `{name}`",
                    seed.api,
                    op.rust_name
                );
            }
            let statuses: Vec<String> = op
                .responses
                .iter()
                .chain(&op.errors)
                .map(|r| r.status.label())
                .collect();
            for status in expected.statuses {
                assert!(
                    statuses.iter().any(|s| s == status),
                    "{}::{}: status {status} missing from {statuses:?}",
                    seed.api,
                    op.rust_name
                );
            }
        }
        for ty in seed.types {
            assert!(api.type_def(ty).is_some(), "{}: no type `{ty}`", seed.api);
        }
        for scheme in seed.schemes {
            assert!(
                api.security_schemes.iter().any(|s| s.name == *scheme),
                "{}: no scheme `{scheme}`",
                seed.api
            );
        }
    }
}

#[test]
fn every_name_a_seed_documents_is_in_its_docs() {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    for seed in SEEDS {
        let (files, _) = sdkgen::Generator::new(specs.join(format!("{}.yaml", seed.api)))
            .render()
            .unwrap_or_else(|e| panic!("{e}"));
        let page_path = format!("docs/{}.md", seed.group);
        let page = files
            .get(Path::new(&page_path))
            .unwrap_or_else(|| panic!("{}: no {page_path}", seed.api));
        let readme = &files[Path::new("README.md")];
        for op in seed.operations {
            let heading = format!("## `{}`", op.method_name);
            assert!(
                page.contains(&heading),
                "{}: no section {heading}",
                seed.api
            );
            let request = format!("`{} {}`", op.http, op.path);
            assert!(page.contains(&request), "{}: {request} missing", seed.api);
            assert!(
                readme.contains(&request),
                "{}: {request} missing from README",
                seed.api
            );
            let section = page
                .split(&heading)
                .nth(1)
                .and_then(|rest| rest.split("\n## `").next())
                .unwrap_or_default();
            for (name, _) in op.parameters {
                assert!(
                    section.contains(&format!("| `{name}` |")),
                    "{}::{}: parameter {name} missing",
                    seed.api,
                    op.method_name
                );
            }
            for status in op.statuses {
                assert!(
                    section.contains(&format!("| **{status}** |")),
                    "{}::{}: status {status} missing",
                    seed.api,
                    op.method_name
                );
            }
        }
        for ty in seed.types {
            let model = format!("docs/models/{ty}.md");
            assert!(
                files.contains_key(Path::new(&model)),
                "{}: no {model}",
                seed.api
            );
            assert!(
                readme.contains(&format!("[`{ty}`]")),
                "{}: README does not list {ty}",
                seed.api
            );
        }
        for scheme in seed.schemes {
            assert!(
                readme.contains(&format!("`{scheme}`")),
                "{}: README does not explain {scheme}",
                seed.api
            );
        }
    }
}
