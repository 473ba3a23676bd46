//! One run of the generator on one spec file, in process, and the checks of what it rendered.

use std::any::Any;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::findings::generalize;
use super::protocol::{Class, Failure, Outcome};

/// The generator's thread gets the stack a program's main thread usually has (8 MiB on Linux),
/// so that recursion that would overflow in real use overflows here too.
const GENERATOR_STACK: usize = 8 << 20;

/// Where the last panic happened: the panic hook sees it, `join` does not.
static LAST_PANIC_LOCATION: Mutex<Option<String>> = Mutex::new(None);

/// Replaces the default panic hook, which would print every caught panic, with one that only
/// remembers where the panic happened.
pub fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map(ToString::to_string);
        if let Ok(mut last) = LAST_PANIC_LOCATION.lock() {
            *last = location;
        }
    }));
}

/// Renders the crate for the spec at `spec` and checks it.
pub fn execute(spec: &Path) -> Outcome {
    let spec = spec.to_path_buf();
    run_isolated(move || render_and_check(&spec))
}

/// Runs `job` on a thread of its own with the generator's stack; a panic becomes a failure.
pub fn run_isolated(job: impl FnOnce() -> Outcome + Send + 'static) -> Outcome {
    let spawned = std::thread::Builder::new()
        .name("generator".to_string())
        .stack_size(GENERATOR_STACK)
        .spawn(job);
    match spawned.map(|handle| handle.join()) {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(payload)) => Outcome::Failed(panic_failure(payload.as_ref())),
        Err(e) => Outcome::Failed(Failure {
            class: Class::Exit,
            key: "cannot spawn the generator thread".to_string(),
            message: format!("cannot spawn the generator thread: {e}"),
        }),
    }
}

fn panic_failure(payload: &(dyn Any + Send)) -> Failure {
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a non-string panic payload".to_string());
    let location = LAST_PANIC_LOCATION
        .lock()
        .ok()
        .and_then(|mut last| last.take())
        .unwrap_or_else(|| "an unknown location".to_string());
    Failure {
        class: Class::Panic,
        key: format!("{location}: {}", generalize(&text)),
        message: format!("panicked at {location}:\n{text}"),
    }
}

fn fuzz_settings() -> Result<sdkgen::Settings, sdkgen::Error> {
    sdkgen::Settings::parse(
        Path::new("<fuzz settings>"),
        "[package]\nname = \"fuzz-client\"\nversion = \"0.0.0\"\ndescription = \"Fuzzing.\"\nlicense = \"MIT\"\nrepository = \"https://example.invalid\"\n",
    )
}

fn render_and_check(spec: &Path) -> Outcome {
    let rendered = fuzz_settings().and_then(|settings| {
        sdkgen::Generator::new(spec)
            .lenient(true)
            .settings(settings)
            .render()
    });
    // Messages name the mutant's file, whose directory changes from run to run.
    let without_path = |message: &str| message.replace(&spec.display().to_string(), "<spec>");
    match rendered {
        Err(sdkgen::Error::Internal(message)) => Outcome::Failed(Failure {
            class: Class::Internal,
            key: generalize(&without_path(&message)),
            message,
        }),
        Err(sdkgen::Error::Spec(error)) => {
            Outcome::Refused(generalize(&without_path(&error.message)))
        }
        Err(other) => Outcome::Refused(generalize(&without_path(&other.to_string()))),
        Ok((files, _warnings)) => match check_crate(&files) {
            Some(failure) => Outcome::Failed(failure),
            None => Outcome::Accepted,
        },
    }
}

/// The first file of a rendered crate that does not parse: Rust sources with syn, the
/// manifest with toml, and the Rust and TOML examples in the markdown.
pub fn check_crate(files: &BTreeMap<PathBuf, String>) -> Option<Failure> {
    files.iter().find_map(|(path, text)| {
        let name = path.display().to_string();
        match path.extension().and_then(|ext| ext.to_str()) {
            Some("rs") => syn::parse_file(text)
                .err()
                .map(|e| parse_failure(Class::RustParse, &name, &e.to_string())),
            Some("toml") => text
                .parse::<toml::Table>()
                .err()
                .map(|e| parse_failure(Class::TomlParse, &name, e.message())),
            Some("md") => check_markdown_examples(&name, text),
            _ => None,
        }
    })
}

