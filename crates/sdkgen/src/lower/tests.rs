//! Lowering tests: method names and nullable parameters.

use super::*;
use crate::config::{ByteTypes, DateTypes, UriTypes, UuidTypes};
use sdkgen_ir::{BodyEncoding, DateLibrary, Scalar, TypeKind, TypeRef};
use serde_json::json;

/// Lowers a spec given as JSON.
pub(super) fn lower_json(spec: &Value) -> Api {
    lower_json_with(spec, TypeSettings::default())
}

/// Lowers a spec given as JSON with these type settings.
fn lower_json_with(spec: &Value, types: TypeSettings) -> Api {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("spec.json");
    std::fs::write(&path, spec.to_string()).expect("writing the spec");
    let bundle = crate::load::load(&path).expect("the spec loads");
    lower(&bundle, "test", types, InvalidParts::Refuse).expect("the spec lowers")
}

/// An operation for [`spec_with`]: method, path, tag, operationId, `x-sdkgen-name`.
type Op<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>);

/// A spec with these operations. Each answers with an inline object, so that it names a
/// model.
fn spec_with(operations: &[Op]) -> Value {
    let mut paths = serde_json::Map::new();
    for (method, path, tag, id, name) in operations {
        let mut operation = json!({
            "tags": [tag],
            "responses": {"200": {
                "description": "ok",
                "content": {"application/json": {"schema": {
                    "type": "object",
                    "properties": {"value": {"type": "string"}}
                }}}
            }}
        });
        if let Some(object) = operation.as_object_mut() {
            if let Some(id) = id {
                object.insert("operationId".to_string(), json!(id));
            }
            if let Some(name) = name {
                object.insert(NAME_EXTENSION.to_string(), json!(name));
            }
        }
        let item = paths.entry(path.to_string()).or_insert_with(|| json!({}));
        if let Some(item) = item.as_object_mut() {
            item.insert(method.to_string(), operation);
        }
    }
    json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
    })
}

/// (group, operation id, method name) of every operation, in order.
fn method_names(api: &Api) -> Vec<(String, String, String)> {
    api.groups
        .iter()
        .flat_map(|g| {
            g.operations
                .iter()
                .map(|op| (g.rust_name.clone(), op.id.clone(), op.rust_name.clone()))
        })
        .collect()
}

fn named(triples: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    triples
        .iter()
        .map(|(g, id, name)| (g.to_string(), id.to_string(), name.to_string()))
        .collect()
}

#[test]
fn github_style_ids_drop_the_group_name() {
    let api = lower_json(&spec_with(&[
        (
            "get",
            "/repos/{owner}/{repo}",
            "repos",
            Some("repos/get"),
            None,
        ),
        (
            "get",
            "/orgs/{org}/repos",
            "repos",
            Some("repos/list-for-org"),
            None,
        ),
        (
            "get",
            "/repos/{owner}/{repo}/issues/comments",
            "issues",
            Some("issues/list-comments"),
            None,
        ),
        (
            "get",
            "/user/repos",
            "repos",
            Some("reposListForUser"),
            None,
        ),
        (
            "get",
            "/repositories",
            "repos",
            Some("repositories/list"),
            None,
        ),
    ]));
    assert_eq!(
        method_names(&api),
        named(&[
            ("repos", "repos/get", "get"),
            ("repos", "repos/list-for-org", "list_for_org"),
            ("repos", "reposListForUser", "list_for_user"),
            ("repos", "repositories/list", "repositories_list"),
            ("issues", "issues/list-comments", "list_comments"),
        ])
    );
    let get = &api.groups[0].operations[0];
    assert_eq!(get.type_name, "Get");
    // Models keep the whole operationId in their names: they share one namespace.
    assert!(
        api.types.iter().any(|t| t.name == "ReposGet200Response"),
        "{:?}",
        api.types.iter().map(|t| &t.name).collect::<Vec<_>>()
    );
}

