//! A schema's `pattern` as example values are checked against it: by the regex crate, or by
//! fancy-regex where the pattern looks around (ECMA-262 patterns may; the regex crate cannot
//! read them). Spec patterns are untrusted: both are built with size and nesting limits, and
//! fancy-regex's backtracking is bounded.

use std::borrow::Cow;

/// How deep a pattern may nest before it is not used.
pub const NEST_LIMIT: u32 = 64;

/// The compiled size a pattern may take before it is not used.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// How many backtracking steps fancy-regex may take on one string before the string counts as
/// not matching.
const BACKTRACK_LIMIT: usize = 100_000;

/// A compiled `pattern`, with the search semantics of JSON Schema (unanchored).
pub enum Pattern {
    /// What the regex crate reads.
    Plain(regex::bytes::Regex),
    /// A pattern with look-around.
    LookAround(fancy_regex::Regex),
}

impl Pattern {
    /// The pattern compiled, or `None` where neither engine reads it. The regex crate's classes
    /// are ASCII: Unicode ones (`.{0,1023}`) compile to automata so large that whether they fit
    /// the size limit would depend on the regex crate's features, and with it the generated
    /// code. fancy-regex has no ASCII mode: its classes are Unicode, with sdkgen's own
    /// features, so a large one only makes the example keep the spec's text.
    pub fn compile(source: &str) -> Option<Pattern> {
        let plain = regex::bytes::RegexBuilder::new(source)
            .unicode(false)
            .size_limit(REGEX_SIZE_LIMIT)
            .nest_limit(NEST_LIMIT)
            .build();
        if let Ok(regex) = plain {
            return Some(Pattern::Plain(regex));
        }
        if without_look_around(source) == source {
            return None;
        }
        fancy_regex::RegexBuilder::new(source)
            .backtrack_limit(BACKTRACK_LIMIT)
            .delegate_size_limit(REGEX_SIZE_LIMIT)
            .build()
            .ok()
            .map(Pattern::LookAround)
    }

    /// Whether `text` matches; a string fancy-regex gives up on does not.
    pub fn is_match(&self, text: &str) -> bool {
        match self {
            Pattern::Plain(regex) => regex.is_match(text.as_bytes()),
            Pattern::LookAround(regex) => regex.is_match(text).unwrap_or(false),
        }
    }
}

/// `source` without its look-around groups (`(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`). They only
/// narrow where the rest matches, so strings spelled from what is left are candidates, which
/// the whole pattern then checks.
pub fn without_look_around(source: &str) -> Cow<'_, str> {
    if !["(?=", "(?!", "(?<=", "(?<!"]
        .iter()
        .any(|opening| source.contains(opening))
    {
        return Cow::Borrowed(source);
    }
    let mut kept = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    // How deep inside a dropped look-around group the scan is (0: outside any).
    let mut dropping = 0usize;
    let mut in_class = false;
    while let Some(c) = chars.next() {
        let mut text = String::from(c);
        match c {
            '\\' => text.extend(chars.next()),
            '[' if !in_class => {
                in_class = true;
                // `]` first in a class (after an optional `^`) is a literal.
                if chars.peek() == Some(&'^') {
                    text.extend(chars.next());
                }
                if chars.peek() == Some(&']') {
                    text.extend(chars.next());
                }
            }
            ']' if in_class => in_class = false,
            '(' if !in_class && dropping > 0 => dropping += 1,
            '(' if !in_class && opens_look_around(chars.clone()) => dropping = 1,
            ')' if !in_class && dropping > 0 => {
                dropping -= 1;
                continue;
            }
            _ => {}
        }
        if dropping == 0 {
            kept.push_str(&text);
        }
    }
    Cow::Owned(kept)
}

/// Whether the text after a `(` opens a look-around group.
fn opens_look_around(mut after: impl Iterator<Item = char>) -> bool {
    if after.next() != Some('?') {
        return false;
    }
    match after.next() {
        Some('=' | '!') => true,
        Some('<') => matches!(after.next(), Some('=' | '!')),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_around_groups_are_dropped_and_the_rest_kept() {
        for (source, kept) in [
            (
                r"^[a-zA-Z]((?!--|__|..)[a-zA-Z0-9-_.])+$",
                r"^[a-zA-Z]([a-zA-Z0-9-_.])+$",
            ),
            (r"^(?=(a))\(?<=x\)[(?=]b(?<!c(d))$", r"^\(?<=x\)[(?=]b$"),
            (r"^(?=x)(?<name>a)[]()]$", r"^(?<name>a)[]()]$"),
            (r"^[^](?=]+(?!a)\", r"^[^](?=]+\"),
            (r"^plain$", r"^plain$"),
        ] {
            assert_eq!(without_look_around(source), kept, "{source}");
        }
    }

    #[test]
    fn a_look_around_pattern_is_checked_by_fancy_regex() {
        let pattern =
            Pattern::compile(r"^[a-zA-Z]((?!--|__)[a-zA-Z0-9-_])+$").expect("it compiles");
        assert!(matches!(pattern, Pattern::LookAround(_)));
        assert!(pattern.is_match("ab-c"));
        assert!(!pattern.is_match("ab--c"));
        assert!(
            Pattern::compile(r"^(a)\1$").is_none(),
            "back-references are not read"
        );
    }
}