fn parse_failure(class: Class, file: &str, error: &str) -> Failure {
    Failure {
        class,
        key: generalize(error),
        message: format!("{file}: {error}"),
    }
}

fn check_markdown_examples(name: &str, markdown: &str) -> Option<Failure> {
    fenced_blocks(markdown)
        .into_iter()
        .find_map(|(info, code)| match info.split(',').next() {
            Some("rust") if !info.contains("ignore") => {
                let code = without_hidden_line_markers(&code);
                let as_file = syn::parse_file(&code);
                // rustdoc wraps an example without `fn main` in one.
                let as_body = || syn::parse_str::<syn::Block>(&format!("{{\n{code}\n}}"));
                match (as_file, as_body()) {
                    (Err(e), Err(_)) => Some(e.to_string()),
                    _ => None,
                }
            }
            Some("toml") => code
                .parse::<toml::Table>()
                .err()
                .map(|e| e.message().to_string()),
            _ => None,
        })
        .map(|error| parse_failure(Class::DocExampleParse, name, &error))
}

/// The fenced code blocks of a markdown text: (info string, code).
fn fenced_blocks(markdown: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, String)> = None;
    for line in markdown.lines() {
        let fence = line.trim_start().strip_prefix("```");
        match (&mut open, fence) {
            (None, Some(info)) => open = Some((info.trim().to_string(), String::new())),
            (Some(_), Some(_)) => blocks.extend(open.take()),
            (Some((_, code)), None) => {
                code.push_str(line);
                code.push('\n');
            }
            (None, None) => {}
        }
    }
    blocks
}

/// rustdoc compiles lines starting with `# ` but does not show them.
fn without_hidden_line_markers(code: &str) -> String {
    code.lines()
        .map(|line| match line.trim_start() {
            "#" => "",
            trimmed => trimmed.strip_prefix("# ").unwrap_or(line),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_generator_is_a_failure() {
        let outcome = run_isolated(|| panic!("boom at index 3"));
        let Outcome::Failed(failure) = outcome else {
            panic!("not a failure: {outcome:?}");
        };
        assert_eq!(failure.class, Class::Panic);
        assert!(failure.key.ends_with("boom at index N"), "{}", failure.key);
    }

    #[test]
    fn a_crate_with_a_broken_file_is_a_failure() {
        let mut files = BTreeMap::new();
        files.insert(
            PathBuf::from("Cargo.toml"),
            "[package]\nname = \"x\"\n".to_string(),
        );
        files.insert(PathBuf::from("src/lib.rs"), "pub struct Fine;".to_string());
        assert_eq!(check_crate(&files), None);
        files.insert(
            PathBuf::from("src/models.rs"),
            "pub struct {self};".to_string(),
        );
        let failure = check_crate(&files).expect("a failure");
        assert_eq!(failure.class, Class::RustParse);
        assert!(failure.message.starts_with("src/models.rs: "));
    }

    #[test]
    fn markdown_examples_are_parsed_with_rustdoc_conventions() {
        let good = "# T\n```rust,no_run\n# fn main() {\nlet x = 1;\n# }\n```\n```rust\nlet y = 2;\n```\n```toml\na = 1\n```\n";
        assert_eq!(check_markdown_examples("README.md", good), None);
        let bad = "```rust,no_run\nlet x = \"unterminated;\n```\n";
        let failure = check_markdown_examples("README.md", bad).expect("a failure");
        assert_eq!(failure.class, Class::DocExampleParse);
    }

    #[test]
    fn the_generator_accepts_a_fixture() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../crates/sdkgen/tests/fixtures/bodies.yaml");
        assert_eq!(execute(&fixture), Outcome::Accepted);
    }
}