#[test]
fn fastapi_ids_drop_the_path_and_method() {
    let api = lower_json(&spec_with(&[
        ("get", "/items", "items", Some("list_items_items_get"), None),
        (
            "get",
            "/items/{item_id}",
            "items",
            Some("read_item_items__item_id__get"),
            None,
        ),
        (
            "post",
            "/users/",
            "users",
            Some("create_user_users__post"),
            None,
        ),
        // The suffix of another method is not FastAPI's for this operation.
        (
            "put",
            "/users/",
            "users",
            Some("replace_users_users__post"),
            None,
        ),
        // Tagged with the function name's first word: both parts go.
        (
            "delete",
            "/items/{item_id}",
            "items",
            Some("items_delete_items__item_id__delete"),
            None,
        ),
    ]));
    assert_eq!(
        method_names(&api),
        named(&[
            ("items", "list_items_items_get", "list_items"),
            ("items", "read_item_items__item_id__get", "read_item"),
            ("items", "items_delete_items__item_id__delete", "delete"),
            ("users", "create_user_users__post", "create_user"),
            (
                "users",
                "replace_users_users__post",
                "replace_users_users_post"
            ),
        ])
    );
}

#[test]
fn trimmed_names_that_collide_keep_their_untrimmed_names() {
    let operations = [
        // Trimmed to `list`, like the next one: both keep their untrimmed names.
        ("get", "/a", "repos", Some("repos/list"), None),
        ("get", "/repos", "repos", Some("list_repos_get"), None),
        // Trimmed to `get`, which an untrimmed name has: it keeps `repos_get`.
        ("get", "/b", "repos", Some("repos/get"), None),
        ("get", "/c", "repos", Some("get"), None),
        // Trimmed to `repos_get`, which the one above went back to: it goes back too.
        ("get", "/d", "repos", Some("repos/repos-get"), None),
        // Trimmed to `fetch`, an `x-sdkgen-name`: the extension wins.
        ("get", "/e", "repos", Some("repos/fetch"), None),
        ("get", "/f", "repos", Some("other"), Some("fetch")),
        // The same trimmed name in another group is no clash.
        ("get", "/g", "issues", Some("issues/get"), None),
    ];
    let expected = [
        ("repos", "repos/list", "repos_list"),
        ("repos", "list_repos_get", "list_repos_get"),
        ("repos", "repos/get", "repos_get"),
        ("repos", "get", "get"),
        ("repos", "repos/repos-get", "repos_repos_get"),
        ("repos", "repos/fetch", "repos_fetch"),
        ("repos", "other", "fetch"),
        ("issues", "issues/get", "get"),
    ];
    let api = lower_json(&spec_with(&operations));
    assert_eq!(method_names(&api), named(&expected));
    // The outcome does not depend on the order of the operations.
    let mut reversed = operations;
    reversed.reverse();
    let mut names = method_names(&lower_json(&spec_with(&reversed)));
    names.sort();
    let mut expected = named(&expected);
    expected.sort();
    assert_eq!(names, expected);
}

#[test]
fn trimmed_names_that_would_be_mangled_are_not_used() {
    let api = lower_json(&spec_with(&[
        // A keyword, a leading digit.
        ("get", "/a", "pets", Some("pets/type"), None),
        ("get", "/b", "pets", Some("pets/2fa"), None),
        ("get", "/c", "pets", Some("type_c_get"), None),
        // Type names taken in the group's module: `Client`, the group's own `Pets`, `Ok`,
        // `Clone`.
        ("get", "/d", "pets", Some("pets/client"), None),
        ("get", "/e", "pets", Some("pets/pets"), None),
        ("get", "/f", "pets", Some("pets.ok"), None),
        ("get", "/g", "pets", Some("pets/clone"), None),
        // A method every group handle has; one clippy wants from a trait.
        ("get", "/i", "pets", Some("pets/to-owned"), None),
        ("get", "/j", "pets", Some("pets/cmp"), None),
        // But this one is fine.
        ("get", "/h", "pets", Some("pets/clone-pet"), None),
    ]));
    assert_eq!(
        method_names(&api),
        named(&[
            ("pets", "pets/type", "pets_type"),
            ("pets", "pets/2fa", "pets_2fa"),
            ("pets", "type_c_get", "type_c_get"),
            ("pets", "pets/client", "pets_client"),
            ("pets", "pets/pets", "pets_pets"),
            ("pets", "pets.ok", "pets_ok"),
            ("pets", "pets/clone", "pets_clone"),
            ("pets", "pets/to-owned", "pets_to_owned"),
            ("pets", "pets/cmp", "pets_cmp"),
            ("pets", "pets/clone-pet", "clone_pet"),
        ])
    );
    let types: Vec<&str> = api.groups[0]
        .operations
        .iter()
        .map(|op| op.type_name.as_str())
        .collect();
    assert_eq!(
        types,
        [
            "PetsType",
            "Pets2fa",
            "TypeCGet",
            "PetsClient",
            "PetsPets",
            "PetsOk",
            "PetsClone",
            "PetsToOwned",
            "PetsCmp",
            "ClonePet"
        ]
    );
}

