//! `sdkgen diff` and versioning on regeneration: each fixture in `fixtures/diff/` changes
//! `base.yaml` by one class of change, and the classification, the bump and the changelog
//! follow; regenerating a seed crate after an edit of its spec bumps its version.

use std::path::{Path, PathBuf};

use sdkgen::diff::{self, Bump, Change, Impact, Kind};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/diff")
        .join(name)
}

fn changes_to(name: &str) -> Vec<Change> {
    let ir = |file: &str| {
        sdkgen::Generator::new(fixture(file))
            .ir()
            .expect("the fixture lowers")
    };
    diff::diff(&ir("base.yaml"), &ir(name))
}

/// The changes as `(impact, kind, item)`, for comparing.
fn summary(changes: &[Change]) -> Vec<(Impact, Kind, &str)> {
    changes
        .iter()
        .map(|c| (c.impact, c.kind, c.item.as_str()))
        .collect()
}

fn version(text: &str) -> semver::Version {
    semver::Version::parse(text).expect("a version")
}

#[test]
fn the_same_spec_has_no_changes() {
    assert_eq!(changes_to("base.yaml"), []);
}

#[test]
fn docs_only_changes_are_docs_only_and_bump_the_patch() {
    let changes = changes_to("docs_only.yaml");
    assert_eq!(
        summary(&changes),
        [
            (Impact::DocsOnly, Kind::Changed, "API_VERSION"),
            (Impact::DocsOnly, Kind::Changed, "Pets::list_pets"),
            (Impact::DocsOnly, Kind::Changed, "models::Pet"),
        ]
    );
    assert_eq!(diff::bump_for(&version("1.2.3"), &changes), Bump::Patch);
    assert_eq!(diff::bump_for(&version("0.2.3"), &changes), Bump::Patch);
}

#[test]
fn additive_changes_are_additive_and_bump_the_minor_from_one_on() {
    let changes = changes_to("additive.yaml");
    assert_eq!(
        summary(&changes),
        [
            (Impact::Additive, Kind::Added, "Pets::delete_pet"),
            (Impact::Additive, Kind::Added, "Pets::get_pet"),
            (Impact::Additive, Kind::Added, "Pets::list_pets"),
            (Impact::Additive, Kind::Added, "Server::Server2"),
            (Impact::Additive, Kind::Added, "models::Bone"),
            (Impact::Additive, Kind::Added, "models::Kind::Bird"),
            (Impact::Additive, Kind::Added, "models::NewPet::tag"),
            (Impact::Additive, Kind::Added, "models::Pet::age"),
            (Impact::Additive, Kind::Added, "models::Pet::born"),
            (Impact::Additive, Kind::Added, "models::Toy::Bone"),
            (Impact::Additive, Kind::Changed, "Pets::get_pet"),
        ]
    );
    let details: Vec<&str> = changes.iter().map(|c| c.detail.as_str()).collect();
    assert_eq!(details[0], "new operation `DELETE /pets/{id}`");
    assert_eq!(details[1], "new error `Gone` (410)");
    assert_eq!(details[2], "new setter `.sort()`: `String`");
    assert_eq!(details[8], "new field: `String`");
    assert_eq!(details[10], "deprecated");
    assert_eq!(diff::bump_for(&version("1.2.3"), &changes), Bump::Minor);
    assert_eq!(diff::bump_for(&version("0.2.3"), &changes), Bump::Patch);
}

#[test]
fn breaking_changes_are_breaking_and_bump_the_major_or_below_one_the_minor() {
    let changes = changes_to("breaking.yaml");
    assert_eq!(
        summary(&changes),
        [
            (Impact::Breaking, Kind::Added, "Pets::list_pets"),
            (Impact::Breaking, Kind::Removed, "models::Pet::name"),
            (Impact::Breaking, Kind::Changed, "Pets::list_pets"),
            (Impact::Breaking, Kind::Changed, "models::NewPet::new"),
            (Impact::Additive, Kind::Added, "models::NewPet::owner"),
        ]
    );
    assert_eq!(diff::bump_for(&version("1.2.3"), &changes), Bump::Major);
    assert_eq!(diff::bump_for(&version("0.2.3"), &changes), Bump::Minor);
    assert_eq!(diff::bump_for(&version("0.0.3"), &changes), Bump::Patch);
}

