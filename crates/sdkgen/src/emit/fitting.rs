//! Example values made to keep to their schema's validation keywords (`pattern`, lengths,
//! bounds, `multipleOf`), so that the docs' examples and the contract tests send what a
//! validating server accepts. Spec patterns are untrusted: they are parsed with a nesting
//! limit, compiled with a size limit (see [`Pattern`]), and the strings made from them are
//! bounded.

use regex_syntax::hir::{Class, Hir, HirKind};
use sdkgen_ir::Constraints;

use super::pattern::{without_look_around, Pattern, NEST_LIMIT};

/// The longest string made from a pattern.
const MAX_MADE: usize = 4096;

/// How many more times than its minimum each repetition is tried with, in turn, until the
/// string has a length the schema allows.
const EXTRA_REPEATS: [u32; 8] = [0, 1, 2, 4, 8, 16, 64, 256];

/// Characters preferred where a pattern allows a choice: they read as text.
const PREFERRED: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";

/// `text` if it keeps to the constraints; else a string made from the pattern, or `text`
/// cut or padded to the allowed length. A pattern that cannot be followed leaves `text`.
pub fn string(text: String, constraints: &Constraints) -> String {
    let pattern = constraints.pattern.as_deref().and_then(Pattern::compile);
    if fits(&text, constraints, pattern.as_ref()) {
        return text;
    }
    if let (Some(source), Some(regex)) = (constraints.pattern.as_deref(), pattern.as_ref()) {
        return from_pattern(source, constraints, regex).unwrap_or(text);
    }
    sized(text, constraints)
}

/// Whether `text` is a value of the string `format` as JSON Schema validators (Prism's among
/// them) check it; formats they do not check are kept to by any text.
pub fn keeps_to_format(text: &str, format: &str) -> bool {
    match format {
        "date-time" => text
            .split_once(['T', 't'])
            .is_some_and(|(date, time)| is_date(date) && is_time(time, true)),
        "date" => is_date(text),
        "time" => is_time(text, false),
        "uuid" => is_uuid(text),
        "email" => text
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.')),
        "ipv4" => text.parse::<std::net::Ipv4Addr>().is_ok(),
        "ipv6" => text.parse::<std::net::Ipv6Addr>().is_ok(),
        "uri" | "url" => text.split_once("://").is_some_and(|(scheme, rest)| {
            !rest.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }),
        _ => true,
    }
}

/// `YYYY-MM-DD`.
fn is_date(text: &str) -> bool {
    shaped(text, "dddd-dd-dd")
}

/// `HH:MM:SS`, fractions of a second, then `Z` or an offset (optional unless `zoned`).
fn is_time(text: &str, zoned: bool) -> bool {
    let Some((clock, rest)) = text.split_at_checked(8) else {
        return false;
    };
    let rest = match rest.strip_prefix('.') {
        Some(fraction) => fraction.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => rest,
    };
    let zone = match rest {
        "" => !zoned,
        "Z" | "z" => true,
        offset => {
            offset.starts_with(['+', '-']) && offset.get(1..).is_some_and(|o| shaped(o, "dd:dd"))
        }
    };
    shaped(clock, "dd:dd:dd") && zone
}