#[test]
fn explicit_names_and_made_up_ids_are_not_trimmed() {
    let api = lower_json(&spec_with(&[
        ("get", "/a", "repos", Some("repos/get"), Some("repos-get")),
        (
            "get",
            "/items",
            "items",
            Some("list_items_items_get"),
            Some("list_items_items_get"),
        ),
        // Without an operationId the id is made up from the method and path; the group's
        // name repeats it, but it is not trimmed.
        ("get", "/things/{id}", "Get Things", None, None),
    ]));
    assert_eq!(
        method_names(&api),
        named(&[
            ("repos", "repos/get", "repos_get"),
            ("items", "list_items_items_get", "list_items_items_get"),
            ("get_things", "get /things/{id}", "get_things_id"),
        ])
    );
}

/// One optional query parameter per spelling of "a string or null".
fn nullable_parameters(version: &str) -> Value {
    json!({
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {"/search": {"get": {
            "operationId": "search",
            "parameters": [
                {"name": "nullable", "in": "query", "schema": {"type": "string", "nullable": true}},
                {"name": "type_array", "in": "query", "schema": {"type": ["string", "null"]}},
                {"name": "null_first", "in": "query", "schema": {"type": ["null", "string"]}},
                {"name": "any_of", "in": "query", "schema": {
                    "anyOf": [{"type": "string"}, {"type": "null"}], "title": "Any Of"
                }},
                {"name": "one_of", "in": "query", "schema": {
                    "oneOf": [{"type": "null"}, {"type": "string"}]
                }},
                {"name": "any_of_ref", "in": "query", "schema": {
                    "anyOf": [{"$ref": "#/components/schemas/Id"}, {"type": "null"}],
                    "default": null
                }},
            ],
            "responses": {"204": {"description": "done"}}
        }}},
        "components": {"schemas": {"Id": {"type": "string"}}}
    })
}

#[test]
fn optional_string_or_null_parameters_lower_to_nullable_strings() {
    for version in ["3.0.3", "3.1.0"] {
        let api = lower_json(&nullable_parameters(version));
        let parameters: Vec<(&str, &TypeRef, bool)> = api
            .groups
            .iter()
            .flat_map(|g| &g.operations)
            .flat_map(|op| &op.parameters)
            .map(|p| (p.api_name.as_str(), &p.ty, p.required))
            .collect();
        let string = TypeRef::Nullable(Box::new(TypeRef::String(None)));
        let id = TypeRef::Nullable(Box::new(TypeRef::Named("Id".to_string())));
        assert_eq!(
            parameters,
            [
                ("nullable", &string, false),
                ("type_array", &string, false),
                ("null_first", &string, false),
                ("any_of", &string, false),
                ("one_of", &string, false),
                ("any_of_ref", &id, false),
            ],
            "OpenAPI {version}"
        );
        // No union type was defined on the way.
        assert!(
            api.types.iter().all(|t| t.name == "Id"),
            "OpenAPI {version}: {:?}",
            api.types.iter().map(|t| &t.name).collect::<Vec<_>>()
        );
    }
}

