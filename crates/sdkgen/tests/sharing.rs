//! Lowering decides which operations share an error enum, what it is called, and which groups
//! use each type (for per-group features).

use std::path::Path;

use sdkgen::ir::Api;

fn api() -> Api {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sharing.yaml");
    match sdkgen::Generator::new(spec).ir() {
        Ok(api) => api,
        Err(e) => panic!("{e}"),
    }
}

fn error_type_of<'a>(api: &'a Api, operation: &str) -> Option<&'a str> {
    api.operations()
        .find(|(_, op)| op.id == operation)
        .and_then(|(_, op)| op.error_type.as_deref())
}

#[test]
fn operations_with_the_same_error_table_share_one_enum() {
    let api = api();
    // Same statuses and body type, different descriptions: one enum, named after its variant.
    assert_eq!(error_type_of(&api, "getA"), Some("NotFoundError"));
    assert_eq!(error_type_of(&api, "postA"), Some("NotFoundError"));
    // Three variants shared within one group: named after the group.
    assert_eq!(error_type_of(&api, "getB"), Some("BetaError"));
    assert_eq!(error_type_of(&api, "deleteB"), Some("BetaError"));
    // Three variants, one operation: named after the operation.
    assert_eq!(error_type_of(&api, "getC"), Some("GetCError"));
    let names: Vec<(&str, usize)> = api
        .error_types
        .iter()
        .map(|e| (e.name.as_str(), e.operations))
        .collect();
    assert_eq!(
        names,
        [("NotFoundError", 2), ("BetaError", 2), ("GetCError", 1)]
    );
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
    let beta_errors = api.error_types.iter().find(|e| e.name == "BetaError");
    assert_eq!(
        beta_errors.map(|e| e.groups.clone()),
        Some(vec!["beta".to_string()])
    );
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
    // `Hook` is in a file compiled with `other-models` alone, and so is its page's doctest.
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
    assert!(
        file("src/lib.rs").contains(
            "#[cfg(feature = \"other-models\")]\n    #[doc = include_str!(\"../docs/models/Hook.md\")]"
        ),
        "{}",
        file("src/lib.rs")
    );
    assert!(file("docs/models/Hook.md").contains("off by default"));
}
