//! Groups of untagged operations: the first resource of the path, one group with a tag that
//! would give the same module wherever either first appears.

fn groups(paths: &str) -> Vec<(String, String, bool, usize)> {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("api.yaml");
    let text = format!("openapi: 3.0.3\ninfo: {{title: Shop, version: '1'}}\npaths:\n{paths}");
    std::fs::write(&spec, text).expect("writing the spec");
    let api = sdkgen::Generator::new(&spec).ir().expect("lowers");
    api.groups
        .iter()
        .map(|g| {
            (
                g.name.clone(),
                g.rust_name.clone(),
                g.by_path,
                g.operations.len(),
            )
        })
        .collect()
}

const OK: &str = "responses: {'204': {description: ok}}";

#[test]
fn an_untagged_path_joins_the_tag_of_its_module_even_before_the_tag_appears() {
    let paths = format!(
        "  /v1/customers:\n    get: {{operationId: listCustomers, {OK}}}\n  /v1/charges:\n    get: {{operationId: listCharges, {OK}}}\n  /v1/customers/{{id}}:\n    get:\n      operationId: getCustomer\n      tags: [Customers]\n      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n      {OK}\n"
    );
    assert_eq!(
        groups(&paths),
        [
            ("Customers".to_string(), "customers".to_string(), false, 2),
            ("charges".to_string(), "charges".to_string(), true, 1),
        ]
    );
}