#[test]
fn string_formats_become_the_types_the_settings_choose() {
    let spec = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Formats": {"type": "object", "properties": {
            "at": {"type": "string", "format": "date-time"},
            "day": {"type": "string", "format": "date"},
            "id": {"type": "string", "format": "uuid"},
            "blob": {"type": "string", "format": "byte"},
            "link": {"type": "string", "format": "uri"},
            "mail": {"type": "string", "format": "email"}
        }}}}
    });
    let field_types = |types: TypeSettings| -> Vec<TypeRef> {
        let api = lower_json_with(&spec, types);
        match api.type_def("Formats").map(|def| &def.kind) {
            Some(TypeKind::Struct { fields, .. }) => fields.iter().map(|f| f.ty.clone()).collect(),
            other => panic!("expected a struct, got {other:?}"),
        }
    };
    let string = |format: &str| TypeRef::String(Some(format.to_string()));
    assert_eq!(
        field_types(TypeSettings::default()),
        [
            TypeRef::Scalar(Scalar::DateTime(DateLibrary::Chrono)),
            TypeRef::Scalar(Scalar::Date(DateLibrary::Chrono)),
            TypeRef::Scalar(Scalar::Uuid),
            TypeRef::Scalar(Scalar::Base64),
            string("uri"),
            string("email"),
        ]
    );
    let chosen = TypeSettings {
        dates: DateTypes::Jiff,
        uuid: UuidTypes::String,
        byte: ByteTypes::Bytes,
        uri: UriTypes::Url,
    };
    assert_eq!(
        field_types(chosen),
        [
            TypeRef::Scalar(Scalar::DateTime(DateLibrary::Jiff)),
            TypeRef::Scalar(Scalar::Date(DateLibrary::Jiff)),
            string("uuid"),
            TypeRef::Scalar(Scalar::Base64),
            TypeRef::Scalar(Scalar::Url),
            string("email"),
        ]
    );
    let strings = TypeSettings {
        dates: DateTypes::String,
        byte: ByteTypes::String,
        ..TypeSettings::default()
    };
    assert_eq!(
        field_types(strings)[..4],
        [
            string("date-time"),
            string("date"),
            TypeRef::Scalar(Scalar::Uuid),
            string("byte"),
        ]
    );
}

/// The field types of a struct model.
fn field_types(api: &Api, name: &str) -> Vec<TypeRef> {
    match api.type_def(name).map(|def| &def.kind) {
        Some(TypeKind::Struct { fields, .. }) => fields.iter().map(|f| f.ty.clone()).collect(),
        other => panic!("expected a struct {name}, got {other:?}"),
    }
}

#[test]
fn binary_properties_of_a_form_become_files_unless_its_model_is_also_json() {
    let form = |schema: Value| {
        json!({"post": {"operationId": "upload", "requestBody": {"content": {
            "multipart/form-data": {"schema": schema}}}, "responses": {"204": {"description": "ok"}}}})
    };
    let binary = json!({"type": "string", "format": "binary"});
    let spec = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/own": form(json!({"type": "object", "properties": {
                "name": {"type": "string"}, "file": binary, "more": {"type": "array", "items": binary}}})),
            "/shared": form(json!({"$ref": "#/components/schemas/Shared"})),
            "/json": {"put": {"operationId": "put", "requestBody": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Shared"}}}}, "responses": {"204": {"description": "ok"}}}}
        },
        "components": {"schemas": {"Shared": {"type": "object", "properties": {"file": binary}}}}
    });
    let api = lower_json(&spec);
    let files = field_types(&api, "UploadRequest");
    assert_eq!(
        files,
        [
            TypeRef::String(None),
            TypeRef::File,
            TypeRef::Array(Box::new(TypeRef::File))
        ]
    );
    assert_eq!(
        field_types(&api, "Shared"),
        [TypeRef::String(Some("binary".to_string()))]
    );
    assert!(
        api.warnings
            .iter()
            .any(|w| w.pointer == "/paths/~1shared/post/requestBody"),
        "{:?}",
        api.warnings
    );
}

#[test]
fn an_event_stream_is_the_success_type_alone_or_text_beside_other_bodies() {
    let events = json!({"text/event-stream": {"schema": {"type": "object", "properties": {"n": {"type": "integer"}}}}});
    let spec = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/alone": {"get": {"operationId": "alone", "responses": {
                "200": {"description": "events", "content": events},
                "400": {"description": "bad", "content": events}}}},
            "/mixed": {"get": {"operationId": "mixed", "responses": {
                "200": {"description": "events", "content": events},
                "201": {"description": "json", "content": {"application/json": {"schema": {"type": "string"}}}}}}}
        }
    });
    let api = lower_json(&spec);
    let op = |id: &str| {
        api.operations()
            .map(|(_, op)| op)
            .find(|op| op.id == id)
            .expect("operation")
    };
    let success = |id: &str| {
        op(id)
            .responses
            .first()
            .and_then(|r| r.body.clone())
            .expect("a body")
    };
    assert_eq!(success("alone").encoding, BodyEncoding::EventStream);
    assert!(matches!(success("alone").ty, TypeRef::EventStream(_)));
    let error = op("alone")
        .errors
        .first()
        .and_then(|r| r.body.clone())
        .expect("an error body");
    assert_eq!(
        error.encoding,
        BodyEncoding::Text,
        "an error's event stream is read whole"
    );
    assert_eq!(
        (success("mixed").encoding, success("mixed").ty),
        (BodyEncoding::Text, TypeRef::String(None))
    );
    assert!(
        api.warnings
            .iter()
            .any(|w| w.pointer == "/paths/~1mixed/get/responses"),
        "{:?}",
        api.warnings
    );
}