#[test]
fn bumps_follow_cargo_semver() {
    let bumped = |from: &str, bump| diff::bumped(&version(from), bump).to_string();
    assert_eq!(bumped("1.2.3", Bump::Major), "2.0.0");
    assert_eq!(bumped("1.2.3", Bump::Minor), "1.3.0");
    assert_eq!(bumped("1.2.3", Bump::Patch), "1.2.4");
    assert_eq!(bumped("1.2.3", Bump::None), "1.2.3");
    assert_eq!(
        bumped("2.0.0-rc.1", Bump::Patch),
        "2.0.0",
        "a patch of a pre-release releases it"
    );
}

/// A copy of the Rockset seed spec and settings in a scratch directory, the crate's directory
/// beside them.
struct SeedRepo {
    dir: tempfile::TempDir,
}

impl SeedRepo {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("a scratch directory");
        let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
        for file in ["rockset.yaml", "rockset.toml"] {
            std::fs::copy(specs.join(file), dir.path().join(file)).expect("copying the seed");
        }
        SeedRepo { dir }
    }

    fn spec(&self) -> PathBuf {
        self.dir.path().join("rockset.yaml")
    }

    fn crate_dir(&self) -> PathBuf {
        self.dir.path().join("crate")
    }

    fn generate(&self) -> sdkgen::Report {
        sdkgen::Generator::new(self.spec())
            .generate(self.crate_dir())
            .expect("generates")
    }

    /// Edits the spec as a YAML value.
    fn edit(&self, change: impl FnOnce(&mut serde_yaml::Value)) {
        let text = std::fs::read_to_string(self.spec()).expect("reading the spec");
        let mut spec: serde_yaml::Value = serde_yaml::from_str(&text).expect("YAML");
        change(&mut spec);
        std::fs::write(self.spec(), serde_yaml::to_string(&spec).expect("YAML")).expect("writing");
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.crate_dir().join(file)).expect("reading a generated file")
    }

    /// Every generated file with its content.
    fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        let mut pending = vec![self.crate_dir()];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(dir).expect("listing").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    files.push((path.clone(), std::fs::read(&path).expect("reading")));
                }
            }
        }
        files.sort();
        files
    }
}

/// The `operationId: listApiKeys` operation of the Rockset spec.
fn list_api_keys(spec: &mut serde_yaml::Value) -> &mut serde_yaml::Mapping {
    spec["paths"]["/v1/orgs/self/users/{user}/apikeys"]["get"]
        .as_mapping_mut()
        .expect("the listApiKeys operation")
}

fn remove_delete_api_key(spec: &mut serde_yaml::Value) {
    let path = spec["paths"]["/v1/orgs/self/users/{user}/apikeys/{name}"]
        .as_mapping_mut()
        .expect("the path");
    path.remove("delete").expect("the deleteApiKey operation");
}

#[test]
fn regenerating_a_seed_after_edits_bumps_its_version_and_writes_the_changes() {
    let repo = SeedRepo::new();
    let first = repo.generate();
    assert_eq!(
        (
            first.release.previous_version.as_deref(),
            first.release.version.as_str()
        ),
        (None, "0.1.0")
    );
    assert!(
        repo.read("CHANGELOG.md").contains("## 0.1.0\n"),
        "{}",
        repo.read("CHANGELOG.md")
    );
    assert!(
        repo.read("openapi.json").contains("\"listApiKeys\""),
        "the crate keeps the normalized spec"
    );

    let before = repo.snapshot();
    let unchanged = repo.generate();
    assert_eq!(unchanged.release.version, "0.1.0");
    assert_eq!(
        repo.snapshot(),
        before,
        "regenerating an unchanged spec changes nothing"
    );

    // Additive: a new optional parameter, a patch below 1.0.0.
    repo.edit(|spec| {
        let parameter = serde_yaml::from_str("{name: verbose, in: query, schema: {type: boolean}}")
            .expect("YAML");
        let parameters = list_api_keys(spec)
            .entry("parameters".into())
            .or_insert_with(|| serde_yaml::Value::Sequence(Vec::new()));
        parameters
            .as_sequence_mut()
            .expect("a list")
            .push(parameter);
    });
    let additive = repo.generate();
    assert_eq!(additive.release.version, "0.1.1");
    assert!(repo.read("Cargo.toml").contains("version = \"0.1.1\""));
    let changelog = repo.read("CHANGELOG.md");
    let added = changelog.find("## 0.1.1\n").expect("an entry for 0.1.1");
    let first_entry = changelog.find("## 0.1.0\n").expect("the first entry stays");
    assert!(
        added < first_entry,
        "the new entry comes first:\n{changelog}"
    );
    assert!(
        changelog
            .contains("### Added\n\n- `ApiKeys::list_api_keys`: new setter `.verbose()`: `bool`"),
        "{changelog}"
    );

    // Breaking: an operation removed, a minor bump below 1.0.0.
    repo.edit(remove_delete_api_key);
    let breaking = repo.generate();
    assert_eq!(
        (breaking.release.bump, breaking.release.version.as_str()),
        (Bump::Minor, "0.2.0")
    );
    let changelog = repo.read("CHANGELOG.md");
    assert!(changelog.contains("## 0.2.0\n"), "{changelog}");
    assert!(
        changelog.contains("### Removed\n\n- `ApiKeys::delete_api_key`: operation"),
        "{changelog}"
    );
    assert!(!repo.read("src/api_keys.rs").contains("fn delete_api_key"));
}

