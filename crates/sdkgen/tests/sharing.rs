//! Lowering names each operation's error enum, and decides which groups use each type (for
//! per-group features).

use std::path::Path;

use sdkgen::ir::{Api, TypeKind, TypeRef};

fn api() -> Api {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sharing.yaml");
    match sdkgen::Generator::new(spec).ir() {
        Ok(api) => api,
        Err(e) => panic!("{e}"),
    }
}

fn operation<'a>(api: &'a Api, id: &str) -> &'a sdkgen::ir::Operation {
    api.operations()
        .find(|(_, op)| op.id == id)
        .map(|(_, op)| op)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

#[test]
fn every_operation_has_its_own_error_enum_named_after_it() {
    let api = api();
    // The same error table, even the same body types: still one enum each, named after the
    // operation, so that a status one of them adds later renames nothing.
    assert_eq!(operation(&api, "getA").error_type, "GetAError");
    assert_eq!(operation(&api, "postA").error_type, "PostAError");
    assert_eq!(operation(&api, "getB").error_type, "GetBError");
    assert_eq!(operation(&api, "deleteB").error_type, "DeleteBError");
    assert_eq!(operation(&api, "getC").error_type, "GetCError");
    let (files, _) = sdkgen::Generator::new(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sharing.yaml"),
    )
    .render()
    .expect("renders");
    let alpha = files
        .get(Path::new("src/alpha.rs"))
        .expect("the alpha group's module");
    assert!(alpha.contains("pub enum GetAError {"), "{alpha}");
    assert!(alpha.contains("pub enum PostAError {"), "{alpha}");
    assert!(!files.contains_key(Path::new("src/errors.rs")));
}

#[test]
fn types_know_the_groups_that_use_them() {
    let api = api();
    let marks = |name: &str| {
        let def = api
            .type_def(name)
            .unwrap_or_else(|| panic!("no type {name}"));
        (def.groups.clone(), def.unreferenced)
    };
    let alpha = || vec!["alpha".to_string()];
    // Through a response, and through another type.
    assert_eq!(marks("OnlyAlpha"), (alpha(), false));
    assert_eq!(marks("Inner"), (alpha(), false));
    // A request body of one group and a response of the other.
    assert_eq!(
        marks("Shared"),
        (vec!["alpha".to_string(), "beta".to_string()], true)
    );
    // Only an error body.
    assert_eq!(marks("Problem"), (alpha(), false));
    // No operation uses it, nor what it refers to alone.
    assert_eq!(marks("Hook"), (vec![], true));
    assert_eq!(marks("Payload"), (vec![], true));
}

#[test]
fn models_no_operation_uses_are_a_feature_off_by_default() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sharing.yaml");
    let text =
        "[package]\nname = \"sharing\"\nversion = \"0.1.0\"\n[client]\nfeatures = \"groups\"\n";
    let settings = match sdkgen::Settings::parse(Path::new("sharing.toml"), text) {
        Ok(settings) => settings,
        Err(e) => panic!("{e}"),
    };
    let files = match sdkgen::Generator::new(spec).settings(settings).render() {
        Ok((files, _)) => files,
        Err(e) => panic!("{e}"),
    };
    let file = |path: &str| {
        files
            .get(Path::new(path))
            .unwrap_or_else(|| panic!("no {path}"))
    };
    let manifest: toml::Table = match file("Cargo.toml").parse() {
        Ok(manifest) => manifest,
        Err(e) => panic!("{e}"),
    };
    let features = &manifest["features"];
    assert_eq!(
        features["default"],
        toml::Value::from(vec!["alpha", "beta"])
    );
    assert!(features.get("other-models").is_some(), "{features}");
    // `Hook` is in a file compiled with `other-models` alone.
    let models = file("src/models.rs");
    let hook_file = files
        .iter()
        .find(|(path, text)| path.starts_with("src/models/") && text.contains("pub struct Hook"))
        .map(|(path, _)| path.file_stem().and_then(|s| s.to_str()).unwrap_or(""));
    let module = hook_file.unwrap_or_else(|| panic!("no models file defines Hook"));
    assert!(
        models.contains(&format!(
            "#[cfg(feature = \"other-models\")]\nmod {module};"
        )),
        "{models}"
    );
    // A page's examples compile with what it shows: the alpha group's page with its feature.
    // A model page has no code for rustdoc to test, so `lib.rs` does not include it.
    let lib = file("src/lib.rs");
    assert!(
        lib.contains(
            "#[cfg(feature = \"alpha\")]\n    #[doc = include_str!(\"../docs/alpha.md\")]"
        ),
        "{lib}"
    );
    let hook_page = file("docs/models/Hook.md");
    assert!(hook_page.contains("off by default"));
    assert!(
        !hook_page.contains("```") && !lib.contains("docs/models/Hook.md"),
        "{lib}"
    );
}