/// A spec with `GET /things` taking `parameters` and answering with `body`.
fn list_spec(parameters: Value, body: Value) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {"/things": {"get": {
            "operationId": "listThings",
            "parameters": parameters,
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": body}}}}
        }}}
    })
}

fn paging_of(api: &Api) -> (Option<&sdkgen_ir::Pagination>, Vec<&str>) {
    let operation = &api.groups[0].operations[0];
    let notes = api
        .notes
        .iter()
        .filter(|w| w.pointer == "/paths/~1things/get" && w.message.contains("paged list inferred"))
        .map(|w| w.message.as_str())
        .collect();
    (operation.pagination.as_ref(), notes)
}

#[test]
fn offset_pages_are_inferred_with_a_located_note() {
    let api = lower_json(&list_spec(
        json!([
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            {"name": "offset", "in": "query", "schema": {"type": "integer"}}
        ]),
        json!({"type": "object", "properties": {
            "items": {"type": "array", "items": {"type": "string"}},
            "next": {"type": "string", "nullable": true},
            "total": {"type": "integer"}
        }}),
    ));
    let (pagination, notes) = paging_of(&api);
    let pagination = pagination.expect("offset paging inferred");
    assert_eq!(
        pagination.kind,
        sdkgen_ir::PaginationKind::Offset {
            parameter: "offset".to_string(),
            limit: Some("limit".to_string())
        }
    );
    assert_eq!(pagination.item_type, TypeRef::String(None));
    assert_eq!(notes.len(), 1, "{:?}", api.notes);
    assert!(
        !api.warnings.iter().any(|w| w.message.contains("paged")),
        "an inference is a note, not a warning: {:?}",
        api.warnings
    );
    assert!(notes[0].contains("offset parameter `offset`"), "{notes:?}");
}

#[test]
fn cursor_pages_are_inferred_from_a_next_cursor_field() {
    let api = lower_json(&list_spec(
        json!([{"name": "cursor", "in": "query", "schema": {"type": "string"}}]),
        json!({"type": "object", "properties": {
            "data": {"type": "array", "items": {"type": "integer"}},
            "meta": {"type": "object", "properties": {"next_cursor": {"type": "string"}}}
        }}),
    ));
    let (pagination, notes) = paging_of(&api);
    match pagination.map(|p| &p.kind) {
        Some(sdkgen_ir::PaginationKind::Cursor {
            wire_name, next, ..
        }) => {
            assert_eq!(wire_name, "cursor");
            let steps: Vec<&str> = next.iter().map(|s| s.rust_name.as_str()).collect();
            assert_eq!(steps, ["meta", "next_cursor"]);
        }
        other => panic!("expected cursor paging, got {other:?}"),
    }
    assert!(notes[0].contains("from `/meta/next_cursor`"), "{notes:?}");
}

#[test]
fn lists_that_do_not_evidently_page_are_left_alone() {
    for (parameters, body) in [
        // No paging parameter.
        (
            json!([{"name": "limit", "in": "query", "schema": {"type": "integer"}}]),
            json!({"type": "object", "properties": {"items": {"type": "array", "items": {}}}}),
        ),
        // A required offset: the client could not leave it for the stream to set.
        (
            json!([{"name": "offset", "in": "query", "required": true, "schema": {"type": "integer"}}]),
            json!({"type": "object", "properties": {"items": {"type": "array", "items": {}}}}),
        ),
        // No array of items.
        (
            json!([{"name": "offset", "in": "query", "schema": {"type": "integer"}}]),
            json!({"type": "object", "properties": {"items": {"type": "string"}}}),
        ),
        // A cursor parameter but nothing in the body names the next one, and no offset.
        (
            json!([{"name": "cursor", "in": "query", "schema": {"type": "string"}}]),
            json!({"type": "object", "properties": {"items": {"type": "array", "items": {}}}}),
        ),
    ] {
        let api = lower_json(&list_spec(parameters, body));
        let (pagination, notes) = paging_of(&api);
        assert!(pagination.is_none() && notes.is_empty(), "{pagination:?}");
    }
}

