//! The skeleton's names held to what the emitters write.

use std::path::{Path, PathBuf};

use super::*;

/// The conformance API (every runtime part, every kind of credential) and its crate.
fn rendered() -> (sdkgen_ir::Api, std::collections::BTreeMap<PathBuf, String>) {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs/conformance.yaml");
    let generator = crate::Generator::new(spec);
    let api = generator.ir().expect("lowers");
    (api, generator.render().expect("renders").0)
}

/// The names of the functions of the `impl` blocks of `ty` in `file`.
fn methods_of(file: &syn::File, ty: &str) -> Vec<String> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(block) if block.trait_.is_none() => Some(block),
            _ => None,
        })
        .filter(|block| matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident(ty)))
        .flat_map(|block| &block.items)
        .filter_map(|item| match item {
            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_name_the_emitters_write_at_the_root_or_on_the_client_is_reserved() {
    let (api, files) = rendered();
    let groups: Vec<&str> = api.groups.iter().map(|g| g.rust_name.as_str()).collect();
    let schemes: Vec<&str> = api
        .security_schemes
        .iter()
        .map(|s| s.rust_name.as_str())
        .collect();
    let client: syn::File =
        syn::parse_str(&files[Path::new("src/client.rs")]).expect("client.rs parses");
    for method in methods_of(&client, "ClientBuilder") {
        let own = schemes.contains(&method.as_str());
        assert!(
            own || BUILDER_METHODS.contains(&method.as_str()),
            "ClientBuilder::{method} is not reserved"
        );
    }
    for method in methods_of(&client, "Client") {
        let own = groups.contains(&method.as_str()) || method.starts_with("set_");
        assert!(
            own || CLIENT_METHODS.contains(&method.as_str()),
            "Client::{method} is not reserved"
        );
    }
    for path in files.keys() {
        let Ok(module) = path.strip_prefix("src") else {
            continue;
        };
        let Some(name) = module.file_stem().and_then(|n| n.to_str()) else {
            continue;
        };
        if module.components().count() == 1 && !["lib", "models"].contains(&name) {
            let own = groups.contains(&name);
            assert!(
                own || CRATE_ROOT_NAMES.contains(&name),
                "src/{name}.rs is not reserved"
            );
        }
    }
}
