//! The worker process: makes mutant after mutant, runs the generator on each in process and
//! reports on stdout. It dies with the generator when that aborts; the supervisor restarts it.

use std::path::{Path, PathBuf};

use fastrand::Rng;
use serde_json::Value;

use super::exec;
use super::mutate;
use super::protocol::{Outcome, Report};
use super::seeds::SeedPool;

/// Arguments of the hidden `fuzz-worker` task, which only the supervisor starts.
#[derive(Debug, clap::Args)]
pub struct WorkerArgs {
    /// The run's PRNG seed.
    #[arg(long)]
    pub seed: u64,
    /// The number of the first mutant to make (those before it were done by earlier workers).
    #[arg(long)]
    pub first_index: u64,
    /// Where to write the mutant under test.
    #[arg(long)]
    pub work_dir: PathBuf,
}

/// A mutated spec, ready to write.
#[derive(Debug, Clone)]
pub struct Mutant {
    pub seed_spec: String,
    pub mutations: Vec<String>,
    pub text: String,
    /// `yaml` or `json`.
    pub extension: &'static str,
}

pub fn run(root: &Path, args: &WorkerArgs) -> Result<(), String> {
    exec::install_quiet_panic_hook();
    let mut pool = SeedPool::new(root)?;
    for index in args.first_index.. {
        let mutant = make_mutant(&mut pool, args.seed, index)
            .ok_or_else(|| "none of the seed specs loads".to_string())?;
        let file = args.work_dir.join(format!("spec.{}", mutant.extension));
        std::fs::write(&file, &mutant.text)
            .map_err(|e| format!("writing {}: {e}", file.display()))?;
        Report::Start {
            index,
            file: file.clone(),
            seed_spec: mutant.seed_spec,
            mutations: mutant.mutations,
        }
        .send();
        let outcome = exec::execute(&file);
        let failed_mutant = matches!(outcome, Outcome::Failed(_)).then_some(mutant.text);
        Report::Finished {
            index,
            outcome,
            failed_mutant,
        }
        .send();
    }
    Ok(())
}

/// The hidden `fuzz-exec` task: one generation, one report (the minimizer runs it).
pub fn exec_one(spec: &Path) {
    exec::install_quiet_panic_hook();
    let outcome = exec::execute(spec);
    Report::Finished {
        index: 0,
        outcome,
        failed_mutant: None,
    }
    .send();
}

/// Mutant number `index` of the run seeded with `seed`. Each mutant has a PRNG of its own, so
/// the sequence of mutants does not depend on where workers died and restarted.
pub fn make_mutant(pool: &mut SeedPool, seed: u64, index: u64) -> Option<Mutant> {
    let mut rng = Rng::with_seed(splitmix64(seed ^ splitmix64(index)));
    let mut seed_spec = pool.pick(&mut rng)?;
    let mutations = mutate::mutate(&mut seed_spec.document, &mut rng);
    let (text, extension) = serialize(&seed_spec.document, seed_spec.json);
    Some(Mutant {
        seed_spec: seed_spec.name,
        mutations,
        text,
        extension,
    })
}

/// The document as YAML (unless `json`), or JSON when YAML cannot hold it; and the extension.
pub fn serialize(document: &Value, json: bool) -> (String, &'static str) {
    if !json {
        if let Ok(yaml) = serde_yaml::to_string(document) {
            return (yaml, "yaml");
        }
    }
    let text = serde_json::to_string_pretty(document).unwrap_or_else(|_| document.to_string());
    (text, "json")
}

/// SplitMix64's finalizer: neighbouring indexes give unrelated PRNG seeds.
fn splitmix64(value: u64) -> u64 {
    let mut z = value.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutants_depend_only_on_the_seed_and_their_index() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut pool = SeedPool::new(&root).unwrap();
        let first = make_mutant(&mut pool, 42, 7).unwrap();
        make_mutant(&mut pool, 42, 8).unwrap();
        let again = make_mutant(&mut SeedPool::new(&root).unwrap(), 42, 7).unwrap();
        assert_eq!(first.text, again.text);
        assert_eq!(first.mutations, again.mutations);
        let other = make_mutant(&mut pool, 43, 7).unwrap();
        assert_ne!(first.text, other.text);
    }
}