#[test]
fn an_extension_of_false_turns_inference_off() {
    let mut spec = list_spec(
        json!([{"name": "offset", "in": "query", "schema": {"type": "integer"}}]),
        json!({"type": "object", "properties": {"items": {"type": "array", "items": {}}}}),
    );
    let inferred = lower_json(&spec);
    assert!(paging_of(&inferred).0.is_some(), "the shape alone pages");
    spec["paths"]["/things"]["get"]["x-sdkgen-pagination"] = json!(false);
    let api = lower_json(&spec);
    let (pagination, notes) = paging_of(&api);
    assert!(pagination.is_none() && notes.is_empty(), "{pagination:?}");
}

#[test]
fn link_header_pages_are_inferred_for_bare_arrays_and_a_bodys_only_array() {
    for (body, items) in [
        (
            json!({"type": "array", "items": {"type": "string"}}),
            "the body",
        ),
        (
            json!({"type": "object", "properties": {
                "total_count": {"type": "integer"},
                "runners": {"type": "array", "items": {"type": "string"}}
            }}),
            "`/runners`",
        ),
    ] {
        let mut spec = list_spec(
            json!([
                {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
                {"name": "page", "in": "query", "schema": {"type": "integer"}}
            ]),
            body,
        );
        spec["paths"]["/things"]["get"]["responses"]["200"]["headers"] =
            json!({"Link": {"schema": {"type": "string"}}});
        let api = lower_json(&spec);
        let (pagination, notes) = paging_of(&api);
        let pagination = pagination.expect("Link paging inferred");
        assert_eq!(
            pagination.kind,
            sdkgen_ir::PaginationKind::LinkHeader {
                parameter: "page".to_string(),
                wire_name: "page".to_string()
            }
        );
        assert_eq!(pagination.item_type, TypeRef::String(None));
        assert!(notes[0].contains(&format!("items at {items}")), "{notes:?}");
    }
}

/// GitHub's `list_contributors`: a Link-paged array, or `204` for an empty repository. Its
/// output is an enum of the two, which no page type fits.
#[test]
fn a_list_whose_successes_decode_differently_does_not_page() {
    let mut spec = list_spec(
        json!([{"name": "page", "in": "query", "schema": {"type": "integer"}}]),
        json!({"type": "array", "items": {"type": "string"}}),
    );
    let get = &mut spec["paths"]["/things"]["get"];
    get["responses"]["200"]["headers"] = json!({"Link": {"schema": {"type": "string"}}});
    get["responses"]["204"] = json!({"description": "empty"});
    let api = lower_json(&spec);
    let (pagination, notes) = paging_of(&api);
    assert!(pagination.is_none() && notes.is_empty(), "{pagination:?}");

    spec["paths"]["/things"]["get"]["x-sdkgen-pagination"] =
        json!({"items": "", "link": {"parameter": "page"}});
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("spec.json");
    std::fs::write(&path, spec.to_string()).expect("writing the spec");
    let bundle = crate::load::load(&path).expect("the spec loads");
    let error = lower(
        &bundle,
        "test",
        TypeSettings::default(),
        InvalidParts::Refuse,
    )
    .expect_err("an extension cannot page it either");
    let text = error.to_string();
    assert!(text.contains("one success body type"), "{text}");
    assert!(text.contains("x-sdkgen-pagination"), "{text}");
}

/// A struct's field: JSON name, type, fixed value, union tag.
type FieldFacts = (String, TypeRef, Option<String>, Option<String>);

/// The fields of the struct `name`.
fn fields_of(api: &Api, name: &str) -> Vec<FieldFacts> {
    match api.type_def(name).map(|def| &def.kind) {
        Some(TypeKind::Struct { fields, .. }) => fields
            .iter()
            .map(|f| {
                let facts = (f.json_name.clone(), f.ty.clone());
                (facts.0, facts.1, f.constant.clone(), f.tag.clone())
            })
            .collect(),
        other => panic!("`{name}` is no struct: {other:?}"),
    }
}

#[test]
fn a_required_const_is_a_fixed_string_and_a_union_tag_only_a_default() {
    let spec = json!({
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/pets": {"post": {
            "operationId": "createPet",
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}}}}
        }}},
        "components": {"schemas": {
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "kind", "mapping": {"kitty": "#/components/schemas/Cat"}}
            },
            "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
            "Dog": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["Dog"]}}},
            "Event": {"type": "object", "required": ["object", "status"], "properties": {
                "object": {"const": "event"},
                "status": {"type": "string", "enum": ["active"]},
                "kind": {"const": "optional"}
            }}
        }}
    });
    let api = lower_json(&spec);
    let string = TypeRef::String(None);
    // The tag depends on the unions that list Cat, so it changes only Cat's `Default`: its
    // type and `new` stay what Cat alone says, and a union added later breaks no caller.
    assert_eq!(
        fields_of(&api, "Cat"),
        [("kind".into(), string.clone(), None, Some("kitty".into()))]
    );
    let cat = api.type_def("Cat").expect("Cat");
    if let TypeKind::Struct { fields, .. } = &cat.kind {
        assert!(cat.takes(&fields[0]), "the tag stays an argument of `new`");
    }
    let dog = fields_of(&api, "Dog");
    assert!(
        matches!(&dog[0], (_, TypeRef::Named(_), None, None)),
        "{dog:?}"
    );
    let event = fields_of(&api, "Event");
    assert_eq!(
        event[0],
        ("object".into(), string, Some("event".into()), None)
    );
    // A one-value enum may gain values, and an optional const may be absent: both stay enums.
    assert!(
        matches!(&event[1], (_, TypeRef::Named(_), None, None)),
        "{event:?}"
    );
    assert!(
        matches!(&event[2], (_, TypeRef::Named(_), None, None)),
        "{event:?}"
    );
    assert!(
        api.type_def("EventObject").is_none(),
        "no one-value enum is defined for a fixed field"
    );
}