#[test]
fn a_pinned_version_stays_whatever_changed() {
    let repo = SeedRepo::new();
    let settings = repo.dir.path().join("rockset.toml");
    let text = std::fs::read_to_string(&settings).expect("settings");
    std::fs::write(
        &settings,
        text.replace(
            "version = \"0.1.0\"",
            "version = \"0.1.0\"\npin-version = true",
        ),
    )
    .expect("writing");
    repo.generate();
    repo.edit(remove_delete_api_key);
    let report = repo.generate();
    assert_eq!(
        (report.release.bump, report.release.version.as_str()),
        (Bump::Minor, "0.1.0")
    );
}

#[test]
fn a_crate_of_an_older_crate_shape_gets_a_breaking_release() {
    let repo = SeedRepo::new();
    repo.generate();
    // What an sdkgen before per-operation error enums and constructors wrote.
    let manifest = repo.read("Cargo.toml");
    assert!(manifest.contains("surface = 6\n"), "{manifest}");
    std::fs::write(
        repo.crate_dir().join("Cargo.toml"),
        manifest.replace("surface = 6\n", ""),
    )
    .expect("writing");
    let report = repo.generate();
    assert_eq!(
        (report.release.bump, report.release.version.as_str()),
        (Bump::Minor, "0.2.0")
    );
    let change = report.release.changes.first().expect("a change");
    assert_eq!(
        (change.impact, change.item.as_str()),
        (Impact::Breaking, "crate")
    );
    assert!(
        change.detail.contains("own error enum"),
        "{}",
        change.detail
    );
    assert!(repo.read("Cargo.toml").contains("surface = 6\n"));
}

#[test]
fn array_arguments_make_shape_3_a_breaking_release_and_take_any_iterable() {
    let repo = SeedRepo::new();
    repo.edit(|spec| {
        let list = spec["paths"]["/v1/orgs/self/users/{user}/apikeys"]["get"]
            .as_mapping_mut()
            .expect("the listApiKeys operation");
        let parameter: serde_yaml::Value = serde_yaml::from_str(
            "{name: names, in: query, schema: {type: array, items: {type: string}}}",
        )
        .expect("YAML");
        let parameters = list
            .entry("parameters".into())
            .or_insert_with(|| serde_yaml::Value::Sequence(Vec::new()));
        parameters
            .as_sequence_mut()
            .expect("a list")
            .push(parameter);
    });
    repo.generate();
    let code = repo.read("src/api_keys.rs");
    assert!(
        code.contains("names: impl IntoIterator<Item = impl Into<String>>"),
        "{code}"
    );
    let manifest = repo.read("Cargo.toml");
    std::fs::write(
        repo.crate_dir().join("Cargo.toml"),
        manifest.replace("surface = 6\n", "surface = 3\n"),
    )
    .expect("writing");
    let report = repo.generate();
    let change = report.release.changes.first().expect("a change");
    assert_eq!(
        (change.impact, change.item.as_str()),
        (Impact::Breaking, "crate")
    );
    assert!(change.detail.contains("any iterable"), "{}", change.detail);
}

