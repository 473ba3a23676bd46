//! `cargo xtask generate --watch`: regenerates every crate whenever a file in `specs/` or
//! `templates/` changes, and prints what each regeneration changed.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

/// How long a burst of writes (an editor saving) may take before the crates are regenerated.
const SETTLE: Duration = Duration::from_millis(300);

/// Generates, then regenerates after each change; returns after `rounds` generations, or
/// never without a limit.
pub fn watch(root: &Path, rounds: Option<usize>) -> Result<(), String> {
    let (changes, events) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reads (the generator's own) are not changes.
        if event.is_ok_and(|e| {
            matches!(
                e.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            )
        }) {
            let _ = changes.send(());
        }
    })
    .map_err(|e| format!("cannot watch files: {e}"))?;
    for dir in ["specs", "templates"] {
        let path = root.join(dir);
        watcher
            .watch(&path, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
    }
    let mut round = 0;
    loop {
        match crate::tasks::generate(root) {
            Ok(written) => crate::print_generation(&written),
            // A spec being edited may not parse yet: say so and wait for the next change.
            Err(error) => eprintln!("error: {error}"),
        }
        round += 1;
        if rounds.is_some_and(|rounds| round >= rounds) {
            return Ok(());
        }
        eprintln!("watching specs/ and templates/ for changes (Ctrl-C stops)");
        events
            .recv()
            .map_err(|_| "the file watcher stopped".to_string())?;
        while events.recv_timeout(SETTLE).is_ok() {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A project with the Rockset spec and its settings only.
    fn project() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("a scratch directory");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        std::fs::create_dir_all(dir.path().join("specs")).expect("specs/");
        std::fs::create_dir_all(dir.path().join("templates")).expect("templates/");
        for file in ["rockset.yaml", "rockset.toml"] {
            std::fs::copy(
                root.join("specs").join(file),
                dir.path().join("specs").join(file),
            )
            .expect("copying");
        }
        dir
    }

    #[test]
    fn a_spec_change_regenerates_with_a_bumped_version() {
        let project = project();
        let root = project.path().to_path_buf();
        let watching = std::thread::spawn(move || watch(&root, Some(2)));
        let manifest = project.path().join("generated/rockset/Cargo.toml");
        let version = || std::fs::read_to_string(&manifest).unwrap_or_default();
        let waited = wait_for(|| version().contains("version = \"0.1.0\""));
        assert!(waited, "the first generation happens at once");
        // The watcher is set up before the first generation, so this edit is seen.
        let spec = project.path().join("specs/rockset.yaml");
        let text = std::fs::read_to_string(&spec).expect("reading the spec");
        let edited = text.replace(
            "operationId: deleteApiKey",
            "operationId: deleteApiKey\n      deprecated: true",
        );
        assert_ne!(text, edited, "the edit applies");
        std::fs::write(&spec, edited).expect("editing the spec");
        watching
            .join()
            .expect("no panic")
            .expect("the watch ends after two rounds");
        assert!(version().contains("version = \"0.1.1\""), "{}", version());
    }

    /// Whether `done` turns true within a minute.
    fn wait_for(done: impl Fn() -> bool) -> bool {
        (0..600).any(|_| {
            std::thread::sleep(Duration::from_millis(100));
            done()
        })
    }
}