/// Eight, four, four, four and twelve hexadecimal digits between hyphens.
fn is_uuid(text: &str) -> bool {
    shaped(text, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
}

/// Whether `text` has the shape `d` (a decimal digit), `x` (a hexadecimal one) and literal
/// characters spell.
fn shaped(text: &str, shape: &str) -> bool {
    text.len() == shape.len()
        && text.chars().zip(shape.chars()).all(|(c, s)| match s {
            'd' => c.is_ascii_digit(),
            'x' => c.is_ascii_hexdigit(),
            literal => c == literal,
        })
}

/// `value` moved into the schema's range and onto its `multipleOf`.
pub fn integer(value: i64, constraints: &Constraints) -> i64 {
    let fitted = number(value as f64, &integral(constraints));
    if fitted.is_finite() && fitted.abs() < 9.0e15 {
        fitted as i64
    } else {
        value
    }
}

/// Integer bounds for an integer schema: an exclusive bound moves one step in.
fn integral(constraints: &Constraints) -> Constraints {
    let step = |exclusive: bool| if exclusive { 1.0 } else { 0.0 };
    Constraints {
        minimum: constraints
            .minimum
            .map(|min| min.ceil() + step(constraints.exclusive_minimum)),
        maximum: constraints
            .maximum
            .map(|max| max.floor() - step(constraints.exclusive_maximum)),
        multiple_of: constraints.multiple_of,
        ..Constraints::default()
    }
}

/// `value` moved into the schema's range and onto its `multipleOf` where both can hold.
pub fn number(value: f64, constraints: &Constraints) -> f64 {
    let (min, max) = (constraints.minimum, constraints.maximum);
    let below =
        |v: f64| min.is_some_and(|min| v < min || (constraints.exclusive_minimum && v <= min));
    let above =
        |v: f64| max.is_some_and(|max| v > max || (constraints.exclusive_maximum && v >= max));
    let mut fitted = value;
    if below(fitted) || above(fitted) {
        fitted = match (min, max) {
            (Some(min), Some(max))
                if constraints.exclusive_minimum || constraints.exclusive_maximum =>
            {
                (min + max) / 2.0
            }
            (Some(min), _) if below(fitted) => {
                if constraints.exclusive_minimum {
                    min + 1.0
                } else {
                    min
                }
            }
            (_, Some(max)) => {
                if constraints.exclusive_maximum {
                    max - 1.0
                } else {
                    max
                }
            }
            _ => fitted,
        };
    }
    if let Some(step) = constraints
        .multiple_of
        .filter(|m| m.is_finite() && *m > 0.0)
    {
        let up = (fitted / step).ceil() * step;
        let down = (fitted / step).floor() * step;
        fitted = [up, down]
            .into_iter()
            .find(|v| v.is_finite() && !below(*v) && !above(*v))
            .unwrap_or(fitted);
    }
    if fitted.is_finite() {
        fitted
    } else {
        value
    }
}

fn fits(text: &str, constraints: &Constraints, pattern: Option<&Pattern>) -> bool {
    let length = text.chars().count() as u64;
    constraints.min_length.map_or(true, |min| length >= min)
        && constraints.max_length.map_or(true, |max| length <= max)
        && pattern.map_or(true, |pattern| pattern.is_match(text))
}

/// The first string the pattern's syntax tree spells, with every repetition taken a few more
/// times than its minimum until the length fits.
fn from_pattern(source: &str, constraints: &Constraints, pattern: &Pattern) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new()
        .nest_limit(NEST_LIMIT)
        .build()
        .parse(&without_look_around(source))
        .ok()?;
    let least = constraints
        .min_length
        .and_then(|min| usize::try_from(min).ok())
        .unwrap_or(0)
        .min(MAX_MADE);
    EXTRA_REPEATS.iter().find_map(|&extra| {
        let mut made = String::new();
        if !spell(&hir, extra, &mut made, 0) {
            return None;
        }
        // A pattern that ends open (`^arn:aws:`) takes padding to reach `minLength`.
        let mut padded = made.clone();
        while padded.chars().count() < least {
            padded.push('x');
        }
        [made, padded]
            .into_iter()
            .find(|made| fits(made, constraints, Some(pattern)))
    })
}

/// Appends a string `hir` matches; `false` where it cannot (a class with no character, too
/// long, too deep).
fn spell(hir: &Hir, extra: u32, out: &mut String, depth: u32) -> bool {
    if depth > NEST_LIMIT || out.len() > MAX_MADE {
        return false;
    }
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
            Ok(text) => {
                out.push_str(text);
                true
            }
            Err(_) => false,
        },
        HirKind::Class(class) => match pick(class) {
            Some(c) => {
                out.push(c);
                true
            }
            None => false,
        },
        HirKind::Repetition(repetition) => {
            let wanted = repetition.min.saturating_add(extra);
            let times = repetition.max.map_or(wanted, |max| wanted.min(max));
            (0..times).all(|_| spell(&repetition.sub, extra, out, depth + 1))
        }
        HirKind::Capture(capture) => spell(&capture.sub, extra, out, depth + 1),
        HirKind::Concat(items) => items.iter().all(|item| spell(item, extra, out, depth + 1)),
        HirKind::Alternation(items) => items
            .first()
            .is_some_and(|first| spell(first, extra, out, depth + 1)),
    }
}

/// A readable character of the class: a letter, digit or `-_.` where it has one, else its
/// first printable one.
fn pick(class: &Class) -> Option<char> {
    match class {
        Class::Unicode(class) => {
            let contains = |c: char| class.iter().any(|r| r.start() <= c && c <= r.end());
            PREFERRED.chars().find(|c| contains(*c)).or_else(|| {
                class.iter().find_map(|r| {
                    let start = r.start().max(' ');
                    (start <= r.end()).then_some(start)
                })
            })
        }
        Class::Bytes(class) => {
            let contains = |b: u8| class.iter().any(|r| r.start() <= b && b <= r.end());
            PREFERRED
                .bytes()
                .find(|b| contains(*b))
                .or_else(|| {
                    class.iter().find_map(|r| {
                        let start = r.start().max(b' ');
                        (start <= r.end() && start.is_ascii()).then_some(start)
                    })
                })
                .map(char::from)
        }
    }
}

