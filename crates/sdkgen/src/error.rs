//! Errors that point at the spec: the file, a location in it, and what is wrong.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a spec file something is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A line and column (1-based), for syntax errors.
    Line {
        /// Line number.
        line: usize,
        /// Column number.
        column: usize,
    },
    /// A JSON pointer into the document.
    Pointer(String),
    /// The file as a whole.
    File,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line { line, column } => write!(f, "line {line}, column {column}"),
            Location::Pointer(pointer) if pointer.is_empty() => f.write_str("#"),
            Location::Pointer(pointer) => write!(f, "#{pointer}"),
            Location::File => Ok(()),
        }
    }
}

/// A problem with a spec (or settings) file that stops generation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// The file at fault.
    pub file: PathBuf,
    /// Where in the file.
    pub location: Location,
    /// What is wrong.
    pub message: String,
}

impl SpecError {
    /// An error at a JSON pointer.
    pub fn at_pointer(file: &Path, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        SpecError {
            file: file.to_path_buf(),
            location: Location::Pointer(pointer.into()),
            message: message.into(),
        }
    }

    /// An error about a whole file.
    pub fn in_file(file: &Path, message: impl Into<String>) -> Self {
        SpecError {
            file: file.to_path_buf(),
            location: Location::File,
            message: message.into(),
        }
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Location::File => write!(f, "{}: {}", self.file.display(), self.message),
            location => write!(f, "{}: {}: {}", self.file.display(), location, self.message),
        }
    }
}

impl std::error::Error for SpecError {}

/// Anything that can stop sdkgen.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is wrong; the message locates the problem.
    #[error("{0}")]
    Spec(#[from] SpecError),
    /// Reading or writing files failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// sdkgen will not write where it was asked to, as that would destroy files it did not
    /// write.
    #[error("{}: {reason}", path.display())]
    Refused {
        /// The output directory (or file).
        path: PathBuf,
        /// Why, and what to do instead.
        reason: String,
    },
    /// Emitted code did not parse: a bug in sdkgen, not in the spec.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// Wraps an I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// Whether the input (the spec, the settings or the output directory given) is at fault
    /// (exit code 2) rather than the environment (exit code 1).
    pub fn is_bad_input(&self) -> bool {
        matches!(self, Error::Spec(_) | Error::Refused { .. })
    }
}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape_pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Unescapes one JSON pointer segment (RFC 6901).
pub fn unescape_pointer_segment(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Something in a spec that was approximated rather than refused, located in the file it
/// came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecWarning {
    /// The file.
    pub file: PathBuf,
    /// JSON pointer into that file.
    pub pointer: String,
    /// What was approximated, and how.
    pub message: String,
}

impl fmt::Display for SpecWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}: #{}: {}",
                self.file.display(),
                self.pointer,
                self.message
            )
        }
    }
}
