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