#[test]
fn shared_responses_and_bodies_are_named_after_their_component() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("api.yaml");
    let post = |id: &str| {
        format!(
            "    post:\n      operationId: {id}\n      requestBody: {{$ref: '#/components/requestBodies/NewThing'}}\n      responses:\n        '204': {{description: done}}\n        '401': {{$ref: '#/components/responses/Unauthorized'}}\n"
        )
    };
    let text = format!(
        "openapi: 3.0.3\ninfo: {{title: Shared, version: '1'}}\npaths:\n  /a:\n{}  /b:\n{}\
         components:\n  requestBodies:\n    NewThing:\n      content:\n        application/json:\n          schema: {{type: object, properties: {{name: {{type: string}}}}}}\n  \
         responses:\n    Unauthorized:\n      description: no\n      content:\n        application/json:\n          schema: {{type: object, properties: {{message: {{type: string}}}}}}\n",
        post("createA"),
        post("createB"),
    );
    std::fs::write(&spec, text).expect("writes the spec");
    let api = sdkgen::Generator::new(&spec).ir().expect("lowers");
    let names: Vec<&str> = api.types.iter().map(|def| def.name.as_str()).collect();
    assert_eq!(names, ["NewThingRequest", "UnauthorizedResponse"]);
    for id in ["createA", "createB"] {
        let op = operation(&api, id);
        let body = op.request_body.as_ref().expect("a body");
        assert_eq!(
            body.ty,
            sdkgen::ir::TypeRef::Named("NewThingRequest".into())
        );
        let error = op
            .errors
            .first()
            .and_then(|e| e.body.as_ref())
            .expect("a 401 body");
        assert_eq!(
            error.ty,
            sdkgen::ir::TypeRef::Named("UnauthorizedResponse".into())
        );
    }
}

#[test]
fn a_response_never_shares_a_requests_definition() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("directions.yaml");
    let thing = "{type: object, properties: {name: {type: string}}}";
    let text = format!(
        "openapi: 3.0.3\ninfo: {{title: Directions, version: '1'}}\npaths:\n  /things:\n    post:\n      operationId: createThing\n      \
         requestBody: {{content: {{application/json: {{schema: {thing}}}}}}}\n      \
         responses: {{'200': {{description: ok, content: {{application/json: {{schema: {thing}}}}}}}}}\n    \
         get:\n      operationId: getThing\n      \
         responses: {{'200': {{description: ok, content: {{application/json: {{schema: {thing}}}}}}}}}\n"
    );
    std::fs::write(&spec, text).expect("writes the spec");
    let api = sdkgen::Generator::new(&spec).ir().expect("lowers");
    let def = |name: &str| {
        api.type_def(name)
            .unwrap_or_else(|| panic!("no type {name}: {:?}", api.types))
    };
    // The request keeps its own struct; the two responses share one of theirs, so that
    // neither gets or loses `new` when the request's schema changes.
    assert!(matches!(
        def("CreateThingRequest").kind,
        TypeKind::Struct { .. }
    ));
    for response in ["CreateThing200Response", "GetThing200Response"] {
        let response = def(response);
        assert!(!response.sent, "no request sends {}", response.name);
        if let TypeKind::Alias { target } = &response.kind {
            assert_ne!(target, &TypeRef::Named("CreateThingRequest".into()));
        }
    }
}