/// `text` cut to `maxLength` characters or padded to `minLength` with `x`.
fn sized(text: String, constraints: &Constraints) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if let Some(max) = constraints
        .max_length
        .and_then(|max| usize::try_from(max).ok())
    {
        chars.truncate(max);
    }
    let min = constraints
        .min_length
        .and_then(|min| usize::try_from(min).ok())
        .unwrap_or(0)
        .min(MAX_MADE);
    while chars.len() < min {
        chars.push('x');
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(f: impl FnOnce(&mut Constraints)) -> Constraints {
        let mut constraints = Constraints::default();
        f(&mut constraints);
        constraints
    }

    #[test]
    fn formats_are_checked_as_validators_check_them() {
        for (format, good, bad) in [
            (
                "date-time",
                "2024-01-01T00:00:00.5+01:00",
                "2024-01-01 00:00:00",
            ),
            ("date-time", "2024-01-01T10:20:30Z", "2024-01-01T10:20:30"),
            ("date", "2024-01-01", "2024-1-1"),
            ("time", "10:20:30", "10:20"),
            ("uuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "3fa85f64"),
            ("email", "a@example.com", "a-example"),
            ("ipv4", "192.0.2.1", "2001:db8::1"),
            ("ipv6", "2001:db8::1", "192.0.2"),
            ("uri", "https://example.com", "example.com"),
        ] {
            assert!(keeps_to_format(good, format), "{good} is a {format}");
            assert!(!keeps_to_format(bad, format), "{bad} is not a {format}");
        }
        assert!(keeps_to_format("anything", "x-custom"));
    }

    #[test]
    fn a_string_that_fits_is_kept() {
        let c = with(|c| c.pattern = Some("^[a-z-]+$".to_string()));
        assert_eq!(string("name-example".to_string(), &c), "name-example");
    }

    #[test]
    fn a_string_is_made_from_the_pattern_at_a_length_that_fits() {
        let c = with(|c| {
            c.pattern = Some(r"^arn:[a-z0-9-\.]{1,63}:[^/].{0,1023}$".to_string());
            c.min_length = Some(20);
        });
        let made = string("resourceArn-example".to_string(), &c);
        assert!(Pattern::compile(c.pattern.as_deref().unwrap_or_default())
            .is_some_and(|pattern| pattern.is_match(&made)));
        assert!(made.len() >= 20, "{made}");
        assert!(made.starts_with("arn:a"), "{made}");
    }

    #[test]
    fn an_open_ended_pattern_is_padded_to_the_least_length() {
        let c = with(|c| {
            c.pattern = Some("^arn:aws:gamesparks:".to_string());
            c.min_length = Some(20);
        });
        assert_eq!(
            string("ResourceArn-example".to_string(), &c),
            "arn:aws:gamesparks:x"
        );
    }

    #[test]
    fn lengths_without_a_pattern_cut_or_pad() {
        let c = with(|c| c.max_length = Some(3));
        assert_eq!(string("currency-example".to_string(), &c), "cur");
        let c = with(|c| c.min_length = Some(5));
        assert_eq!(string("ab".to_string(), &c), "abxxx");
    }

    #[test]
    fn a_pattern_that_looks_around_is_spelled_without_it_and_checked_with_it() {
        // Linode's label: no two characters may follow any position the group repeats at, so
        // only two-character labels match.
        let c = with(|c| c.pattern = Some(r"^[a-zA-Z]((?!--|__|..)[a-zA-Z0-9-_.])+$".into()));
        let made = string("label-example".to_string(), &c);
        assert_eq!(made, "aa");
        let c = with(|c| c.pattern = Some("^(?=a)b$".to_string()));
        assert_eq!(string("x".to_string(), &c), "x", "no string matches");
        let c = with(|c| c.pattern = Some(r"^(a)\1$".to_string()));
        assert_eq!(
            string("x".to_string(), &c),
            "x",
            "back-references are not read"
        );
    }

    #[test]
    fn numbers_move_into_range_and_onto_multiples() {
        let c = with(|c| {
            c.minimum = Some(5.0);
            c.maximum = Some(100.0);
        });
        assert_eq!(integer(1, &c), 5);
        let c = with(|c| {
            c.minimum = Some(0.0);
            c.exclusive_minimum = true;
        });
        assert_eq!(integer(0, &c), 1);
        let c = with(|c| {
            c.minimum = Some(1.0);
            c.multiple_of = Some(10.0);
        });
        assert_eq!(integer(1, &c), 10);
        let c = with(|c| c.maximum = Some(0.5));
        assert_eq!(number(1.5, &c), 0.5);
    }
}
