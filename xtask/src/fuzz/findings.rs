//! Findings: reproducers under `target/fuzz/findings/`, one per failure class and key, each the
//! smallest input seen for it, with a sidecar `.txt` that tells the story.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::protocol::{Class, Failure};

/// The most characters of a message that go into a deduplication key.
const KEY_LENGTH: usize = 160;

/// A failure message without what changes from input to input: only its first line, numbers
/// as `N`, quoted text as `…`, at most `KEY_LENGTH` characters.
pub fn generalize(message: &str) -> String {
    let first_line = message.lines().next().unwrap_or_default();
    let mut key = String::new();
    let mut quote: Option<char> = None;
    for c in first_line.chars() {
        match quote {
            Some(open) if c == open => {
                key.push(c);
                quote = None;
            }
            Some(_) => {}
            None if matches!(c, '"' | '`' | '\'') => {
                key.push(c);
                key.push('…');
                quote = Some(c);
            }
            None if c.is_ascii_digit() => {
                if !key.ends_with('N') {
                    key.push('N');
                }
            }
            None => key.push(c),
        }
    }
    key.chars().take(KEY_LENGTH).collect()
}

/// A failing input and where it came from.
#[derive(Debug, Clone)]
pub struct Finding {
    pub failure: Failure,
    /// The spec the mutant was made from, relative to the project root.
    pub seed_spec: String,
    pub fuzz_seed: u64,
    pub index: u64,
    pub mutations: Vec<String>,
    pub mutant: String,
    /// `yaml` or `json`.
    pub extension: String,
}

impl Finding {
    /// The file name without extension: the class and a hash of the class and key.
    pub fn stem(&self) -> String {
        let class = self.failure.class.name();
        let hash = fnv1a(format!("{class}\n{}", self.failure.key).as_bytes());
        format!("{class}-{:08x}", hash >> 32)
    }

    fn story(&self, occurrences: usize) -> String {
        let mut text = String::new();
        let failure = &self.failure;
        let _ = writeln!(text, "failure: {}", failure.class);
        let _ = writeln!(text, "key: {}", failure.key);
        let _ = writeln!(
            text,
            "seen: {occurrences} time(s) in the run that saved this file"
        );
        let _ = writeln!(text, "seed spec: {}", self.seed_spec);
        let _ = writeln!(
            text,
            "fuzz seed: {} (mutant #{})",
            self.fuzz_seed, self.index
        );
        let _ = writeln!(text, "mutations:");
        for mutation in &self.mutations {
            let _ = writeln!(text, "  - {mutation}");
        }
        let _ = writeln!(text, "message:\n{}", failure.message);
        text
    }
}

/// FNV-1a: a hash that stays the same across Rust versions, unlike `DefaultHasher`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The findings of one run, written to `dir` as they come.
#[derive(Debug)]
pub struct FindingStore {
    dir: PathBuf,
    /// Occurrences in this run, by file stem.
    seen: BTreeMap<String, (Class, usize)>,
}

impl FindingStore {
    pub fn new(dir: &Path) -> Result<FindingStore, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        Ok(FindingStore {
            dir: dir.to_path_buf(),
            seen: BTreeMap::new(),
        })
    }

    /// Saves the finding unless a reproducer at least as small is already saved for its class
    /// and key (by this run or an earlier one); returns whether the failure is new to this run.
    pub fn record(&mut self, finding: &Finding) -> Result<bool, String> {
        let stem = finding.stem();
        let occurrences = &mut self
            .seen
            .entry(stem.clone())
            .or_insert((finding.failure.class, 0))
            .1;
        *occurrences += 1;
        let occurrences = *occurrences;
        let reproducer = self.dir.join(format!("{stem}.{}", finding.extension));
        let saved_size = self.saved_size(&stem);
        if saved_size.map_or(true, |size| finding.mutant.len() < size) {
            self.remove_saved(&stem);
            write(&reproducer, &finding.mutant)?;
            write(
                &self.dir.join(format!("{stem}.txt")),
                &finding.story(occurrences),
            )?;
        }
        Ok(occurrences == 1)
    }

    fn saved_size(&self, stem: &str) -> Option<usize> {
        ["yaml", "json"].iter().find_map(|extension| {
            let path = self.dir.join(format!("{stem}.{extension}"));
            std::fs::metadata(path).ok().map(|meta| meta.len() as usize)
        })
    }

    fn remove_saved(&self, stem: &str) {
        for extension in ["yaml", "json"] {
            let _ = std::fs::remove_file(self.dir.join(format!("{stem}.{extension}")));
        }
    }

    /// How many distinct failures of each class this run found.
    pub fn distinct_by_class(&self) -> BTreeMap<Class, usize> {
        let mut counts = BTreeMap::new();
        for (class, _) in self.seen.values() {
            *counts.entry(*class).or_insert(0) += 1;
        }
        counts
    }

    /// The reproducer files of this run, with their class and occurrences.
    pub fn saved(&self) -> Vec<(String, Class, usize)> {
        self.seen
            .iter()
            .map(|(stem, (class, count))| (stem.clone(), *class, *count))
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(key: &str, mutant: &str) -> Finding {
        Finding {
            failure: Failure {
                class: Class::Panic,
                key: key.to_string(),
                message: format!("{key}\ndetails"),
            },
            seed_spec: "specs/feedback.yaml".to_string(),
            fuzz_seed: 1,
            index: 2,
            mutations: vec!["delete /info".to_string()],
            mutant: mutant.to_string(),
            extension: "yaml".to_string(),
        }
    }

    #[test]
    fn generalizing_drops_names_and_numbers() {
        assert_eq!(
            generalize("index 12 out of range for `Pet` of length 3\nbacktrace"),
            "index N out of range for `…` of length N"
        );
        assert_eq!(
            generalize("no schema \"a\" at 'b'"),
            generalize("no schema \"ccc\" at 'd'")
        );
    }

    #[test]
    fn the_same_failure_is_saved_once_with_the_smallest_input() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = FindingStore::new(dir.path()).unwrap();
        assert!(store.record(&finding("k", "a longer reproducer")).unwrap());
        assert!(!store.record(&finding("k", "short")).unwrap());
        assert!(!store
            .record(&finding("k", "the longest reproducer of all"))
            .unwrap());
        assert!(store.record(&finding("other", "x")).unwrap());
        let stem = finding("k", "").stem();
        let saved = std::fs::read_to_string(dir.path().join(format!("{stem}.yaml"))).unwrap();
        assert_eq!(saved, "short");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 4);
        assert_eq!(
            store.distinct_by_class(),
            BTreeMap::from([(Class::Panic, 2)])
        );
        let story = std::fs::read_to_string(dir.path().join(format!("{stem}.txt"))).unwrap();
        assert!(story.contains("seed spec: specs/feedback.yaml"), "{story}");
    }
}