#[test]
fn a_component_tagged_two_ways_keeps_its_field() {
    let union = |tag: &str| {
        json!({
            "oneOf": [{"$ref": "#/components/schemas/Cat"}],
            "discriminator": {"propertyName": "kind", "mapping": {tag: "#/components/schemas/Cat"}}
        })
    };
    let cat =
        json!({"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}});
    let mut spec = list_spec(json!([]), union("cat"));
    spec["components"] = json!({"schemas": {"Cat": cat, "Other": union("feline")}});
    let api = lower_json(&spec);
    assert_eq!(
        fields_of(&api, "Cat"),
        [("kind".into(), TypeRef::String(None), None, None)]
    );
    // Nor does a component two tags of one union select.
    let mut two_tags = union("cat");
    two_tags["discriminator"]["mapping"]["kitty"] = json!("#/components/schemas/Cat");
    let mut spec = list_spec(json!([]), two_tags);
    spec["components"] = json!({"schemas": {"Cat": cat}});
    let api = lower_json(&spec);
    assert_eq!(
        fields_of(&api, "Cat"),
        [("kind".into(), TypeRef::String(None), None, None)]
    );
}

#[test]
fn quote_runs_cargo_toml_cannot_hold_are_cut_with_a_warning() {
    let mut spec = list_spec(json!([]), json!({"type": "string"}));
    spec["info"]["version"] = json!(format!("v{}1", "'".repeat(300)));
    let api = lower_json(&spec);
    assert_eq!(api.api_version, format!("v{}1", "'".repeat(200)));
    assert!(
        api.warnings.iter().any(|w| w.pointer == "/info/version"),
        "{:?}",
        api.warnings
    );
}

#[test]
fn an_authorization_header_is_kept_as_a_credential_only_where_no_scheme_sends_it() {
    let operation = |security: Value| {
        json!({
            "security": security,
            "parameters": [
                {"name": "Authorization", "in": "header", "required": true, "schema": {"type": "string"}},
                {"name": "Accept", "in": "header", "schema": {"type": "string"}}
            ],
            "responses": {"204": {"description": "done"}}
        })
    };
    let spec = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
        "paths": {
            "/open": {"get": operation(json!([]))},
            "/guarded": {"get": operation(json!([{"token": []}]))}
        }
    });
    let api = lower_json(&spec);
    let parameters = |path: &str| -> Vec<(String, bool)> {
        api.operations()
            .find(|(_, op)| op.path == path)
            .map(|(_, op)| {
                op.parameters
                    .iter()
                    .map(|p| (p.api_name.clone(), p.sensitive))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(parameters("/open"), [("Authorization".to_string(), true)]);
    assert_eq!(parameters("/guarded"), []);
    assert!(api
        .warnings
        .iter()
        .any(|w| w.message.contains("`Authorization` is kept")));
}
