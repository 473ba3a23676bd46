//! Lowering tests: the shapes schemas that combine keywords become.

use super::tests::lower_json;
use sdkgen_ir::{Api, TypeRef};
use serde_json::{json, Value};

/// A spec whose one operation, `create`, sends `body` as JSON, with these components.
fn body_spec(body: Value, schemas: Value) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {"/things": {"post": {
            "operationId": "create",
            "requestBody": {"required": true, "content": {"application/json": {"schema": body}}},
            "responses": {"204": {"description": "done"}}
        }}},
        "components": {"schemas": schemas}
    })
}

/// The type of the request body of the first operation.
fn body_type(api: &Api) -> TypeRef {
    let body = api
        .operations()
        .next()
        .and_then(|(_, op)| op.request_body.as_ref());
    body.map(|body| body.ty.clone()).expect("a request body")
}

/// The JSON names of the required fields of the struct `name`.
fn required_fields(api: &Api, name: &str) -> Vec<String> {
    let def = api.type_def(name).expect("the type");
    let sdkgen_ir::TypeKind::Struct { fields, .. } = &def.kind else {
        panic!("`{name}` is no struct");
    };
    fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.json_name.clone())
        .collect()
}

#[test]
fn a_wrapper_that_requires_more_of_a_shared_model_is_a_type_of_its_own() {
    let shared = json!({"Config": {
        "type": "object",
        "required": ["label"],
        "properties": {"label": {"type": "string"}, "devices": {"type": "string"}}
    }});
    let wrapper = |required: Value| json!({"allOf": [{"$ref": "#/components/schemas/Config"}], "required": required});
    let api = lower_json(&body_spec(
        wrapper(json!(["label", "devices"])),
        shared.clone(),
    ));
    let TypeRef::Named(name) = body_type(&api) else {
        panic!("the body is no named type: {:?}", body_type(&api));
    };
    assert_ne!(name, "Config", "the wrapper's requirements are kept");
    assert_eq!(required_fields(&api, &name), ["label", "devices"]);
    assert_eq!(required_fields(&api, "Config"), ["label"]);
    // A wrapper that requires only what the model requires is the model.
    let api = lower_json(&body_spec(wrapper(json!(["label"])), shared));
    assert_eq!(body_type(&api), TypeRef::Named("Config".into()));
}

#[test]
fn an_all_of_part_that_only_requires_makes_a_type_of_its_own() {
    let shared = json!({"Transaction": {
        "type": "object",
        "properties": {"account": {"type": "string"}, "memo": {"type": "string"}}
    }});
    let all_of = |required: Value| json!({"allOf": [{"required": required}, {"$ref": "#/components/schemas/Transaction"}]});
    let api = lower_json(&body_spec(all_of(json!(["account"])), shared.clone()));
    let TypeRef::Named(name) = body_type(&api) else {
        panic!("the body is no named type: {:?}", body_type(&api));
    };
    assert_ne!(name, "Transaction", "the part's requirements are kept");
    assert_eq!(required_fields(&api, &name), ["account"]);
    assert!(required_fields(&api, "Transaction").is_empty());
    // A part that requires what no property declares adds nothing: the allOf is the model.
    let api = lower_json(&body_spec(all_of(json!(["nothing"])), shared));
    assert_eq!(body_type(&api), TypeRef::Named("Transaction".into()));
}

#[test]
fn a_boolean_that_allows_one_value_has_it_as_its_example() {
    let body = json!({
        "type": "object",
        "required": ["fixed", "free"],
        "properties": {
            "fixed": {"type": "boolean", "enum": [false], "example": true},
            "free": {"type": "boolean", "example": true}
        }
    });
    let api = lower_json(&body_spec(body, json!({})));
    let TypeRef::Named(name) = body_type(&api) else {
        panic!("the body is no named type");
    };
    let Some(sdkgen_ir::TypeKind::Struct { fields, .. }) = api.type_def(&name).map(|d| &d.kind)
    else {
        panic!("`{name}` is no struct");
    };
    let examples: Vec<_> = fields
        .iter()
        .map(|f| (f.ty.clone(), f.example.clone()))
        .collect();
    assert_eq!(
        examples,
        [
            (TypeRef::Boolean, Some(json!(false))),
            (TypeRef::Boolean, Some(json!(true)))
        ]
    );
}