#[test]
fn a_change_of_crate_shape_that_leaves_the_crate_alone_is_a_patch() {
    let repo = SeedRepo::new();
    repo.edit(|spec| *spec = pets_spec(true));
    repo.generate();
    // Shapes 3 to 6 changed only models with fixed-value properties, array arguments, models
    // that travel one way and untagged operations, which this API has none of. What an older sdkgen of shape 2
    // wrote:
    let manifest = repo.read("Cargo.toml");
    std::fs::write(
        repo.crate_dir().join("Cargo.toml"),
        manifest.replace("surface = 6\n", "surface = 2\n"),
    )
    .expect("writing");
    let files = repo.crate_dir().join(".sdkgen/files");
    let listed = std::fs::read_to_string(&files).expect("the manifest");
    let older = listed.replace(
        &format!("# Written by sdkgen {}", env!("CARGO_PKG_VERSION")),
        "# Written by sdkgen 0.0.1",
    );
    std::fs::write(&files, older).expect("writing");
    let report = repo.generate();
    assert_eq!(
        (report.release.bump, report.release.version.as_str()),
        (Bump::Patch, "0.1.1")
    );
    assert!(
        report
            .release
            .changes
            .iter()
            .all(|c| c.impact != Impact::Breaking),
        "{:?}",
        report.release.changes
    );
}

/// One model, `Pet`, that `GET /pets/{id}` returns and, with `sends`, `POST /pets` sends.
fn pets_spec(sends: bool) -> serde_yaml::Value {
    let post = if sends {
        "  /pets:\n    post: {operationId: createPet, tags: [pets], requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}, responses: {'204': {description: Created.}}}\n"
    } else {
        ""
    };
    let text = format!(
        "openapi: 3.0.3\ninfo: {{title: Pets, version: '1'}}\nservers: [{{url: 'https://pets.example'}}]\npaths:\n{post}  /pets/{{id}}:\n    get:\n      operationId: getPet\n      tags: [pets]\n      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n      responses: {{'200': {{description: A pet., content: {{application/json: {{schema: {{$ref: '#/components/schemas/Pet'}}}}}}}}}}\ncomponents:\n  schemas:\n    Pet: {{type: object, properties: {{name: {{type: string}}}}}}\n"
    );
    serde_yaml::from_str(&text).expect("YAML")
}