/// The requirement sets of the struct `name`'s alternatives.
fn required_alternatives(api: &Api, name: &str) -> Vec<Vec<String>> {
    match api.type_def(name).map(|def| &def.kind) {
        Some(sdkgen_ir::TypeKind::Struct {
            required_alternatives,
            ..
        }) => required_alternatives.clone(),
        other => panic!("`{name}` is no struct: {other:?}"),
    }
}

#[test]
fn alternatives_that_only_constrain_an_object_s_properties_keep_it_one_struct() {
    let body = json!({
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "status": {"type": "string"},
            "conclusion": {"type": "string"}
        },
        "oneOf": [
            {"properties": {"status": {"enum": ["completed"]}}, "required": ["status", "conclusion"]},
            {"required": ["name"]}
        ]
    });
    let api = lower_json(&body_spec(body.clone(), json!({})));
    let TypeRef::Named(name) = body_type(&api) else {
        panic!("the body is no named type");
    };
    assert_eq!(required_fields(&api, &name), ["name"]);
    assert_eq!(
        required_alternatives(&api, &name),
        [vec!["status", "conclusion"], vec!["name"]]
    );
    assert!(
        api.warnings
            .iter()
            .any(|w| w.pointer.ends_with("/schema") && w.message.contains("narrow")),
        "{:?}",
        api.warnings
    );
    // An alternative that adds a property of its own is a shape of its own, and one that
    // says more than what is required ("not both") is more than a requirement: a union.
    let mut adds = body.clone();
    adds["oneOf"][1]["properties"] = json!({"extra": {"type": "integer"}});
    let mut excludes = body;
    excludes["oneOf"][1]["not"] = json!({"required": ["status"]});
    for union in [adds, excludes] {
        let api = lower_json(&body_spec(union, json!({})));
        let TypeRef::Named(name) = body_type(&api) else {
            panic!("the body is no named type");
        };
        let kind = api.type_def(&name).map(|d| &d.kind);
        assert!(
            matches!(kind, Some(sdkgen_ir::TypeKind::Union { .. })),
            "{kind:?}"
        );
    }
}

#[test]
fn a_union_inside_an_all_of_is_distributed_over_the_other_parts() {
    let body = json!({"allOf": [
        {"$ref": "#/components/schemas/Base"},
        {
            "oneOf": [{"$ref": "#/components/schemas/Area"}, {"$ref": "#/components/schemas/List"}],
            "discriminator": {"propertyName": "type", "mapping": {"area": "#/components/schemas/Area"}}
        }
    ]});
    let schemas = json!({
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
        "Area": {"type": "object", "properties": {"type": {"type": "string"}, "code": {"type": "integer"}}},
        "List": {"type": "object", "properties": {"type": {"type": "string"}, "items": {"type": "array", "items": {"type": "string"}}}}
    });
    let api = lower_json(&body_spec(body, schemas));
    let TypeRef::Named(name) = body_type(&api) else {
        panic!("the body is no named type");
    };
    let Some(sdkgen_ir::TypeKind::Union {
        discriminator,
        variants,
    }) = api.type_def(&name).map(|d| &d.kind)
    else {
        panic!("`{name}` is no union: {:?}", api.type_def(&name));
    };
    assert_eq!(discriminator.as_deref(), Some("type"));
    let tags: Vec<_> = variants
        .iter()
        .map(|v| (v.rust_name.as_str(), v.tag.as_deref()))
        .collect();
    assert_eq!(tags, [("Area", Some("area")), ("List", Some("List"))]);
    for (variant, own) in variants.iter().zip(["code", "items"]) {
        let TypeRef::Named(merged) = &variant.ty else {
            panic!("{variant:?}");
        };
        let fields: Vec<String> = match api.type_def(merged).map(|d| &d.kind) {
            Some(sdkgen_ir::TypeKind::Struct { fields, .. }) => {
                fields.iter().map(|f| f.json_name.clone()).collect()
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(fields, ["id", "type", own], "{merged}");
        assert_eq!(required_fields(&api, merged), ["id"]);
    }
}