/// The Rust of every models file, each run of whitespace one space.
fn models_code(repo: &SeedRepo) -> String {
    let dir = repo.crate_dir().join("src/models");
    let mut code = String::new();
    for entry in std::fs::read_dir(&dir).expect("a models directory") {
        let path = entry.expect("an entry").path();
        code.push_str(&std::fs::read_to_string(&path).expect("reading a models file"));
        code.push(' ');
    }
    code.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_model_implements_serialize_while_requests_send_it() {
    let repo = SeedRepo::new();
    repo.edit(|spec| *spec = pets_spec(false));
    repo.generate();
    let models = models_code(&repo);
    assert!(models.contains("serialize if \"full-serde\""), "{models}");
    assert!(repo.read("Cargo.toml").contains("full-serde = []"));
    repo.edit(|spec| *spec = pets_spec(true));
    let report = repo.generate();
    let changes = summary(&report.release.changes);
    assert!(
        changes.contains(&(Impact::Additive, Kind::Added, "models::Pet: Serialize")),
        "{changes:?}"
    );
    assert!(!models_code(&repo).contains("full-serde"));
    repo.edit(|spec| *spec = pets_spec(false));
    let report = repo.generate();
    let changes = summary(&report.release.changes);
    assert!(
        changes.contains(&(Impact::Breaking, Kind::Removed, "models::Pet: Serialize")),
        "{changes:?}"
    );
}

#[test]
fn changed_files_with_the_same_surface_get_a_patch_release() {
    let repo = SeedRepo::new();
    repo.generate();
    let runtime = repo.crate_dir().join("src/runtime.rs");
    let text = std::fs::read_to_string(&runtime).expect("runtime");
    std::fs::write(&runtime, format!("{text}\n// an older runtime\n")).expect("writing");
    // Edited by hand, the crate is regenerated as it was, with no release.
    assert_eq!(repo.generate().release.version, "0.1.0");
    assert_eq!(std::fs::read_to_string(&runtime).expect("runtime"), text);
    // What an older sdkgen with other internals wrote.
    std::fs::write(&runtime, format!("{text}\n// an older runtime\n")).expect("writing");
    let manifest = repo.crate_dir().join(".sdkgen/files");
    let listed = std::fs::read_to_string(&manifest).expect("the manifest");
    let older = listed.replace(
        &format!("# Written by sdkgen {}", env!("CARGO_PKG_VERSION")),
        "# Written by sdkgen 0.0.1",
    );
    assert_ne!(older, listed, "the manifest names its writer");
    std::fs::write(&manifest, older).expect("writing");
    let report = repo.generate();
    assert_eq!(
        (report.release.bump, report.release.version.as_str()),
        (Bump::Patch, "0.1.1")
    );
    let change = report.release.changes.first().expect("a change");
    assert_eq!(
        (change.impact, change.item.as_str()),
        (Impact::DocsOnly, "crate")
    );
    assert_eq!(std::fs::read_to_string(&runtime).expect("runtime"), text);
    let again = repo.generate();
    assert_eq!(again.release.version, "0.1.1", "nothing changed since");
}

#[test]
fn changed_settings_are_diffed_like_spec_changes() {
    let repo = SeedRepo::new();
    repo.edit(|spec| {
        spec["components"]["schemas"]["ApiKey"]["properties"]["created_at"]["format"] =
            "date-time".into();
    });
    repo.generate();
    let settings = repo.dir.path().join("rockset.toml");
    let text = std::fs::read_to_string(&settings).expect("settings");
    let text = text.replace("features = \"groups\"", "features = \"none\"");
    std::fs::write(&settings, format!("{text}\n[types]\ndates = \"string\"\n")).expect("writing");
    let report = repo.generate();
    let items: Vec<(Impact, &str, &str)> = report
        .release
        .changes
        .iter()
        .map(|c| (c.impact, c.item.as_str(), c.detail.as_str()))
        .collect();
    assert!(
        items.contains(&(
            Impact::Breaking,
            "feature `api_keys`",
            "Cargo feature removed"
        )),
        "{items:?}"
    );
    assert!(
        items
            .iter()
            .any(|(impact, item, detail)| *impact == Impact::Breaking
                && *item == "models::ApiKey::created_at"
                && detail.contains("now `Option<String>`")),
        "{items:?}"
    );
    assert_eq!(report.release.bump, Bump::Minor);
}

/// A spec whose operations, one per path, each answer with the same inline object.
fn same_inline_shape(paths: &[&str]) -> String {
    let mut spec = String::from("openapi: 3.0.3\ninfo: {title: Shapes, version: '1'}\npaths:\n");
    for path in paths {
        spec.push_str(&format!(
            "  /{path}:\n    get:\n      operationId: get_{path}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{type: object, properties: {{id: {{type: string}}}}}}\n"
        ));
    }
    spec
}

#[test]
fn inline_names_depend_only_on_their_place_in_the_spec() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lower = |name: &str, paths: &[&str]| {
        let path = dir.path().join(name);
        std::fs::write(&path, same_inline_shape(paths)).expect("writes the spec");
        sdkgen::Generator::new(&path).ir().expect("lowers")
    };
    let before = lower("before.yaml", &["b", "c"]);
    // A new operation ahead of the others, with the same shape, takes no name from them.
    let after = lower("after.yaml", &["a", "b", "c"]);
    for name in ["GetB200Response", "GetC200Response"] {
        assert!(
            after.types.iter().any(|def| def.name == name),
            "{name} is gone: {:?}",
            after.types.iter().map(|d| &d.name).collect::<Vec<_>>()
        );
    }
    let changes = diff::diff(&before, &after);
    assert!(
        changes.iter().all(|c| c.impact != Impact::Breaking),
        "{changes:#?}"
    );
    // The shape is still defined once: the other names are aliases of it.
    let structs = after
        .types
        .iter()
        .filter(|def| matches!(def.kind, sdkgen::ir::TypeKind::Struct { .. }))
        .count();
    assert_eq!(structs, 1);
}

#[test]
fn grouping_untagged_operations_by_path_makes_shape_6_a_breaking_release() {
    let repo = SeedRepo::new();
    repo.edit(|spec| {
        *spec = pets_spec(true);
        if let Some(paths) = spec["paths"].as_mapping_mut() {
            for (_, item) in paths.iter_mut() {
                for (_, operation) in item.as_mapping_mut().expect("a path item").iter_mut() {
                    operation
                        .as_mapping_mut()
                        .expect("an operation")
                        .remove("tags");
                }
            }
        }
    });
    repo.generate();
    assert!(repo.read("src/pets.rs").contains("pub fn get_pet("));
    let manifest = repo.read("Cargo.toml");
    std::fs::write(
        repo.crate_dir().join("Cargo.toml"),
        manifest.replace("surface = 6\n", "surface = 5\n"),
    )
    .expect("writing");
    let report = repo.generate();
    let change = report.release.changes.first().expect("a change");
    assert_eq!(
        (change.impact, change.item.as_str()),
        (Impact::Breaking, "crate")
    );
    assert!(
        change.detail.contains("first resource of their path"),
        "{}",
        change.detail
    );
}
